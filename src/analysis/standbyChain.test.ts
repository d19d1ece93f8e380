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
