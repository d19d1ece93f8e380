import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBenchmarkDesign } from '../testing/benchmarkDesigns.ts';
import { createDesignFile } from './serialize.ts';
import { randomDesignArbitrary } from '../testing/randomDesigns.ts';
import { parseDesign } from './parse.ts';
import type { ParseResult } from './parse.ts';
import { createDesignReader } from './parseIncremental.ts';

type Json = Record<string, unknown>;

const EXAMPLES = readdirSync('public/examples')
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => JSON.parse(readFileSync(`public/examples/${f}`, 'utf8')) as Json);

/** Warnings as a sorted list: the reader may list them in another order. */
function normalise(result: ParseResult): unknown {
  if (!result.ok) return { ok: false, issues: result.issues };
  const warnings = result.warnings
    .map((w) => JSON.stringify(w))
    .sort()
    .map((w) => JSON.parse(w) as unknown);
  return { ok: true, value: JSON.parse(JSON.stringify(result.value)) as unknown, warnings };
}

/** One edit, as the editor (or a careless hand) would make it, applied to a copy of the file. */
type Edit = (file: Json, pick: number, value: number) => void;

const nodesOf = (file: Json): Json[] => {
  const nodes = (file.diagram as { nodes?: unknown } | undefined)?.nodes;
  return Array.isArray(nodes) ? (nodes as Json[]) : [];
};
const componentsOf = (file: Json): Json[] =>
  Array.isArray(file.components) ? (file.components as Json[]) : [];
const blockAt = (file: Json, pick: number): Json | undefined => {
  const blocks = nodesOf(file).filter((n) => n.kind === 'block');
  return blocks[pick % Math.max(1, blocks.length)];
};
const componentAt = (file: Json, pick: number): Json | undefined =>
  componentsOf(file)[pick % Math.max(1, componentsOf(file).length)];

const EDITS: Record<string, Edit> = {
  mtbf(file, pick, value) {
    const c = componentAt(file, pick);
    if (c !== undefined) c.failure = { distribution: 'exponential', mtbf: value * 1000 };
  },
  badMtbf(file, pick) {
    const c = componentAt(file, pick);
    if (c !== undefined) c.failure = { distribution: 'exponential', mtbf: -1 };
  },
  mttrText(file, pick, value) {
    const c = componentAt(file, pick);
    if (c !== undefined) c.repair = { distribution: 'exponential', mttr: `${value} min` };
  },
  mttrParts(file, pick, value) {
    const c = componentAt(file, pick);
    const replay = value % 5 === 0 ? -1 : `${value} min`;
    if (c !== undefined) c.repair = { distribution: 'exponential', mttr: { detect: 0.1, replay } };
  },
  mtbfParts(file, pick, value) {
    const c = componentAt(file, pick);
    if (c !== undefined) {
      c.failure = { distribution: 'exponential', mtbf: { life: value * 100, 'wear out': '1 day' } };
    }
  },
  componentExtra(file, pick) {
    const c = componentAt(file, pick);
    if (c !== undefined) c.colour = 'red';
  },
  componentName(file, pick, value) {
    const c = componentAt(file, pick);
    if (c !== undefined) c.name = `Part ${value}`;
  },
  componentId(file, pick, value) {
    const c = componentAt(file, pick);
    if (c !== undefined) c.id = `renamed-${value}`;
  },
  quantity(file, pick, value) {
    const b = blockAt(file, pick);
    if (b !== undefined) b.quantity = 1 + (value % 5);
  },
  required(file, pick, value) {
    const b = blockAt(file, pick);
    if (b !== undefined) b.required = 1 + (value % 4);
  },
  standby(file, pick, value) {
    const b = blockAt(file, pick);
    if (b !== undefined) {
      b.redundancy = value % 2 === 0 ? { kind: 'standby', dormancy: 'cold' } : { kind: 'active' };
    }
  },
  inputs(file, pick, value) {
    const b = blockAt(file, pick);
    if (b !== undefined) b.inputs = 1 + (value % 3);
  },
  unknownComponent(file, pick) {
    const b = blockAt(file, pick);
    if (b !== undefined) b.component = 'no-such-component';
  },
  repeatEdit(file, pick) {
    const b = blockAt(file, pick);
    if (b !== undefined) b.quantity = 2;
    const repeat = nodesOf(file).find((n) => n.repeatOf !== undefined);
    if (repeat !== undefined) repeat.quantity = 3;
  },
  position(file, pick, value) {
    const b = blockAt(file, pick);
    if (b !== undefined) b.ui = { x: value, y: -value };
    file.ui = { zoom: value };
  },
  name(file, _pick, value) {
    file.name = value % 3 === 0 ? '' : `Design ${value}`;
  },
  description(file, _pick, value) {
    file.description = `notes ${value}`;
  },
  missionTime(file, _pick, value) {
    file.missionTime = value % 4 === 0 ? `${value} years` : value % 4 === 1 ? -5 : value + 1;
  },
  timeUnit(file) {
    file.timeUnit = 'day';
  },
  dropEdge(file) {
    const edges = (file.diagram as { edges?: unknown } | undefined)?.edges;
    if (Array.isArray(edges)) edges.pop();
  },
  topExtra(file, _pick, value) {
    file.extra = value;
  },
  // Keys the parser refuses, wherever they appear (ui included).
  protoInComponent(file, pick) {
    const c = componentAt(file, pick);
    if (c !== undefined) c.failure = JSON.parse('{"__proto__": {"x": 1}, "mtbf": 5}') as Json;
  },
  protoInUi(file, pick) {
    const b = blockAt(file, pick);
    if (b !== undefined) b.ui = JSON.parse('{"__proto__": {"x": 1}}') as Json;
  },
  constructorPrototypeInTopUi(file) {
    file.ui = JSON.parse('{"constructor": {"prototype": {"x": 1}}}') as Json;
  },
};

