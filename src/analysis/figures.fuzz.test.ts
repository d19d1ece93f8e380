/**
 * Property tests of the added `analyze` figures (risk achievement and reduction worth,
 * Fussell–Vesely, mean availability, B-lives) against brute-force enumeration of the structure
 * function on random small designs: series, parallel and k-of-n motifs over different paths,
 * k-of-n and cold standby blocks, repeated units, with and without repair. Seeded: the seed is
 * in each test name; set REPLAY to the seed and path fast-check prints to replay one case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { integrate } from '../math/integrate.ts';
import type { Pair } from '../math/pair.ts';
import type { FlatBlock } from '../model/structure.ts';
import { createFlatStructure } from '../model/structure.ts';
import type { Design } from '../model/types.ts';
import { enumerateStates, sumFailedStates } from '../testing/bruteForce.ts';
import type { DesignJson } from '../testing/designFiles.ts';
import { toDesign } from '../testing/designFiles.ts';
import { analyzeDesign } from './analyze.ts';
import type { BlockMethod, Exact } from './blockModel.ts';
import { computeBlockAvailability, computeBlockReliability, getBlockMethod } from './blockModel.ts';
import { B_LIFE_LEVELS } from './bLife.ts';

const SEED = 20_250_707;
/** Replay one case: `{ seed, path }` as printed by fast-check on failure. */
const REPLAY: { readonly seed: number; readonly path: string } | null = null;
const RUNS = 60;
const MAX_BLOCKS = 8;

function runOptions(numRuns: number): fc.Parameters<unknown> {
  return REPLAY ? { seed: REPLAY.seed, path: REPLAY.path, numRuns: 1 } : { seed: SEED, numRuns };
}

/** A motif of the diagram: one block, a chain, or paths joined by a k-of-m junction. */
type Motif =
  | { readonly kind: 'leaf'; readonly pick: number; readonly shape: number }
  | { readonly kind: 'series'; readonly parts: readonly Motif[] }
  | { readonly kind: 'vote'; readonly parts: readonly Motif[]; readonly pick: number };

const motif: fc.Arbitrary<Motif> = fc.letrec<{ motif: Motif }>((tie) => ({
  motif: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('leaf' as const), pick: fc.nat(999), shape: fc.nat(999) }),
    fc.record({
      kind: fc.constant('series' as const),
      parts: fc.array(tie('motif'), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('vote' as const),
      parts: fc.array(tie('motif'), { minLength: 2, maxLength: 3 }),
      pick: fc.nat(999),
    }),
  ),
})).motif;

const component = fc.record({
  mtbf: fc.double({ min: 2, max: 5, noNaN: true }).map((e) => 10 ** e),
  mttr: fc.option(
    fc.double({ min: -0.5, max: 1.7, noNaN: true }).map((e) => 10 ** e),
    {
      freq: 4,
    },
  ),
});

/** Builds a design file from a motif tree over three components. */
function buildDesign(root: Motif, components: readonly { mtbf: number; mttr: number | null }[]) {
  const nodes: DesignJson[] = [];
  const edges: string[] = [];
  const blocks: string[] = [];
  let junctions = 0;
  const add = (m: Motif, from: string): string => {
    switch (m.kind) {
      case 'leaf': {
        const id = `b${nodes.length}`;
        // One in eight leaves repeats an earlier block; some are 2-of-3 or cold standby pairs.
        if (blocks.length > 0 && m.shape % 8 === 0) {
          nodes.push({ id, kind: 'block', repeatOf: blocks[m.pick % blocks.length] });
        } else if (blocks.length >= MAX_BLOCKS) {
          return from;
        } else {
          const shape =
            m.shape % 5 === 1
              ? { quantity: 3, required: 2 }
              : m.shape % 5 === 2
                ? { quantity: 2, redundancy: { type: 'standby', standby: 'cold' } }
                : {};
          nodes.push({ id, kind: 'block', component: `c${m.pick % components.length}`, ...shape });
          blocks.push(id);
        }
        edges.push(`${from}>${id}`);
        return id;
      }
      case 'series':
        return m.parts.reduce((at, part) => add(part, at), from);
      case 'vote': {
        const ends = m.parts.map((part) => add(part, from)).filter((end) => end !== from);
        if (ends.length === 0) return from;
        const id = `j${junctions++}`;
        nodes.push({ id, kind: 'junction', required: 1 + (m.pick % ends.length) });
        for (const end of new Set(ends)) edges.push(`${end}>${id}`);
        return id;
      }
    }
  };
  const last = add(root, 'in');
  if (last === 'in') return null;
  edges.push(`${last}>out`);
  // A junction fed twice by one path would need more inputs than it has: votes over distinct ends.
  const required = new Map(nodes.map((n) => [n.id, n.required]));
  for (const n of nodes) {
    const inputs = new Set(edges.filter((e) => e.endsWith(`>${String(n.id)}`))).size;
    if (n.kind === 'junction') n.required = Math.min(Number(required.get(n.id)), inputs);
  }
  return {
    format: 'rbd-design',
    version: 1,
    name: 'fuzz',
    timeUnit: 'hour',
    missionTime: 500,
    components: components.map((c, i) => ({
      id: `c${i}`,
      name: `c${i}`,
      failure: { distribution: 'exponential', mtbf: c.mtbf },
      ...(c.mttr === null ? {} : { repair: { distribution: 'exponential', mttr: c.mttr } }),
    })),
    diagram: {
      nodes: [{ id: 'in', kind: 'start' }, ...nodes, { id: 'out', kind: 'end' }],
      edges: [...new Set(edges)].map((e) => {
        const [from, to] = e.split('>');
        return { from, to };
      }),
    },
  };
}

