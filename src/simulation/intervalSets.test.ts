import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineDownSets, IntervalSet } from './intervalSets.ts';

/** A set from sorted, disjoint, non-touching integer intervals (so brute force is exact). */
function toSet(bounds: readonly number[]): IntervalSet {
  const set = new IntervalSet();
  const sorted = [...new Set(bounds)].sort((a, b) => a - b);
  for (let i = 0; i + 1 < sorted.length; i += 2) set.push(sorted[i]!, sorted[i + 1]!);
  return set;
}

function contains(set: IntervalSet, t: number): boolean {
  for (let i = 0; i < set.length; i++) if (set.start[i]! <= t && t < set.end[i]!) return true;
  return false;
}

/** Checks `out` against "at least d of the sets contain t" on every half-integer in [0, 100). */
function bruteForce(sets: IntervalSet[], d: number, out: IntervalSet): void {
  for (let t = 0.5; t < 100; t += 1) {
    const count = sets.filter((s) => contains(s, t)).length;
    expect(contains(out, t)).toBe(count >= d);
  }
  // Canonical: sorted, disjoint, not touching, not empty.
  for (let i = 0; i < out.length; i++) {
    expect(out.end[i]!).toBeGreaterThan(out.start[i]!);
    if (i > 0) expect(out.start[i]!).toBeGreaterThan(out.end[i - 1]!);
  }
}

describe('combineDownSets', () => {
  it('gives the times at least d of n sets are down (union, intersection, votes)', () => {
    const bounds = fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 16 });
    fc.assert(
      fc.property(
        fc.array(bounds, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (lists, dRaw) => {
          const sets = lists.map(toSet);
          const d = 1 + ((dRaw - 1) % sets.length);
          const out = new IntervalSet();
          combineDownSets(sets, sets.length, d, out, new Int32Array(8), new Uint8Array(8));
          bruteForce(sets, d, out);
        },
      ),
      { seed: 20261124, numRuns: 400 },
    );
  });

  it('measures overlaps by a linear merge', () => {
    const a = toSet([0, 10, 20, 30, 40, 50]);
    const b = toSet([5, 25, 45, 60]);
    expect(a.getOverlap(b)).toBe(5 + 5 + 5);
    expect(a.getTotal()).toBe(30);
  });
});
