import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { createBlock, createComponent, createDesign } from '../testing/sampleDesigns.ts';
import { relativeError } from '../testing/designFiles.ts';
import {
  checkExactAgainstSimulation,
  checkInverse,
  checkMissionPaths,
  checkRoundTrip,
  checkSampler,
  checkSurvivalPair,
} from '../testing/lawChecks.ts';
import { error, issuesFor, ok, variant } from '../testing/parseCases.ts';
import type { FailureLaw, RepairLaw } from '../model/types.ts';
import { getMeanLife, getSurvivalAtInfinity, getSurvivalPair } from './figures.ts';
import { switchFailureLaw } from './files.ts';
import type { LoglogisticFailure } from './loglogistic.ts';

const law = (shape: number, scale = 1000): LoglogisticFailure => ({
  kind: 'loglogistic',
  shape,
  scale,
});

/** One block of `failure` (with `repair`), or in series with an exponential unit of mean 5000. */
function createSeries(failure: FailureLaw, repair: RepairLaw | null, withExponential = false) {
  const e = createComponent('e', { kind: 'exponential', rate: 1 / 5000 }, repair);
  return createDesign(
    [createComponent('u', failure, repair), ...(withExponential ? [e] : [])],
    [createBlock('a', 'u'), ...(withExponential ? [createBlock('b', 'e')] : [])],
    withExponential
      ? [
          ['in', 'a'],
          ['a', 'b'],
          ['b', 'out'],
        ]
      : [
          ['in', 'a'],
          ['a', 'out'],
        ],
  );
}

describe('getSurvivalPair of a log-logistic law', () => {
  it('gives R = 1/(1 + x) and F = x/(1 + x) with x = (t/α)^β, both direct', () => {
    expect(getSurvivalPair(law(2), 1000)).toEqual({ work: 0.5, fail: 0.5 });
    // Early in life F ≈ x, late R ≈ 1/x: each keeps its digits.
    expect(relativeError(getSurvivalPair(law(2), 1e-3).fail, 1e-12 / (1 + 1e-12))).toBeLessThan(
      1e-15,
    );
    expect(relativeError(getSurvivalPair(law(3), 1e9).work, 1 / (1 + 1e18))).toBeLessThan(1e-15);
    expect(getSurvivalPair(law(3), Infinity)).toEqual({ work: 0, fail: 1 });
  });

  it('sums to 1, stays in [0, 1] and falls with t', () => {
    for (const b of [0.5, 1, 1.05, 4, 20]) {
      expect([b, checkSurvivalPair(law(b), [1e-6, 1e12])]).toEqual([b, []]);
    }
  });
});

describe('loglogisticFailure facts', () => {
  it('has mean (απ/β)/sin(π/β) for β > 1, infinite for β ≤ 1, and fails surely', () => {
    expect(relativeError(getMeanLife(law(2)), 500 * Math.PI)).toBeLessThan(1e-15);
    expect(relativeError(getMeanLife(law(1.5)), 2418.3991523122904)).toBeLessThan(1e-14);
    expect(getMeanLife(law(1))).toBe(Infinity);
    expect(getMeanLife(law(0.8))).toBe(Infinity);
    expect(getSurvivalAtInfinity(law(0.8))).toBe(0);
  });
});

