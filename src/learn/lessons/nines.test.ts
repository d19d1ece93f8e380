import { describe, expect, it } from 'vitest';
import { computeLesson, getFigure, getRightChoice } from '../testLesson.ts';
import { NINES_LESSON } from './nines.ts';

describe('NINES_LESSON', () => {
  it('gives 99.99 % = 52.596 min a year and 99.999 % = 5.26 min, from the engine', () => {
    const four = computeLesson(NINES_LESSON, { a: 99.99 });
    expect(getFigure(four, 'downtimePerYear') * 60).toBeCloseTo(52.596, 6);
    expect(getFigure(four, 'nines')).toBeCloseTo(4, 9);
    expect(four.formulas[0]!.tex).toContain('= 52.596\\ \\text{min per year}');
    const five = computeLesson(NINES_LESSON, { a: 99.999 });
    expect(getFigure(five, 'downtimePerYear') * 60).toBeCloseTo(5.2596, 6);
  });

  it('charts each nine dividing the budget by ten', () => {
    const points = computeLesson(NINES_LESSON).chart!.points;
    points.forEach((p) => expect(p.minutes).toBeCloseTo(8766 * 60 * 10 ** -p.x!, 6));
  });

  it('answers 53 minutes and 17.5 hours', () => {
    const view = computeLesson(NINES_LESSON);
    expect(getRightChoice(view, 'fourNines')).toBe('About 53 minutes');
    expect(getRightChoice(view, 'twoServices')).toBe('About 17.5 hours');
    expect((1 - 0.999 ** 2) * 8766).toBeCloseTo(17.52, 2);
  });
});
