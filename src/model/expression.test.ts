import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { evaluateQuantity } from './expression.ts';
import type { QuantityKind } from './expression.ts';
import type { TimeUnit } from './types.ts';

/** The value of a successful evaluation, failing the test otherwise. */
function value(input: number | string, kind: QuantityKind, unit: TimeUnit = 'hour'): number {
  const result = evaluateQuantity(input, kind, unit);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The message of a failed evaluation, failing the test otherwise. */
function error(input: number | string, kind: QuantityKind, unit: TimeUnit = 'hour'): string {
  const result = evaluateQuantity(input, kind, unit);
  if (result.ok) throw new Error(`expected an error, got ${result.value}`);
  return result.error;
}

describe('evaluateQuantity', () => {
  it('takes a plain number as already in design units', () => {
    expect(value(8760, 'time')).toBe(8760);
    expect(value(2, 'time', 'year')).toBe(2);
    expect(value(0.001, 'rate', 'day')).toBe(0.001);
  });

  it('evaluates "1/2e-5" to 50000 without floating-point noise', () => {
    expect(value('1/2e-5', 'time')).toBe(50000);
  });

  it('converts "5 years" to 43830 hours (year = 8766 h)', () => {
    expect(value('5 years', 'time')).toBe(43830);
    expect(value('1 year', 'time', 'year')).toBe(1);
  });

  it('converts "1 month" to 730.5 hours and 1/12 of a year', () => {
    expect(value('1 month', 'time')).toBe(730.5);
    expect(value('12 months', 'time', 'year')).toBe(1);
  });

  it('converts "30 min" to 0.5 h in an hour design', () => {
    expect(value('30 min', 'time')).toBe(0.5);
    expect(value('3 mins', 'time')).toBe(0.05);
  });

  it('converts a time to days and weeks', () => {
    expect(value('36 hours', 'time', 'day')).toBe(1.5);
    expect(value('2 weeks', 'time', 'day')).toBe(14);
    expect(value('5 h', 'time', 'day')).toBeCloseTo(5 / 24, 15);
  });

  it('reads "250 FIT" as 2.5e-7 per hour', () => {
    expect(value('250 FIT', 'rate')).toBe(2.5e-7);
    expect(value('250 FIT', 'rate', 'year')).toBe(250e-9 * 8766);
  });

  it('converts a rate written per time unit', () => {
    expect(value('1 / (20000 h)', 'rate')).toBe(5e-5);
    expect(value('1 / (20000 h)', 'rate', 'day')).toBe(0.0012);
    expect(value('2 / year', 'rate', 'year')).toBe(2);
  });

  it('evaluates "2 * 3 h" to 6 hours', () => {
    expect(value('2 * 3 h', 'time')).toBe(6);
  });

  it('allows parentheses, powers, unary signs, pi, e and sqrt/exp/log/log10', () => {
    expect(value('-(2 ^ 3) + +1', 'number')).toBe(-7);
    expect(value('2 pi', 'number')).toBeCloseTo(2 * Math.PI, 14);
    expect(value('log(e)', 'number')).toBe(1);
    expect(value('log10(1000)', 'number')).toBe(3);
    expect(value('exp(0)', 'number')).toBe(1);
    expect(value('sqrt(4 h^2)', 'time')).toBe(2);
  });

  it('reads a percentage as a fraction', () => {
    expect(value('99%', 'probability')).toBe(0.99);
  });

  it('cancels units of the same dimension to a plain number', () => {
    expect(value('2 h / 30 min', 'number')).toBe(4);
  });

  it('rounds a count computed exactly and rejects a fraction', () => {
    expect(value('6 / 3', 'count')).toBe(2);
    expect(value(3, 'count')).toBe(3);
    expect(error('2.5', 'count')).toBe('"2.5" is not a whole number');
    expect(error(2.5, 'count')).toBe('2.5 is not a whole number');
    expect(error(1e300, 'count')).toBe('1e+300 is too large for a count');
  });

  it('rejects assignment', () => {
    expect(error('a = 1', 'number')).toBe('invalid expression "a = 1": assignment is not allowed');
  });

  it('rejects function definitions', () => {
    expect(error('f(x) = x', 'number')).toBe(
      'invalid expression "f(x) = x": function definitions are not allowed',
    );
  });

  it('rejects import, evaluate and other functions outside the whitelist', () => {
    expect(error('import({}, {override: true})', 'number')).toBe(
      'invalid expression "import({}, {override: true})": function "import" is not allowed ' +
        '(only sqrt, exp, log, log10)',
    );
    expect(error('import(1)', 'number')).toBe(
      'invalid expression "import(1)": function "import" is not allowed (only sqrt, exp, log, log10)',
    );
    expect(error('evaluate("1")', 'number')).toBe(
      'invalid expression "evaluate(\\"1\\")": function "evaluate" is not allowed ' +
        '(only sqrt, exp, log, log10)',
    );
    expect(error('evaluate(1)', 'number')).toBe(
      'invalid expression "evaluate(1)": function "evaluate" is not allowed (only sqrt, exp, log, log10)',
    );
    expect(error('cos(1)', 'number')).toMatch(/function "cos" is not allowed/);
  });

  it('rejects arrays, matrices, objects and accessors', () => {
    expect(error('[1,2]', 'number')).toBe(
      'invalid expression "[1,2]": arrays and matrices are not allowed',
    );
    expect(error('"x".y', 'number')).toBe(
      'invalid expression "\\"x\\".y": property access and indexing are not allowed',
    );
    expect(error('{a: 1}', 'number')).toBe('invalid expression "{a: 1}": objects are not allowed');
  });

  it('rejects blocks, conditionals, ranges, comparisons and other operators', () => {
    expect(error('1; 2', 'number')).toBe(
      'invalid expression "1; 2": only one expression is allowed',
    );
    expect(error('1 ? 2 : 3', 'number')).toBe(
      'invalid expression "1 ? 2 : 3": conditionals are not allowed',
    );
    expect(error('1:3', 'number')).toBe('invalid expression "1:3": ranges are not allowed');
    expect(error('1 == 1', 'number')).toBe(
      'invalid expression "1 == 1": operator "==" is not allowed',
    );
    expect(error('5!', 'number')).toBe('invalid expression "5!": operator "!" is not allowed');
    expect(error('7 mod 2', 'number')).toBe(
      'invalid expression "7 mod 2": operator "mod" is not allowed',
    );
  });

  it('rejects strings, booleans and unknown names', () => {
    expect(error('"abc"', 'number')).toBe(
      'invalid expression "\\"abc\\"": strings are not allowed',
    );
    expect(error('true', 'number')).toBe('invalid expression "true": true is not a number');
    expect(error('x', 'number')).toBe('invalid expression "x": unknown name "x"');
  });

  it('rejects "1 kg" for a time and a time for a rate', () => {
    expect(error('1 kg', 'time')).toBe('"1 kg" is not a time');
    expect(error('5 kg', 'time')).toBe('"5 kg" is not a time');
    expect(error('5 years', 'rate')).toBe('"5 years" is not a rate (per time)');
  });

  it('rejects a unit where a probability, count or number is expected', () => {
    expect(error('5 h', 'probability')).toBe('"5 h" is not a plain number (it has a unit)');
    expect(error('2 h', 'count')).toBe('"2 h" is not a plain number (it has a unit)');
  });

  it('rejects a result that is not finite', () => {
    expect(error('1/0', 'time')).toBe('invalid expression "1/0": not a finite number');
    expect(error('1e400', 'number')).toBe('invalid expression "1e400": not a finite number');
    expect(error(Number.NaN, 'number')).toBe('NaN is not a finite number');
    expect(error(Number.POSITIVE_INFINITY, 'rate')).toBe('Infinity is not a finite number');
  });

  it('rejects mixing a plain number with a unit in a sum', () => {
    expect(error('5 h + 3', 'time')).toBe(
      'invalid expression "5 h + 3": cannot add or subtract a plain number and a quantity with a unit',
    );
  });

  it('rejects complex results and syntax errors', () => {
    expect(error('sqrt(-1)', 'number')).toBe('invalid expression "sqrt(-1)": not a real number');
    expect(error('1 +', 'number')).toBe(
      'invalid expression "1 +": unexpected end of expression (char 4)',
    );
    expect(error('', 'number')).toBe('empty expression ""');
  });

  it('rejects an overlong expression and shortens it in the message', () => {
    expect(error('1+'.repeat(600) + '1', 'number')).toBe(
      'expression is too long (1201 characters, at most 1000)',
    );
    expect(error('1'.repeat(80) + ' kg', 'time')).toBe(`"${'1'.repeat(59)}…" is not a time`);
  });

  it('evaluates or rejects deep nesting without throwing', () => {
    const deep = '('.repeat(499) + '1' + ')'.repeat(499);
    const result = evaluateQuantity(deep, 'number', 'hour');
    expect(result.ok ? result.value : result.error).toSatisfy(
      (x: unknown) => x === 1 || (typeof x === 'string' && x.includes('too deeply nested')),
    );
  });

  it('returns 0 rather than -0', () => {
    expect(Object.is(value('-0', 'number'), 0)).toBe(true);
  });

  it('never throws on arbitrary strings (fast-check, seed 42)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const result = evaluateQuantity(s, 'time', 'hour');
        expect(typeof result.ok).toBe('boolean');
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('never throws on a 50 MB junk string', () => {
    const junk = 'x('.repeat(25_000_000);
    expect(evaluateQuantity(junk, 'time', 'hour').ok).toBe(false);
  });
});

describe('the direct reading of a number with a unit', () => {
  const UNITS = ['', 's', 'sec', 'seconds', 'min', 'minutes', 'h', 'hr', 'hours', 'day', 'days'];
  const MORE = ['week', 'weeks', 'month', 'months', 'year', 'years', 'FIT'];
  const TIME_UNITS: TimeUnit[] = ['hour', 'day', 'week', 'month', 'year'];
  const KINDS: QuantityKind[] = ['time', 'rate', 'number', 'probability', 'count'];

  it('gives what mathjs gives, bit for bit and message for message (fast-check, seed 7)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 1e-12, max: 1e12, noNaN: true }),
          fc.integer({ min: 0, max: 1_000_000 }),
        ),
        fc.constantFrom(...UNITS, ...MORE),
        fc.constantFrom(' ', '', '  '),
        fc.constantFrom(...KINDS),
        fc.constantFrom(...TIME_UNITS),
        (n, unitName, gap, kind, timeUnit) => {
          const input = `${String(n)}${unitName === '' ? '' : gap}${unitName}`;
          const direct = evaluateQuantity(input, kind, timeUnit);
          // The same expression in a form the direct reading does not take goes through mathjs.
          const viaMathjs = evaluateQuantity(`(${input})`, kind, timeUnit);
          // Messages quote the input, which differs by its parentheses only.
          const same = viaMathjs.ok
            ? viaMathjs
            : { ok: false, error: viaMathjs.error.replace(`"(${input})"`, `"${input}"`) };
          expect(direct).toEqual(same);
        },
      ),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('needs no mathjs, and a parse that needs it loads it and runs again', async () => {
    vi.resetModules();
    const fresh = await import('./expression.ts');
    expect(fresh.isExpressionEngineLoaded()).toBe(false);
    expect(fresh.evaluateQuantity('5 years', 'time', 'hour')).toEqual({ ok: true, value: 43830 });
    expect(fresh.evaluateQuantity('250 FIT', 'rate', 'hour')).toEqual({ ok: true, value: 2.5e-7 });
    expect(fresh.isExpressionEngineLoaded()).toBe(false);
    let runs = 0;
    const read = () => {
      runs++;
      return fresh.evaluateQuantity('1/2e-5', 'time', 'hour');
    };
    const answer = fresh.withExpressionEngine(read);
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toEqual({ ok: true, value: 50000 });
    expect(runs).toBe(2);
    expect(fresh.isExpressionEngineLoaded()).toBe(true);
    // Once loaded, nothing runs twice.
    expect(fresh.withExpressionEngine(read)).toEqual({ ok: true, value: 50000 });
    expect(runs).toBe(3);
  });
});
