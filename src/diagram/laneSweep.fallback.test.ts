/**
 * Where the runtime has no WebAssembly (or no SIMD), the lane passes run in JavaScript with the
 * same answers. Loaded fresh with WebAssembly stubbed out, since the kernel is compiled once per
 * module instance.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileDecisionDiagram, evaluateDecisionDiagram } from './bdd.ts';
import { createBenchmarkStructure } from '../testing/syntheticStructures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('sweepLanes without WebAssembly', () => {
  it('runs the JavaScript pass and gives the diagram evaluation of each lane', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    vi.resetModules();
    const { getKindOfNode, isLaneSweepKernelAvailable, sweepLanes } =
      await import('./laneSweep.ts');
    expect(isLaneSweepKernelAvailable()).toBe(false);
    const dd = compileDecisionDiagram(createBenchmarkStructure(200, 3));
    const kindOf = Int32Array.from({ length: dd.blockCount }, (_, i) => i % 3);
    const lanes = 8;
    const factors = new Float64Array(3 * 2 * lanes);
    for (let k = 0; k < 3; k++) {
      for (let x = 0; x < lanes; x++) {
        const q = 10 ** -(k + x + 1);
        factors[k * 2 * lanes + x] = 1 - q;
        factors[k * 2 * lanes + lanes + x] = q;
      }
    }
    const out = new Float64Array(lanes);
    sweepLanes(
      dd,
      lanes,
      {
        kindOfNode: getKindOfNode(dd, kindOf),
        factors,
        falseRow: new Float64Array(lanes).fill(1),
        trueRow: new Float64Array(lanes),
      },
      out,
    );
    for (let x = 0; x < lanes; x++) {
      const work = Float64Array.from(kindOf, (k) => factors[k * 2 * lanes + x]!);
      const fail = Float64Array.from(kindOf, (k) => factors[k * 2 * lanes + lanes + x]!);
      expect(out[x]).toBe(evaluateDecisionDiagram(dd, work, fail).fail);
    }
  });
});
