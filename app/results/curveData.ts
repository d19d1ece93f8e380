/**
 * Rows of the curve charts: R(t), A(t) and their complements at each time of the live curves,
 * the time also in the axis display unit, and optional per-block series read from the engine's
 * `points[i].blocks` (R_b, A_b and their complements, each as the engine computed it).
 * Pure; runs anywhere.
 */
import type { AnalysisPoint, TimeUnit } from '../../src/index.ts';
import { HOURS_PER_UNIT } from '../../src/index.ts';
import type { TimeAxisUnit } from './timeAxis.ts';

/** One row: `t` in design time units, `x` in the axis unit, then one value per series key. */
export type CurveRow = { readonly t: number; readonly x: number } & Readonly<
  Record<string, number | null>
>;

/** A per-block series pair: R_b(t) and A_b(t) of block `id`, under the keys of {@link getBlockKeys}. */
export interface BlockSeries {
  readonly key: string;
  /** The block id (`AnalysisResult.blocks[].id`, the key of `points[i].blocks`). */
  readonly id: string;
  readonly label: string;
  readonly color: string;
}

/** Row keys of a block series: R_b and A_b; their complements are under `getComplementKey`. */
export function getBlockKeys(key: string): {
  readonly reliability: string;
  readonly availability: string;
} {
  return { reliability: `${key}r`, availability: `${key}a` };
}

/** Keys of the system series. */
export const SERIES = {
  reliability: 'reliability',
  availability: 'availability',
  unreliability: 'unreliability',
  unavailability: 'unavailability',
} as const;

/** The key of the complement series of `key` (R → 1 − R, A → 1 − A, block R_b → 1 − R_b). */
export function getComplementKey(key: string): string {
  if (key === SERIES.reliability) return SERIES.unreliability;
  if (key === SERIES.availability) return SERIES.unavailability;
  return `${key}f`;
}

/**
 * Builds the chart rows.
 * @param points the live curve points (t in design time units)
 * @param unit the design's time unit
 * @param axis the display unit of the time axis
 * @param blocks per-block series to add (`null` where the engine gave no exact figure)
 */
export function createCurveRows(
  points: readonly AnalysisPoint[],
  unit: TimeUnit,
  axis: TimeAxisUnit,
  blocks: readonly BlockSeries[] = [],
): CurveRow[] {
  const toAxis = HOURS_PER_UNIT[unit] / axis.hours;
  return points.map((p) => {
    const row: Record<string, number | null> = {
      t: p.t,
      x: p.t * toAxis,
      [SERIES.reliability]: p.reliability,
      [SERIES.availability]: p.availability,
      [SERIES.unreliability]: p.unreliability,
      [SERIES.unavailability]: p.unavailability,
    };
    for (const block of blocks) {
      const figures = p.blocks?.[block.id];
      const keys = getBlockKeys(block.key);
      row[keys.reliability] = figures?.reliability ?? null;
      row[getComplementKey(keys.reliability)] = figures?.unreliability ?? null;
      row[keys.availability] = figures?.availability ?? null;
      row[getComplementKey(keys.availability)] = figures?.unavailability ?? null;
    }
    return row as CurveRow;
  });
}

/**
 * Smallest and largest positive value of some series over the rows with x > 0, for log axes.
 * @returns `null` when no value is positive
 */
export function getPositiveRange(
  rows: readonly CurveRow[],
  keys: readonly string[],
): { readonly min: number; readonly max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    if (!(row.x > 0)) continue;
    for (const key of keys) {
      const v = row[key];
      if (typeof v === 'number' && v > 0 && Number.isFinite(v)) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
  }
  return min <= max ? { min, max } : null;
}

/**
 * Lower end of a linear probability axis that shows the curves' detail: the smallest value,
 * rounded down to a tidy step, never below 0.
 */
export function getLinearFloor(rows: readonly CurveRow[], keys: readonly string[]): number {
  let min = 1;
  for (const row of rows) {
    for (const key of keys) {
      const v = row[key];
      if (typeof v === 'number' && Number.isFinite(v) && v < min) min = v;
    }
  }
  const gap = 1 - min;
  if (gap <= 0) return 0.99;
  const step = 10 ** Math.floor(Math.log10(gap));
  return Math.max(0, Math.floor((min - step * 0.05) / step) * step);
}

/** Tick steps of a linear axis, per decade. */
const NICE_STEPS = [1, 2, 2.5, 5, 10];

/**
 * Ticks of a linear axis over [low, high]: multiples of a tidy step (1, 2, 2.5 or 5 times a
 * power of ten) cutting the span into at most `intervals` steps, both ends included when they
 * are multiples. Given to the chart, which then skips its own decimal tick search on every
 * redraw.
 * @example
 * getLinearTicks(0.9, 1); // [0.9, 0.92, 0.94, 0.96, 0.98, 1]
 */
export function getLinearTicks(low: number, high: number, intervals = 6): number[] {
  const span = high - low;
  if (!(span > 0) || !Number.isFinite(span)) return [low];
  const decade = 10 ** Math.floor(Math.log10(span / intervals));
  const step = decade * (NICE_STEPS.find((m) => span / (m * decade) <= intervals + 1e-9) ?? 10);
  const ticks: number[] = [];
  // Whole multiples of the step, rounded to its digits (no 0.30000000000000004 labels).
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  for (let i = Math.ceil(low / step - 1e-9); i * step <= high + step * 1e-9; i++) {
    ticks.push(Number((i * step).toFixed(digits)));
  }
  return ticks;
}
