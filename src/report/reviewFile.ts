/**
 * A design file to its PDF design review in one call, for the app's export (run in a worker),
 * and 2–4 files to their PDF comparison:
 * validate the file, analyse it exactly (the same analyses as `rbd report`), build the review
 * with the latest Monte Carlo run when there is one, and write the PDF, reporting progress.
 * Runs anywhere (worker, Node); no DOM.
 */
import { analyzeDesign } from '../analysis/analyze.ts';
import { withExpressionEngine } from '../model/expression.ts';
import { parseDesign } from '../model/parse.ts';
import type { DesignIssue } from '../model/types.ts';
import type { SimulationResult } from '../simulation/types.ts';
import type { Result } from '../util/result.ts';
import { createComparisonFromDesigns } from './comparison.ts';
import { loadComparisonPdf, loadReviewPdf } from './pdf/loadReviewPdf.ts';
import { createDesignReview, getReviewCurveTimes } from './review.ts';
import { computeSensitivity } from './sensitivity.ts';

/** What the app sends to build a report. */
export interface ReviewFileRequest {
  /** The design file's JSON (validated here: it crossed a worker boundary). */
  readonly file: unknown;
  /** The name the reader would save the design file under (`Three-tier web service.json`). */
  readonly fileName: string;
  /** The design's latest Monte Carlo run, when it belongs to this revision of the design. */
  readonly simulation: SimulationResult | null;
  /** The report's date, ISO 8601. */
  readonly date: string;
}

/** Share of the progress bar the exact analyses take before the PDF is written. */
const ANALYSIS_SHARE = 0.2;

/**
 * Builds the PDF design review of a design file.
 * @param request the file, its name, the simulation run (or `null`) and the date
 * @param onProgress called with the share done, 0–1
 * @param yieldStep awaited between the PDF's steps (a macrotask on a UI thread); default none
 * @returns the PDF's bytes, or the file's errors
 * @example
 * const pdf = await createReviewPdfFromFile({ file, fileName: 'a.json', simulation: null, date: new Date().toISOString() });
 */
export async function createReviewPdfFromFile(
  request: ReviewFileRequest,
  onProgress: (done: number) => void = () => {},
  yieldStep?: () => Promise<void>,
): Promise<Result<Uint8Array, DesignIssue[]>> {
  const parsed = await withExpressionEngine(() => parseDesign(request.file));
  if (!parsed.ok) return { ok: false, error: parsed.issues.filter((i) => i.severity === 'error') };
  const design = parsed.value;
  const result = analyzeDesign(design);
  onProgress(ANALYSIS_SHARE / 2);
  const curves = analyzeDesign(design, {
    times: getReviewCurveTimes(design.missionTime),
    skipMttf: true,
    skipMeanAvailability: true,
  }).points;
  onProgress(ANALYSIS_SHARE);
  const sensitivity = computeSensitivity(design);
  const review = createDesignReview({
    design,
    sensitivity,
    file: request.file,
    result,
    curves,
    designWarnings: parsed.warnings,
    simulation: request.simulation,
    date: new Date(request.date),
    fileName: request.fileName,
  });
  const createPdf = await loadReviewPdf();
  const bytes = await createPdf(review, {
    onProgress: (done) => onProgress(ANALYSIS_SHARE + (1 - ANALYSIS_SHARE) * done),
    ...(yieldStep === undefined ? {} : { yieldStep }),
  });
  return { ok: true, value: bytes };
}

/** A design file to compare, with the name its reader would save it under. */
export interface ComparisonFileRequest {
  readonly file: unknown;
  readonly fileName: string;
}

/**
 * Builds the PDF comparison of 2–4 design files (the first the baseline), exact, as
 * `rbd report A B …` does.
 * @param files the design files (validated here)
 * @param date the report's date, ISO 8601
 * @param onProgress called with the share done, 0–1
 * @param yieldStep awaited between the PDF's steps; default none
 * @returns the PDF's bytes, or the errors of the first file that does not read (its name in
 *   each path)
 */
export async function createComparisonPdfFromFiles(
  files: readonly ComparisonFileRequest[],
  date: string,
  onProgress: (done: number) => void = () => {},
  yieldStep?: () => Promise<void>,
): Promise<Result<Uint8Array, DesignIssue[]>> {
  const designs = [];
  for (const request of files) {
    const parsed = await withExpressionEngine(() => parseDesign(request.file));
    if (!parsed.ok) {
      const errors = parsed.issues.filter((i) => i.severity === 'error');
      return {
        ok: false,
        error: errors.map((i) => ({ ...i, path: `${request.fileName}: ${i.path}` })),
      };
    }
    designs.push({
      design: parsed.value,
      file: request.file,
      warnings: parsed.warnings,
      fileName: request.fileName,
    });
  }
  const review = createComparisonFromDesigns(designs, new Date(date));
  onProgress(ANALYSIS_SHARE);
  const createPdf = await loadComparisonPdf();
  const bytes = await createPdf(review, {
    onProgress: (done) => onProgress(ANALYSIS_SHARE + (1 - ANALYSIS_SHARE) * done),
    ...(yieldStep === undefined ? {} : { yieldStep }),
  });
  return { ok: true, value: bytes };
}
