/**
 * The running estimates of a simulation, kept as a short series for the convergence chart.
 * Pure functions; no DOM.
 */
import type { SimulationResult } from '../../src/index.ts';
import type { ConvergencePoint } from '../store/index.ts';

/** Most points kept; older ones are thinned so the chart stays light. */
export const MAX_POINTS = 200;

/**
 * Appends the estimate of `result` for `metric`, thinning to at most {@link MAX_POINTS}.
 * @returns a new array
 */
export function appendConvergence(
  series: readonly ConvergencePoint[],
  result: SimulationResult,
  metric: 'availability' | 'reliability',
): ConvergencePoint[] {
  const estimate = result[metric];
  const point = {
    histories: result.trials,
    mean: estimate.mean,
    lo: estimate.ci95[0],
    hi: estimate.ci95[1],
  };
  if (!Number.isFinite(point.mean)) return [...series];
  const next = [...series, point];
  if (next.length <= MAX_POINTS) return next;
  // Keep every other point of the older half.
  const half = Math.floor(next.length / 2);
  return [...next.slice(0, half).filter((_, i) => i % 2 === 0), ...next.slice(half)];
}

/**
 * Whether the exact value lies inside the simulation's 95% interval.
 * @returns `null` when either is unknown
 */
export function isInsideInterval(exact: number | null, lo: number, hi: number): boolean | null {
  if (exact === null || !Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  return exact >= lo && exact <= hi;
}
