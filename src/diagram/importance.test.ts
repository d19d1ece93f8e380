import { describe, expect, it } from 'vitest';
import { compileDecisionDiagram } from './bdd.ts';
import { computeImportance } from './importance.ts';
import { createStructureFromEdges } from '../testing/syntheticStructures.ts';

function importanceOf(edges: [string, string][], fail: number[], thresholds = {}) {
  const dd = compileDecisionDiagram(createStructureFromEdges(edges, { thresholds }));
  return computeImportance(
    dd,
    Float64Array.from(fail, (q) => 1 - q),
    Float64Array.from(fail),
  );
}

const SERIES2: [string, string][] = [
  ['start', 'A'],
  ['A', 'B'],
  ['B', 'end'],
];
const PARALLEL2: [string, string][] = [
  ['start', 'A'],
  ['start', 'B'],
  ['A', 'end'],
  ['B', 'end'],
];

describe('computeImportance', () => {
  it('gives each series unit the working probability of the other', () => {
    const r = importanceOf(SERIES2, [0.1, 0.3]);
    expect(r.birnbaum[0]).toBeCloseTo(0.7, 15);
    expect(r.birnbaum[1]).toBeCloseTo(0.9, 15);
  });

  it('gives each parallel unit the failure probability of the other', () => {
    const r = importanceOf(PARALLEL2, [0.1, 0.3]);
    expect(r.birnbaum[0]).toBeCloseTo(0.3, 15);
    expect(r.birnbaum[1]).toBeCloseTo(0.1, 15);
  });

  it('keeps a 1e-10 Birnbaum importance exact when the system is nearly always up', () => {
    const r = importanceOf(PARALLEL2, [1e-10, 2e-10]);
    expect(Math.abs(r.birnbaum[0]! / 2e-10 - 1)).toBeLessThan(1e-12);
    expect(Math.abs(r.birnbaum[1]! / 1e-10 - 1)).toBeLessThan(1e-12);
    expect(Math.abs(r.fail / 2e-20 - 1)).toBeLessThan(1e-12);
  });

  it('gives criticality 1 to both units of a parallel pair', () => {
    const r = importanceOf(PARALLEL2, [1e-6, 3e-6]);
    expect(r.criticality[0]).toBeCloseTo(1, 12);
    expect(r.criticality[1]).toBeCloseTo(1, 12);
  });

  it('gives series criticalities summing to about 1 when failures are rare', () => {
    const r = importanceOf(SERIES2, [1e-6, 3e-6]);
    expect(r.criticality[0]).toBeCloseTo(0.25, 5);
    expect(r.criticality[1]).toBeCloseTo(0.75, 5);
  });

  it('gives P(system failed and unit failed) as a direct sum', () => {
    const r = importanceOf(SERIES2, [0.1, 0.3]);
    // Unit A failed means the series system failed: P = qA.
    expect(r.failedWithSystem[0]).toBeCloseTo(0.1, 15);
    expect(r.failedWithSystem[1]).toBeCloseTo(0.3, 15);
  });

  it('gives 0 to units the output does not depend on', () => {
    const edges: [string, string][] = [...SERIES2, ['start', 'C'], ['C', 'D']];
    const r = importanceOf(edges, [0.1, 0.3, 0.2, 0.4]);
    expect(r.birnbaum[2]).toBe(0);
    expect(r.birnbaum[3]).toBe(0);
    expect(r.criticality[2]).toBe(0);
  });

  it('matches the 2-of-3 closed form', () => {
    const edges: [string, string][] = [];
    for (const u of ['A', 'B', 'C']) edges.push(['start', u], [u, 'end']);
    const r = importanceOf(edges, [0.1, 0.2, 0.3], { end: 2 });
    // I_A = P(exactly one of B, C works) = pB qC + qB pC.
    expect(r.birnbaum[0]).toBeCloseTo(0.8 * 0.3 + 0.2 * 0.7, 15);
  });
});
