/**
 * Formatting of figures for people: durations in friendly units, probabilities with enough
 * digits to tell 99.99% from 99.999%, nines, rates per year, unit names, costs. Every report
 * renderer (command line, "Copy results", the results panel, later the PDF) formats through
 * these. Pure functions; runs anywhere; no DOM.
 */
import type { TimeUnit } from '../model/types.ts';
import { HOURS_PER_UNIT, HOURS_PER_YEAR } from '../model/types.ts';

const SECOND = 1 / 3600;
const STEPS: readonly [string, number][] = [
  ['y', HOURS_PER_YEAR],
  ['d', 24],
  ['h', 1],
  ['min', 1 / 60],
  ['s', SECOND],
];

/**
 * Formats a duration given in hours as the two largest units, e.g. `52 min 34 s`, `3 d 4 h`.
 * @param hours a duration in hours (≥ 0)
 * @example formatDuration(0.876) // '52 min 34 s'
 */
export function formatDuration(hours: number | null): string {
  if (hours === null || Number.isNaN(hours)) return '—';
  if (!Number.isFinite(hours)) return '∞';
  if (hours === 0) return '0 s';
  if (hours < SECOND) {
    const ms = hours * 3_600_000;
    return ms >= 1 ? `${ms.toPrecision(3)} ms` : `${(ms * 1000).toPrecision(3)} µs`;
  }
  if (hours >= HOURS_PER_YEAR * 1000) return `${(hours / HOURS_PER_YEAR).toPrecision(3)} y`;
  // Round to whole seconds, then split into the two largest non-zero units.
  let rest = Math.round(hours * 3600);
  const parts: string[] = [];
  for (const [name, size] of STEPS) {
    const sizeSeconds = Math.round(size * 3600);
    const count = Math.floor(rest / sizeSeconds);
    if (count > 0 || parts.length > 0) {
      if (count > 0) parts.push(`${count} ${name}`);
      rest -= count * sizeSeconds;
      if (parts.length === 2 || (parts.length === 1 && count === 0)) break;
    }
  }
  return parts.slice(0, 2).join(' ');
}

/**
 * Formats a duration given in design time units.
 * @param value a duration in `unit`
 * @param unit the design's time unit
 */
export function formatTime(value: number | null, unit: TimeUnit): string {
  return formatDuration(value === null ? null : value * HOURS_PER_UNIT[unit]);
}

/**
 * Formats a probability as a percentage with enough digits to show its nines,
 * e.g. 0.999942 → `99.9942%`, 1 − 1e-12 → `99.9999999999%`.
 * @param work probability of working
 * @param fail its complement, computed directly (for the digits of tiny unavailabilities)
 */
export function formatPercent(work: number | null, fail: number | null): string {
  if (work === null || fail === null) return '—';
  if (fail <= 0) return '100%';
  if (work <= 0) return '0%';
  if (fail >= 0.01) return `${(work * 100).toFixed(2)}%`;
  // Enough decimals to show every nine plus two more digits; floor so it never reads 100%.
  const decimals = Math.min(14, Math.max(2, Math.floor(-Math.log10(fail))));
  const scale = 10 ** decimals;
  return `${(Math.floor(work * 100 * scale) / scale).toFixed(decimals)}%`;
}

/**
 * Formats a small or large number with 4 significant digits (scientific when tiny).
 * @param value any number or `null`
 */
/**
 * The formatters, made once: `toLocaleString` with options builds an `Intl.NumberFormat` on
 * every call (about 30 µs, a long task when a large design's results are formatted).
 */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 12 });
const COST = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(value: number | null, digits = 4): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs < 1e-3 || abs >= 1e9) return value.toExponential(digits - 1);
  return GROUPED.format(Number(value.toPrecision(digits)));
}

/**
 * Formats a downtime per year given in hours, e.g. `1 min 29 s / year`; a whole year (the
 * system down for good) reads `all year`.
 * @param hours hours of downtime per year of 8766 h
 * @example formatDowntimePerYear(0.0247) // '1 min 29 s / year'
 */
export function formatDowntimePerYear(hours: number | null): string {
  if (hours === null || Number.isNaN(hours)) return '—';
  if (hours >= HOURS_PER_YEAR * (1 - 1e-12)) return 'all year';
  return `${formatDuration(hours)} / year`;
}

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
 * @param unit the design's time unit
 * @example formatInUnit(36570, 'hour') // '36,570 hours'
 */
export function formatInUnit(value: number | null, unit: TimeUnit): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const [one, many] = TIME_UNIT_NAMES[unit];
  return `${formatNumber(value)} ${value === 1 ? one : many}`;
}

/**
 * Formats nines with two decimals, e.g. `4.24 nines`; `—` when undefined.
 * @example formatNines(4.2371) // '4.24 nines'
 */
export function formatNines(nines: number | null): string {
  if (nines === null || !Number.isFinite(nines)) return '—';
  return `${nines.toFixed(2)} nines`;
}

/**
 * Converts a rate per design time unit to a rate per year (8766 h).
 * @param perUnit events per design time unit
 * @param unit the design's time unit
 * @example getPerYear(1e-4, 'hour') // 0.8766
 */
export function getPerYear(perUnit: number | null, unit: TimeUnit): number | null {
  if (perUnit === null) return null;
  return (perUnit * HOURS_PER_YEAR) / HOURS_PER_UNIT[unit];
}

/**
 * Formats a failure frequency (per design time unit) as failures per year.
 * @example formatFailuresPerYear(1e-4, 'hour') // '0.877 failures / year'
 */
export function formatFailuresPerYear(perUnit: number | null, unit: TimeUnit): string {
  const perYear = getPerYear(perUnit, unit);
  if (perYear === null) return '—';
  return `${formatNumber(perYear, 3)} failures / year`;
}

/**
 * Formats a probability as a short percentage for axes and small labels, e.g. `99.2%`.
 * @example formatShortPercent(0.99213) // '99.21%'
 */
export function formatShortPercent(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '—';
  const percent = p * 100;
  if (percent === 0 || percent === 100) return `${percent}%`;
  return `${Number(percent.toPrecision(4))}%`;
}

/**
 * Formats a small probability in scientific notation, e.g. `5.83e-5`.
 * @example formatProbability(5.8312e-5) // '5.83e-5'
 */
export function formatProbability(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '—';
  if (p === 0) return '0';
  if (p < 1e-3) return p.toExponential(2);
  return formatNumber(p, 4);
}

/**
 * Formats a cost (the design's price units, no currency is implied).
 * @example formatCost(90000) // '90,000'
 */
export function formatCost(cost: number | null): string {
  if (cost === null || !Number.isFinite(cost)) return '—';
  return COST.format(cost);
}

/**
 * Formats a ratio that may be huge, e.g. a risk achievement worth: `3.2×`, `1.2e+5×`.
 * @example formatRatio(354462.1) // '3.545e+5×'
 */
export function formatRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${ratio >= 1e5 ? ratio.toExponential(3) : formatNumber(ratio, 4)}×`;
}

/**
 * Formats a share (0–1) as a percentage with one decimal, e.g. `99.6%`.
 * @example formatShare(0.99640268) // '99.6%'
 */
export function formatShare(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return '—';
  return `${(share * 100).toFixed(1)}%`;
}
