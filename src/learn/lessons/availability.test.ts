import { describe, expect, it } from 'vitest';
import { computeLesson, getFigure, getRightChoice } from '../testLesson.ts';
import { AVAILABILITY_LESSON } from './availability.ts';

describe('AVAILABILITY_LESSON', () => {
  it('gives A = 1000/1010 = 99.0099 % and R(8766 h) = e^(−8.766) = 1.56e−4 from the engine', () => {
    const view = computeLesson(AVAILABILITY_LESSON);
    expect(getFigure(view, 'availability')).toBeCloseTo(1000 / 1010, 12);
    expect(getFigure(view, 'reliability') / Math.exp(-8.766)).toBeCloseTo(1, 10);
    expect(view.formulas[0]!.tex).toContain('\\frac{1{,}000}{1{,}000 + 10} = 99.0099\\,\\%');
    expect(view.formulas[1]!.tex).toContain('= 0.0156\\,\\%');
  });

  it('keeps the reliability when only the repair time changes', () => {
    const fast = getFigure(computeLesson(AVAILABILITY_LESSON, { mttr: 1 }), 'reliability');
    const slow = getFigure(computeLesson(AVAILABILITY_LESSON, { mttr: 100 }), 'reliability');
    expect(fast).toBe(slow);
    expect(
      getFigure(computeLesson(AVAILABILITY_LESSON, { mttr: 100 }), 'availability'),
    ).toBeCloseTo(1000 / 1100, 12);
  });

  it('answers “a year without failure” with about 0.02 %, not 99 %', () => {
    expect(getRightChoice(computeLesson(AVAILABILITY_LESSON), 'yearWithoutFailure')).toBe(
      'About 0.02 %',
    );
  });
});
