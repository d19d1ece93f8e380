/**
 * Numeric parameters of a design file: plain numbers, or expressions such as "1/2e-5",
 * "5 years", "30 min" and "250 FIT", in a restricted scope (arithmetic, units, pi and e, and a
 * few functions). A number, or a number with one time unit or FIT, is read here directly; any
 * other expression is read by `mathExpression.ts` (mathjs over a whitelist), which is loaded
 * only when a design needs it, so the command line and the app start without mathjs.
 * `withExpressionEngine` runs a parse and, when it met such an expression before the reader was
 * loaded, loads it and parses again. Never throws, never uses eval or new Function.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import { HOURS_PER_UNIT } from './types.ts';
import type { TimeUnit } from './types.ts';
import { Result } from '../util/result.ts';

/**
 * What a numeric parameter measures: a `time` (converted to design time units), a `rate` (per
 * design time unit), or a dimensionless `probability`, `count` (whole number) or `number`.
 */
export type QuantityKind = 'time' | 'rate' | 'probability' | 'count' | 'number';

/** Longest expression string accepted, in characters. */
export const MAX_EXPRESSION_LENGTH = 1000;

/** What an expression measures: a plain number, a time in hours, a rate per hour, or another dimension. */
export interface Measure {
  readonly dimension: 'none' | 'time' | 'rate' | 'other';
  readonly value: number;
}

/** The full expression reader (`mathExpression.ts`). */
type ExpressionReader = (input: string) => Result<Measure, string>;

let reader: ExpressionReader | null = null;
let loading: Promise<void> | null = null;
/** Counts the expressions met while the reader was not loaded (see withExpressionEngine). */
let misses = 0;

/**
 * Loads the full expression reader (mathjs, restricted); resolves at once when it is loaded.
 * @example
 * await loadExpressionEngine(); // evaluateQuantity('sqrt(2) * 3 h', …) now works
 */
export function loadExpressionEngine(): Promise<void> {
  loading ??= import('./mathExpression.ts').then((m) => {
    reader = m.evaluateExpression;
  });
  return loading;
}

/** True once the full expression reader is loaded. */
export function isExpressionEngineLoaded(): boolean {
  return reader !== null;
}

/**
 * Runs `read` (a parse, or one evaluation) with the full expression reader at hand: when `read`
 * met an expression beyond a number with a unit before the reader was loaded, the reader is
 * loaded and `read` runs again. `read` must have no other effect than its result.
 * @returns `read`'s result, at once when no reader was needed, else a promise of it
 * @example
 * const parsed = await withExpressionEngine(() => parseDesign(json));
 */
export function withExpressionEngine<T>(read: () => T): T | Promise<T> {
  const before = misses;
  const result = read();
  if (misses === before) return result;
  return loadExpressionEngine().then(read);
}

/** Seconds per time unit name, as mathjs defines them (year = 365.25 days, month = year / 12). */
const SECONDS: ReadonlyMap<string, number> = new Map([
  ...['s', 'sec', 'secs', 'second', 'seconds'].map((n) => [n, 1] as const),
  ...['min', 'mins', 'minute', 'minutes'].map((n) => [n, 60] as const),
  ...['h', 'hr', 'hrs', 'hour', 'hours'].map((n) => [n, 3600] as const),
  ...['day', 'days'].map((n) => [n, 86400] as const),
  ...['week', 'weeks'].map((n) => [n, 604800] as const),
  ...['month', 'months'].map((n) => [n, 2629800] as const),
  ...['year', 'years'].map((n) => [n, 31557600] as const),
]);

/** FIT, one failure per 1e9 hours, per second (as mathjs stores the unit). */
const FIT_PER_SECOND = 1e-9 / 3600;

/** A decimal number, then optionally one unit name. */
const SIMPLE = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([A-Za-z]+)?\s*$/;

/**
 * Reads a number, or a number and one time unit or FIT, as mathjs would.
 * @returns the measure, or `null` for anything else
 */
function readSimple(input: string): Measure | null {
  const match = SIMPLE.exec(input);
  if (match === null) return null;
  const n = Number(match[1]);
  const name = match[2];
  if (name === undefined) return { dimension: 'none', value: n };
  const seconds = SECONDS.get(name);
  if (seconds !== undefined) return { dimension: 'time', value: (n * seconds) / 3600 };
  if (name === 'FIT') return { dimension: 'rate', value: n * FIT_PER_SECOND * 3600 };
  return null;
}

/** The reason an expression cannot be read yet. */
const NOT_LOADED = 'the expression reader is still loading; try again in a moment';

