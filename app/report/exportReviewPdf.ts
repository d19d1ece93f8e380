/**
 * Builds the PDF design review of the design being edited and downloads it. Loaded on the first
 * export only (dynamic import from ExportPdfButton): the worker, jsPDF and the font never reach
 * the main chunk. The work runs in a worker; if workers cannot start, it runs on the page in
 * steps that yield to the browser between sections.
 * Runs in the browser.
 */
import { wrap } from 'comlink';
import { callWithProgress } from '../engine/workerProgress.ts';
import type {
  ComparisonFileRequest,
  DesignIssue,
  HandoutLesson,
  Result,
  ReviewFileRequest,
} from '../../src/index.ts';
import type { ReportPdfWorkerApi } from './reportPdfProtocol.ts';

/** How long the download's object URL is kept, ms. */
const REVOKE_DELAY_MS = 30_000;

/** Runs one call on a fresh report worker, which is closed after it (or when it fails). */
async function callWorker<T>(
  call: (api: ReturnType<typeof wrap<ReportPdfWorkerApi>>) => Promise<T>,
): Promise<T> {
  const worker = new Worker(new URL('./reportPdf.worker.ts', import.meta.url), {
    type: 'module',
    name: 'report-pdf',
  });
  try {
    const failed = new Promise<never>((_, reject) =>
      worker.addEventListener('error', (event) =>
        reject(new Error(event.message === '' ? 'the report worker stopped' : event.message)),
      ),
    );
    return await Promise.race([call(wrap<ReportPdfWorkerApi>(worker)), failed]);
  } finally {
    worker.terminate();
  }
}

function buildInWorker(
  request: ReviewFileRequest,
  onProgress: (done: number) => void,
): Promise<Result<Uint8Array, DesignIssue[]>> {
  return callWorker<Result<Uint8Array, DesignIssue[]>>((api) =>
    callWithProgress<Result<Uint8Array, DesignIssue[]>, [number]>(onProgress, (progress) =>
      api.build(request, progress),
    ),
  );
}

async function buildOnPage(
  request: ReviewFileRequest,
  onProgress: (done: number) => void,
): Promise<Result<Uint8Array, DesignIssue[]>> {
  const { createReviewPdfFromFile } = await import('../../src/index.ts');
  const yieldStep = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return createReviewPdfFromFile(request, onProgress, yieldStep);
}

/**
 * Builds the report of a design file.
 * @param request the design file, its name, the simulation run and the date
 * @param onProgress called with the share done, 0–1
 * @returns the PDF's bytes, or why not
 */
export async function buildReviewPdf(
  request: ReviewFileRequest,
  onProgress: (done: number) => void,
): Promise<Result<Uint8Array, DesignIssue[]>> {
  if (typeof Worker === 'undefined') return buildOnPage(request, onProgress);
  return buildInWorker(request, onProgress);
}

/**
 * Builds the PDF comparison of 2–4 design files (in a worker; on the page in steps without one).
 * @param files the design files, the first the baseline
 * @param onProgress called with the share done, 0–1
 */
export async function buildComparisonPdf(
  files: readonly ComparisonFileRequest[],
  onProgress: (done: number) => void,
): Promise<Result<Uint8Array, DesignIssue[]>> {
  const date = new Date().toISOString();
  if (typeof Worker !== 'undefined') {
    return callWorker<Result<Uint8Array, DesignIssue[]>>((api) =>
      callWithProgress<Result<Uint8Array, DesignIssue[]>, [number]>(onProgress, (progress) =>
        api.buildComparison(files, date, progress),
      ),
    );
  }
  const { createComparisonPdfFromFiles } = await import('../../src/index.ts');
  const yieldStep = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return createComparisonPdfFromFiles(files, date, onProgress, yieldStep);
}

/**
 * Builds the teacher's handout of a lesson (in a worker; on the page in steps without one).
 * @param lesson the lesson worked out for the values to print
 * @param settings those values in words
 * @param onProgress called with the share done, 0–1
 */
export async function buildHandoutPdf(
  lesson: HandoutLesson,
  settings: string,
  onProgress: (done: number) => void,
): Promise<Uint8Array> {
  if (typeof Worker !== 'undefined') {
    return callWorker((api) =>
      callWithProgress(onProgress, (progress) => api.buildHandout(lesson, settings, progress)),
    );
  }
  const { loadHandoutPdf } = await import('../../src/index.ts');
  const createHandoutPdf = await loadHandoutPdf();
  const yieldStep = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return createHandoutPdf(lesson, { settings, onProgress, yieldStep });
}

/**
 * Downloads PDF bytes as a file.
 * @param bytes the PDF
 * @param fileName the name to save it under
 */
export function downloadPdf(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
