import { describe, expect, it } from 'vitest';
import { computeLesson, getFigure, getRightChoice } from '../testLesson.ts';
import { REDUNDANCY_LESSON } from './redundancy.ts';

const harmonic = (n: number) =>
  Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b);

describe('REDUNDANCY_LESSON', () => {
  it('gives MTTFₙ = (1/λ)·Hₙ: 1500, 1833.3 and 2929.0 h for n = 2, 3, 10 at λ = 10⁻³', () => {
    for (const n of [2, 3, 10]) {
      const view = computeLesson(REDUNDANCY_LESSON, { n });
      expect(getFigure(view, 'plain')).toBeCloseTo(1000 * harmonic(n), 6);
    }
    expect(computeLesson(REDUNDANCY_LESSON, { n: 3 }).formulas[0]!.tex).toContain(
      '= 1{,}833.33\\ \\text{h}',
    );
    expect(computeLesson(REDUNDANCY_LESSON, { n: 10 }).formulas[0]!.tex).toContain(
      '= 2{,}928.97\\ \\text{h}',
    );
  });

  it('gives two repaired units (3λ + μ)/(2λ²) = 51 500 h from new, the engine’s mean up time + 1/(2λ)', () => {
    const lambda = 1e-3;
    const mu = 0.1;
    const view = computeLesson(REDUNDANCY_LESSON, { n: 2, mttf: 1000, mttr: 10 });
    expect(getFigure(view, 'repaired')).toBeCloseTo((2 * lambda + mu) / (2 * lambda ** 2), 6);
    expect(getFigure(view, 'twoFromNew')).toBeCloseTo((3 * lambda + mu) / (2 * lambda ** 2), 6);
    expect(view.formulas[1]!.tex).toContain('51{,}000 + 500 = 51{,}500\\ \\text{h}');
  });

  it('charts the returns without repair shrinking as 1/n', () => {
    const points = computeLesson(REDUNDANCY_LESSON).chart!.points;
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.plain! - points[i - 1]!.plain!).toBeCloseTo(1000 / (i + 1), 6);
      expect(points[i]!.repaired).toBeGreaterThan(points[i - 1]!.repaired!);
    }
  });

  it('answers 1500 h and “2 repaired copies”', () => {
    const view = computeLesson(REDUNDANCY_LESSON);
    expect(getRightChoice(view, 'secondCopy')).toBe('1500 h');
    expect(getRightChoice(view, 'copiesOrRepair')).toBe('2 repaired copies');
  });
});
