/**
 * The "improve this first" ranking: blocks by criticality importance, with the system downtime
 * each one explains (criticality × system downtime per year) and what-ifs in downtime per year
 * (the block made perfect, or down for good), from its Fussell–Vesely importance, risk
 * reduction worth and risk achievement worth. The one ranking of every report: the command
 * line's `analyze` text and `check` (`mostCritical`), "Copy results", the results panel.
 * Pure; runs anywhere; no DOM.
 */
import type { AnalysisResult } from '../analysis/result.ts';

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
  /** Risk achievement worth, risk reduction worth and Fussell–Vesely (see `BlockResult`). */
  readonly raw: number | null;
  readonly rrw: number | null;
  readonly fussellVesely: number | null;
  /**
   * What if the block were perfect: the system downtime per year it would save (FV × downtime,
   * hours) and the downtime left (downtime / RRW, hours). `null` off the steady-state basis.
   */
  readonly downtimeSavedIfPerfect: number | null;
  readonly downtimeIfPerfect: number | null;
  /** What if the block were down for good: the system downtime per year (RAW × downtime, hours). */
  readonly downtimeIfDown: number | null;
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

/** The system downtime per year on the steady-state basis, `null` on the mission basis. */
function getBasisDowntime(result: AnalysisResult): number | null {
  const downtime =
    result.importanceBasis === 'steady-state' ? result.steadyState.downtimePerYear : null;
  return downtime !== null && Number.isFinite(downtime) ? downtime : null;
}

/**
 * Ranks the blocks that matter: highest criticality first (then Birnbaum, then id), leaving out
 * blocks that explain nothing unless they are single points of failure.
 * @param result the analysis
 * @param limit how many rows to return at most
 * @returns the rows, most critical first
 * @example
 * getImportanceRanking(result, 5)[0]?.id; // the block to improve first
 */
export function getImportanceRanking(
  result: AnalysisResult,
  limit = DEFAULT_RANKING_SIZE,
): ImportanceRow[] {
  const downtime = getBasisDowntime(result);
  const times = (share: number | null): number | null =>
    downtime === null || share === null ? null : share * downtime;
  return result.blocks
    .filter((b) => b.criticality > 0 || b.singlePointOfFailure)
    .map((b): ImportanceRow => ({
      id: b.id,
      component: b.component,
      criticality: b.criticality,
      birnbaum: b.birnbaum,
      downtimeHoursPerYear: getDowntimeExplained(b.criticality, downtime),
      singlePointOfFailure: b.singlePointOfFailure,
      availability: b.availability,
      unavailability: b.unavailability,
      raw: b.raw,
      rrw: b.rrw,
      fussellVesely: b.fussellVesely,
      downtimeSavedIfPerfect: times(b.fussellVesely),
      // RRW is null when the block made perfect leaves no downtime at all.
      downtimeIfPerfect: downtime === null ? null : b.rrw === null ? 0 : downtime / b.rrw,
      downtimeIfDown: times(b.raw),
    }))
    .sort(
      (a, b) =>
        b.criticality - a.criticality || b.birnbaum - a.birnbaum || a.id.localeCompare(b.id),
    )
    .slice(0, Math.max(0, limit));
}