const caseArbitrary = fc
  .record({
    root: motif,
    components: fc.array(component, { minLength: 3, maxLength: 3 }),
  })
  .map(({ root, components }) => buildDesign(root, components))
  .filter((file): file is NonNullable<typeof file> => file !== null);

/**
 * P(system failed) at a time by enumeration of the structure function, on each block's own
 * figure at that time (point availability or mission reliability).
 */
function createEnumeratedFailure(
  design: Design,
  blockFigure: (block: FlatBlock, method: BlockMethod, t: number) => Exact<Pair>,
): (t: number) => number {
  const flat = createFlatStructure(design);
  const states = enumerateStates(flat);
  const methods = flat.blocks.map(getBlockMethod);
  return (t) => {
    const pairs = flat.blocks.map((b, i) => {
      const figure = blockFigure(b, methods[i]!, t);
      return figure.ok ? figure.value : { work: NaN, fail: NaN };
    });
    return sumFailedStates(
      states,
      pairs.map((p) => p.work),
      pairs.map((p) => p.fail),
    );
  };
}

/** A mismatch message when `actual` is not within `relative` of `expected`, else `null`. */
function compare(name: string, actual: number | null, expected: number | null, relative: number) {
  if (actual === null || expected === null) {
    return actual === expected ? null : `${name}: ${actual} instead of ${expected}`;
  }
  const tolerance = relative * Math.max(Math.abs(expected), Math.abs(actual)) + 1e-300;
  return Math.abs(actual - expected) <= tolerance
    ? null
    : `${name}: ${actual} instead of ${expected}`;
}

/** The messages of the comparisons that failed. */
const mismatches = (...results: (string | null)[]): string[] =>
  results.filter((r): r is string => r !== null);

describe('analyze figures against enumeration of the structure function', () => {
  it(`gives RAW, RRW and Fussell–Vesely of every block (seed ${SEED})`, () => {
    fc.assert(
      fc.property(caseArbitrary, (file) => {
        const design = toDesign(file);
        const r = analyzeDesign(design, { skipMttf: true, skipMeanAvailability: true });
        const states = enumerateStates(createFlatStructure(design));
        const steady = r.importanceBasis === 'steady-state';
        const work = r.blocks.map((b) => (steady ? b.availability! : b.reliability!));
        const fail = r.blocks.map((b) => (steady ? b.unavailability! : b.unreliability!));
        const u = sumFailedStates(states, work, fail);
        const problems = r.blocks.flatMap((b, i) => {
          if (!(u > 0)) return mismatches(compare(`${b.id} raw`, b.raw, null, 0));
          const failed = sumFailedStates(states, work, fail, { block: i, works: false });
          const perfect = sumFailedStates(states, work, fail, { block: i, works: true });
          return mismatches(
            compare(`${b.id} raw`, b.raw, failed / u, 1e-11),
            compare(`${b.id} rrw`, b.rrw, perfect > 0 ? u / perfect : null, 1e-11),
            // FV = 1 − U(perfect)/U: the enumeration's difference is the reference here.
            Math.abs(b.fussellVesely! - (1 - perfect / u)) < 1e-9 ? null : `${b.id} fv`,
          );
        });
        expect(problems).toEqual([]);
      }),
      runOptions(RUNS),
    );
  });

  it(`gives the mean availability of the system of new units (seed ${SEED})`, () => {
    fc.assert(
      fc.property(caseArbitrary, fc.double({ min: 0.5, max: 4, noNaN: true }), (file, e) => {
        const design = toDesign(file);
        const t = 10 ** e;
        const r = analyzeDesign(design, { times: [t], skipMttf: true });
        const unavailability = createEnumeratedFailure(design, computeBlockAvailability);
        // Global QAG on [0, t] can step over a one-hour transient; breakpoints at 2^k h cannot.
        let expected = 0;
        for (let a = 0, b = 2 ** -6; a < t; a = b, b *= 2) {
          expected += integrate(unavailability, a, Math.min(b, t), 1e-13).value;
        }
        expected /= t;
        const point = r.points[0]!;
        expect(
          mismatches(
            compare('mean U', point.meanUnavailability, expected, 1e-8),
            compare('mean A', point.meanAvailability, 1 - expected, 1e-12),
          ),
        ).toEqual([]);
      }),
      runOptions(RUNS / 2),
    );
  });

  it(`gives B-lives at which the enumerated unreliability is 1 %, 10 % and 50 % (seed ${SEED})`, () => {
    fc.assert(
      fc.property(caseArbitrary, (file) => {
        const design = toDesign(file);
        const r = analyzeDesign(design, { skipMttf: true, skipMeanAvailability: true });
        const unreliability = createEnumeratedFailure(design, computeBlockReliability);
        // Exponential units all fail in the end: every level is reached.
        const problems = Object.entries(B_LIFE_LEVELS).map(([key, level]) => {
          const life = r.bLife?.[key as keyof typeof B_LIFE_LEVELS] ?? null;
          return life === null ? `${key} is null` : compare(key, unreliability(life), level, 1e-9);
        });
        expect(mismatches(...problems)).toEqual([]);
      }),
      runOptions(RUNS),
    );
  });
});
