/**
 * Loads the PDF writer on demand: jsPDF, jspdf-autotable and the font (about 300 KB) stay out of
 * the app's main chunk and out of the command line's start-up until a report is written.
 * Runs anywhere; no DOM.
 */
import type { createComparisonPdf } from './comparisonPdf.ts';
import type { createHandoutPdf } from './handoutPdf.ts';
import type { createReviewPdf } from './reviewPdf.ts';

/**
 * The PDF writer, loaded on first use.
 * @returns `createReviewPdf`
 * @example
 * const createPdf = await loadReviewPdf();
 * const bytes = await createPdf(createDesignReview(input));
 */
export async function loadReviewPdf(): Promise<typeof createReviewPdf> {
  const module = await import('./reviewPdf.ts');
  return module.createReviewPdf;
}

/**
 * The comparison PDF writer, loaded on first use.
 * @returns `createComparisonPdf`
 */
export async function loadComparisonPdf(): Promise<typeof createComparisonPdf> {
  const module = await import('./comparisonPdf.ts');
  return module.createComparisonPdf;
}

/**
 * The teacher's-handout PDF writer, loaded on first use.
 * @returns `createHandoutPdf`
 */
export async function loadHandoutPdf(): Promise<typeof createHandoutPdf> {
  const module = await import('./handoutPdf.ts');
  return module.createHandoutPdf;
}
