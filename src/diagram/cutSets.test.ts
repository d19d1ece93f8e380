import { describe, expect, it } from 'vitest';
import { compileDecisionDiagram } from './bdd.ts';
import { computeMinimalCutSets, computeSinglePointsOfFailure } from './cutSets.ts';
import {
  createBenchmarkProbabilities,
  createBenchmarkStructure,
  createBridgeChain,
  createStructureFromEdges,
} from '../testing/syntheticStructures.ts';
import type { FlatStructure } from '../model/structure.ts';

const BRIDGE = createStructureFromEdges(
  [
    ['start', 'A'],
    ['start', 'B'],
    ['A', 'C'],
    ['B', 'D'],
    ['A', 'E1'],
    ['E1', 'D'],
    ['B', 'E2'],
    ['E2', 'C'],
    ['C', 'end'],
    ['D', 'end'],
  ],
  { repeats: { E1: 'E', E2: 'E' } },
);

/** `chains` series chains of `length` units in parallel: length^chains minimal cut sets. */
function parallelChains(chains: number, length: number): FlatStructure {
  const edges: [string, string][] = [];
  for (let c = 0; c < chains; c++) {
    let prev = 'start';
    for (let i = 0; i < length; i++) {
      edges.push([prev, `c${c}u${i}`]);
      prev = `c${c}u${i}`;
    }
    edges.push([prev, 'end']);
  }
  return createStructureFromEdges(edges);
}

function cutSetsOf(structure: FlatStructure, fail: number[], limit: number) {
  return computeMinimalCutSets(compileDecisionDiagram(structure), Float64Array.from(fail), limit)!;
}

describe('computeMinimalCutSets', () => {
  it('finds the four minimal cut sets of the bridge', () => {
    // Blocks by first appearance: A 0, B 1, C 2, D 3, E 4.
    const r = cutSetsOf(BRIDGE, [0.1, 0.2, 0.3, 0.4, 0.5], 10);
    expect(r.count).toBe(4);
    expect(r.exact).toBe(true);
    expect(r.sets).toEqual([
      [2, 3],
      [0, 1],
      [1, 2, 4],
      [0, 3, 4],
    ]);
    expect(r.probabilities[0]).toBeCloseTo(0.12, 15);
    expect(r.probabilities[3]).toBeCloseTo(0.02, 15);
  });

  it('returns the most probable sets only, sorted by size then probability', () => {
    const r = cutSetsOf(BRIDGE, [0.1, 0.2, 0.3, 0.4, 0.5], 2);
    expect(r.count).toBe(4);
    // 0.12 ({C, D}) and 0.03 ({B, C, E}) beat 0.02 ({A, B}).
    expect(r.sets).toEqual([
      [2, 3],
      [1, 2, 4],
    ]);
  });

  it('returns the count alone when the limit is 0', () => {
    const r = cutSetsOf(BRIDGE, [0.1, 0.2, 0.3, 0.4, 0.5], 0);
    expect(r).toEqual({ count: 4, exact: true, sets: [], probabilities: [] });
  });

  it('finds no cut set in a system that always works', () => {
    const r = computeMinimalCutSets(
      compileDecisionDiagram({ blocks: [], gates: BRIDGE.gates.slice(0, 1), output: 0 }),
      new Float64Array(0),
      10,
    );
    expect(r).toEqual({ count: 0, exact: true, sets: [], probabilities: [] });
  });

  it('finds only the empty set in a system that always fails', () => {
    const flat = createStructureFromEdges(
      [
        ['start', 'A'],
        ['A', 'end'],
      ],
      {
        thresholds: { end: 2 },
      },
    );
    expect(cutSetsOf(flat, [0.1], 10)).toEqual({
      count: 1,
      exact: true,
      sets: [[]],
      probabilities: [1],
    });
  });

  it('counts 200 cut sets in a chain of 50 bridges', () => {
    const dd = compileDecisionDiagram(createBridgeChain(50));
    const r = computeMinimalCutSets(dd, new Float64Array(250).fill(0.01), 1000)!;
    expect(r.count).toBe(200);
    expect(r.sets.length).toBe(200);
    expect(r.sets.filter((s) => s.length === 2).length).toBe(100);
  });

  it('counts length^chains cut sets of parallel series chains exactly', () => {
    const r = cutSetsOf(parallelChains(3, 40), new Array<number>(120).fill(0.01), 5);
    expect(r.count).toBe(40 ** 3);
    expect(r.exact).toBe(true);
    expect(r.sets.every((s) => s.length === 3)).toBe(true);
  });

  it('flags an astronomically large count as inexact and still finds the top sets', () => {
    const chains = 12;
    const length = 80;
    const fail = Array.from({ length: chains * length }, (_, i) => 1e-3 * (1 + (i % 7)));
    const r = cutSetsOf(parallelChains(chains, length), fail, 100);
    expect(Math.abs(r.count / length ** chains - 1)).toBeLessThan(1e-12);
    expect(r.exact).toBe(false);
    expect(r.sets.length).toBe(100);
    // The best set takes the most failure-prone unit (q = 7e-3) of every chain.
    expect(r.probabilities[0]).toBeCloseTo(7e-3 ** chains, 40);
    for (let i = 1; i < r.probabilities.length; i++) {
      expect(r.probabilities[i]).toBeLessThanOrEqual(r.probabilities[i - 1]! * (1 + 1e-12));
    }
  });

  it('gives the same answer when called again on the same diagram', () => {
    const flat = createBenchmarkStructure(300, 5);
    const dd = compileDecisionDiagram(flat);
    const { fail } = createBenchmarkProbabilities(300, 9);
    const first = computeMinimalCutSets(dd, fail, 50)!;
    expect(computeMinimalCutSets(dd, fail, 50)!).toEqual(first);
    expect(first.sets.length).toBe(50);
  });
});

describe('computeSinglePointsOfFailure', () => {
  it('lists the series units of the benchmark however improbable they are', () => {
    const dd = compileDecisionDiagram(createBenchmarkStructure(400, 8));
    const fail = new Float64Array(400).fill(1e-3);
    const all = computeMinimalCutSets(dd, fail, 100_000)!;
    const singletons = all.sets.filter((s) => s.length === 1).map((s) => s[0]!);
    expect(computeSinglePointsOfFailure(dd)).toEqual(singletons.sort((a, b) => a - b));
    expect(singletons.length).toBeGreaterThan(10);
  });

  it('finds none in the bridge', () => {
    expect(computeSinglePointsOfFailure(compileDecisionDiagram(BRIDGE))).toEqual([]);
  });
});
