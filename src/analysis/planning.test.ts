import { describe, expect, it } from 'vitest';
import {
  computeChiSquareQuantile,
  planCheckpoint,
  planObservedRate,
  planRetry,
  computeCheckpointOverhead,
  computeDalyInterval,
  computeObservedRate,
  computeRecoveryTime,
  computeRetry,
  computeYoungInterval,
} from './planning.ts';

describe('computeRecoveryTime', () => {
  it('adds detection, rollback, replay and restart', () => {
    expect(
      computeRecoveryTime({ detect: 0.1, rollback: 0.25, replay: 0.5, restart: 0.15 }),
    ).toBeCloseTo(1, 14);
    expect(computeRecoveryTime({ detect: 1, rollback: 2, replay: 3 })).toBe(6);
  });
});

describe('computeYoungInterval', () => {
  it('is √(2CM)', () => {
    expect(computeYoungInterval(0.1, 20)).toBeCloseTo(2, 14);
  });
});

describe('computeDalyInterval', () => {
  it('refines Young towards the true optimum of the overhead curve', () => {
    const c = 0.5;
    const m = 10;
    const daly = computeDalyInterval(c, m);
    // The true optimum of the overhead, by a fine scan.
    let best = Infinity;
    let bestTau = 0;
    for (let tau = 0.01; tau < 20; tau += 0.0005) {
      const o = computeCheckpointOverhead(tau, c, m);
      if (o < best) [best, bestTau] = [o, tau];
    }
    expect(Math.abs(daly - bestTau)).toBeLessThan(Math.abs(computeYoungInterval(c, m) - bestTau));
    expect(Math.abs(daly - bestTau) / bestTau).toBeLessThan(0.01);
  });

  it('is M when the checkpoint costs at least 2M', () => {
    expect(computeDalyInterval(30, 10)).toBe(10);
  });
});

describe('computeCheckpointOverhead', () => {
  it('tends to C/τ + τ/(2M) for small τ and C', () => {
    const o = computeCheckpointOverhead(1, 0.01, 1000);
    expect(o).toBeCloseTo(0.01 + 1 / 2000, 4);
  });
});

describe('computeRetry', () => {
  it('gives q^k for all attempts failing and 1 − q^k for success, exactly when tiny', () => {
    const r = computeRetry(1e-6, 3);
    expect(r.fail).toBeCloseTo(1e-18, 30);
    expect(r.work).toBe(1);
    const s = computeRetry(0.5, 2);
    expect(s.fail).toBe(0.25);
    expect(s.work).toBeCloseTo(0.75, 15);
  });
});

describe('computeObservedRate', () => {
  it('gives λ = failures / operating time', () => {
    expect(computeObservedRate(4, 80000)).toEqual({ rate: 5e-5, mtbf: 20000 });
    expect(computeObservedRate(0, 1000).mtbf).toBe(Infinity);
  });
});

describe('planCheckpoint against Daly (2006)', () => {
  // δ = 5 min, R = 10 min; Daly reports τ_opt = 117, 57 and 9.1 min for M = 24 h, 6 h, 15 min;
  // recomputed to two decimals in anchors.md §5.2, with T_w at the optimum for T_s = 500 h.
  const cases = [
    { mtbf: 24 * 60, young: 120, daly: 116.69, wallAtDaly: 547.9 },
    { mtbf: 6 * 60, young: 60, daly: 56.71, wallAtDaly: 610.2 },
    { mtbf: 15, young: 12.25, daly: 9.14, wallAtDaly: 2504 },
  ];
  it.each(cases)('M = $mtbf min', ({ mtbf, young, daly, wallAtDaly }) => {
    const plan = planCheckpoint(5, mtbf, 10);
    expect(plan.young).toBeCloseTo(young, 2);
    expect(plan.daly).toBeCloseTo(daly, 2);
    // waste = 1 − T_s / T_w
    expect(plan.waste.daly).toBeCloseTo(1 - 500 / wallAtDaly, 3);
    expect(plan.waste.young).toBeGreaterThanOrEqual(plan.waste.daly - 1e-4);
  });
});

describe('planRetry', () => {
  it('gives the success of K attempts, the attempts a target needs and the P K attempts need', () => {
    const plan = planRetry(0.9, 3, 0.9999);
    expect(plan.pSuccess).toBeCloseTo(0.999, 14);
    expect(plan.minAttempts).toBe(4);
    expect(plan.minPSuccess).toBeCloseTo(1 - 0.0001 ** (1 / 3), 12);
    expect(planRetry(0.9, 3, 0.999).minAttempts).toBe(3);
  });

  it('keeps tiny failure probabilities and says when no number of attempts suffices', () => {
    expect(1 - planRetry(1 - 1e-9, 1, 0.5).pSuccess!).toBeLessThan(1e-8);
    expect(planRetry(0, undefined, 0.5).minAttempts).toBeNull();
    expect(planRetry(0.5, undefined, 1).minAttempts).toBeNull();
    expect(planRetry(1, undefined, 1).minAttempts).toBe(1);
    expect(planRetry(0.5)).toEqual({});
  });
});

describe('computeChiSquareQuantile against published tables', () => {
  const table: [number, number, number][] = [
    [0.05, 2, 0.1026],
    [0.95, 2, 5.9915],
    [0.05, 6, 1.6354],
    [0.95, 8, 15.5073],
    [0.025, 20, 9.5908],
    [0.975, 20, 34.1696],
    [0.999, 1, 10.8276],
    [0.001, 4, 0.0908],
  ];
  it.each(table)('χ²(%f; %i) = %f', (p, nu, x) => {
    expect(computeChiSquareQuantile(p, nu)).toBeCloseTo(x, 3);
  });

  it('is exact for two degrees of freedom, −2·ln(1 − p)', () => {
    for (const p of [1e-12, 0.3, 0.9, 1 - 1e-9]) {
      expect(computeChiSquareQuantile(p, 2)).toBeCloseTo(-2 * Math.log1p(-p), 9);
    }
  });
});

describe('planObservedRate', () => {
  it('3 failures in 24 unit-years: rate, MTBF and the 90 % interval', () => {
    const plan = planObservedRate(3, 24);
    expect(plan.rate).toBe(0.125);
    expect(plan.mtbf).toBe(8);
    expect(plan.lower).toBeCloseTo(1.6354 / 48, 4);
    expect(plan.upper).toBeCloseTo(15.5073 / 48, 4);
  });

  it('no failure: rate 0, no MTBF, upper bound −ln(1 − C)/T', () => {
    const plan = planObservedRate(0, 1000, 0.9);
    expect(plan).toMatchObject({ rate: 0, mtbf: null, lower: 0 });
    expect(plan.upper).toBeCloseTo(-Math.log(0.05) / 1000, 10);
  });
});
