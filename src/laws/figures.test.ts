import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FailureLaw } from '../model/types.ts';
import {
  getMeanLife,
  getMeanRepair,
  getSurvival,
  getSurvivalAtInfinity,
  getSurvivalPair,
} from './figures.ts';
import { getLognormalParameters } from './lognormal.ts';

/** Seed of the property tests; replay one failure with FUZZ_SEED=<seed> npx vitest run src/laws. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('getSurvivalPair', () => {
  it('exponential: R = e^(−λt) and F = −expm1(−λt), exact for tiny λt', () => {
    const pair = getSurvivalPair({ kind: 'exponential', rate: 1e-9 }, 1);
    expect(relativeError(pair.fail, 9.999999995e-10)).toBeLessThan(1e-15);
    expect(pair.work).toBe(Math.exp(-1e-9));
    expect(getSurvivalPair({ kind: 'exponential', rate: 0 }, 1e9)).toEqual({ work: 1, fail: 0 });
    expect(getSurvivalPair({ kind: 'exponential', rate: 2 }, Infinity)).toEqual({
      work: 0,
      fail: 1,
    });
  });

  it('weibull: R(η) = e^(−1) and F keeps precision early in life', () => {
    const law: FailureLaw = { kind: 'weibull', shape: 2, scale: 100 };
    expect(relativeError(getSurvivalPair(law, 100).work, Math.exp(-1))).toBeLessThan(1e-15);
    // F(t) ≈ (t/η)^β for t ≪ η.
    expect(relativeError(getSurvivalPair(law, 1e-6).fail, 1e-16)).toBeLessThan(1e-15);
  });

  it('lognormal: both tails match the normal law of ln T (mpmath references)', () => {
    const law: FailureLaw = { kind: 'lognormal', mean: 10, sd: 5 };
    expect(relativeError(getSurvivalPair(law, 30).work, 0.005205322013129059)).toBeLessThan(1e-13);
    expect(relativeError(getSurvivalPair(law, 1).fail, 1.75697663754313e-6)).toBeLessThan(1e-13);
    expect(relativeError(getSurvivalPair(law, 200).work, 2.3846468343630708e-11)).toBeLessThan(
      1e-13,
    );
    const { mu, sigma } = getLognormalParameters(10, 5);
    expect(relativeError(mu, 2.1910133173369406)).toBeLessThan(1e-15);
    expect(relativeError(sigma, 0.47238072707743883)).toBeLessThan(1e-15);
  });

  it('lognormal with sd 0 is deterministic', () => {
    const law: FailureLaw = { kind: 'lognormal', mean: 10, sd: 0 };
    expect(getSurvivalPair(law, 9.999)).toEqual({ work: 1, fail: 0 });
    expect(getSurvivalPair(law, 10)).toEqual({ work: 0, fail: 1 });
  });

  it('fixed: {p, 1 − p} at every age', () => {
    const law: FailureLaw = { kind: 'fixed', reliability: 0.99 };
    expect(getSurvivalPair(law, 0)).toEqual({ work: 0.99, fail: 1 - 0.99 });
    expect(getSurvivalPair(law, 1e9)).toEqual({ work: 0.99, fail: 1 - 0.99 });
  });

  it('is {1, 0} at age 0', () => {
    const laws: FailureLaw[] = [
      { kind: 'exponential', rate: 1 },
      { kind: 'weibull', shape: 0.5, scale: 1 },
      { kind: 'lognormal', mean: 1, sd: 1 },
    ];
    for (const law of laws) expect(getSurvivalPair(law, 0)).toEqual({ work: 1, fail: 0 });
  });

  const lawArbitrary: fc.Arbitrary<FailureLaw> = fc.oneof(
    fc.record({
      kind: fc.constant('exponential' as const),
      rate: fc.double({ min: 0, max: 1e3, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('weibull' as const),
      shape: fc.double({ min: 0.1, max: 20, noNaN: true }),
      scale: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('lognormal' as const),
      mean: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
      sd: fc.double({ min: 0, max: 1e6, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('fixed' as const),
      reliability: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  );

  it(`pairs sum to 1 within 1e-12 and lie in [0, 1] (seed ${SEED})`, () => {
    fc.assert(
      fc.property(lawArbitrary, fc.double({ min: 0, max: 1e7, noNaN: true }), (law, t) => {
        const { work, fail } = getSurvivalPair(law, t);
        expect(Math.abs(work + fail - 1)).toBeLessThan(1e-12);
        expect(work).toBeGreaterThanOrEqual(0);
        expect(work).toBeLessThanOrEqual(1);
        expect(fail).toBeGreaterThanOrEqual(0);
        expect(fail).toBeLessThanOrEqual(1);
        expect(getSurvival(law, t)).toBe(work);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('getMeanLife', () => {
  it('exponential: 1/λ, Infinity for λ = 0', () => {
    expect(getMeanLife({ kind: 'exponential', rate: 1e-4 })).toBe(1e4);
    expect(getMeanLife({ kind: 'exponential', rate: 0 })).toBe(Infinity);
  });

  it('weibull: ηΓ(1 + 1/β)', () => {
    expect(
      relativeError(getMeanLife({ kind: 'weibull', shape: 0.5, scale: 1000 }), 2000),
    ).toBeLessThan(1e-14);
    expect(
      relativeError(getMeanLife({ kind: 'weibull', shape: 1, scale: 1000 }), 1000),
    ).toBeLessThan(1e-14);
    expect(
      relativeError(getMeanLife({ kind: 'weibull', shape: 3.5, scale: 1000 }), 899.747176502839),
    ).toBeLessThan(1e-14);
  });

  it('lognormal: the mean; fixed: Infinity unless p = 0', () => {
    expect(getMeanLife({ kind: 'lognormal', mean: 42, sd: 7 })).toBe(42);
    expect(getMeanLife({ kind: 'fixed', reliability: 0.5 })).toBe(Infinity);
    expect(getMeanLife({ kind: 'fixed', reliability: 0 })).toBe(0);
  });
});

describe('getMeanRepair', () => {
  it('returns the mean of each repair law', () => {
    expect(getMeanRepair({ kind: 'exponential', mttr: 8 })).toBe(8);
    expect(getMeanRepair({ kind: 'lognormal', mean: 3, sd: 1 })).toBe(3);
    expect(getMeanRepair({ kind: 'fixed', time: 4 })).toBe(4);
  });
});

describe('getSurvivalAtInfinity', () => {
  it('is 0 except for fixed laws and a zero exponential rate', () => {
    expect(getSurvivalAtInfinity({ kind: 'exponential', rate: 1 })).toBe(0);
    expect(getSurvivalAtInfinity({ kind: 'exponential', rate: 0 })).toBe(1);
    expect(getSurvivalAtInfinity({ kind: 'weibull', shape: 2, scale: 1 })).toBe(0);
    expect(getSurvivalAtInfinity({ kind: 'lognormal', mean: 1, sd: 1 })).toBe(0);
    expect(getSurvivalAtInfinity({ kind: 'fixed', reliability: 0.3 })).toBe(0.3);
  });
});
