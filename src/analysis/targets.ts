/**
 * A design's targets (its service-level objective) judged against its exact figures: met, not
 * met, or not known (a figure the engine cannot give exactly). Used by the results panel, the
 * compare view and command, `check` (when its flags are absent) and the optimiser.
 * Runs anywhere; no DOM.
 */
import type { DesignTargets, TimeUnit } from '../model/types.ts';
import { HOURS_PER_UNIT, HOURS_PER_YEAR } from '../model/types.ts';
import type { AnalysisResult } from './result.ts';

/** What a target constrains. */
export type TargetMetric = 'availability' | 'downtimePerYear' | 'reliability';

/** One target and how a design fares against it. */
export interface TargetOutcome {
  readonly metric: TargetMetric;
  /** The target: a probability, or hours per year for `downtimePerYear`. */
  readonly target: number;
  /** The design's figure in the same unit; `null` when not exactly computable. */
  readonly actual: number | null;
  /** `null` when the figure is not known. */
  readonly met: boolean | null;
  /** How far the design misses (target − actual, or actual − target for downtime); 0 when met. */
  readonly shortfall: number;
}

/**
 * The most steady-state unavailability a design may have and meet the availability and
 * downtime targets (the stricter of the two); `null` when neither is set.
 * @param targets the design's targets
 * @param timeUnit the design's time unit (the downtime target is in it)
 * @example
 * getMaxUnavailability({ availability: 0.9999 }, 'hour'); // 1e-4 (to rounding)
 */
export function getMaxUnavailability(
  targets: DesignTargets | undefined,
  timeUnit: TimeUnit,
): number | null {
  let max: number | null = null;
  if (targets?.availability !== undefined) max = 1 - targets.availability;
  if (targets?.downtimePerYear !== undefined) {
    const u = (targets.downtimePerYear * HOURS_PER_UNIT[timeUnit]) / HOURS_PER_YEAR;
    max = max === null ? u : Math.min(max, u);
  }
  return max;
}

function judge(
  metric: TargetMetric,
  target: number,
  actual: number | null,
  higherIsBetter: boolean,
): TargetOutcome {
  if (actual === null) return { metric, target, actual, met: null, shortfall: 0 };
  const met = higherIsBetter ? actual >= target : actual <= target;
  const gap = higherIsBetter ? target - actual : actual - target;
  return { metric, target, actual, met, shortfall: met ? 0 : gap };
}

/**
 * Judges every target a design sets.
 * @param targets the design's targets (none: an empty list)
 * @param result the design's analysis; reliability is read at its mission time (a point whose
 *   `t` is the mission time), unknown when the analysis has no such point
 * @returns one outcome per target set, in the order availability, downtime, reliability
 * @example
 * evaluateTargets({ availability: 0.9999 }, analyzeDesign(design))[0].met; // true or false
 */
export function evaluateTargets(
  targets: DesignTargets | undefined,
  result: AnalysisResult,
): TargetOutcome[] {
  if (targets === undefined) return [];
  const out: TargetOutcome[] = [];
  if (targets.availability !== undefined) {
    out.push(judge('availability', targets.availability, result.steadyState.availability, true));
  }
  if (targets.downtimePerYear !== undefined) {
    const hours = targets.downtimePerYear * HOURS_PER_UNIT[result.timeUnit];
    out.push(judge('downtimePerYear', hours, result.steadyState.downtimePerYear, false));
  }
  if (targets.reliability !== undefined) {
    const point = result.points.find((p) => p.t === result.missionTime);
    out.push(judge('reliability', targets.reliability, point?.reliability ?? null, true));
  }
  return out;
}

/**
 * Whether every target is met: `true`, `false` (one missed), `null` (none missed but one not
 * known, or no targets at all).
 */
export function getTargetsMet(outcomes: readonly TargetOutcome[]): boolean | null {
  if (outcomes.length === 0) return null;
  if (outcomes.some((o) => o.met === false)) return false;
  return outcomes.every((o) => o.met === true) ? true : null;
}
