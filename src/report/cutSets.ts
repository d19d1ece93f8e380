/**
 * Minimal cut sets as a report lists them: single points of failure first, then by size, then
 * most probable first. Pure; runs anywhere; no DOM.
 */
import type { AnalysisResult } from '../analysis/result.ts';

/** One minimal cut set, ready to list. */
export interface CutSetRow {
  readonly blocks: readonly string[];
  /** Probability that all its blocks are failed (importance basis), `null` if not listed. */
  readonly probability: number | null;
  /** A cut set of one block: a single point of failure. */
  readonly singlePoint: boolean;
}

/**
 * Minimal cut sets with single points of failure first, then by size, then most probable first
 * (the engine's order within a size is kept for equal probabilities).
 * @param result the analysis
 * @returns every listed cut set (`result.minimalCutSetCount` says how many exist in all)
 * @example
 * getCutSetRows(result).filter((row) => row.singlePoint); // the single points of failure
 */
export function getCutSetRows(result: AnalysisResult): CutSetRow[] {
  return result.minimalCutSets
    .map((blocks, index) => ({
      blocks,
      probability: result.minimalCutSetProbabilities[index] ?? null,
      singlePoint: blocks.length === 1,
      index,
    }))
    .sort(
      (a, b) =>
        a.blocks.length - b.blocks.length ||
        (b.probability ?? 0) - (a.probability ?? 0) ||
        a.index - b.index,
    )
    .map(({ blocks, probability, singlePoint }) => ({ blocks, probability, singlePoint }));
}
