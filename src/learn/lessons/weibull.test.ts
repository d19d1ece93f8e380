import { describe, expect, it } from 'vitest';
import { computeLesson, getFigure, getRightChoice } from '../testLesson.ts';
import { analyzeLessonDesign } from '../lessonDesign.ts';
import { WEIBULL_LESSON, getWeibullHazard } from './weibull.ts';

describe('WEIBULL_LESSON', () => {
  it('gives MTTF = η·Γ(1.5) = 886.227 h for η = 1000, β = 2 and 1000 h for β = 1', () => {
    const view = computeLesson(WEIBULL_LESSON, { beta: 2, eta: 1000 });
    expect(getFigure(view, 'mttf')).toBeCloseTo((1000 * Math.sqrt(Math.PI)) / 2, 6);
    expect(view.formulas[1]!.tex).toContain('= 886.227\\ \\text{h}');
    expect(getFigure(computeLesson(WEIBULL_LESSON, { beta: 1 }), 'mttf')).toBeCloseTo(1000, 6);
  });

  it('draws a hazard equal to −d ln R/dt of the engine’s R(t)', () => {
    for (const beta of [0.5, 1, 3]) {
      const view = computeLesson(WEIBULL_LESSON, { beta, eta: 1000, t: 700 });
      const design = view.design!;
      const h = 1e-3;
      const [lo, hi] = analyzeLessonDesign(design, { times: [700 - h, 700 + h] }).points;
      const numeric = -(Math.log(hi!.reliability!) - Math.log(lo!.reliability!)) / (2 * h);
      expect(getFigure(view, 'hazard') / numeric).toBeCloseTo(1, 6);
      expect(getWeibullHazard(700, beta, 1000)).toBe(getFigure(view, 'hazard'));
    }
  });

  it('shows R(t) = exp(−(t/η)^β) from the engine', () => {
    const view = computeLesson(WEIBULL_LESSON, { beta: 2, eta: 1000, t: 500 });
    expect(getFigure(view, 'reliability')).toBeCloseTo(Math.exp(-0.25), 14);
  });

  it('answers the mean-life question with 886 h, not η', () => {
    expect(getRightChoice(computeLesson(WEIBULL_LESSON), 'weibullMean')).toBe('About 886 h');
  });
});
