/**
 * Text helpers of numeric fields: reading what was typed into a file quantity (a plain number
 * or an expression string) and showing an evaluated value with its unit ("= 43,830 h").
 */
import type { Quantity, TimeUnit } from '../../src/index.ts';
import { evaluateQuantity, formatTime } from '../../src/index.ts';

/** What a quantity measures (the `kind` of `evaluateQuantity`). */
export type QuantityKind = Parameters<typeof evaluateQuantity>[1];

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Short names of the time units. */
export const TIME_UNIT_SHORT: Readonly<Record<TimeUnit, string>> = {
  hour: 'h',
  day: 'd',
  week: 'wk',
  month: 'mo',
  year: 'y',
};

/** A typed text as a file quantity: a number when it is a plain number, else the expression. */
export function toQuantity(text: string): Quantity {
  const trimmed = text.trim();
  return PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A quantity as text for a field. */
export function showQuantity(value: Quantity | undefined): string {
  return value === undefined ? '' : String(value);
}

/** Formatters by significant digits, made once (a formatter per call costs about 30 µs). */
const PLAIN = new Map<number, Intl.NumberFormat>();

/** A number for people: grouped digits, or scientific notation when very small or large. */
export function formatPlain(x: number): string {
  if (x !== 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e9)) {
    return x.toExponential(3).replace(/\.?0+e/, 'e');
  }
  const digits = Number.isInteger(x) ? 15 : Math.abs(x) >= 1000 ? 6 : 4;
  let format = PLAIN.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits });
    PLAIN.set(digits, format);
  }
  return format.format(x);
}

/** The evaluated value of a field with its unit, e.g. "= 43,830 h (5 y)" or "= 2.5e-7 /h". */
export function formatNormalised(value: number, kind: QuantityKind, unit: TimeUnit): string {
  const short = TIME_UNIT_SHORT[unit];
  switch (kind) {
    case 'time': {
      const friendly = formatTime(value, unit);
      const plain = `${formatPlain(value)} ${short}`;
      return friendly.replace(/\s/g, '') === plain.replace(/[\s,]/g, '')
        ? `= ${plain}`
        : `= ${plain} (${friendly})`;
    }
    case 'rate':
      return `= ${formatPlain(value)} /${short}`;
    case 'probability':
    case 'count':
    case 'number':
      return `= ${formatPlain(value)}`;
  }
}

/** Outcome of checking a typed text. */
export type FieldCheck =
  | { readonly ok: true; readonly quantity: Quantity | undefined; readonly value: number | null }
  | { readonly ok: false; readonly error: string };

/**
 * Checks a typed text: empty (allowed when optional), an expression of the right kind, then the
 * field's own range check.
 */
export function checkQuantityText(
  text: string,
  kind: QuantityKind,
  unit: TimeUnit,
  optional: boolean,
  check?: (value: number) => string | null,
): FieldCheck {
  if (text.trim() === '') {
    return optional
      ? { ok: true, quantity: undefined, value: null }
      : { ok: false, error: 'a value is required' };
  }
  const quantity = toQuantity(text);
  const evaluated = evaluateQuantity(quantity, kind, unit);
  if (!evaluated.ok) return { ok: false, error: evaluated.error };
  const problem = check?.(evaluated.value) ?? null;
  if (problem !== null) return { ok: false, error: problem };
  return { ok: true, quantity, value: evaluated.value };
}
