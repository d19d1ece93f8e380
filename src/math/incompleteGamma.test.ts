import { describe, expect, it } from 'vitest';
import { incompleteGammaPair } from './incompleteGamma.ts';
import { erf, erfc, gamma } from './special.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/**
 * [a, x, P(a, x), Q(a, x)] from mpmath (40 digits), where a side is small or the region is hard:
 * small shapes (Q ≈ a·E₁(x)), large shapes near the mode, far tails.
 */
const REFERENCES: readonly (readonly [number, number, number, number])[] = [
  [0.001, 1, 0.9997803916424144, 0.0002196083575855564],
  [1e-6, 1.5, 0.9999998999802843, 1.0001971577312673e-7],
  [0.3, 1.2, 0.9366052804307409, 0.0633947195692591],
  [5, 30, 0.999999996375699, 3.6243009520614882e-9],
  [100, 90, 0.15822098918643016, 0.8417790108135699],
  [100, 120, 0.9721362601094793, 0.027863739890520663],
  [1e4, 9800, 0.022207543813969693, 0.9777924561860303],
  [1e4, 10200, 0.9767126778664011, 0.023287322133598805],
  [1e6, 1001000, 0.8413447863683403, 0.15865521363165971],
  [20, 0.001, 4.106404902830125e-79, 1],
  [20, 500, 1, 1.161138236365771e-183],
  [0.2, 50, 1, 1.809020124965986e-24],
];

describe('incompleteGammaPair', () => {
  it('gives Q(1, x) = e^(−x) and P(1, x) = −expm1(−x)', () => {
    for (const x of [1e-300, 1e-9, 0.5, 1.9, 2.1, 30]) {
      const { lower, upper } = incompleteGammaPair(1, x);
      // The prefactor is one exponential of a sum of size x: its error grows like x·ε.
      const tolerance = 1e-15 * (10 + x);
      expect(relativeError(upper, Math.exp(-x))).toBeLessThan(tolerance);
      expect(relativeError(lower, -Math.expm1(-x))).toBeLessThan(tolerance);
    }
  });

  it('gives Q(2, x) = (1 + x)e^(−x) on both sides of x = a + 1', () => {
    for (const x of [0.1, 2.9, 3.1, 50]) {
      expect(relativeError(incompleteGammaPair(2, x).upper, (1 + x) * Math.exp(-x))).toBeLessThan(
        1e-14,
      );
    }
  });

  it('gives Q(½, x) = erfc(√x) and P(½, x) = erf(√x)', () => {
    for (const x of [1e-14, 0.3, 1.4, 1.6, 40]) {
      const { lower, upper } = incompleteGammaPair(0.5, x);
      expect(relativeError(upper, erfc(Math.sqrt(x)))).toBeLessThan(1e-13);
      expect(relativeError(lower, erf(Math.sqrt(x)))).toBeLessThan(1e-13);
    }
  });

  it('keeps a tiny P near 0: P(a, x) ≈ x^a/Γ(a + 1)', () => {
    for (const a of [0.5, 2.5, 7]) {
      const x = 1e-10;
      const leading = Math.pow(x, a) / gamma(a + 1);
      expect(relativeError(incompleteGammaPair(a, x).lower, leading)).toBeLessThan(1e-9);
    }
  });

  it.each(REFERENCES)('matches mpmath at a = %s, x = %s on both sides', (a, x, p, q) => {
    const { lower, upper } = incompleteGammaPair(a, x);
    expect(relativeError(lower, p)).toBeLessThan(5e-14);
    expect(relativeError(upper, q)).toBeLessThan(5e-14);
  });

  it('is {0, 1} at x ≤ 0, {1, 0} at x = ∞, and NaN for NaN', () => {
    expect(incompleteGammaPair(3, 0)).toEqual({ lower: 0, upper: 1 });
    expect(incompleteGammaPair(3, Infinity)).toEqual({ lower: 1, upper: 0 });
    expect(incompleteGammaPair(NaN, 1).lower).toBeNaN();
  });
});
