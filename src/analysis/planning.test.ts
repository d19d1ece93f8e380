import { describe, expect, it } from 'vitest';
import {
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
