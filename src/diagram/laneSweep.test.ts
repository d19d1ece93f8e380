import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { compileDecisionDiagram, evaluateDecisionDiagram } from './bdd.ts';
import type { DecisionDiagram } from './bdd.ts';
import type { LaneSweepInput } from './laneSweep.ts';
import {
  LANE_STEP,
  getKindOfNode,
  isLaneSweepKernelAvailable,
  sweepLanes,
  sweepLanesInJs,
} from './laneSweep.ts';
import { compileLaneSweep, renderLaneSweepModule } from './laneSweepBuild.ts';
import {
  createBenchmarkStructure,
  createStructureFromEdges,
} from '../testing/syntheticStructures.ts';
import { createSeededRandom } from '../testing/random.ts';

/** Random kinds of the blocks, factors per kind and lane, and terminal rows. */
function createInput(
  dd: DecisionDiagram,
  lanes: number,
  kindCount: number,
  seed: number,
): { input: LaneSweepInput; kindOf: Int32Array } {
  const random = createSeededRandom(seed);
  const kindOf = Int32Array.from({ length: dd.blockCount }, () => Math.floor(random() * kindCount));
  const factors = new Float64Array(kindCount * 2 * lanes);
  for (let k = 0; k < kindCount; k++) {
    for (let x = 0; x < lanes; x++) {
      // Failure probabilities from 1e-12 to 1, working side its complement (as block figures).
      const q = 10 ** (-12 * random());
      factors[k * 2 * lanes + x] = 1 - q;
      factors[k * 2 * lanes + lanes + x] = q;
    }
  }
  const falseRow = Float64Array.from({ length: lanes }, (_, x) => x % 2);
  const trueRow = Float64Array.from({ length: lanes }, (_, x) => 1 - (x % 2));
  return {
    input: { kindOfNode: getKindOfNode(dd, kindOf), factors, falseRow, trueRow },
    kindOf,
  };
}

describe('sweepLanes', () => {
  it('runs the WebAssembly kernel in Node (so the comparisons below compare two passes)', () => {
    expect(isLaneSweepKernelAvailable()).toBe(true);
  });

  it('ships the bytes compiled from laneSweep.wat', async () => {
    const bytes = await compileLaneSweep();
    const shipped = await readFile(new URL('./laneSweepWasm.ts', import.meta.url), 'utf8');
    expect(shipped).toBe(renderLaneSweepModule(bytes));
  });

  it('gives the same doubles as the JavaScript pass and as one evaluation per lane (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 120 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(8, 16, 24, 64),
        fc.nat(),
        (blocks, kindCount, lanes, seed) => {
          const dd = compileDecisionDiagram(createBenchmarkStructure(blocks, seed));
          const { input, kindOf } = createInput(dd, lanes, kindCount, seed + 1);
          const wasm = new Float64Array(lanes);
          const js = new Float64Array(lanes);
          sweepLanes(dd, lanes, input, wasm);
          sweepLanesInJs(dd, lanes, input, js);
          expect(Array.from(wasm)).toEqual(Array.from(js));
          // Lane x is evaluateDecisionDiagram on the kinds' factors at x: even lanes carry the
          // working side (false 0, true 1), odd lanes the failed side.
          for (const x of [0, 1, lanes - 2, lanes - 1]) {
            const work = Float64Array.from(kindOf, (k) => input.factors[k * 2 * lanes + x]!);
            const fail = Float64Array.from(
              kindOf,
              (k) => input.factors[k * 2 * lanes + lanes + x]!,
            );
            const single = evaluateDecisionDiagram(dd, work, fail);
            expect(wasm[x]).toBe(x % 2 === 0 ? single.work : single.fail);
          }
        },
      ),
      { numRuns: 60, seed: 91 },
    );
  });

  it('answers the same after the diagram is swept at other lane counts and kinds', () => {
    const dd = compileDecisionDiagram(createBenchmarkStructure(300, 4));
    const first = createInput(dd, 16, 3, 1).input;
    const before = new Float64Array(16);
    sweepLanes(dd, 16, first, before);
    sweepLanes(dd, 64, createInput(dd, 64, 9, 2).input, new Float64Array(64));
    sweepLanes(dd, 16, createInput(dd, 16, 40, 3).input, new Float64Array(16));
    const again = new Float64Array(16);
    sweepLanes(dd, 16, first, again);
    expect(Array.from(again)).toEqual(Array.from(before));
  });

  it('gives the terminal row for a constant diagram', () => {
    const always = compileDecisionDiagram(
      createStructureFromEdges([
        ['start', 'a'],
        ['a', 'end'],
        ['start', 'end'],
      ]),
    );
    const input = createInput(always, LANE_STEP, 1, 5).input;
    const out = new Float64Array(LANE_STEP);
    sweepLanes(always, LANE_STEP, input, out);
    expect(Array.from(out)).toEqual(Array.from(input.trueRow));
  });

  it('refuses lane counts the kernel cannot step and kinds the factors do not hold', () => {
    const dd = compileDecisionDiagram(createBenchmarkStructure(20, 1));
    const { input } = createInput(dd, 16, 2, 1);
    const out = new Float64Array(16);
    expect(() => sweepLanes(dd, 12, input, out)).toThrow(/multiple of 8/);
    expect(() =>
      sweepLanes(dd, 16, { ...input, factors: input.factors.subarray(0, 32) }, out),
    ).toThrow(/kinds 0…1, and the factors hold 1/);
  });
});
