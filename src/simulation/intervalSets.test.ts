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

/**
 * Where `out` differs from "at least d of the sets contain t" on the half-integers of [0, 100),
 * or is not canonical (sorted, disjoint, not touching, not empty).
 */
function findMismatches(sets: IntervalSet[], d: number, out: IntervalSet): string[] {
  const problems: string[] = [];
  for (let t = 0.5; t < 100; t += 1) {
    const count = sets.filter((s) => contains(s, t)).length;
    if (contains(out, t) !== count >= d) problems.push(`t = ${t}: ${count} down`);
  }
  for (let i = 0; i < out.length; i++) {
    if (!(out.end[i]! > out.start[i]!)) problems.push(`interval ${i} is empty`);
    if (i > 0 && !(out.start[i]! > out.end[i - 1]!)) problems.push(`interval ${i} touches`);
  }
  return problems;
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
          expect(findMismatches(sets, d, out)).toEqual([]);
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
