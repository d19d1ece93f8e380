import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planHashRing, planRetryLatency } from './planning.ts';
import type { RetryTiming } from './planning.ts';

/** Every f-subset of 0…n−1, as arrays of flags. */
function* subsets(n: number, f: number, start = 0, chosen: number[] = []): Generator<number[]> {
  if (chosen.length === f) {
    yield chosen;
    return;
  }
  for (let i = start; i < n; i++) yield* subsets(n, f, i + 1, [...chosen, i]);
}

/**
 * Brute force on a ring of n equal arcs: a key whose hash falls in arc p lives on nodes p, p+1,
 * …, p+r−1 (mod n). Averages, over every set of f nodes down, the share of arcs whose replicas
 * are all down / at least one down.
 */
function bruteForce(n: number, r: number, f: number): { lost: number; degraded: number } {
  let lost = 0;
  let degraded = 0;
  let sets = 0;
  for (const downSet of subsets(n, f)) {
    const isDown = new Set(downSet);
    sets++;
    for (let p = 0; p < n; p++) {
      let downCount = 0;
      for (let j = 0; j < r; j++) if (isDown.has((p + j) % n)) downCount++;
      if (downCount === r) lost++;
      if (downCount > 0) degraded++;
    }
  }
  return { lost: lost / (sets * n), degraded: degraded / (sets * n) };
}

/** Share of hashes h in one full period whose node changes from h mod n to h mod (n − 1). */
function bruteModulo(n: number): number {
  const period = n * (n - 1);
  let moved = 0;
  for (let h = 0; h < period; h++) if (h % n !== h % (n - 1)) moved++;
  return moved / period;
}

describe('planHashRing', () => {
  it('equals enumeration of every set of nodes down on small rings', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 9 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.integer({ min: 1, max: n }),
              fc.integer({ min: 0, max: n }),
            ),
          ),
        ([n, r, f]) => {
          const plan = planHashRing(n, r, f);
          const brute = bruteForce(n, r, f);
          expect(plan.lostRandom).toBeCloseTo(brute.lost, 12);
          expect(plan.degraded).toBeCloseTo(brute.degraded, 12);
        },
      ),
      { seed: 20261202, numRuns: 200 },
    );
  });

  it('counts adjacent failures by the runs of successors inside the run of nodes down', () => {
    for (let n = 1; n <= 8; n++) {
      for (let r = 1; r <= n; r++) {
        for (let f = 0; f <= n; f++) {
          const isDown = (node: number) => node < f;
          let lost = 0;
          for (let p = 0; p < n; p++) {
            let all = true;
            for (let j = 0; j < r; j++) all &&= isDown((p + j) % n);
            if (all) lost++;
          }
          expect(planHashRing(n, r, f).lostAdjacent).toBeCloseTo(lost / n, 12);
        }
      }
    }
  });

  it('moves 1/n of the keys on a ring and all but 1/n with hash mod n', () => {
    for (let n = 2; n <= 12; n++) {
      const plan = planHashRing(n, 1, 0);
      expect(plan.movedOnLeave).toBeCloseTo(1 / n, 15);
      expect(plan.movedModulo).toBeCloseTo(bruteModulo(n), 15);
    }
    expect(planHashRing(10, 3, 0).rereplicatedOnLeave).toBeCloseTo(0.3, 15);
  });

  it('keeps the digits of tiny shares on large rings', () => {
    // 1000 nodes, 3 replicas, 2 down: no key can be lost; degraded = 1 − (998·997·996)/(1000·999·998).
    const plan = planHashRing(1000, 3, 2);
    expect(plan.lostRandom).toBe(0);
    expect(plan.degraded).toBeCloseTo(1 - (997 * 996) / (1000 * 999), 15);
    // 1e6 nodes, 3 replicas, 3 down: C(3,3)/C(1e6,3) = 6 / (1e6 · 999999 · 999998).
    const tiny = planHashRing(1e6, 3, 3);
    expect(tiny.lostRandom / (6 / (1e6 * 999_999 * 999_998))).toBeCloseTo(1, 12);
    // 1e9 nodes, 1 down, 1 replica: degraded = 1e-9 exactly, not 1 − (1 − 1e-9) rounded.
    expect(planHashRing(1e9, 1, 1).degraded / 1e-9).toBeCloseTo(1, 14);
  });

  it('matches the worked case: 10 nodes, 3 replicas, 3 down at random lose 1 key in 120', () => {
    expect(planHashRing(10, 3, 3).lostRandom).toBeCloseTo(1 / 120, 15);
    expect(planHashRing(10, 3, 3).lostAdjacent).toBeCloseTo(0.1, 15);
  });
});

describe('planRetryLatency', () => {
  /** Every pattern of K attempt outcomes, weighted, each walked until its first success. */
  function bruteLatency(p: number, k: number, t: RetryTiming) {
    let expected = 0;
    let success = 0;
    let successTime = 0;
    let worst = 0;
    for (let mask = 0; mask < 2 ** k; mask++) {
      let weight = 1;
      for (let i = 0; i < k; i++) weight *= (mask >> i) & 1 ? p : 1 - p;
      let time = 0;
      let ok = false;
      for (let i = 0; i < k; i++) {
        if ((mask >> i) & 1) {
          time += t.successLatency;
          ok = true;
          break;
        }
        time += t.timeout + (i < k - 1 ? t.backoff * t.multiplier ** i : 0);
      }
      expected += weight * time;
      if (ok) {
        success += weight;
        successTime += weight * time;
      }
      worst = Math.max(worst, time);
    }
    return {
      expected,
      success,
      expectedIfSuccess: success > 0 ? successTime / success : null,
      worst,
    };
  }

  it('equals a walk over every pattern of outcomes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        // Times of a call, in seconds: from a millisecond up (denormal times are not latencies).
        fc.double({ min: 1e-3, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 5, noNaN: true })),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (p, k, timeout, share, backoff, multiplier) => {
          const timing = { timeout, successLatency: share * timeout, backoff, multiplier };
          const plan = planRetryLatency(p, k, timing);
          const brute = bruteLatency(p, k, timing);
          expect(plan.expected).toBeCloseTo(brute.expected, 9);
          expect(plan.worst).toBeCloseTo(brute.worst, 9);
          // A success so rare that its conditional mean is noise in the brute force's sum.
          const ifSuccess = brute.expectedIfSuccess ?? 0;
          if (brute.success < 1e-9 || ifSuccess < 1e-12) return;
          expect(plan.expectedIfSuccess! / ifSuccess).toBeCloseTo(1, 9);
        },
      ),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('matches a worked case: 3 attempts at 0.9, 1 s timeouts, 100 ms calls, 200 ms doubling', () => {
    const plan = planRetryLatency(0.9, 3, {
      timeout: 1,
      successLatency: 0.1,
      backoff: 0.2,
      multiplier: 2,
    });
    // 0.09 + 0.1·1.2 (first fails) + 0.1·(0.09 + 0.1·1.4) + 0.01·(0.09 + 0.1·1) = 0.2349 s.
    expect(plan.expected).toBeCloseTo(0.09 + 0.12 + 0.023 + 0.0019, 12);
    // 1 + 0.2 + 1 + 0.4 + 1 = 3.6 s.
    expect(plan.worst).toBeCloseTo(3.6, 12);
  });
});
