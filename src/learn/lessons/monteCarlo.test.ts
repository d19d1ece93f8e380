import { describe, expect, it } from 'vitest';
import { computeLesson, getFigure, getRightChoice } from '../testLesson.ts';
import {
  MONTE_CARLO_LESSON,
  estimateFailedShare,
  getLadder,
  getTrialsForTenPercent,
  isCovered,
} from './monteCarlo.ts';

const SEED = 7;

describe('MONTE_CARLO_LESSON', () => {
  it('shows the exact F(t) and SE = √(p(1 − p)/N) it draws the band with', () => {
    const view = computeLesson(MONTE_CARLO_LESSON, { t: 1000, trials: 10000 });
    const p = 1 - Math.exp(-1);
    expect(getFigure(view, 'exact')).toBeCloseTo(p, 12);
    expect(getFigure(view, 'se')).toBeCloseTo(Math.sqrt((p * (1 - p)) / 10000), 12);
    expect(view.formulas[0]!.tex).toContain('= 0.004822');
  });

  it('needs ≈ 3.84 × 10⁷ histories for ±10 % on U = 10⁻⁵', () => {
    expect(getTrialsForTenPercent(1e-5) / 3.8414e7).toBeCloseTo(1, 3);
  });

  it(`estimates F(MTBF) within 4σ of 0.632 with N = 10 000 (seed ${SEED})`, () => {
    const e = estimateFailedShare(1000, 10000, SEED);
    expect(Math.abs(e.failed - 0.6321205588)).toBeLessThan(4 * 0.00482);
    expect(isCovered(e, 0.6321205588)).toBe(e.low <= 0.6321205588 && 0.6321205588 <= e.high);
  });

  it(`halves the interval with 4× the runs (seed ${SEED})`, () => {
    const small = estimateFailedShare(1000, 10000, SEED);
    const large = estimateFailedShare(1000, 40000, SEED);
    // Width ∝ √(p̂(1 − p̂)/N), so the ratio is ½·√(g(p̂₄)/g(p̂₁)) with g = p(1 − p): with each p̂
    // within 4σ of p, that moves ½ by at most ½·|1 − 2p|/(2g(p))·4(σ₁ + σ₄) (+ Wilson's O(1/N)).
    const ratio = (large.high - large.low) / (small.high - small.low);
    const p = 1 - Math.exp(-1);
    const g = p * (1 - p);
    const sigma = (n: number) => Math.sqrt(g / n);
    const tolerance =
      0.5 * (Math.abs(1 - 2 * p) / (2 * g)) * 4 * (sigma(10000) + sigma(40000)) + 1e-3;
    expect(Math.abs(ratio - 0.5)).toBeLessThan(tolerance);
  });

  it('covers the exact value in 92–98 % of 200 seeds (binomial 95 % range)', () => {
    const p = 1 - Math.exp(-0.5);
    let covered = 0;
    for (let seed = 1; seed <= 200; seed++)
      if (isCovered(estimateFailedShare(500, 1000, seed), p)) covered++;
    expect(covered / 200).toBeGreaterThanOrEqual(0.92);
    expect(covered / 200).toBeLessThanOrEqual(0.98);
  });

  it('ladders N/64, N/16, N/4, N', () => {
    expect(getLadder(10000)).toEqual([156, 625, 2500, 10000]);
    expect(getLadder(100)).toEqual([25, 100]);
  });

  it('answers “half” and “38 million”', () => {
    const view = computeLesson(MONTE_CARLO_LESSON);
    expect(getRightChoice(view, 'fourTimes')).toBe('±1 %: half');
    expect(getRightChoice(view, 'rareEvent')).toBe('About 38 million');
  });
});