const editArbitrary = fc.tuple(
  fc.constantFrom(...Object.keys(EDITS)),
  fc.nat(1000),
  fc.integer({ min: 1, max: 200 }),
);

function applyEdits(file: Json, edits: readonly [string, number, number][]): Json {
  const copy = structuredClone(file);
  for (const [name, pick, value] of edits) EDITS[name]!(copy, pick, value);
  return copy;
}

describe('createDesignReader', () => {
  const bases: Json[] = [
    ...EXAMPLES,
    createBenchmarkDesign(60, 3) as Json,
    createBenchmarkDesign(200, 9) as Json,
  ];

  it('answers every sequence of edits exactly as parseDesign does', () => {
    const paths = { full: 0, patched: 0, same: 0 };
    fc.assert(
      fc.property(
        fc.nat(bases.length - 1),
        fc.array(fc.array(editArbitrary, { minLength: 1, maxLength: 3 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (baseIndex, steps) => {
          const reader = createDesignReader();
          let file = bases[baseIndex]!;
          expect(normalise(reader.read(file))).toEqual(normalise(parseDesign(file)));
          for (const edits of steps) {
            // Each step edits the file as it was after the previous step, as an editor does.
            file = applyEdits(file, edits);
            expect(normalise(reader.read(file))).toEqual(normalise(parseDesign(file)));
            paths[reader.lastPath]++;
          }
        },
      ),
      { numRuns: 300, seed: 20261202 },
    );
    // The patched path was really exercised, not only the fallback (about a third of the steps).
    expect(paths.patched).toBeGreaterThan(30);
    expect(paths.full).toBeGreaterThan(30);
  });

  it('agrees with parseDesign on random designs edited at random', () => {
    fc.assert(
      fc.property(
        randomDesignArbitrary,
        fc.array(editArbitrary, { minLength: 1, maxLength: 3 }),
        (design, edits) => {
          const file = createDesignFile(design) as unknown as Json;
          const reader = createDesignReader();
          reader.read(file);
          const next = applyEdits(file, edits);
          expect(normalise(reader.read(next))).toEqual(normalise(parseDesign(next)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('re-reads only what changed: a parameter edit is patched, a structural edit is not', () => {
    const base = createBenchmarkDesign(200, 9) as Json;
    const reader = createDesignReader();
    reader.read(base);
    expect(reader.lastPath).toBe('full');
    reader.read(applyEdits(base, [['mtbf', 1, 50]]));
    expect(reader.lastPath).toBe('patched');
    const moved = applyEdits(base, [
      ['mtbf', 1, 50],
      ['position', 3, 7],
    ]);
    reader.read(moved);
    expect(reader.lastPath).toBe('patched'); // the moved node is read again (its ui is checked)
    reader.read(structuredClone(moved));
    expect(reader.lastPath).toBe('same');
    reader.read(applyEdits(moved, [['dropEdge', 0, 0]]));
    expect(reader.lastPath).toBe('full');
  });

  it('reads a file nested too deeply to compare in full instead of failing', () => {
    const base = createBenchmarkDesign(20, 2) as Json;
    const reader = createDesignReader();
    reader.read(base);
    let deep: Json = {};
    const top = deep;
    for (let i = 0; i < 200_000; i++) {
      const inner: Json = {};
      deep.a = inner;
      deep = inner;
    }
    const next = { ...base, extra: top };
    const read = reader.read(next);
    expect(reader.lastPath).toBe('full');
    expect(normalise(read)).toEqual(normalise(parseDesign(next)));
  });
});
