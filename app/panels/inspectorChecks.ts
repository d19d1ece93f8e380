/** Range checks of inspector fields, worded like the engine's messages ("must be > 0, got -1"). */
import { formatPlain } from '../components/quantityText.ts';

export type Check = (value: number) => string | null;

const got = (x: number) => `, got ${formatPlain(x)}`;

export const positive: Check = (x) => (x > 0 ? null : `must be > 0${got(x)}`);
export const nonNegative: Check = (x) => (x >= 0 ? null : `must be ≥ 0${got(x)}`);
export const probability: Check = (x) =>
  x >= 0 && x <= 1 ? null : `must be a probability between 0 and 1${got(x)}`;
export const openUnit: Check = (x) =>
  x > 0 && x < 1 ? null : `must be between 0 and 1 (exclusive) for warm standby${got(x)}`;

/** A whole number between `min` and `max` (inclusive), with what the bounds mean. */
export function countBetween(min: number, max: number, what: string): Check {
  return (x) => {
    if (x < min) return `must be at least ${min}${got(x)}`;
    if (x > max) return `must be at most ${max} (${what})${got(x)}`;
    return null;
  };
}
