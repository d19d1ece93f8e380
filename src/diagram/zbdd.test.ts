import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZBDD_BASE, ZBDD_EMPTY, ZbddBuilder } from './zbdd.ts';

const SEED = 424_242;
const LEVELS = 6;

/** Builds the ZBDD of a family given as sets of levels. */
function fromSets(z: ZbddBuilder, sets: readonly (readonly number[])[], level = 0): number {
  if (sets.length === 0) return ZBDD_EMPTY;
  if (level === LEVELS) return ZBDD_BASE;
  const withLevel = sets.filter((s) => s.includes(level)).map((s) => s.filter((x) => x !== level));
  const without = sets.filter((s) => !s.includes(level));
  return z.mk(level, fromSets(z, withLevel, level + 1), fromSets(z, without, level + 1));
}

/** Lists a family as sorted strings. */
function toSets(z: ZbddBuilder, n: number, prefix: number[] = []): string[] {
  if (n === ZBDD_EMPTY) return [];
  if (n === ZBDD_BASE) return [prefix.join(',')];
  return [
    ...toSets(z, z.thenChild[n]!, [...prefix, z.level[n]!]),
    ...toSets(z, z.elseChild[n]!, prefix),
  ].sort();
}

describe('ZbddBuilder.without', () => {
  it('removes a set whose subset only appears in the other family without the top level', () => {
    const z = new ZbddBuilder(LEVELS);
    // P = {{0, 1}}, Q = {{0, 2}, {1}}: {1} ⊆ {0, 1}, found in Q's else-part at level 0.
    const p = fromSets(z, [[0, 1]]);
    const q = fromSets(z, [[0, 2], [1]]);
    expect(z.without(p, q)).toBe(ZBDD_EMPTY);
  });

  it('keeps everything when the other family is empty and nothing when it holds the empty set', () => {
    const z = new ZbddBuilder(LEVELS);
    const p = fromSets(z, [[0, 3], [2]]);
    expect(z.without(p, ZBDD_EMPTY)).toBe(p);
    expect(z.without(p, ZBDD_BASE)).toBe(ZBDD_EMPTY);
    expect(z.without(ZBDD_BASE, p)).toBe(ZBDD_BASE);
  });

  it(`keeps exactly the sets with no subset in the other family (seed ${SEED})`, () => {
    const set = fc.uniqueArray(fc.integer({ min: 0, max: LEVELS - 1 }), { maxLength: LEVELS });
    const family = fc.array(set, { maxLength: 10 });
    fc.assert(
      fc.property(family, family, (ps, qs) => {
        const z = new ZbddBuilder(LEVELS);
        const key = (s: readonly number[]): string => [...s].sort((a, b) => a - b).join(',');
        const unique = [...new Map(ps.map((s) => [key(s), s])).values()];
        const expected = unique
          .filter((p) => !qs.some((q) => q.every((x) => p.includes(x))))
          .map(key)
          .sort();
        expect(toSets(z, z.without(fromSets(z, ps), fromSets(z, qs)))).toEqual(expected);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
