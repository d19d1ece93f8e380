/**
 * Arithmetic on file quantities (a number, or an expression string such as "5 years"), for the
 * defaults of a law a user switches to: a number stays a number, an expression is wrapped in a
 * larger expression that the parser evaluates with its units.
 * Runs anywhere; no DOM.
 */
import type { Quantity } from '../model/file.ts';

/**
 * 1/q: the rate of a mean time or the mean time of a rate.
 * @example
 * invertQuantity(50000); // 0.00002
 * invertQuantity('5 years'); // '1/(5 years)'
 */
export function invertQuantity(q: Quantity): Quantity {
  return typeof q === 'number' ? (q === 0 ? 0 : 1 / q) : `1/(${q})`;
}

/**
 * factor·q.
 * @param factor a plain number (dimensionless)
 * @example
 * scaleQuantity('5 years', 2); // '2 * (5 years)'
 */
export function scaleQuantity(q: Quantity, factor: number): Quantity {
  if (factor === 1) return q;
  return typeof q === 'number' ? q * factor : `${factor} * (${q})`;
}

/**
 * p·q, for two quantities one of which is a plain count or factor.
 * @example
 * multiplyQuantities(2, '5 years'); // '(2) * (5 years)'
 */
export function multiplyQuantities(p: Quantity, q: Quantity): Quantity {
  if (typeof p === 'number') return scaleQuantity(q, p);
  if (typeof q === 'number') return scaleQuantity(p, q);
  return `(${p}) * (${q})`;
}

/**
 * p + q, for two times; `null` when a plain number (design time units) meets an expression
 * string (the file's time unit is not known here, and an expression cannot add a plain number
 * to a time).
 * @example
 * addQuantities(100, 20); // 120
 * addQuantities('1 year', '2 days'); // '(1 year) + (2 days)'
 */
export function addQuantities(p: Quantity, q: Quantity): Quantity | null {
  if (p === 0) return q;
  if (q === 0) return p;
  if (typeof p === 'number' && typeof q === 'number') return p + q;
  return typeof p === 'string' && typeof q === 'string' ? `(${p}) + (${q})` : null;
}
