/** Range checks of inspector fields, worded like the engine's messages ("must be > 0, got -1"). */
import type { NumberRange } from '../../src/index.ts';
import { formatPlain } from '../components/quantityText.ts';

export type Check = (value: number) => string | null;

const got = (x: number) => `, got ${formatPlain(x)}`;

export const positive: Check = (x) => (x > 0 ? null : `must be > 0${got(x)}`);
export const nonNegative: Check = (x) => (x >= 0 ? null : `must be ≥ 0${got(x)}`);
export const probability: Check = (x) =>
  x >= 0 && x <= 1 ? null : `must be a probability between 0 and 1${got(x)}`;
export const openUnit: Check = (x) =>
  x > 0 && x < 1 ? null : `must be between 0 and 1 (exclusive) for warm standby${got(x)}`;

/**
 * The check of a law field from the engine's range of it (the same bounds the parser applies):
 * `> 0`, `≥ 0`, a probability, or another interval.
 */
export function getRangeCheck(range: NumberRange): Check {
  const { min, max } = range;
  if (min === 0 && max === 1) return probability;
  return (x) => {
    const low = min === undefined || (range.minExclusive === true ? x > min : x >= min);
    if (low && (max === undefined || x <= max)) return null;
    if (min !== undefined && max !== undefined) return `must be between ${min} and ${max}${got(x)}`;
    if (min !== undefined)
      return `must be ${range.minExclusive === true ? '>' : '≥'} ${min}${got(x)}`;
    return `must be ≤ ${String(max)}${got(x)}`;
  };
}

/** A whole number between `min` and `max` (inclusive), with what the bounds mean. */
export function countBetween(min: number, max: number, what: string): Check {
  return (x) => {
    if (x < min) return `must be at least ${min}${got(x)}`;
    if (x > max) return `must be at most ${max} (${what})${got(x)}`;
    return null;
  };
}
