import { describe, expect, it } from 'vitest';
import { computePoissonWindow } from './poisson.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('computePoissonWindow', () => {
  // [L, mode pmf, k = mode + ⌈3√L⌉ + 1, pmf at k]: mpmath 1.3 at 40 digits.
  it.each([
    [1e-8, 0.9999999900000001, 2, 4.999999950000001e-17],
    [0.3, 0.7408182206817179, 3, 0.0033336819930677303],
    [3, 0.22404180765538775, 10, 0.0008101511794681432],
    [40, 0.0629470394235922, 60, 0.000678649219814152],
    [1e4, 0.003989389558962826, 10301, 4.4313766023048244e-5],
    [1e6, 0.00039894224715624404, 1003001, 4.431843619177951e-6],
  ])('weights sum to 1 and match the pmf for L = %s', (L, atMode, k, atK) => {
    const { left, weights } = computePoissonWindow(L);
    let total = 0;
    for (const w of weights) total += w;
    expect(Math.abs(total - 1)).toBeLessThan(1e-14);
    // Recurrence from the mode: error grows like √L·ε at most.
    const tolerance = 1e-14 + 10 * Math.sqrt(L) * Number.EPSILON;
    expect(relativeError(weights[Math.floor(L) - left]!, atMode)).toBeLessThan(tolerance);
    expect(relativeError(weights[k - left]!, atK)).toBeLessThan(tolerance);
  });

  it('starts at 0 for a small mean and leaves out only weights below 1e-50 of the mode', () => {
    const small = computePoissonWindow(2);
    expect(small.left).toBe(0);
    expect(small.weights[small.weights.length - 1]! / small.weights[2]!).toBeGreaterThanOrEqual(
      1e-50,
    );
    const large = computePoissonWindow(1e4);
    expect(large.left).toBeGreaterThan(8000);
    expect(large.weights[0]! / large.weights[1e4 - large.left]!).toBeGreaterThanOrEqual(1e-50);
  });
});
