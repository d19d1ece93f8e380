/**
 * Web worker that writes the PDF design review (src/report `createReviewPdfFromFile`) and the
 * teacher's handout of a lesson (`createHandoutPdf`): the exact
 * analyses, the review and the PDF run here, so the page never waits on them. Exposed with
 * Comlink; loaded only when the user exports a report.
 * Runs in a dedicated worker; no DOM.
 */
import { expose, transfer } from 'comlink';
import {
  createComparisonPdfFromFiles,
  createReviewPdfFromFile,
  loadHandoutPdf,
} from '../../src/index.ts';
import type { ComparisonFileRequest, HandoutLesson, ReviewFileRequest } from '../../src/index.ts';
import type { ReportPdfWorkerApi } from './reportPdfProtocol.ts';

const api: ReportPdfWorkerApi = {
  async build(request: ReviewFileRequest, onProgress: (done: number) => void) {
    const result = await createReviewPdfFromFile(request, onProgress);
    return result.ok ? transfer(result, [result.value.buffer]) : result;
  },
  async buildComparison(
    files: readonly ComparisonFileRequest[],
    date: string,
    onProgress: (done: number) => void,
  ) {
    const result = await createComparisonPdfFromFiles(files, date, onProgress);
    return result.ok ? transfer(result, [result.value.buffer]) : result;
  },
  async buildHandout(lesson: HandoutLesson, settings: string, onProgress: (done: number) => void) {
    const createHandoutPdf = await loadHandoutPdf();
    const bytes = await createHandoutPdf(lesson, { settings, onProgress });
    return transfer(bytes, [bytes.buffer]);
  },
};

expose(api);
