/**
 * Rows of the curve charts: R(t), A(t) and their complements at each time of the live curves,
 * the time also in the axis display unit, and optional per-block reliability series.
 * Pure; runs anywhere.
 */
import type { AnalysisPoint, TimeUnit } from '../../src/index.ts';
import { HOURS_PER_UNIT } from '../../src/index.ts';
import type { BlockCurveModel } from './blockCurves.ts';
import { computeBlockCurveReliability } from './blockCurves.ts';
import type { TimeAxisUnit } from './timeAxis.ts';

/** One row: `t` in design time units, `x` in the axis unit, then one value per series key. */
export type CurveRow = { readonly t: number; readonly x: number } & Readonly<
  Record<string, number | null>
>;

/** A per-block series: `key` holds R_b(t), `${key}f` holds 1 − R_b(t). */
export interface BlockSeries {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly model: BlockCurveModel;
}

/** Keys of the system series. */
export const SERIES = {
  reliability: 'reliability',
  availability: 'availability',
  unreliability: 'unreliability',
  unavailability: 'unavailability',
} as const;

/** The key of the complement series of `key` (R → 1 − R, A → 1 − A, block R → block F). */
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
 * @param blocks per-block series to add
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
      const r = computeBlockCurveReliability(block.model, p.t);
      row[block.key] = r.work;
      row[`${block.key}f`] = r.fail;
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
