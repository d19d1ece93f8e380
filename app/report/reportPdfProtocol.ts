/**
 * What crosses the boundary between the page and the report worker (`reportPdf.worker.ts`).
 */
import type {
  ComparisonFileRequest,
  DesignIssue,
  HandoutLesson,
  Result,
  ReviewFileRequest,
} from '../../src/index.ts';

/** The report worker's API. */
export interface ReportPdfWorkerApi {
  /**
   * Builds the PDF design review of a design file.
   * @param onProgress called with the share done, 0–1 (a Comlink proxy)
   * @returns the PDF's bytes (transferred), or the design's errors
   */
  build(
    request: ReviewFileRequest,
    onProgress: (done: number) => void,
  ): Promise<Result<Uint8Array, DesignIssue[]>>;
  /**
   * Builds the PDF comparison of 2–4 design files (the first the baseline).
   * @param onProgress called with the share done, 0–1 (a Comlink proxy)
   * @returns the PDF's bytes (transferred), or the first unreadable file's errors
   */
  buildComparison(
    files: readonly ComparisonFileRequest[],
    date: string,
    onProgress: (done: number) => void,
  ): Promise<Result<Uint8Array, DesignIssue[]>>;
  /**
   * Builds the teacher's handout of a lesson.
   * @param lesson the lesson worked out for the values to print (plain data)
   * @param settings the values in words, for the handout's head
   * @param onProgress called with the share done, 0–1 (a Comlink proxy)
   * @returns the PDF's bytes (transferred)
   */
  buildHandout(
    lesson: HandoutLesson,
    settings: string,
    onProgress: (done: number) => void,
  ): Promise<Uint8Array>;
}
