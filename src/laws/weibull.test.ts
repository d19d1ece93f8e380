import { describe, expect, it } from 'vitest';
import { gamma } from '../math/special.ts';
import { relativeError } from '../testing/designFiles.ts';
import {
  checkExactAgainstSimulation,
  checkInverse,
  checkMissionPaths,
  checkRoundTrip,
  checkSampler,
  checkSurvivalPair,
} from '../testing/lawChecks.ts';
import { getFailureRate, getMeanLife } from './figures.ts';
import { summarizeFailure, switchFailureLaw } from './files.ts';
import type { WeibullFailure } from './weibull.ts';

const law = (shape: number, scale: number): WeibullFailure => ({ kind: 'weibull', shape, scale });

describe('getSurvivalPair of a Weibull law', () => {
  it('sums to 1, stays in [0, 1] and falls with t', () => {
    expect(checkSurvivalPair(law(1.5, 1000), [1e-9, 1e6])).toEqual([]);
    expect(checkSurvivalPair(law(0.5, 10), [1e-9])).toEqual([]);
  });
});

describe('weibullFailure facts', () => {
  it('has mean η·Γ(1 + 1/β)', () => {
    expect(getMeanLife(law(3, 20000))).toBe(20000 * gamma(1 + 1 / 3));
  });

  it('has a constant rate 1/η only with β = 1', () => {
    expect(getFailureRate(law(1, 250))).toBe(1 / 250);
    expect(getFailureRate(law(1.2, 250))).toBeNull();
  });
});

describe('simulation of a Weibull law', () => {
  it('draws lives η(−ln v)^(1/β) that follow R(t) and the mean', () => {
    expect(checkSampler(law(1.5, 1000), 61)).toEqual([]);
    expect(checkSampler(law(0.7, 1000), 62)).toEqual([]);
  });

  it('is invertible: a life fails before t exactly when its uniform exceeds R(t)', () => {
    expect(checkInverse(law(1.5, 1000), 63)).toEqual([]);
  });

  it('takes the mission fast path with the figures of the general loops', () => {
    expect(checkMissionPaths(law(1.5, 1000), 1000, 64)).toEqual([]);
  });

  it('agrees with the exact engine on reliability and long-run availability', () => {
    const repair = { kind: 'lognormal', mean: 20, sd: 10 } as const;
    expect(checkExactAgainstSimulation(law(1.5, 1000), repair, 1000, 65)).toEqual([]);
  });
});

describe('Weibull law in files', () => {
  it('is written back by createDesignFile', () => {
    expect(checkRoundTrip(law(3, 20000), { kind: 'exponential', mttr: 4 })).toEqual([]);
  });

  it('keeps the mean life when a user switches to it or away', () => {
    const file = { distribution: 'weibull', shape: 2, scale: 1000 } as const;
    expect(summarizeFailure(file, (q) => `${q} h`)).toBe('Weibull β 2, η 1000 h');
    const to = switchFailureLaw(file, 'mtbf');
    expect(to).toMatchObject({ distribution: 'exponential' });
    const mtbf = 'mtbf' in to && typeof to.mtbf === 'number' ? to.mtbf : NaN;
    expect(relativeError(mtbf, 500 * Math.sqrt(Math.PI))).toBeLessThan(1e-15);
    expect(switchFailureLaw({ distribution: 'exponential', mtbf: '5 years' }, 'weibull')).toEqual({
      distribution: 'weibull',
      shape: 1,
      scale: '5 years',
    });
  });
});
