import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planHashRing } from './planning.ts';

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