/**
 * Removes binary floating-point noise from an expression's result: rounds to 15 significant
 * digits when that gives a short decimal (at most 12 digits), so "1/2e-5" is 50000 (not
 * 49999.99999999999) and "250 FIT" is 2.5e-7 (not 2.5000000000000004e-7). Other values, such as
 * 5 h in days (0.20833333333333334), are returned unchanged.
 */
function tidy(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const rounded = Number(x.toPrecision(15));
  const digits = rounded.toExponential().replace(/e.*$/, '').replace(/[-.]/g, '').length;
  return digits <= 12 ? rounded : x;
}

/** Longest part of an input string shown in a message. */
const MAX_SHOWN = 60;

/** Shows an input in a message: strings quoted (and cut when long), numbers as they are. */
export function showInput(input: unknown): string {
  if (typeof input === 'string') {
    return JSON.stringify(input.length > MAX_SHOWN ? `${input.slice(0, MAX_SHOWN - 1)}…` : input);
  }
  return String(input);
}

/** Converts a measure to a number of the wanted kind in design units. */
function convert(
  measure: Measure,
  input: number | string,
  kind: QuantityKind,
  timeUnit: TimeUnit,
): Result<number, string> {
  let x: number;
  if (measure.dimension === 'none') x = measure.value;
  else if (kind === 'time') {
    if (measure.dimension !== 'time') return Result.err(`${showInput(input)} is not a time`);
    x = measure.value / HOURS_PER_UNIT[timeUnit];
  } else if (kind === 'rate') {
    if (measure.dimension !== 'rate') {
      return Result.err(`${showInput(input)} is not a rate (per time)`);
    }
    x = measure.value * HOURS_PER_UNIT[timeUnit];
  } else return Result.err(`${showInput(input)} is not a plain number (it has a unit)`);
  if (typeof input === 'string') x = tidy(x);
  if (!Number.isFinite(x)) {
    return Result.err(
      typeof input === 'string'
        ? `invalid expression ${showInput(input)}: not a finite number`
        : `${showInput(input)} is not a finite number`,
    );
  }
  if (kind === 'count') {
    const n = Math.round(x);
    if (Math.abs(x - n) > 1e-9 * Math.max(1, Math.abs(x))) {
      return Result.err(`${showInput(input)} is not a whole number`);
    }
    if (!Number.isSafeInteger(n)) return Result.err(`${showInput(input)} is too large for a count`);
    return Result.ok(n + 0);
  }
  return Result.ok(x + 0); // + 0 turns -0 into 0
}

/**
 * Evaluates a numeric parameter of a design file.
 * @param input a plain number (taken as already in design units) or an expression string such
 *   as `"1/2e-5"`, `"5 years"`, `"30 min"`, `"250 FIT"`, `"2 * 3 h"`
 * @param kind what the parameter measures: a time, a rate (per time), or a dimensionless
 *   probability, count (whole number) or number
 * @param timeUnit the design's time unit: times are returned in it, rates per it
 * @returns the finite value in design units (time: design time units; rate: per design time
 *   unit), or a lower-case message saying what was wrong and showing the input. Range checks
 *   (≥ 0, ≤ 1, ...) are left to the caller, which knows the field.
 * @example
 * evaluateQuantity('5 years', 'time', 'hour'); // { ok: true, value: 43830 }
 * evaluateQuantity('250 FIT', 'rate', 'hour'); // { ok: true, value: 2.5e-7 }
 * evaluateQuantity('5 kg', 'time', 'hour'); // { ok: false, error: '"5 kg" is not a time' }
 */
export function evaluateQuantity(
  input: number | string,
  kind: QuantityKind,
  timeUnit: TimeUnit,
): Result<number, string> {
  if (typeof input === 'number')
    return convert({ dimension: 'none', value: input }, input, kind, timeUnit);
  if (typeof input !== 'string') return Result.err('not a number or an expression string');
  if (input.length > MAX_EXPRESSION_LENGTH) {
    return Result.err(
      `expression is too long (${input.length} characters, at most ${MAX_EXPRESSION_LENGTH})`,
    );
  }
  if (input.trim() === '') return Result.err('empty expression ""');
  const simple = readSimple(input);
  if (simple !== null) return convert(simple, input, kind, timeUnit);
  if (reader === null) {
    misses++;
    void loadExpressionEngine();
    return Result.err(`invalid expression ${showInput(input)}: ${NOT_LOADED}`);
  }
  const read = reader(input);
  if (!read.ok) return Result.err(`invalid expression ${showInput(input)}: ${read.error}`);
  return convert(read.value, input, kind, timeUnit);
}
