import { describe, expect, it } from 'vitest';
import { computeLesson, getFigure, getRightChoice } from '../testLesson.ts';
import { STANDBY_LESSON } from './standby.ts';

describe('STANDBY_LESSON', () => {
  it('gives MTTF = (1 + p)/λ: 1900 h at p = 0.9 and 2000 h at p = 1, from the engine', () => {
    const view = computeLesson(STANDBY_LESSON, { p: 90 });
    expect(getFigure(view, 'mttf')).toBeCloseTo(1900, 6);
    expect(view.formulas[0]!.tex).toContain('(1 + 0.9) \\cdot 1{,}000 = 1{,}900\\ \\text{h}');
    expect(getFigure(computeLesson(STANDBY_LESSON, { p: 100 }), 'mttf')).toBeCloseTo(2000, 6);
    expect(getFigure(view, 'activeMttf')).toBeCloseTo(1500, 6);
  });

  it('gives R(t) = e^(−λt)(1 + pλt) from the engine', () => {
    for (const t of [100, 1000, 3000]) {
      const view = computeLesson(STANDBY_LESSON, { p: 90, t });
      const x = t / 1000;
      expect(getFigure(view, 'reliability')).toBeCloseTo(Math.exp(-x) * (1 + 0.9 * x), 12);
    }
  });

  it('answers 1900 h', () => {
    expect(getRightChoice(computeLesson(STANDBY_LESSON), 'coldSpare')).toBe('1900 h');
  });
});
