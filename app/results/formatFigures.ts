/**
 * Formatting helpers of the results panel, on top of the engine's `formatDuration`,
 * `formatPercent`, `formatNumber` and `formatTime`: unit names, nines, rates per year.
 * Pure; runs anywhere.
 */
import type { TimeUnit } from '../../src/index.ts';
import { HOURS_PER_UNIT, HOURS_PER_YEAR, formatNumber } from '../../src/index.ts';

/** Singular and plural names of the design time units. */
export const TIME_UNIT_NAMES: Readonly<Record<TimeUnit, readonly [string, string]>> = {
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

/**
 * Formats a value in the design's time unit with the unit's name, e.g. `36,570 hours`.
 * @param value a time in design time units
 */
export function formatInUnit(value: number | null, unit: TimeUnit): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const [one, many] = TIME_UNIT_NAMES[unit];
  return `${formatNumber(value)} ${value === 1 ? one : many}`;
}

/** Formats nines with two decimals, e.g. `4.24 nines`; `—` when undefined. */
export function formatNines(nines: number | null): string {
  if (nines === null || !Number.isFinite(nines)) return '—';
  return `${nines.toFixed(2)} nines`;
}

/**
 * Converts a rate per design time unit to a rate per year (8766 h).
 * @param perUnit events per design time unit
 */
export function getPerYear(perUnit: number | null, unit: TimeUnit): number | null {
  if (perUnit === null) return null;
  return (perUnit * HOURS_PER_YEAR) / HOURS_PER_UNIT[unit];
}

/** Formats a failure frequency (per design time unit) as failures per year. */
export function formatFailuresPerYear(perUnit: number | null, unit: TimeUnit): string {
  const perYear = getPerYear(perUnit, unit);
  if (perYear === null) return '—';
  return `${formatNumber(perYear, 3)} failures / year`;
}

/** Formats a probability as a short percentage for axes and small labels, e.g. `99.2%`. */
export function formatShortPercent(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '—';
  const percent = p * 100;
  if (percent === 0 || percent === 100) return `${percent}%`;
  return `${Number(percent.toPrecision(4))}%`;
}

/** Formats a small probability in scientific notation, e.g. `5.83e-5`. */
export function formatProbability(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '—';
  if (p === 0) return '0';
  if (p < 1e-3) return p.toExponential(2);
  return formatNumber(p, 4);
}

/** Formats a cost (the design's price units, no currency is implied). */
export function formatCost(cost: number | null): string {
  if (cost === null || !Number.isFinite(cost)) return '—';
  return cost.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
