import { describe, expect, it } from 'vitest';
import { computeLesson, getFigure, getRightChoice } from '../testLesson.ts';
import { readLessonValues } from '../values.ts';
import { PARALLEL_LESSON } from './parallel.ts';

function binomial(n: number, i: number): number {
  let c = 1;
  for (let j = 1; j <= i; j++) c = (c * (n - j + 1)) / j;
  return c;
}

describe('PARALLEL_LESSON', () => {
  it('gives 2-of-3 at 0.9 = 0.972 from the engine, in the binomial sum it shows', () => {
    const view = computeLesson(PARALLEL_LESSON, { n: 3, k: 2, a: 90 });
    expect(getFigure(view, 'availability')).toBeCloseTo(0.972, 14);
    expect(view.formulas[2]!.tex).toContain(
      '\\tbinom{3}{2}0.9^{2}(0.1)^{1} + \\tbinom{3}{3}0.9^{3} = 97.2\\,\\%',
    );
  });

  it('gives 2 × 99 % in parallel = 99.99 %, U = (1 − A)² = 10⁻⁴', () => {
    const view = computeLesson(PARALLEL_LESSON, { n: 2, k: 1, a: 99 });
    expect(getFigure(view, 'availability')).toBeCloseTo(0.9999, 14);
    expect(getFigure(view, 'unavailability')).toBeCloseTo(1e-4, 16);
    expect(view.formulas[0]!.tex).toContain('(0.01)^{2} = 1.000 \\times 10^{-4}');
    expect(view.formulas[1]!.tex).toBe('A_p = 1 - U_p = 99.99\\,\\%');
  });

  it('draws the binomial distribution of units up from the engine’s k-of-n', () => {
    const n = 5;
    const a = 0.8;
    const bars = computeLesson(PARALLEL_LESSON, { n, k: 3, a: 80 }).chart!.points;
    expect(bars).toHaveLength(n + 1);
    bars.forEach((b) =>
      expect(b.probability).toBeCloseTo(
        100 * binomial(n, b.x!) * a ** b.x! * (1 - a) ** (n - b.x!),
        10,
      ),
    );
  });

  it('refuses k > n next to the k field', () => {
    const read = readLessonValues(PARALLEL_LESSON, { n: '2', k: '3' });
    expect(read.values).toBeNull();
    expect(read.errors.k).toMatch(/k = 3 is more than n = 2/);
  });

  it('flags (1 − A)² as the misconception it is', () => {
    const view = computeLesson(PARALLEL_LESSON);
    expect(getRightChoice(view, 'twoInParallel')).toBe('99.99 %');
    expect(getRightChoice(view, 'twoOfThree')).toBe('97.2 %');
    const wrong = view.questions[0]!.choices.find((c) => c.id === 'unavailability')!;
    expect(wrong.misconception).toMatch(/\(1 − A\)²/);
  });
});
