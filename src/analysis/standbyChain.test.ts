import { describe, expect, it } from 'vitest';
import { computeTransient } from '../math/ctmc.ts';
import { computeStandbyMissionPair, createStandbyMissionChain } from './standbyChain.ts';

describe('computeStandbyMissionPair', () => {
  const cases = [
    { quantity: 2, required: 1, dormantFactor: 0, p: 1 },
    { quantity: 3, required: 1, dormantFactor: 0.3, p: 0.9 },
    { quantity: 5, required: 2, dormantFactor: 1, p: 0.7 },
    { quantity: 4, required: 3, dormantFactor: 0.1, p: 0 },
  ];
  it.each(cases)('equals the general transient solver for %o', (c) => {
    const input = {
      quantity: c.quantity,
      required: c.required,
      failureRate: 1e-3,
      dormantRate: 1e-3 * c.dormantFactor,
      switchSuccess: c.p,
      repairRate: 0,
      switchDelay: 0,
    };
    const chain = createStandbyMissionChain(input);
    for (const t of [1e-3, 1, 100, 2000, 20000, 800000]) {
      const p0 = new Float64Array(chain.size);
      p0[0] = 1;
      const dist = computeTransient(chain.size, chain.transitions, p0, t);
      const fail = dist[chain.size - 1]!;
      const fast = computeStandbyMissionPair(input, t);
      expect(Math.abs(fast.fail - fail)).toBeLessThanOrEqual(1e-12 * fail + 1e-300);
      expect(Math.abs(fast.work - (1 - fail))).toBeLessThanOrEqual(
        1e-12 * Math.max(1e-300, 1 - fail) + 1e-15,
      );
    }
  });

  it('keeps a tiny failure probability exact: two cold units, F(t) ≈ (λt)²/2', () => {
    const input = {
      quantity: 2,
      required: 1,
      failureRate: 1e-6,
      dormantRate: 0,
      switchSuccess: 1,
      repairRate: 0,
      switchDelay: 0,
    };
    const lt = 1e-6 * 1e-3;
    const exact = -Math.expm1(-lt) - lt * Math.exp(-lt); // 1 − e^(−x)(1 + x)
    expect(Math.abs(computeStandbyMissionPair(input, 1e-3).fail - exact) / exact).toBeLessThan(
      1e-6,
    );
    // Series expansion to more digits: x²/2 − x³/3 + ...
    const series = (lt * lt) / 2 - (lt * lt * lt) / 3;
    expect(Math.abs(computeStandbyMissionPair(input, 1e-3).fail - series) / series).toBeLessThan(
      1e-12,
    );
  });
});

describe('computeStandbyMissionPair at large λt', () => {
  // 150 warm units, one running (λ), 149 waiting at d = λ/2, perfect switch: the block works
  // until all have failed, through stages of rates λ + m·d (m = 149 … 0). With α = λ/d = 2 the
  // survival is Σₘ cₘe^(−(λ + md)t), cₘ = (−1)ᵐ(s + 2)!/((m + 2)·m!·(s − m)!), s = 149; at
  // dt ≥ 50 every term past the first is below 1e-17 of it: R(t) = (s + 2)(s + 1)/2·e^(−λt).
  const input = {
    quantity: 150,
    required: 1,
    failureRate: 1e-3,
    dormantRate: 5e-4,
    switchSuccess: 1,
    repairRate: 0,
    switchDelay: 0,
  };
  const closedForm = (t: number): number => ((151 * 150) / 2) * Math.exp(-1e-3 * t);

  it.each([1e5, 2e5, 6e5])('equals the closed form to 1e-9 at t = %d (Λt up to 45,300)', (t) => {
    const pair = computeStandbyMissionPair(input, t);
    expect(Math.abs(pair.work - closedForm(t)) / closedForm(t)).toBeLessThan(1e-9);
    expect(pair.fail).toBe(1);
  });

  it('is 0 (and its failure probability 1) where R(t) is below the smallest double', () => {
    for (const t of [1e7, 1e15, 1e300, Number.MAX_VALUE]) {
      expect(computeStandbyMissionPair(input, t)).toEqual({ work: 0, fail: 1 });
    }
    const twoCold = { ...input, quantity: 2, dormantRate: 0 };
    expect(computeStandbyMissionPair(twoCold, 1e15)).toEqual({ work: 0, fail: 1 });
  });

  it('agrees with the closed form of two cold units, e^(−λt)(1 + λt), up to where it underflows', () => {
    const twoCold = { ...input, quantity: 2, dormantRate: 0 };
    for (const t of [5e5, 7e5]) {
      const x = 1e-3 * t;
      const exact = Math.exp(-x) * (1 + x);
      const pair = computeStandbyMissionPair(twoCold, t);
      expect(Math.abs(pair.work - exact) / exact).toBeLessThan(1e-9);
    }
  });
});
