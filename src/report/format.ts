/**
 * Formatting of figures for people: durations in friendly units, probabilities with enough
 * digits to tell 99.99% from 99.999%. Pure functions; runs anywhere; no DOM.
 */
import type { TimeUnit } from '../model/types.ts';
import { HOURS_PER_UNIT } from '../model/types.ts';

const SECOND = 1 / 3600;
const STEPS: readonly [string, number][] = [
  ['y', 8766],
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
  if (hours >= 8766 * 1000) return `${(hours / 8766).toPrecision(3)} y`;
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
export function formatNumber(value: number | null, digits = 4): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs < 1e-3 || abs >= 1e9) return value.toExponential(digits - 1);
  return Number(value.toPrecision(digits)).toLocaleString('en-US', { maximumFractionDigits: 12 });
}
