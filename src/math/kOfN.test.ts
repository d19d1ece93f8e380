import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pair } from './pair.ts';
import { combineParallelPair, combineSeriesPair, getPairFromGivenWork } from './pair.ts';
import {
  computeBinomialTerm,
  computeKOfNFrequency,
  computeKOfNGeneral,
  computeKOfNPair,
} from './kOfN.ts';

/** Seed of the property tests; replay one failure with FUZZ_SEED=<seed> npx vitest run src/math. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);

function relativeError(actual: number, expected: number): number {
  return actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
}

const unitArbitrary: fc.Arbitrary<Pair> = fc
  .oneof(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 1e-300, max: 1e-3, noNaN: true }),
  )
  .map((fail) => ({ work: 1 - fail, fail }));

describe('computeKOfNPair', () => {
  it('three parallel units with unavailability 1e-5 fail with 1e-15 to relative 1e-12', () => {
    const pair = computeKOfNPair(3, 1, { work: 1 - 1e-5, fail: 1e-5 });
    expect(relativeError(pair.fail, 1e-15)).toBeLessThan(1e-12);
    expect(relativeError(pair.work, 1 - 1e-15)).toBeLessThan(1e-15);
  });

  it('2-of-3 with unit reliability 0.9 gives 0.972 / 0.028', () => {
    const pair = computeKOfNPair(3, 2, getPairFromGivenWork(0.9));
    expect(relativeError(pair.work, 0.972)).toBeLessThan(1e-15);
    expect(relativeError(pair.fail, 0.028)).toBeLessThan(1e-14);
  });

  it('k = 1 equals parallel and k = n equals series, on both sides', () => {
    const unit: Pair = { work: Math.exp(-3e-7), fail: -Math.expm1(-3e-7) };
    for (let n = 1; n <= 8; n++) {
      let parallel: Pair = { work: 0, fail: 1 };
      let series: Pair = { work: 1, fail: 0 };
      for (let i = 0; i < n; i++) {
        parallel = combineParallelPair(parallel, unit);
        series = combineSeriesPair(series, unit);
      }
      const one = computeKOfNPair(n, 1, unit);
      const all = computeKOfNPair(n, n, unit);
      expect(relativeError(one.fail, parallel.fail)).toBeLessThan(1e-14);
      expect(relativeError(one.work, parallel.work)).toBeLessThan(1e-15);
      expect(relativeError(all.fail, series.fail)).toBeLessThan(1e-14);
      expect(relativeError(all.work, series.work)).toBeLessThan(1e-15);
    }
  });

  it('is sure outside 1 ≤ k ≤ n', () => {
    expect(computeKOfNPair(3, 0, getPairFromGivenWork(0.5))).toEqual({ work: 1, fail: 0 });
    expect(computeKOfNPair(3, 4, getPairFromGivenWork(0.5))).toEqual({ work: 0, fail: 1 });
  });

  it('keeps terms that underflow in the direct product (n = 900, log-space fallback)', () => {
    const pair = computeKOfNPair(900, 450, getPairFromGivenWork(0.5));
    expect(Math.abs(pair.work + pair.fail - 1)).toBeLessThan(1e-12);
    const big = computeKOfNPair(3000, 1500, getPairFromGivenWork(0.5));
    expect(Math.abs(big.work + big.fail - 1)).toBeLessThan(1e-10);
    expect(big.work).toBeGreaterThan(0.5);
  });

  it(`pairs sum to 1 within 1e-12 and lie in [0, 1] (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 41 }),
        unitArbitrary,
        (n, k, unit) => {
          const { work, fail } = computeKOfNPair(n, k, unit);
          expect(Math.abs(work + fail - 1)).toBeLessThan(1e-12);
          for (const p of [work, fail]) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
          }
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('computeKOfNPair above 1000 units (the terms that matter)', () => {
  it(`equals the dynamic programme over the units, both sides (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1001, max: 2500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(
          fc.double({ min: 1e-9, max: 0.5, noNaN: true }),
          fc.double({ min: 0.5, max: 1 - 1e-9, noNaN: true }),
        ),
        (n, kShare, fail) => {
          const k = Math.max(1, Math.round(kShare * n));
          const unit = { work: 1 - fail, fail };
          const fast = computeKOfNPair(n, k, unit);
          const reference = computeKOfNGeneral(
            k,
            Array.from({ length: n }, () => unit),
          );
          for (const side of ['work', 'fail'] as const) {
            // Either both are below the doubles' normal range or they agree to 1e-11.
            const agree =
              (fast[side] < 1e-300 && reference[side] < 1e-300) ||
              relativeError(fast[side], reference[side]) < 1e-11;
            expect({ n, k, fail, side, agree }).toEqual({ n, k, fail, side, agree: true });
          }
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('a million units: 1 of n fails with fⁿ, n of n works with wⁿ, and n/2 of n splits at the median', () => {
    const n = 1_000_000;
    // f = 2⁻²⁰ and w = 1 − 2⁻²⁰ are exact doubles that add to exactly 1 (else the terms sum to
    // (w + f)ⁿ, and an ulp off 1 becomes about 1e-11 at a million units).
    const f = 2 ** -20;
    const unit = { work: 1 - f, fail: f };
    const one = computeKOfNPair(n, 1, unit);
    expect(one.fail).toBe(0); // 2^-20000000 is below every double
    expect(one.work).toBe(1);
    const all = computeKOfNPair(n, n, unit);
    expect(relativeError(all.work, Math.exp(n * Math.log1p(-f)))).toBeLessThan(1e-12);
    expect(relativeError(all.fail, -Math.expm1(n * Math.log1p(-f)))).toBeLessThan(1e-12);
    const coin = { work: 0.5, fail: 0.5 };
    // P(X ≥ n/2) = 1/2 + P(X = n/2)/2 for a fair coin and even n.
    const half = computeKOfNPair(n, n / 2, coin);
    const middle = computeBinomialTerm(n, n / 2, coin);
    expect(relativeError(half.work, 0.5 + middle / 2)).toBeLessThan(1e-12);
    expect(relativeError(half.fail, 0.5 - middle / 2)).toBeLessThan(1e-12);
  });

  it('a billion units answer too (the work follows the spread, not n)', () => {
    const n = 1e9;
    const unit = { work: 0.99, fail: 0.01 };
    // The mean is 0.99·n and the spread σ ≈ 3146: 3σ below the mean almost surely works.
    const pair = computeKOfNPair(n, Math.round(0.99 * n - 3 * 3146.4), unit);
    expect(pair.work).toBeGreaterThan(0.998);
    expect(relativeError(pair.fail, 0.00135)).toBeLessThan(0.01); // normal tail Φ(−3) ≈ 0.00135
    expect(pair.work + pair.fail).toBeCloseTo(1, 12);
  });
});

describe('computeKOfNGeneral', () => {
  it('equals the identical-unit formula for identical units', () => {
    const unit: Pair = { work: 1 - 2e-4, fail: 2e-4 };
    for (let n = 1; n <= 9; n++) {
      for (let k = 1; k <= n; k++) {
        const general = computeKOfNGeneral(
          k,
          Array.from({ length: n }, () => unit),
        );
        const identical = computeKOfNPair(n, k, unit);
        expect(relativeError(general.fail, identical.fail)).toBeLessThan(1e-13);
        expect(relativeError(general.work, identical.work)).toBeLessThan(1e-15);
      }
    }
  });

  it('k = 1 is Π fᵢ and k = n is Π wᵢ, even when tiny', () => {
    const units: Pair[] = [
      { work: 1 - 1e-6, fail: 1e-6 },
      { work: 1 - 3e-7, fail: 3e-7 },
      { work: 0.5, fail: 0.5 },
      { work: 1e-200, fail: 1 - 1e-200 },
    ];
    expect(
      relativeError(computeKOfNGeneral(1, units).fail, 1e-6 * 3e-7 * 0.5 * (1 - 1e-200)),
    ).toBeLessThan(1e-15);
    expect(
      relativeError(computeKOfNGeneral(4, units).work, (1 - 1e-6) * (1 - 3e-7) * 0.5 * 1e-200),
    ).toBeLessThan(1e-15);
    expect(relativeError(computeKOfNGeneral(1, units.slice(0, 2)).fail, 3e-13)).toBeLessThan(1e-15);
  });

  it('2-of-3 with different units matches enumeration', () => {
    const [a, b, c] = [0.9, 0.8, 0.7];
    const works = a * b * c + a * b * (1 - c) + a * (1 - b) * c + (1 - a) * b * c;
    const pair = computeKOfNGeneral(
      2,
      [a, b, c].map((w) => getPairFromGivenWork(w)),
    );
    expect(relativeError(pair.work, works)).toBeLessThan(1e-15);
    expect(relativeError(pair.fail, 1 - works)).toBeLessThan(1e-14);
  });

  it(`pairs sum to 1 within 1e-12 and lie in [0, 1] (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.array(unitArbitrary, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 31 }),
        (units, k) => {
          const { work, fail } = computeKOfNGeneral(k, units);
          expect(Math.abs(work + fail - 1)).toBeLessThan(1e-12);
          for (const p of [work, fail]) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
          }
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('computeKOfNFrequency', () => {
  const lambda = 1e-3;
  const mu = 0.1;
  const unit: Pair = { work: mu / (lambda + mu), fail: lambda / (lambda + mu) };
  const f = (lambda * mu) / (lambda + mu); // 1/(MTTF + MTTR)

  it('one unit fails at 1/(MTTF + MTTR)', () => {
    expect(relativeError(computeKOfNFrequency(1, 1, unit, f), f)).toBeLessThan(1e-15);
  });

  it('two parallel units: ν = 2·A·U·λ (down-crossing of the birth–death chain)', () => {
    const nu = computeKOfNFrequency(2, 1, unit, f);
    expect(relativeError(nu, 2 * unit.work * unit.fail * lambda)).toBeLessThan(1e-14);
  });

  it('series of n units: ν = n·f·A^(n−1)', () => {
    expect(relativeError(computeKOfNFrequency(3, 3, unit, f), 3 * f * unit.work ** 2)).toBeLessThan(
      1e-14,
    );
  });

  it('is 0 outside 1 ≤ k ≤ n', () => {
    expect(computeKOfNFrequency(3, 0, unit, f)).toBe(0);
    expect(computeKOfNFrequency(3, 4, unit, f)).toBe(0);
  });
});

describe('computeBinomialTerm', () => {
  it('is C(n, i) wⁱ f^(n−i)', () => {
    expect(
      relativeError(computeBinomialTerm(3, 1, getPairFromGivenWork(0.9)), 3 * 0.9 * 0.1 * 0.1),
    ).toBeLessThan(1e-14);
    expect(computeBinomialTerm(3, 4, getPairFromGivenWork(0.9))).toBe(0);
    expect(computeBinomialTerm(2, 0, { work: 0, fail: 1 })).toBe(1);
  });
});
