/**
 * Every exact computation has a budget: a structure whose decision diagram or minimal cut sets
 * would outgrow it answers at once with what it can, and says why for the rest.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDesign, createAnalyzer } from './analyze.ts';
import { block, createLatticeJson, toDesign } from '../testing/designFiles.ts';
import type { DesignJson } from '../testing/designFiles.ts';

function lattice(rows: number, columns: number, before: DesignJson[] = []) {
  return toDesign(createLatticeJson(rows, columns, before));
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

  it('an analyzer asked again about a refused structure refuses it the same way, and answers once it shrinks', () => {
    const analyzer = createAnalyzer();
    const big = createLatticeJson(20, 20) as { components: { failure: { mtbf: number } }[] };
    const first = analyzer.evaluate(toDesign(big));
    big.components[0]!.failure.mtbf = 5000; // an edit that leaves the structure as it was
    const again = analyzer.evaluate(toDesign(big));
    expect(again).toEqual(first);
    expect(again.steadyState.availability).toBeNull();
    const small = analyzer.evaluate(toDesign(createLatticeJson(3, 3)));
    expect(small.steadyState.availability).toEqual(
      analyzeDesign(lattice(3, 3)).steadyState.availability,
    );
    expect(small.steadyState.availability).not.toBeNull();
  });
});
