import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse.ts';
import { withoutUi } from './withoutUi.ts';
import { createBenchmarkDesign } from '../testing/benchmarkDesigns.ts';

describe('withoutUi', () => {
  it('drops every ui field at any depth and keeps everything else, without changing the input', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const before = JSON.stringify(value);
        const stripped = withoutUi(value);
        expect(JSON.stringify(value)).toBe(before);
        // Brute force: the same value through JSON with ui dropped by the reviver.
        const expected: unknown = JSON.parse(before, (key, v: unknown) =>
          key === 'ui' ? undefined : v,
        );
        expect(JSON.stringify(stripped)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves what parseDesign reads unchanged, and a 10,000-level ui becomes nothing', () => {
    const file = createBenchmarkDesign(50, 4) as Record<string, unknown>;
    let deep: Record<string, unknown> = {};
    const ui = deep;
    for (let i = 0; i < 10_000; i++) deep = deep.a = {} as Record<string, unknown>;
    const withDeepUi = { ...file, ui };
    const stripped = withoutUi(withDeepUi) as Record<string, unknown>;
    expect(stripped.ui).toBeUndefined();
    expect(parseDesign(stripped)).toEqual(parseDesign(file));
    expect(() => structuredClone(stripped)).not.toThrow();
  });

  it('keeps a __proto__ key as a plain field', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "ui": 1}') as object;
    const stripped = withoutUi(input) as Record<string, unknown>;
    expect(Object.keys(stripped)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
