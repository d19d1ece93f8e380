/**
 * Arithmetic on file quantities (a number, or an expression string such as "5 years"), for the
 * defaults of a law a user switches to: a number stays a number, an expression is wrapped in a
 * larger expression that the parser evaluates with its units.
 * Runs anywhere; no DOM.
 */
import type { Quantity, TimePartsFile, TimeQuantity } from '../model/file.ts';

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

/** True when a time field of a file is built from named parts. */
export function isTimeParts(q: TimeQuantity | undefined): q is TimePartsFile {
  return typeof q === 'object' && q !== null && !Array.isArray(q);
}

/**
 * A time field as one quantity: itself, or the sum of its parts (`null` when the parts mix plain
 * numbers with expressions, which only the parser, knowing the time unit, can add).
 * @example
 * sumTimeParts({ detect: '5 min', replay: '10 min' }); // '(5 min) + (10 min)'
 * sumTimeParts({ detect: 1, replay: 2 }); // 3
 */
export function sumTimeParts(q: TimeQuantity): Quantity | null {
  if (!isTimeParts(q)) return q;
  let total: Quantity | null = 0;
  for (const [name, part] of Object.entries(q)) {
    if (name === 'ui') continue;
    if (typeof part !== 'number' && typeof part !== 'string') return null;
    total = total === null ? null : addQuantities(total, part);
  }
  return total;
}

/**
 * A time field for a summary: the time, or its parts joined by "+" (`5 min + 10 min`).
 * @param show how one quantity is shown
 */
export function showTimeQuantity(q: TimeQuantity, show: (q: Quantity) => string): string {
  if (!isTimeParts(q)) return show(q);
  return Object.entries(q)
    .filter(
      ([name, part]) => name !== 'ui' && (typeof part === 'number' || typeof part === 'string'),
    )
    .map(([, part]) => show(part))
    .join(' + ');
}
