/**
 * The "improve this first" ranking: blocks by criticality importance, with the system downtime
 * each one explains (criticality × system downtime per year). Pure; runs anywhere.
 */
import type { AnalysisResult } from '../../src/index.ts';

/** One block of the ranking. */
export interface ImportanceRow {
  /** Block path id (`site-a/db` inside a subsystem). */
  readonly id: string;
  readonly component: string;
  /** Share of the system's unavailability (or unreliability) the block's failure explains. */
  readonly criticality: number;
  readonly birnbaum: number;
  /**
   * Hours per year of system downtime the block explains; `null` when importance is on the
   * mission basis (nothing repairable) or the system downtime is undefined.
   */
  readonly downtimeHoursPerYear: number | null;
  readonly singlePointOfFailure: boolean;
  /** Steady-state availability and unavailability of the block alone. */
  readonly availability: number | null;
  readonly unavailability: number | null;
}

/** How many blocks the ranking shows by default. */
export const DEFAULT_RANKING_SIZE = 10;

/**
 * Downtime a block explains.
 * @param criticality criticality importance of the block (share, 0–1)
 * @param systemDowntimeHoursPerYear system downtime per year, hours
 * @returns hours per year, `null` when the system downtime is unknown
 * @example getDowntimeExplained(0.5, 0.876) // 0.438 (26 min 17 s / year)
 */
export function getDowntimeExplained(
  criticality: number,
  systemDowntimeHoursPerYear: number | null,
): number | null {
  if (systemDowntimeHoursPerYear === null || !Number.isFinite(systemDowntimeHoursPerYear)) {
    return null;
  }
  return criticality * systemDowntimeHoursPerYear;
}

/**
 * Ranks the blocks that matter: highest criticality first (then Birnbaum, then id), leaving out
 * blocks that explain nothing unless they are single points of failure.
 * @param limit how many rows to return at most
 */
export function getImportanceRanking(
  result: AnalysisResult,
  limit = DEFAULT_RANKING_SIZE,
): ImportanceRow[] {
  const downtime =
    result.importanceBasis === 'steady-state' ? result.steadyState.downtimePerYear : null;
  return result.blocks
    .filter((b) => b.criticality > 0 || b.singlePointOfFailure)
    .map((b) => ({
      id: b.id,
      component: b.component,
      criticality: b.criticality,
      birnbaum: b.birnbaum,
      downtimeHoursPerYear: getDowntimeExplained(b.criticality, downtime),
      singlePointOfFailure: b.singlePointOfFailure,
      availability: b.availability,
      unavailability: b.unavailability,
    }))
    .sort(
      (a, b) =>
        b.criticality - a.criticality || b.birnbaum - a.birnbaum || a.id.localeCompare(b.id),
    )
    .slice(0, Math.max(0, limit));
}

/** A bar of the ranking chart: `value` in the chart's unit. */
export interface ImportanceBar {
  readonly id: string;
  readonly value: number;
  readonly row: ImportanceRow;
}

export function isImportanceBar(value: unknown): value is ImportanceBar {
  return typeof value === 'object' && value !== null && 'row' in value && 'id' in value;
}

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
