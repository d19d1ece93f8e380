import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binomialCoefficient,
  binomialDeviance,
  binomialProbability,
  erf,
  erfc,
  erfcx,
  gamma,
  lgamma,
  log1mexp,
  logBinomialCoefficient,
  normalCdfPair,
  sinPi,
  stirlingError,
} from './special.ts';

/** Seed of the property tests; replay one failure with FUZZ_SEED=<seed> npx vitest run src/math. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

// Reference values: mpmath 1.3 at 30 digits.
describe('gamma', () => {
  it('matches known values to relative 1e-14', () => {
    const cases: [number, number][] = [
      [0.5, Math.sqrt(Math.PI)],
      [1, 1],
      [2, 1],
      [5, 24],
      [1 / 3, 2.6789385347077475],
      [1 + 1 / 3.5, 0.899747176502839],
      [3, 2],
      [170.5, 5.56209241456e305],
      [0.001, 999.4237724845955],
      [-1.5, 2.363271801207355],
    ];
    for (const [x, expected] of cases)
      expect(relativeError(gamma(x), expected)).toBeLessThan(1e-14);
  });

  it('is NaN at the poles and Infinity past 171.62', () => {
    expect(gamma(0)).toBeNaN();
    expect(gamma(-3)).toBeNaN();
    expect(gamma(172)).toBe(Infinity);
  });

  it('satisfies Γ(x + 1) = xΓ(x)', () => {
    for (let x = 0.05; x < 30; x += 0.37) {
      expect(relativeError(gamma(x + 1), x * gamma(x))).toBeLessThan(1e-14);
    }
  });
});

describe('lgamma', () => {
  it('matches known values', () => {
    expect(relativeError(lgamma(101), 363.73937555556347)).toBeLessThan(1e-15);
    expect(relativeError(lgamma(1e6), 12815504.569147611)).toBeLessThan(1e-15);
    expect(relativeError(lgamma(0.5), 0.5723649429247001)).toBeLessThan(1e-15);
    expect(Math.abs(lgamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(lgamma(2))).toBeLessThan(1e-15);
  });
});

describe('sinPi', () => {
  it('is exactly 0 at integers and ±1 at half-integers', () => {
    expect(sinPi(3)).toBe(0);
    expect(sinPi(-7)).toBe(-0);
    expect(sinPi(0.5)).toBe(1);
    expect(sinPi(-2.5)).toBe(-1);
  });
});

describe('erfc', () => {
  it('keeps full relative precision in the far tail', () => {
    expect(relativeError(erfc(10), 2.088487583762545e-45)).toBeLessThan(1e-14);
    expect(relativeError(erfc(26), 5.663192408856143e-296)).toBeLessThan(1e-14);
    expect(relativeError(erfc(5), 1.537459794428035e-12)).toBeLessThan(1e-14);
  });

  it('matches known values near the centre and for negative arguments', () => {
    expect(erfc(0)).toBe(1);
    expect(relativeError(erfc(0.3), 0.6713732405408726)).toBeLessThan(1e-15);
    expect(relativeError(erfc(-1), 1.8427007929497148)).toBeLessThan(1e-15);
    expect(erfc(30)).toBe(0);
    expect(erfc(-30)).toBe(2);
    expect(erfc(Infinity)).toBe(0);
  });

  it('erfcx(30) matches the scaled value', () => {
    expect(relativeError(erfcx(30), 0.01879588886141675)).toBeLessThan(1e-15);
    expect(relativeError(erfcx(1e5), 1 / (1e5 * Math.sqrt(Math.PI)))).toBeLessThan(1e-10);
  });

  it(`erf + erfc = 1 and erf is odd (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(Math.abs(erf(x) + erfc(x) - 1)).toBeLessThan(1e-15);
        expect(erf(-x)).toBe(-erf(x));
        expect(erfc(x)).toBeGreaterThanOrEqual(0);
        expect(erfc(x)).toBeLessThanOrEqual(2);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('erf is accurate near 0', () => {
    expect(relativeError(erf(1e-20), 1.1283791670955127e-20)).toBeLessThan(1e-15);
  });
});

describe('normalCdfPair', () => {
  it('gives both tails with full relative precision', () => {
    expect(relativeError(normalCdfPair(-10).lower, 7.619853024160525e-24)).toBeLessThan(1e-14);
    expect(relativeError(normalCdfPair(10).upper, 7.619853024160525e-24)).toBeLessThan(1e-14);
    expect(relativeError(normalCdfPair(-37).lower, 5.725571222524577e-300)).toBeLessThan(1e-13);
    expect(relativeError(normalCdfPair(8).upper, 6.220960574271784e-16)).toBeLessThan(1e-14);
    expect(relativeError(normalCdfPair(0.5).lower, 0.6914624612740131)).toBeLessThan(1e-15);
  });

  it('handles the infinities', () => {
    expect(normalCdfPair(Infinity)).toEqual({ lower: 1, upper: 0 });
    expect(normalCdfPair(-Infinity)).toEqual({ lower: 0, upper: 1 });
  });

  it(`tails sum to 1 and lie in [0, 1] (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (z) => {
        const { lower, upper } = normalCdfPair(z);
        expect(Math.abs(lower + upper - 1)).toBeLessThan(1e-15);
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(upper).toBeLessThanOrEqual(1);
        expect(normalCdfPair(-z).lower).toBe(upper);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('log1mexp', () => {
  it('is accurate at both ends', () => {
    expect(relativeError(log1mexp(1e-20), Math.log(1e-20))).toBeLessThan(1e-15);
    expect(relativeError(log1mexp(5), -0.006760749449488557)).toBeLessThan(1e-15);
    expect(log1mexp(0)).toBe(-Infinity);
    expect(log1mexp(-1)).toBeNaN();
  });
});

describe('binomialCoefficient', () => {
  it('is exact for moderate arguments', () => {
    expect(binomialCoefficient(5, 2)).toBe(10);
    expect(binomialCoefficient(50, 25)).toBe(126410606437752);
    expect(binomialCoefficient(7, 0)).toBe(1);
    expect(binomialCoefficient(7, 8)).toBe(0);
    expect(binomialCoefficient(7, -1)).toBe(0);
  });

  it('is accurate near overflow, and its log form beyond', () => {
    expect(relativeError(binomialCoefficient(1000, 500), 2.7028824094543655e299)).toBeLessThan(
      1e-13,
    );
    expect(relativeError(logBinomialCoefficient(2000, 1000), 1382.2679935374802)).toBeLessThan(
      1e-15,
    );
    expect(logBinomialCoefficient(3, 5)).toBe(-Infinity);
    expect(relativeError(logBinomialCoefficient(10, 3), Math.log(120))).toBeLessThan(1e-15);
  });
});

describe('binomialProbability (Loader 2000)', () => {
  it('gives the exact small cases: C(10, 5)/2¹⁰ and C(3, 1)·0.9·0.1²', () => {
    expect(binomialProbability(10, 5, 0.5, 0.5)).toBeCloseTo(252 / 1024, 15);
    expect(Math.abs(binomialProbability(10, 5, 0.5, 0.5) / (252 / 1024) - 1)).toBeLessThan(1e-14);
    expect(Math.abs(binomialProbability(3, 1, 0.1, 0.9) / 0.243 - 1)).toBeLessThan(1e-14);
    expect(binomialProbability(4, 0, 0, 1)).toBe(1);
    expect(binomialProbability(4, 4, 1, 0)).toBe(1);
    expect(binomialProbability(4, 5, 0.5, 0.5)).toBe(0);
  });

  it('equals the product formula to 1e-13 for every term of n ≤ 60 (exact doubles p = q = ½ … ⅛)', () => {
    for (const p of [0.5, 0.25, 0.125]) {
      for (let n = 1; n <= 60; n++) {
        for (let x = 0; x <= n; x++) {
          const direct = binomialCoefficient(n, x) * p ** x * (1 - p) ** (n - x);
          const loader = binomialProbability(n, x, p, 1 - p);
          expect(Math.abs(loader / direct - 1)).toBeLessThan(1e-13);
        }
      }
    }
  });

  it('keeps full precision near the ends at a million trials: P(n − 1 of n) = n·q·pⁿ⁻¹', () => {
    const n = 1e6;
    const q = 2 ** -20;
    const exact = n * q * Math.exp((n - 1) * Math.log1p(-q));
    expect(Math.abs(binomialProbability(n, n - 1, 1 - q, q) / exact - 1)).toBeLessThan(1e-13);
  });

  it('has the Stirling error of n! from the exact factorials below 10 and the series above', () => {
    expect(stirlingError(1)).toBeCloseTo(1 - 0.5 * Math.log(2 * Math.PI), 15);
    expect(Math.abs(stirlingError(10) - 0.00833056343336287)).toBeLessThan(1e-16);
    const nine = Math.log(362880) - 9.5 * Math.log(9) + 9 - 0.5 * Math.log(2 * Math.PI);
    expect(Math.abs(stirlingError(9) - nine)).toBeLessThan(1e-15);
    expect(binomialDeviance(7, 7)).toBe(0);
    expect(binomialDeviance(10, 1)).toBeCloseTo(10 * Math.log(10) + 1 - 10, 13);
  });
});
