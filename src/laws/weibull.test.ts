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
import { error, issuesFor, ok, variant, warningsFor } from '../testing/parseCases.ts';
import { getFailureRate, getMeanLife, getSurvivalPair } from './figures.ts';
import { summarizeFailure, switchFailureLaw } from './files.ts';
import type { WeibullFailure } from './weibull.ts';

const law = (shape: number, scale: number, location?: number): WeibullFailure => ({
  kind: 'weibull',
  shape,
  scale,
  ...(location === undefined ? {} : { location }),
});

describe('getSurvivalPair of a Weibull law with a location γ', () => {
  it('never fails before γ, then R = exp(−((t − γ)/η)^β)', () => {
    const w = law(2, 100, 500);
    expect(getSurvivalPair(w, 499.999)).toEqual({ work: 1, fail: 0 });
    expect(getSurvivalPair(w, 500)).toEqual({ work: 1, fail: 0 });
    expect(relativeError(getSurvivalPair(w, 600).work, Math.exp(-1))).toBeLessThan(1e-15);
    // Just after γ, F ≈ ((t − γ)/η)^β keeps its digits.
    const x = ((0.5001 - 0.5) / 100) ** 2;
    const fail = getSurvivalPair(law(2, 100, 0.5), 0.5001).fail;
    expect(relativeError(fail, -Math.expm1(-x))).toBeLessThan(1e-15);
    expect(getSurvivalPair(w, Infinity)).toEqual({ work: 0, fail: 1 });
  });

  it('sums to 1, stays in [0, 1] and falls with t', () => {
    expect(checkSurvivalPair(law(1.5, 1000, 200), [0, 100, 200, 1e6])).toEqual([]);
    expect(checkSurvivalPair(law(0.5, 10), [1e-9])).toEqual([]);
  });
});

describe('weibullFailure facts', () => {
  it('has mean γ + η·Γ(1 + 1/β)', () => {
    expect(
      relativeError(getMeanLife(law(2, 1000, 300)), 300 + 500 * Math.sqrt(Math.PI)),
    ).toBeLessThan(1e-14);
    expect(getMeanLife(law(3, 20000))).toBe(20000 * gamma(1 + 1 / 3));
  });

  it('has a constant rate 1/η only with β = 1 and no location', () => {
    expect(getFailureRate(law(1, 250))).toBe(1 / 250);
    expect(getFailureRate(law(1, 250, 10))).toBeNull();
    expect(getFailureRate(law(1.2, 250))).toBeNull();
  });
});

describe('parseDesign: Weibull location', () => {
  const failure = 'components.0.failure';
  const at = 'components[0].failure';

  it('reads location γ as a time, no longer warning it as unknown', () => {
    const file = variant({
      [failure]: { distribution: 'weibull', shape: 2, scale: 100, location: '2 days' },
    });
    expect(warningsFor(file)).toEqual([]);
    expect(ok(file).components[0]?.failure).toEqual(law(2, 100, 48));
  });

  it('leaves a location of 0 out of the normalised law (the default)', () => {
    const file = variant({
      [failure]: { distribution: 'weibull', shape: 2, scale: 100, location: 0 },
    });
    expect(ok(file).components[0]?.failure).toEqual({ kind: 'weibull', shape: 2, scale: 100 });
  });

  it('rejects a negative location', () => {
    expect(
      issuesFor(
        variant({ [failure]: { distribution: 'weibull', shape: 2, scale: 100, location: -5 } }),
      ),
    ).toContainEqual(
      error(`${at}.location`, 'invalid location for component "a": -5 (must be >= 0)'),
    );
  });
});

describe('simulation of a three-parameter Weibull law', () => {
  it('draws lives γ + η(−ln v)^(1/β) that follow R(t) and the mean', () => {
    expect(checkSampler(law(1.5, 1000, 400), 61)).toEqual([]);
    expect(checkSampler(law(0.7, 1000), 62)).toEqual([]);
  });

  it('is invertible: a life fails before t exactly when its uniform exceeds R(t)', () => {
    expect(checkInverse(law(1.5, 1000, 400), 63)).toEqual([]);
  });

  it('takes the mission fast path with the figures of the general loops', () => {
    expect(checkMissionPaths(law(1.5, 600, 400), 1000, 64)).toEqual([]);
  });

  it('agrees with the exact engine on reliability and long-run availability', () => {
    const repair = { kind: 'lognormal', mean: 20, sd: 10 } as const;
    expect(checkExactAgainstSimulation(law(1.5, 600, 400), repair, 1000, 65)).toEqual([]);
  });
});

describe('Weibull law in files', () => {
  it('is written back by createDesignFile, with and without a location', () => {
    expect(checkRoundTrip(law(1.5, 600, 400))).toEqual([]);
    expect(checkRoundTrip(law(3, 20000), { kind: 'exponential', mttr: 4 })).toEqual([]);
  });

  it('summarises γ and keeps the mean life when a user switches away', () => {
    const file = { distribution: 'weibull', shape: 2, scale: 1000, location: 300 } as const;
    expect(summarizeFailure(file, (q) => `${q} h`)).toBe('Weibull β 2, η 1000 h, γ 300 h');
    const to = switchFailureLaw(file, 'mtbf');
    expect(to).toMatchObject({ distribution: 'exponential' });
    const mtbf = 'mtbf' in to && typeof to.mtbf === 'number' ? to.mtbf : NaN;
    expect(relativeError(mtbf, 300 + 500 * Math.sqrt(Math.PI))).toBeLessThan(1e-15);
    expect(switchFailureLaw({ distribution: 'exponential', mtbf: '5 years' }, 'weibull')).toEqual({
      distribution: 'weibull',
      shape: 1,
      scale: '5 years',
    });
  });
});
