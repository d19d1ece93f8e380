/**
 * Property tests of the decision-diagram engine against brute-force enumeration of all 2^n
 * states of random gate networks (votes, junctions, repeated blocks, random probabilities).
 * Seeded: the seed is in each test name; set REPLAY to the seed and path fast-check prints to
 * replay one failing case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlatBlock, FlatGate, FlatStructure } from '../model/structure.ts';
import { compileDecisionDiagram, evaluateDecisionDiagram } from './bdd.ts';
import { computeMinimalCutSets, computeSinglePointsOfFailure } from './cutSets.ts';
import { computeImportance } from './importance.ts';
import { SYNTHETIC_COMPONENT, createStructureFromEdges } from '../testing/syntheticStructures.ts';
import { enumerateStates } from '../testing/bruteForce.ts';

const SEED = 20_250_601;
/** Replay one case: `{ seed, path }` as printed by fast-check on failure. */
const REPLAY: { readonly seed: number; readonly path: string } | null = null;
const RUNS = 300;
const MAX_BLOCKS = 12;

function runOptions(numRuns: number): fc.Parameters<unknown> {
  return REPLAY ? { seed: REPLAY.seed, path: REPLAY.path, numRuns: 1 } : { seed: SEED, numRuns };
}

interface Case {
  readonly structure: FlatStructure;
  readonly work: Float64Array;
  readonly fail: Float64Array;
}

const failArbitrary = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 1, 1e-9, 1e-4, 0.5, 1 - 1e-9),
);

/** Scrambles fast-check's small-biased integers before taking residues. */
const mix = (n: number): number => Math.imul(n + 1, 0x9e3779b1) >>> 7;

/**
 * Random gate networks of up to 12 blocks: each gate is a junction or a block (a new one, or a
 * repeat of an earlier one), fed by 1 to 4 recent gates, with a threshold from 0 (rare) through
 * votes to more than its predecessors (rare, never reached).
 */
const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    gates: fc.array(
      fc.record({
        unit: fc.integer({ min: -3, max: 24 }),
        offsets: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        thresholdPick: fc.nat(1000),
      }),
      { minLength: 1, maxLength: 22, size: 'max' },
    ),
    extraBlocks: fc.integer({ min: 0, max: 2 }),
    outputPick: fc.nat(1000),
    fail: fc.array(failArbitrary, { minLength: MAX_BLOCKS, maxLength: MAX_BLOCKS }),
  })
  .map(({ gates: specs, extraBlocks, outputPick, fail }) => {
    const gates: FlatGate[] = [{ block: -1, threshold: 0, preds: [], nodeId: 'start' }];
    let blockCount = 0;
    specs.forEach((spec, i) => {
      const g = i + 1;
      // Recent gates; the start (always reached) only for the first gates, else any OR that
      // touched it would make everything downstream trivial.
      const window = g <= 2 ? g : Math.min(g - 1, 6);
      const preds = [...new Set(spec.offsets.map((o) => g - 1 - (o % window)))];
      const pick = mix(spec.thresholdPick);
      const threshold =
        pick % 53 === 0
          ? 0
          : pick % 89 === 0
            ? preds.length + 1
            : pick % 2 === 0
              ? 1
              : 1 + ((pick >> 1) % preds.length);
      let block = -1;
      if (spec.unit >= 0) {
        const repeat = spec.unit < 4 || blockCount === MAX_BLOCKS;
        block = repeat && blockCount > 0 ? spec.unit % blockCount : blockCount++;
      }
      gates.push({ block, threshold, preds, nodeId: `g${g}` });
    });
    blockCount = Math.max(1, Math.min(MAX_BLOCKS, blockCount + extraBlocks));
    const output = outputPick % 8 === 0 ? outputPick % gates.length : gates.length - 1;
    const blocks: FlatBlock[] = Array.from({ length: blockCount }, (_, index) => ({
      index,
      kind: 'block',
      memberIds: [],
      id: `b${index}`,
      component: SYNTHETIC_COMPONENT,
      quantity: 1,
      required: 1,
      redundancy: { kind: 'active' },
      nodeIds: [],
    }));
    const structure: FlatStructure = { blocks, gates, output };
    const q = Float64Array.from(fail.slice(0, blockCount));
    return { structure, work: q.map((x) => 1 - x), fail: q };
  });

/** Probability of a state, leaving block `skip` out of the product. */
function stateProbability(c: Case, mask: number, skip = -1): number {
  let prob = 1;
  for (let b = 0; b < c.structure.blocks.length; b++) {
    if (b !== skip) prob *= (mask >> b) & 1 ? c.work[b]! : c.fail[b]!;
  }
  return prob;
}

function bruteForce(c: Case) {
  const n = c.structure.blocks.length;
  const f = enumerateStates(c.structure);
  let work = 0;
  let fail = 0;
  const birnbaum = new Float64Array(n);
  const failedWithSystem = new Float64Array(n);
  const failIfWorking = new Float64Array(n);
  const failIfFailed = new Float64Array(n);
  const cutSets: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const prob = stateProbability(c, mask);
    if (f[mask] === 1) work += prob;
    else fail += prob;
    let minimalCut = f[mask] === 0;
    for (let b = 0; b < n; b++) {
      if ((mask >> b) & 1) continue;
      const rest = stateProbability(c, mask, b);
      birnbaum[b]! += rest * (f[mask | (1 << b)]! - f[mask]!);
      failIfWorking[b]! += rest * (1 - f[mask | (1 << b)]!);
      failIfFailed[b]! += rest * (1 - f[mask]!);
      if (f[mask] === 0) failedWithSystem[b]! += prob;
      if (f[mask | (1 << b)] === 0) minimalCut = false;
    }
    if (minimalCut) cutSets.push([...Array(n).keys()].filter((b) => ((mask >> b) & 1) === 0));
  }
  return { work, fail, birnbaum, failedWithSystem, failIfWorking, failIfFailed, cutSets };
}