describe('analyzeDesign on a log-logistic law', () => {
  const repair = { kind: 'exponential', mttr: 10 } as const;

  it('gives no mean-based figure for β ≤ 1, with a warning that says why', () => {
    const r = analyzeDesign(createSeries(law(0.8), repair));
    expect(r.steadyState).toEqual({
      availability: null,
      unavailability: null,
      nines: null,
      downtimePerYear: null,
      failureFrequency: null,
      mtbf: null,
      mut: null,
      mdt: null,
    });
    expect(r.blocks[0]!.availability).toBeNull();
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        code: 'steady-state-not-exact',
        block: 'a',
        message:
          'long-run figures of block a are undefined: its failure law loglogistic (shape 0.8, scale 1000) has an infinite mean life (the unit fails, ever more rarely)',
      }),
    );
    expect(r.mttf).toBeNull();
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'mttf-unbounded' }));
    // Mission reliability stays exact: R(t) = 1/(1 + (t/α)^β).
    expect(r.points[0]!.reliability).toBe(0.5);
  });

  it('still reports a unit without repair as down for good in the long run', () => {
    expect(analyzeDesign(createSeries(law(0.8), null)).steadyState.availability).toBe(0);
  });

  it('integrates a finite MTTF of a heavy tail: β slightly above 1, and β ≤ 1 cut off by a series unit', () => {
    const heavy = analyzeDesign(createSeries(law(1.05), null));
    expect(relativeError(heavy.mttf!, 20074.79542670253)).toBeLessThan(1e-6);
    expect(heavy.warnings.filter((w) => w.code.startsWith('mttf'))).toEqual([]);
    // ∫ e^(−t/5000)/(1 + (t/1000)^0.8) dt (mpmath).
    const cut = analyzeDesign(createSeries(law(0.8), null, true));
    expect(relativeError(cut.mttf!, 1630.7602278859026)).toBeLessThan(1e-8);
  });
});

describe('parseDesign: log-logistic failure', () => {
  const failure = 'components.0.failure';
  const at = 'components[0].failure';

  it('reads shape β and scale α', () => {
    const design = ok(
      variant({ [failure]: { distribution: 'loglogistic', shape: 3, scale: 500 } }),
    );
    expect(design.components[0]?.failure).toEqual(law(3, 500));
  });

  it('rejects a shape that is not positive and a missing scale', () => {
    expect(
      issuesFor(variant({ [failure]: { distribution: 'loglogistic', shape: 0, scale: 5 } })),
    ).toContainEqual(error(`${at}.shape`, 'invalid shape for component "a": 0 (must be > 0)'));
    expect(
      issuesFor(variant({ [failure]: { distribution: 'loglogistic', shape: 2 } })),
    ).toContainEqual(error(`${at}.scale`, 'missing field "scale" for component "a"'));
  });
});

describe('simulation of a log-logistic law', () => {
  it('draws lives that follow R(t), and the mean when the variance is finite (β > 2)', () => {
    expect(checkSampler(law(3), 51)).toEqual([]);
    expect(checkSampler(law(1.5), 52, 200_000, false)).toEqual([]);
    expect(checkSampler(law(0.8), 53, 200_000, false)).toEqual([]);
  });

  it('is invertible: a life fails before t exactly when its uniform exceeds R(t)', () => {
    expect(checkInverse(law(3), 54)).toEqual([]);
    expect(checkInverse(law(0.8), 55)).toEqual([]);
  });

  it('takes the mission fast path with the figures of the general loops', () => {
    expect(checkMissionPaths(law(3), 1000, 56)).toEqual([]);
  });

  it('agrees with the exact engine on reliability and long-run availability', () => {
    const repair = { kind: 'exponential', mttr: 20 } as const;
    expect(checkExactAgainstSimulation(law(3), repair, 1000, 57)).toEqual([]);
    expect(checkExactAgainstSimulation(law(0.8), repair, 1000, 58)).toEqual([]);
  });
});

describe('log-logistic law in files', () => {
  it('is written back by createDesignFile and read again equal', () => {
    expect(checkRoundTrip(law(0.8), { kind: 'fixed', time: 3 })).toEqual([]);
  });

  it('keeps the mean life when a user switches to it (β = 4), and the median when infinite', () => {
    const to = switchFailureLaw({ distribution: 'exponential', mtbf: 1000 }, 'loglogistic');
    expect(to).toMatchObject({ distribution: 'loglogistic', shape: 4 });
    const scale = 'scale' in to && typeof to.scale === 'number' ? to.scale : NaN;
    expect(relativeError(getMeanLife(law(4, scale)), 1000)).toBeLessThan(1e-15);
    expect(
      switchFailureLaw({ distribution: 'loglogistic', shape: 0.8, scale: '2 days' }, 'mtbf'),
    ).toEqual({ distribution: 'exponential', mtbf: '2 days' });
  });
});
