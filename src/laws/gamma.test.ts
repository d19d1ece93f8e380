import { describe, expect, it } from 'vitest';
import { erf, erfc, gamma } from '../math/special.ts';
import { relativeError } from '../testing/designFiles.ts';
import {
  checkExactAgainstSimulation,
  checkInverse,
  checkMissionPaths,
  checkRoundTrip,
  checkSampler,
  checkSurvivalPair,
} from '../testing/lawChecks.ts';
import { error, issuesFor, ok, variant, warning } from '../testing/parseCases.ts';
import { getFailureRate, getMeanLife, getSurvivalAtInfinity, getSurvivalPair } from './figures.ts';
import { summarizeFailure, switchFailureLaw } from './files.ts';
import type { GammaFailure } from './gamma.ts';

const law = (shape: number, scale = 1): GammaFailure => ({ kind: 'gamma', shape, scale });

describe('getSurvivalPair of a gamma law', () => {
  it('is the exponential law for k = 1: R = e^(−x), F = −expm1(−x)', () => {
    for (const x of [1e-12, 0.3, 5, 700]) {
      const pair = getSurvivalPair(law(1), x);
      // The prefactor e^(−x)·x^k is one exponential: its relative error grows like x·ε.
      const tolerance = 2e-16 * (50 + x);
      expect(relativeError(pair.work, Math.exp(-x))).toBeLessThan(tolerance);
      expect(relativeError(pair.fail, -Math.expm1(-x))).toBeLessThan(tolerance);
    }
  });

  it('gives R = (1 + x)e^(−x) for k = 2, down to 1e-302', () => {
    for (const x of [0.01, 1, 3, 40]) {
      expect(relativeError(getSurvivalPair(law(2), x).work, (1 + x) * Math.exp(-x))).toBeLessThan(
        1e-14,
      );
    }
    // (1 + 700)·e^(−700) (mpmath).
    expect(relativeError(getSurvivalPair(law(2), 700).work, 6.911633257175599e-302)).toBeLessThan(
      1e-13,
    );
  });

  it('gives R = erfc(√x) and F = erf(√x) for k = ½', () => {
    for (const x of [1e-12, 0.2, 1.5, 30]) {
      const pair = getSurvivalPair(law(0.5), x);
      expect(relativeError(pair.work, erfc(Math.sqrt(x)))).toBeLessThan(1e-13);
      expect(relativeError(pair.fail, erf(Math.sqrt(x)))).toBeLessThan(1e-13);
    }
    expect(relativeError(getSurvivalPair(law(0.5), 30).work, 9.485737571073848e-15)).toBeLessThan(
      1e-13,
    );
  });

  it('keeps the digits of a tiny F early in life: F ≈ (t/θ)^k/Γ(k + 1)', () => {
    const early = getSurvivalPair(law(2.5, 1000), 1e-3).fail;
    expect(relativeError(early, 3.009008962961884e-16)).toBeLessThan(1e-13);
    expect(relativeError(early, Math.pow(1e-6, 2.5) / gamma(3.5))).toBeLessThan(1e-6);
    expect(relativeError(getSurvivalPair(law(30), 3).fail, 4.277047721426897e-20)).toBeLessThan(
      1e-13,
    );
  });

  it('keeps the digits of a tiny R late in life (mpmath references)', () => {
    expect(relativeError(getSurvivalPair(law(2.5), 3).work, 0.3062189184132784)).toBeLessThan(
      1e-14,
    );
    expect(relativeError(getSurvivalPair(law(30), 80).work, 4.903229555810753e-11)).toBeLessThan(
      1e-13,
    );
  });

  it('sums to 1, stays in [0, 1] and falls with t', () => {
    for (const k of [0.05, 0.5, 1, 2.5, 30, 400]) {
      expect([k, checkSurvivalPair(law(k, 10), [0.001, 1e5])]).toEqual([k, []]);
    }
  });
});

describe('gammaFailure facts', () => {
  it('has mean kθ, R(∞) = 0 and a constant rate only for k = 1', () => {
    expect(getMeanLife(law(2.5, 400))).toBe(1000);
    expect(getSurvivalAtInfinity(law(2, 1))).toBe(0);
    expect(getSurvivalPair(law(2, 1), Infinity)).toEqual({ work: 0, fail: 1 });
    expect(getFailureRate(law(1, 400))).toBe(1 / 400);
    expect(getFailureRate(law(1.5, 400))).toBeNull();
  });
});

describe('parseDesign: gamma failure', () => {
  const failure = 'components.0.failure';
  const at = 'components[0].failure';

  it('reads shape k and scale θ (a time, in the design unit)', () => {
    const design = ok(variant({ [failure]: { distribution: 'gamma', shape: 2, scale: '1 day' } }));
    expect(design.components[0]?.failure).toEqual({ kind: 'gamma', shape: 2, scale: 24 });
  });

  it('rejects a shape or scale that is not positive, and a missing field', () => {
    expect(
      issuesFor(variant({ [failure]: { distribution: 'gamma', shape: -1, scale: 10 } })),
    ).toContainEqual(error(`${at}.shape`, 'invalid shape for component "a": -1 (must be > 0)'));
    expect(
      issuesFor(variant({ [failure]: { distribution: 'gamma', shape: 2, scale: '0 h' } })),
    ).toContainEqual(
      error(`${at}.scale`, 'invalid scale for component "a": "0 h" = 0 (must be > 0)'),
    );
    expect(issuesFor(variant({ [failure]: { distribution: 'gamma', shape: 2 } }))).toContainEqual(
      error(`${at}.scale`, 'missing field "scale" for component "a"'),
    );
  });

  it('warns about a field it does not take', () => {
    expect(
      issuesFor(variant({ [failure]: { distribution: 'gamma', shape: 2, scale: 5, rate: 1 } })),
    ).toContainEqual(warning(`${at}.rate`, 'unknown field "rate" ignored'));
  });
});

describe('simulation of a gamma law', () => {
  it('draws lives (Marsaglia–Tsang, boosted below k = 1) that follow R(t) and the mean kθ', () => {
    for (const k of [0.3, 1, 2.5, 30]) {
      expect([k, checkSampler(law(k, 100), 41)]).toEqual([k, []]);
    }
  });

  it('is not invertible: the mission path draws it by its general loops', () => {
    expect(checkInverse(law(2.5, 100), 42)).toEqual(['not invertible']);
    expect(checkMissionPaths(law(2.5, 400), 1000, 43)).toEqual([]);
  });

  it('agrees with the exact engine on reliability and long-run availability', () => {
    const repair = { kind: 'exponential', mttr: 20 } as const;
    expect(checkExactAgainstSimulation(law(2.5, 400), repair, 1000, 44)).toEqual([]);
  });
});

describe('gamma law in files', () => {
  it('is written back by createDesignFile and read again equal', () => {
    expect(checkRoundTrip(law(2.5, 400), { kind: 'lognormal', mean: 5, sd: 2 })).toEqual([]);
  });

  it('keeps the mean life when a user switches to it or from it', () => {
    const from = switchFailureLaw({ distribution: 'exponential', mtbf: '5 years' }, 'gamma');
    expect(from).toEqual({ distribution: 'gamma', shape: 1, scale: '5 years' });
    expect(switchFailureLaw({ distribution: 'gamma', shape: 3, scale: '1 year' }, 'mtbf')).toEqual({
      distribution: 'exponential',
      mtbf: '3 * (1 year)',
    });
    expect(summarizeFailure({ distribution: 'gamma', shape: 3, scale: 100 }, (q) => `${q} h`)).toBe(
      'gamma k 3, θ 100 h',
    );
  });
});
