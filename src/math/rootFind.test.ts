import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PassEvaluator } from './rootFind.ts';
import { findLevelTime, findLevelTimes, findLevelTimesInPasses, findRoot } from './rootFind.ts';

describe('findRoot', () => {
  it('finds √2 to the requested relative tolerance', () => {
    const r = findRoot((x) => x * x - 2, 1, 2, 1e-14);
    expect(r.converged).toBe(true);
    expect(Math.abs(r.value - Math.SQRT2)).toBeLessThan(1e-14 * Math.SQRT2);
  });

  it('takes far fewer evaluations than bisection on a smooth function', () => {
    let calls = 0;
    const r = findRoot(
      (x) => {
        calls++;
        return Math.exp(x) - 10;
      },
      0,
      10,
    );
    expect(Math.abs(r.value - Math.log(10))).toBeLessThan(1e-10 * Math.log(10));
    expect(calls).toBeLessThan(20);
  });

  it('handles a root at an end of the bracket', () => {
    expect(findRoot((x) => x - 1, 1, 3).value).toBe(1);
  });

  it('returns NaN for an interval that brackets no sign change', () => {
    expect(findRoot((x) => x * x + 1, -1, 1).value).toBeNaN();
  });

  it('keeps converging on a step-like function (falls back to bisection)', () => {
    const r = findRoot((x) => (x < 0.3 ? -1 : 1) * Math.abs(x - 0.3) ** 0.1, 0, 1, 1e-12);
    expect(r.converged).toBe(true);
    expect(Math.abs(r.value - 0.3)).toBeLessThan(1e-11);
  });
});

describe('findLevelTime', () => {
  it('gives the B-lives of one exponential unit, −ln(1 − p)/λ', () => {
    const lambda = 1e-5;
    for (const p of [0.01, 0.1, 0.5]) {
      const t = findLevelTime((s) => -Math.expm1(-lambda * s), p, 1 / lambda)!;
      const expected = -Math.log1p(-p) / lambda;
      expect(Math.abs(t.value - expected) / expected).toBeLessThan(1e-10);
    }
  });

  it('brackets from a scale far too small or far too large', () => {
    const g = (s: number) => -Math.expm1(-s / 1e7);
    const expected = 1e7 * Math.LN2;
    for (const scale of [1e-6, 1e15]) {
      const t = findLevelTime(g, 0.5, scale)!;
      expect(Math.abs(t.value - expected) / expected).toBeLessThan(1e-10);
    }
  });

  it('is 0 when the level is reached at once and null when it never is', () => {
    expect(findLevelTime(() => 0.2, 0.1, 1)!.value).toBe(0);
    expect(findLevelTime((s) => 0.05 * -Math.expm1(-s), 0.1, 1)).toBeNull();
  });
});

describe('findLevelTimesInPasses', () => {
  /** A mixture of Weibull failure shares: non-decreasing, with a chosen limit. */
  const mixture = (parts: { weight: number; scale: number; shape: number }[]) => {
    const total = parts.reduce((sum, p) => sum + p.weight, 0);
    return (t: number): number =>
      parts.reduce(
        (sum, p) => sum - (p.weight / total) * Math.expm1(-((t / p.scale) ** p.shape)),
        0,
      );
  };
  const part = fc.record({
    weight: fc.double({ min: 0.05, max: 1, noNaN: true }),
    scale: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
    shape: fc.double({ min: 0.3, max: 4, noNaN: true }),
  });

  it('gives the same doubles as one search per level, in far fewer passes', () => {
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 4 }),
        fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
        fc.constantFrom(8, 16),
        (parts, scale, lanes) => {
          const g = mixture(parts);
          const levels = [0.01, 0.1, 0.5];
          let calls = 0;
          const alone = findLevelTimes(
            (t) => {
              calls++;
              return g(t);
            },
            levels,
            scale,
          );
          let passes = 0;
          const pass: PassEvaluator = (times, count, out) => {
            passes++;
            expect(count).toBeLessThanOrEqual(lanes);
            for (let j = 0; j < count; j++) out[j] = g(times[j]!);
          };
          const together = findLevelTimesInPasses(pass, lanes, levels, scale);
          expect(together).toEqual(alone);
          expect(passes).toBeLessThan(calls);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds B-lives of an exponential unit whatever the lane count', () => {
    const lambda = 2e-4;
    const pass: PassEvaluator = (times, count, out) => {
      for (let j = 0; j < count; j++) out[j] = -Math.expm1(-lambda * times[j]!);
    };
    for (const lanes of [1, 3, 8, 16]) {
      const roots = findLevelTimesInPasses(pass, lanes, [0.01, 0.1, 0.5], 1);
      roots.forEach((root, i) => {
        const p = [0.01, 0.1, 0.5][i]!;
        const expected = -Math.log1p(-p) / lambda;
        expect(Math.abs(root!.value - expected) / expected).toBeLessThan(1e-10);
      });
    }
  });
});
