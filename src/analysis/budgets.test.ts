/**
 * Every exact computation has a budget: a structure whose decision diagram or minimal cut sets
 * would outgrow it answers at once with what it can, and says why for the rest.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from './analyze.ts';
import { block, createDesignJson, exponential, toDesign } from '../testing/designFiles.ts';
import type { DesignJson } from '../testing/designFiles.ts';

/** A rows × columns lattice of blocks: each feeds the next column's same and lower row. */
function lattice(rows: number, columns: number, before: DesignJson[] = []) {
  const nodes: DesignJson[] = [...before];
  const edges: string[] = [];
  const id = (r: number, c: number) => `g${r}_${c}`;
  const entry = before.length > 0 ? 'spof' : 'in';
  if (before.length > 0) edges.push('in>spof');
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      nodes.push(block(id(r, c), 'c'));
      if (c === 0) edges.push(`${entry}>${id(r, c)}`);
      else {
        edges.push(`${id(r, c - 1)}>${id(r, c)}`);
        if (r > 0) edges.push(`${id(r - 1, c - 1)}>${id(r, c)}`);
      }
      if (c === columns - 1) edges.push(`${id(r, c)}>out`);
    }
  }
  return toDesign(createDesignJson([exponential('c', 10_000, 8)], nodes, edges));
}

describe('budgets of the exact engine', () => {
  it('refuses a 20 × 20 lattice, every figure null with the reason', () => {
    const r = analyzeDesign(lattice(20, 20));
    expect(r.steadyState.availability).toBeNull();
    expect(r.points[0]!.reliability).toBeNull();
    expect(r.mttf).toBeNull();
    expect(r.minimalCutSetCount).toBeNull();
    expect(r.importanceBasis).toBe('none');
    expect(r.blocks).toHaveLength(400);
    expect(r.warnings.map((w) => w.code)).toContain('steady-state-not-exact');
    expect(r.warnings[0]!.message).toContain(
      "this design's structure is too large to solve exactly",
    );
  });

  it('keeps every figure of a 10 × 10 lattice but refuses its cut sets, and still finds the single point of failure', () => {
    const r = analyzeDesign(lattice(10, 10, [block('spof', 'c')]));
    expect(r.steadyState.unavailability).toBeGreaterThan(0);
    expect(r.minimalCutSetCount).toBeNull();
    expect(r.minimalCutSets).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['cut-sets-too-many']);
    const spof = r.blocks.filter((b) => b.singlePointOfFailure).map((b) => b.id);
    expect(spof).toEqual(['spof']);
  });
});
