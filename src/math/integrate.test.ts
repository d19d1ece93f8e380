import { describe, expect, it } from 'vitest';
import type { FailureLaw } from '../model/types.ts';
import { integrate, integrateToInfinity } from './integrate.ts';
import { getMeanLife, getSurvival } from '../laws/figures.ts';
import { gamma } from './special.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('integrate', () => {
  it('∫₀^π sin = 2', () => {
    const r = integrate(Math.sin, 0, Math.PI);
    expect(r.converged).toBe(true);
    expect(relativeError(r.value, 2)).toBeLessThan(1e-13);
  });

  it('one rule suffices where Gauss and Kronrod agree (degree 13)', () => {
    const r = integrate((x) => 14 * x ** 13 + 1, -1, 1);
    expect(r.evaluations).toBe(15);
    expect(relativeError(r.value, 2)).toBeLessThan(1e-15);
  });

  it('the Kronrod estimate is exact for polynomials of degree 22', () => {
    expect(relativeError(integrate((x) => 23 * x ** 22, -1, 1).value, 2)).toBeLessThan(1e-14);
  });

  it('handles a jump by bisection', () => {
    const r = integrate((x) => (x < Math.SQRT2 ? 1 : 0), 0, 4);
    expect(r.converged).toBe(true);
    expect(relativeError(r.value, Math.SQRT2)).toBeLessThan(1e-9);
  });

  it('is reentrant: ∫₀¹∫₀¹ xy dy dx = 1/4', () => {
    const r = integrate((x) => integrate((y) => x * y, 0, 1).value, 0, 1);
    expect(relativeError(r.value, 0.25)).toBeLessThan(1e-14);
  });

  it('reports non-convergence on a non-integrable singularity', () => {
    const r = integrate((x) => 1 / x, 0, 1);
    expect(r.converged).toBe(false);
  });
});

describe('integrateToInfinity', () => {
  it('∫₀^∞ e^(−t) dt = 1', () => {
    const r = integrateToInfinity((t) => Math.exp(-t), 1);
    expect(r.converged).toBe(true);
    expect(relativeError(r.value, 1)).toBeLessThan(1e-9);
    expect(r.error).toBeLessThan(1e-9);
  });

  it.each([0.5, 1, 3.5, 0.2, 20])('Weibull MTTF = ηΓ(1 + 1/β) for β = %s', (shape) => {
    const law: FailureLaw = { kind: 'weibull', shape, scale: 1000 };
    const mean = 1000 * gamma(1 + 1 / shape);
    const r = integrateToInfinity((t) => getSurvival(law, t), getMeanLife(law));
    expect(r.converged).toBe(true);
    expect(relativeError(r.value, mean)).toBeLessThan(1e-9);
  });

  it.each([
    [10, 5],
    [1, 10],
    [100, 1],
  ])('lognormal (mean %s, sd %s): ∫R dt equals the mean', (mean, sd) => {
    const law: FailureLaw = { kind: 'lognormal', mean, sd };
    const r = integrateToInfinity((t) => getSurvival(law, t), mean);
    expect(r.converged).toBe(true);
    expect(relativeError(r.value, mean)).toBeLessThan(1e-9);
  });

  it('two parallel units: ∫ 2e^(−λt) − e^(−2λt) dt = 3/(2λ) for λ = 1e-6', () => {
    const lambda = 1e-6;
    // R = 1 − F² computed as w(1 + f): no cancellation.
    const reliability = (t: number): number =>
      Math.exp(-lambda * t) * (1 - Math.expm1(-lambda * t));
    const r = integrateToInfinity(reliability, 1 / lambda);
    expect(r.converged).toBe(true);
    expect(relativeError(r.value, 3 / (2 * lambda))).toBeLessThan(1e-9);
  });

  it('a product of 60 survival functions (series of exponentials and Weibulls)', () => {
    const rates = Array.from({ length: 30 }, (_, i) => 1e-4 * (1 + i));
    const etas = Array.from({ length: 30 }, (_, i) => 5e3 * (1 + i / 7));
    const shape = 2.5;
    const reliability = (t: number): number => {
      let r = 1;
      for (const rate of rates) r *= Math.exp(-rate * t);
      for (const eta of etas) r *= Math.exp(-Math.pow(t / eta, shape));
      return r;
    };
    // Reference: the same integral with the exponent summed analytically, by the same method
    // on a single smooth exponent, cross-checked for the exponential-only product.
    const totalRate = rates.reduce((a, b) => a + b, 0);
    const onlyExponential = integrateToInfinity((t) => {
      let r = 1;
      for (const rate of rates) r *= Math.exp(-rate * t);
      return r;
    }, 1 / totalRate);
    expect(relativeError(onlyExponential.value, 1 / totalRate)).toBeLessThan(1e-9);
    const r = integrateToInfinity(reliability, 1 / totalRate);
    const weibullSum = etas.reduce((a, eta) => a + Math.pow(eta, -shape), 0);
    const reference = integrate(
      (t) => Math.exp(-totalRate * t - weibullSum * Math.pow(t, shape)),
      0,
      40 / totalRate,
      1e-13,
    );
    expect(r.converged).toBe(true);
    expect(relativeError(r.value, reference.value)).toBeLessThan(1e-9);
  });

  it('a survival function that is exactly 1 up to a point and then drops', () => {
    const step = integrateToInfinity((t) => (t < 100 ? 1 : 0), 1);
    expect(step.converged).toBe(true);
    expect(relativeError(step.value, 100)).toBeLessThan(1e-9);
    const delayed = integrateToInfinity((t) => (t < 1000 ? 1 : Math.exp(-(t - 1000) / 50)), 10);
    expect(delayed.converged).toBe(true);
    expect(relativeError(delayed.value, 1050)).toBeLessThan(1e-9);
  });

  it('a deterministic life (lognormal with sd 0) integrates to its mean', () => {
    const law: FailureLaw = { kind: 'lognormal', mean: 37, sd: 0 };
    const r = integrateToInfinity((t) => getSurvival(law, t), 37);
    expect(relativeError(r.value, 37)).toBeLessThan(1e-9);
  });

  it('a long power-law tail converges slowly but correctly: ∫ (1 + t)^(−3) = 1/2', () => {
    const r = integrateToInfinity((t) => Math.pow(1 + t, -3), 1);
    expect(r.converged).toBe(true);
    expect(relativeError(r.value, 0.5)).toBeLessThan(1e-9);
  });

  it('reports a divergent integral (survival tends to a positive limit) as not converged', () => {
    const r = integrateToInfinity((t) => 0.5 + 0.5 * Math.exp(-t), 1);
    expect(r.converged).toBe(false);
  });

  it('is 0 for a function that is 0 everywhere', () => {
    const r = integrateToInfinity(() => 0, 1);
    expect(r).toMatchObject({ value: 0, converged: true });
  });
});
