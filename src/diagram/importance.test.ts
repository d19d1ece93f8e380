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

describe('computeImportance with a block set', () => {
  it('gives a series pair U(i failed) = 1 and U(i perfect) = q of the other', () => {
    const r = importanceOf(SERIES2, [0.1, 0.3]);
    expect(r.failIfFailed[0]).toBe(1);
    expect(r.failIfFailed[1]).toBe(1);
    expect(r.failIfWorking[0]).toBeCloseTo(0.3, 15);
    expect(r.failIfWorking[1]).toBeCloseTo(0.1, 15);
  });

  it('gives a parallel pair U(i failed) = q of the other and U(i perfect) = 0', () => {
    const r = importanceOf(PARALLEL2, [0.1, 0.3]);
    expect(r.failIfFailed[0]).toBeCloseTo(0.3, 15);
    expect(r.failIfFailed[1]).toBeCloseTo(0.1, 15);
    expect(r.failIfWorking[0]).toBe(0);
    expect(r.failIfWorking[1]).toBe(0);
  });

  it('agrees with U(i failed) = U + pᵢ·Iᵢ and U(i perfect) = U − qᵢ·Iᵢ where neither cancels', () => {
    const edges: [string, string][] = [];
    for (const u of ['A', 'B', 'C']) edges.push(['start', u], [u, 'end']);
    const fail = [0.1, 0.2, 0.3];
    const r = importanceOf(edges, fail, { end: 2 });
    for (let b = 0; b < 3; b++) {
      expect(r.failIfFailed[b]).toBeCloseTo(r.fail + (1 - fail[b]!) * r.birnbaum[b]!, 15);
      expect(r.failIfWorking[b]).toBeCloseTo(r.fail - fail[b]! * r.birnbaum[b]!, 15);
    }
  });

  it('keeps U(i perfect) exact when block i explains nearly every failure', () => {
    // S in series with a parallel pair of 1e-10 units: U ≈ 1e-6, U(S perfect) = 1e-20.
    const edges: [string, string][] = [
      ['start', 'S'],
      ['S', 'A'],
      ['S', 'B'],
      ['A', 'end'],
      ['B', 'end'],
    ];
    const r = importanceOf(edges, [1e-6, 1e-10, 1e-10]);
    expect(Math.abs(r.failIfWorking[0]! / 1e-20 - 1)).toBeLessThan(1e-13);
    expect(Math.abs(r.failIfFailed[1]! / (1e-6 + (1 - 1e-6) * 1e-10) - 1)).toBeLessThan(1e-13);
    // The difference U − qS·IS has lost every digit of it.
    expect(Math.abs((r.fail - 1e-6 * r.birnbaum[0]!) / 1e-20 - 1)).toBeGreaterThan(1e-3);
  });

  it('leaves U unchanged for a block the output does not depend on', () => {
    const edges: [string, string][] = [...SERIES2, ['start', 'C'], ['C', 'D']];
    const r = importanceOf(edges, [0.1, 0.3, 0.2, 0.4]);
    expect(r.failIfWorking[2]).toBeCloseTo(r.fail, 15);
    expect(r.failIfFailed[3]).toBeCloseTo(r.fail, 15);
  });
});
