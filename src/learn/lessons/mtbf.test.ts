import { describe, expect, it } from 'vitest';
import { computeLesson, getFigure, getRightChoice } from '../testLesson.ts';
import { formatTexPercent } from '../lessonDesign.ts';
import { MTBF_LESSON } from './mtbf.ts';

describe('MTBF_LESSON', () => {
  it('shows F(MTBF) = 1 − e^(−1) = 63.21 % from the engine, whatever the MTBF', () => {
    for (const mtbf of [1, 1000, 1e6]) {
      const view = computeLesson(MTBF_LESSON, { mtbf });
      expect(getFigure(view, 'failedByMtbf')).toBeCloseTo(0.6321205588, 10);
      expect(getFigure(view, 'mttf')).toBeCloseTo(mtbf, 6 - Math.log10(mtbf));
    }
  });

  it('substitutes R(t) = e^(−t/θ) with the engine’s number in its formula', () => {
    const view = computeLesson(MTBF_LESSON, { mtbf: 1000, t: 500 });
    const r = getFigure(view, 'reliability');
    expect(r).toBeCloseTo(Math.exp(-0.5), 14);
    expect(view.formulas[0]!.tex).toContain(`e^{-500/1{,}000} = ${formatTexPercent(r, 4)}`);
    expect(formatTexPercent(r, 4)).toBe('60.65\\,\\%');
    expect(view.formulas[1]!.tex).toContain('63.2121\\,\\%');
  });

  it('draws R(t) + F(t) = 100 % on the chart, with the MTBF marked', () => {
    const view = computeLesson(MTBF_LESSON);
    for (const p of view.chart!.points) expect(p.working! + p.failed!).toBeCloseTo(100, 10);
    expect(view.chart!.markX!.x).toBe(1000);
  });

  it('has 63 % as the answer to “failed by the MTBF”', () => {
    expect(getRightChoice(computeLesson(MTBF_LESSON), 'failedByMtbf')).toBe('About 63 %');
  });
});
