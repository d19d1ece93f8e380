import { describe, expect, it } from 'vitest';
import { computeLesson, getFigure, getRightChoice } from '../testLesson.ts';
import { SERIES_LESSON } from './series.ts';

describe('SERIES_LESSON', () => {
  it('gives 10 × 99.9 % = 99.0045 % and 2 × 99.9 % = 99.8001 % from the engine', () => {
    const ten = computeLesson(SERIES_LESSON, { n: 10, a: 99.9 });
    expect(getFigure(ten, 'availability')).toBeCloseTo(0.999 ** 10, 14);
    expect(ten.formulas[0]!.tex).toContain('= 99.0045\\,\\%');
    const two = computeLesson(SERIES_LESSON, { n: 2, a: 99.9 });
    expect(getFigure(two, 'availability')).toBeCloseTo(0.998001, 14);
    expect(two.formulas[0]!.tex).toContain('(99.9\\,\\%)^{2} = 99.8001\\,\\%');
  });

  it('charts downtime U × 8766 h for 1 to 20 blocks', () => {
    const view = computeLesson(SERIES_LESSON, { a: 99 });
    const points = view.chart!.points;
    expect(points).toHaveLength(20);
    points.forEach((p) => expect(p.downtime).toBeCloseTo((1 - 0.99 ** p.x!) * 8766, 9));
  });

  it('flags the average and the sum as wrong answers', () => {
    const view = computeLesson(SERIES_LESSON);
    expect(getRightChoice(view, 'tenInSeries')).toBe('About 99.0 %');
    const wrong = view.questions[0]!.choices.filter((c) => !c.correct).map((c) => c.misconception);
    expect(wrong.join(' ')).toMatch(/average/);
    expect(wrong.join(' ')).toMatch(/add/);
  });
});