function expectClose(actual: number, expected: number, relative: number, absolute: number): void {
  const tolerance = absolute + relative * Math.max(Math.abs(expected), Math.abs(actual));
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

const sortFamily = (sets: number[][]): string[] => sets.map((s) => s.join(',')).sort();

describe('compileDecisionDiagram', () => {
  it(`agrees with enumeration of all states on P(works) and P(fails) (seed ${SEED})`, () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const expected = bruteForce(c);
        const r = evaluateDecisionDiagram(compileDecisionDiagram(c.structure), c.work, c.fail);
        expectClose(r.work, expected.work, 1e-11, 1e-300);
        expectClose(r.fail, expected.fail, 1e-11, 1e-300);
        expect(r.work).toBeGreaterThanOrEqual(0);
        expect(r.fail).toBeLessThanOrEqual(1 + 1e-15);
      }),
      runOptions(RUNS),
    );
  });
});

describe('computeImportance', () => {
  it(`agrees with enumeration on Birnbaum, joint failure and the system with a block set (seed ${SEED})`, () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const expected = bruteForce(c);
        const r = computeImportance(compileDecisionDiagram(c.structure), c.work, c.fail);
        for (let b = 0; b < c.structure.blocks.length; b++) {
          expectClose(r.birnbaum[b]!, expected.birnbaum[b]!, 1e-9, 1e-14);
          expectClose(r.failedWithSystem[b]!, expected.failedWithSystem[b]!, 1e-9, 1e-14);
          // Enumeration sums the same non-negative terms: both agree to rounding, tiny or not.
          expectClose(r.failIfWorking[b]!, expected.failIfWorking[b]!, 1e-11, 1e-300);
          expectClose(r.failIfFailed[b]!, expected.failIfFailed[b]!, 1e-11, 1e-300);
          expect(r.birnbaum[b]).toBeGreaterThanOrEqual(0);
          expect(r.birnbaum[b]).toBeLessThanOrEqual(1 + 1e-12);
          expect(r.criticality[b]).toBeGreaterThanOrEqual(0);
          expect(r.criticality[b]).toBeLessThanOrEqual(1);
        }
      }),
      runOptions(RUNS),
    );
  });
});

describe('computeMinimalCutSets', () => {
  it(`finds exactly the minimal cut sets found by enumeration (seed ${SEED})`, () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: 1, max: 6 }), (c, k) => {
        const expected = bruteForce(c);
        const dd = compileDecisionDiagram(c.structure);
        const all = computeMinimalCutSets(dd, c.fail, 10_000)!;
        expect(all.count).toBe(expected.cutSets.length);
        expect(sortFamily(all.sets)).toEqual(sortFamily(expected.cutSets));
        const singles = expected.cutSets.filter((s) => s.length === 1).map((s) => s[0]!);
        expect(computeSinglePointsOfFailure(dd)).toEqual(singles.sort((a, b) => a - b));
        // The top k by probability are the k most probable of the brute-force family.
        const top = computeMinimalCutSets(dd, c.fail, k)!;
        const probability = (s: number[]): number => s.reduce((p, b) => p * c.fail[b]!, 1);
        const best = expected.cutSets
          .map(probability)
          .sort((a, b) => b - a)
          .slice(0, k);
        const got = [...top.probabilities].sort((a, b) => b - a);
        expect(got.length).toBe(best.length);
        got.forEach((p, i) => expectClose(p, best[i]!, 1e-12, 1e-300));
      }),
      runOptions(RUNS),
    );
  });
});

describe('evaluateDecisionDiagram', () => {
  it(`never lowers P(works) when one block gets more reliable (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        caseArbitrary,
        fc.nat(11),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (c, i, t) => {
          const dd = compileDecisionDiagram(c.structure);
          const b = i % c.structure.blocks.length;
          const before = evaluateDecisionDiagram(dd, c.work, c.fail).work;
          const work = c.work.slice();
          const fail = c.fail.slice();
          fail[b] = fail[b]! * t; // raise block b's working probability
          work[b] = 1 - fail[b];
          expect(evaluateDecisionDiagram(dd, work, fail).work).toBeGreaterThanOrEqual(
            before * (1 - 1e-12),
          );
        },
      ),
      runOptions(RUNS),
    );
  });

  it(`orders series <= min <= max <= parallel (seed ${SEED})`, () => {
    const arbitrary = fc.array(failArbitrary, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(arbitrary, (q) => {
        const n = q.length;
        const names = q.map((_, i) => `u${i}`);
        const chain: [string, string][] = names.map((u, i) => [
          i === 0 ? 'start' : names[i - 1]!,
          u,
        ]);
        chain.push([names[n - 1]!, 'end']);
        const fan: [string, string][] = names.flatMap(
          (u) =>
            [
              ['start', u],
              [u, 'end'],
            ] as [string, string][],
        );
        const fail = Float64Array.from(q);
        const work = fail.map((x) => 1 - x);
        const run = (edges: [string, string][]): number =>
          evaluateDecisionDiagram(
            compileDecisionDiagram(createStructureFromEdges(edges)),
            work,
            fail,
          ).work;
        const eps = 1e-15;
        expect(run(chain)).toBeLessThanOrEqual(Math.min(...work) + eps);
        expect(Math.max(...work)).toBeLessThanOrEqual(run(fan) + eps);
      }),
      runOptions(RUNS),
    );
  });
});
