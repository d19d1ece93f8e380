import { describe, expect, it } from 'vitest';
import { compileDecisionDiagram, evaluateDecisionDiagram } from './bdd.ts';
import {
  createBenchmarkProbabilities,
  createBenchmarkStructure,
  createBridgeChain,
  createStructureFromEdges,
} from '../testing/syntheticStructures.ts';
import type { FlatStructure } from '../model/structure.ts';

const BRIDGE_EDGES: readonly (readonly [string, string])[] = [
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
];
const BRIDGE = createStructureFromEdges(BRIDGE_EDGES, { repeats: { E1: 'E', E2: 'E' } });

function series(n: number): FlatStructure {
  const edges: [string, string][] = [];
  let prev = 'start';
  for (let i = 0; i < n; i++) {
    edges.push([prev, `u${i}`]);
    prev = `u${i}`;
  }
  edges.push([prev, 'end']);
  return createStructureFromEdges(edges);
}

function kOfN(k: number, n: number): FlatStructure {
  const edges: [string, string][] = [];
  for (let i = 0; i < n; i++) edges.push(['start', `u${i}`], [`u${i}`, 'end']);
  return createStructureFromEdges(edges, { thresholds: { end: k } });
}

function probabilities(fail: readonly number[]): { work: Float64Array; fail: Float64Array } {
  return { work: Float64Array.from(fail, (q) => 1 - q), fail: Float64Array.from(fail) };
}

function evaluate(
  structure: FlatStructure,
  fail: readonly number[],
): { work: number; fail: number } {
  const p = probabilities(fail);
  return evaluateDecisionDiagram(compileDecisionDiagram(structure), p.work, p.fail);
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

describe('compileDecisionDiagram', () => {
  it('numbers nodes children before parents with the terminals first', () => {
    const dd = compileDecisionDiagram(BRIDGE);
    expect(dd.root).toBe(dd.nodeCount - 1);
    for (let i = 2; i < dd.nodeCount; i++) {
      expect(dd.low[i]).toBeLessThan(i);
      expect(dd.high[i]).toBeLessThan(i);
      expect(dd.low[i]).not.toBe(dd.high[i]);
    }
  });

  it('tests each variable at most once on every path, in one order', () => {
    const dd = compileDecisionDiagram(createBenchmarkStructure(200, 3));
    const badEdges: number[] = [];
    for (let i = 2; i < dd.nodeCount; i++) {
      const level = dd.levelOfBlock[dd.variable[i]!]!;
      for (const child of [dd.low[i]!, dd.high[i]!]) {
        if (child > 1 && dd.levelOfBlock[dd.variable[child]!]! <= level) badEdges.push(i);
      }
    }
    expect(badEdges).toEqual([]);
  });

  it('gives a constant true diagram when the output is the start', () => {
    const dd = compileDecisionDiagram({ blocks: [], gates: BRIDGE.gates.slice(0, 1), output: 0 });
    expect(dd.root).toBe(1);
    expect(evaluateDecisionDiagram(dd, new Float64Array(0), new Float64Array(0))).toEqual({
      work: 1,
      fail: 0,
    });
  });

  it('gives a constant false diagram when a threshold exceeds the predecessor count', () => {
    const flat = createStructureFromEdges(
      [
        ['start', 'A'],
        ['A', 'end'],
      ],
      {
        thresholds: { end: 2 },
      },
    );
    expect(compileDecisionDiagram(flat).root).toBe(0);
  });

  it('stays linear in size on the mixed-motif benchmark', () => {
    for (const n of [500, 1000, 2000]) {
      const dd = compileDecisionDiagram(createBenchmarkStructure(n, 11));
      expect(dd.nodeCount).toBeLessThan(4 * n);
      expect(dd.createdNodeCount).toBeLessThan(8 * n);
    }
  });

  it('compiles a chain of 50 bridges into a few nodes per block', () => {
    const dd = compileDecisionDiagram(createBridgeChain(50));
    expect(dd.blockCount).toBe(250);
    expect(dd.nodeCount).toBeLessThan(3 * 250);
  });

  it('rejects a predecessor that is not an earlier gate', () => {
    const bad: FlatStructure = {
      blocks: [],
      gates: [{ block: -1, threshold: 1, preds: [0], nodeId: 'x' }],
      output: 0,
    };
    expect(() => compileDecisionDiagram(bad)).toThrow(/predecessor/);
  });
});

describe('evaluateDecisionDiagram', () => {
  it('gives 0.97848 for the 5-unit bridge with every unit at 0.9', () => {
    const r = evaluate(BRIDGE, [0.1, 0.1, 0.1, 0.1, 0.1]);
    expect(r.work).toBeCloseTo(0.97848, 14);
    expect(r.fail).toBeCloseTo(0.02152, 14);
  });

  it('gives the product of working probabilities for series', () => {
    const q = [0.1, 0.2, 0.05, 0.3];
    const r = evaluate(series(4), q);
    expect(r.work).toBeCloseTo(0.9 * 0.8 * 0.95 * 0.7, 15);
    expect(r.work + r.fail).toBeCloseTo(1, 15);
  });

  it('gives the product of failure probabilities for parallel', () => {
    const r = evaluate(kOfN(1, 3), [0.1, 0.2, 0.3]);
    expect(r.fail).toBeCloseTo(0.1 * 0.2 * 0.3, 15);
  });

  it('matches the binomial sum for identical k-of-n', () => {
    for (const [k, n] of [
      [2, 3],
      [3, 5],
      [5, 8],
      [8, 8],
      [1, 6],
    ] as const) {
      const p = 0.87;
      const r = evaluate(
        kOfN(k, n),
        Array.from({ length: n }, () => 1 - p),
      );
      let expected = 0;
      for (let i = k; i <= n; i++) expected += binomial(n, i) * p ** i * (1 - p) ** (n - i);
      expect(r.work).toBeCloseTo(expected, 14);
    }
  });

  it('keeps 1e-15 exact for three parallel units failing with 1e-5', () => {
    const r = evaluate(kOfN(1, 3), [1e-5, 1e-5, 1e-5]);
    expect(Math.abs(r.fail / 1e-15 - 1)).toBeLessThan(1e-12);
  });

  it('keeps 3e-15 exact for three series units failing with 1e-15', () => {
    const r = evaluate(series(3), [1e-15, 1e-15, 1e-15]);
    expect(Math.abs(r.fail / 3e-15 - 1)).toBeLessThan(1e-12);
  });

  it('gives the bridge reliability to the power 50 for a chain of 50 bridges', () => {
    const dd = compileDecisionDiagram(createBridgeChain(50));
    const p = probabilities(Array.from({ length: 250 }, () => 0.1));
    expect(evaluateDecisionDiagram(dd, p.work, p.fail).work).toBeCloseTo(0.97848 ** 50, 13);
  });

  it('returns complementary probabilities on the benchmark', () => {
    const flat = createBenchmarkStructure(1000, 42);
    const dd = compileDecisionDiagram(flat);
    const { work, fail } = createBenchmarkProbabilities(1000, 7);
    const r = evaluateDecisionDiagram(dd, work, fail);
    expect(r.work + r.fail).toBeCloseTo(1, 12);
    expect(evaluateDecisionDiagram(dd, work, fail)).toEqual(r);
  });
});
