import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withoutUi } from '../model/withoutUi.ts';
import { MAX_PATCH_CHANGES, applyDesignPatch, diffDesign } from './designPatch.ts';

type Json = unknown;

/** Replaces the value at a random path of `value`, copying only the objects on the path. */
function editAt(value: Json, steps: readonly number[], replacement: Json): Json {
  if (steps.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const [step, ...rest] = steps as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const at = step % value.length;
    return value.map((item: Json, i) => (i === at ? editAt(item, rest, replacement) : item));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[step % keys.length]!;
  return { ...value, [key]: editAt((value as Record<string, Json>)[key], rest, replacement) };
}

const jsonArb = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>;

describe('diffDesign and applyDesignPatch', () => {
  it('rebuild the file without its ui fields, in the same key order, sharing the rest', () => {
    fc.assert(
      fc.property(
        jsonArb,
        fc.array(fc.tuple(fc.array(fc.nat(), { maxLength: 5 }), jsonArb), { maxLength: 5 }),
        (before, edits) => {
          let after = before;
          for (const [steps, value] of edits) after = editAt(after, steps, value);
          const base = withoutUi(before);
          const frozen = JSON.stringify(base);
          const changes = diffDesign(before, after);
          if (changes === null) return; // too many: the whole file is sent
          const applied = applyDesignPatch(base, changes);
          expect(JSON.stringify(applied)).toBe(JSON.stringify(withoutUi(after)));
          expect(JSON.stringify(base)).toBe(frozen); // the base is never changed
          expect(changes.length).toBeLessThanOrEqual(edits.length);
        },
      ),
      { seed: 4242, numRuns: 300 },
    );
  });

  it('finds one change for one edit of a large file, and shares every other object', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => ({ id: `b${i}`, ui: { x: i } }));
    const before = {
      name: 'x',
      components: [{ id: 'c', failure: { mtbf: 1 } }],
      diagram: { nodes },
    };
    const after = {
      ...before,
      components: [{ id: 'c', failure: { mtbf: 2 } }],
      diagram: { nodes: nodes.map((n, i) => (i === 7 ? { ...n, ui: { x: -1 } } : n)) },
    };
    const changes = diffDesign(before, after);
    expect(changes).toEqual([{ path: ['components', 0, 'failure', 'mtbf'], value: 2 }]);
    const base = withoutUi(before) as typeof before;
    const applied = applyDesignPatch(base, changes) as typeof before;
    expect(applied.diagram).toBe(base.diagram);
    expect(applied.components).not.toBe(base.components);
    expect(applied.components[0]!.failure.mtbf).toBe(2);
  });

  it('sends an object whole when its fields changed, and gives up past the limit', () => {
    expect(diffDesign({ a: { b: 1 } }, { a: { b: 1, c: 2 } })).toEqual([
      { path: ['a'], value: { b: 1, c: 2 } },
    ]);
    expect(diffDesign({ a: [1, 2] }, { a: [1, 2, 3] })).toEqual([
      { path: ['a'], value: [1, 2, 3] },
    ]);
    const many = Array.from({ length: MAX_PATCH_CHANGES + 1 }, (_, i) => i);
    expect(diffDesign({ list: many }, { list: many.map((i) => i + 1) })).toBeNull();
  });

  it('keeps a "__proto__" key a plain field for the validator to refuse', () => {
    const evil = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
    const changes = diffDesign({ a: { x: 1 } }, { a: { x: evil } })!;
    const applied = applyDesignPatch({ a: { x: 1 } }, changes) as { a: { x: object } };
    expect(Object.keys(applied.a.x)).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    // A path through a field the base lacks (or its prototype) is refused.
    expect(
      applyDesignPatch({ a: {} }, [{ path: ['a', '__proto__', 'polluted'], value: 1 }]),
    ).toBeNull();
    expect(applyDesignPatch({ a: [1] }, [{ path: ['a', 3], value: 1 }])).toBeNull();
    expect(applyDesignPatch({ a: 1 }, [{ path: ['b'], value: 1 }])).toBeNull();
    expect(applyDesignPatch({ a: 1 }, 'nope')).toBeNull();
  });
});
