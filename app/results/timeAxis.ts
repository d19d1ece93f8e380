/**
 * Time axes of the curve charts: the display unit that reads best for a span, and decade ticks
 * for log scales. Pure; runs anywhere.
 */

/** A unit in which a time axis is labelled. */
export interface TimeAxisUnit {
  /** Plural name for the axis title, e.g. `years`. */
  readonly name: string;
  /** Short name for ticks, e.g. `y`. */
  readonly short: string;
  /** Hours in one unit. */
  readonly hours: number;
}

const AXIS_UNITS: readonly TimeAxisUnit[] = [
  { name: 'years', short: 'y', hours: 8766 },
  { name: 'months', short: 'mo', hours: 730.5 },
  { name: 'days', short: 'd', hours: 24 },
  { name: 'hours', short: 'h', hours: 1 },
  { name: 'minutes', short: 'min', hours: 1 / 60 },
  { name: 'seconds', short: 's', hours: 1 / 3600 },
];

/**
 * Picks the largest unit in which the span is at least two units long.
 * @param spanHours the span of the axis, hours
 * @example getTimeAxisUnit(26280).name // 'years'
 */
export function getTimeAxisUnit(spanHours: number): TimeAxisUnit {
  for (const unit of AXIS_UNITS) if (spanHours >= 2 * unit.hours) return unit;
  return AXIS_UNITS[AXIS_UNITS.length - 1]!;
}

/**
 * Powers of ten covering [min, max] (both > 0), for log-scale ticks and domains.
 * @returns at least two ticks, from 10^floor(log10 min) to 10^ceil(log10 max); `[]` if invalid
 * @example getDecadeTicks(3e-7, 0.02) // [1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1]
 */
export function getDecadeTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max > 0) || !Number.isFinite(min) || !Number.isFinite(max)) return [];
  const low = Math.floor(Math.log10(Math.min(min, max)) + 1e-9);
  let high = Math.ceil(Math.log10(Math.max(min, max)) - 1e-9);
  if (high <= low) high = low + 1;
  const ticks: number[] = [];
  // At most about 12 ticks: skip decades on very wide ranges.
  const step = Math.max(1, Math.ceil((high - low) / 12));
  for (let e = low; e <= high; e += step) ticks.push(Number(`1e${e}`));
  if (ticks[ticks.length - 1] !== Number(`1e${high}`)) ticks.push(Number(`1e${high}`));
  return ticks;
}

/** Formats a decade tick, e.g. `1e-6`, `0.01`, `1`, `100`. */
export function formatDecade(value: number): string {
  if (value >= 1e-2 && value <= 1e4) return String(value);
  return value.toExponential(0).replace('e+', 'e');
}
