import { describe, expect, it } from 'vitest';
import { computeLesson, getFigure, getRightChoice } from '../testLesson.ts';
import { RATES_LESSON } from './rates.ts';

describe('RATES_LESSON', () => {
  it('gives MTTF = 1/(1/1000 + 1/2000) = 666.67 h from the engine', () => {
    const view = computeLesson(RATES_LESSON);
    expect(getFigure(view, 'mttf')).toBeCloseTo(2000 / 3, 6);
    expect(getFigure(view, 'rate')).toBeCloseTo(0.0015, 12);
    expect(view.formulas[0]!.tex).toContain('\\frac{1}{1{,}000} + \\frac{1}{2{,}000} = 0.0015');
    expect(view.formulas[1]!.tex).toContain('= 666.67\\ \\text{h}');
  });

  it('charts the pair’s R(t) as the product of its units’', () => {
    for (const p of computeLesson(RATES_LESSON).chart!.points) {
      expect(p.system).toBeCloseTo((p.a! * p.b!) / 100, 9);
      expect(p.a).toBeCloseTo(100 * Math.exp(-p.x! / 1000), 9);
    }
  });

  it('answers 667 h, not the sum, mean or weakest link', () => {
    expect(getRightChoice(computeLesson(RATES_LESSON), 'seriesMtbf')).toBe('About 667 h');
  });
});
