/**
 * Benchmark of the optimiser (issue 11): generated designs with 5, 10 and 15 adjustable blocks
 * (quantities 1 … 6 each, a target ten times below the design's unavailability), the best design
 * alone and with the whole Pareto front: time, designs evaluated and evaluations per second.
 * Then the redundancy allocation with type choices on the Fyffe–Hines–Lee benchmark (four
 * weight limits, types mixed), its reliability beside the published optimum.
 * Timings are printed, never asserted. Runs in Node (`npm run bench`).
 */
import { analyzeDesign } from '../analysis/analyze.ts';
import { optimizeDesign } from '../analysis/optimize.ts';
import { parseDesign } from '../model/parse.ts';
import { allocateRedundancy } from '../analysis/redundancyAllocation.ts';
import { FYFFE_HINES_LEE } from '../analysis/redundancyAllocationBenchmark.ts';
import type { Design } from '../model/types.ts';
import { createBenchmarkDesign } from '../testing/benchmarkDesigns.ts';

/** Adjustable block counts measured. */
const SIZES = [5, 10, 15] as const;

function parseOrThrow(json: unknown): Design {
  const parsed = parseDesign(json);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.value;
}

/** The first `count` blocks (not repeats) that are single units: the adjustable ones. */
function pickBlocks(design: Design, count: number): string[] {
  return design.diagram.nodes
    .filter((n) => n.kind === 'block' && n.repeatOf === null && n.required === 1)
    .slice(0, count)
    .map((n) => n.id);
}

/** Prints the optimiser's figures. */
export function runOptimizeBench(): void {
  for (const size of SIZES) {
    const design = parseOrThrow(createBenchmarkDesign(size * 3, 7));
    const ids = pickBlocks(design, size);
    const base = analyzeDesign(design).steadyState.unavailability!;
    const variables = ids.map((id) => ({ id, min: 1, max: 6 }));
    const options = { maxUnavailability: base / 10, variables };
    for (const [label, extra] of [
      ['best only', { paretoLimit: 0 }],
      ['best + front', {}],
    ] as const) {
      const start = performance.now();
      const result = optimizeDesign(design, { ...options, ...extra });
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(result.error.message);
      const r = result.value;
      const perSecond = r.evaluated / (ms / 1000);
      console.log(
        `optimise ${size} adjustable blocks (${design.diagram.nodes.length - 2} nodes, ${r.spaceSize.toExponential(2)} designs), ${label}: ${ms.toFixed(0)} ms, ${r.evaluated} evaluated (${Math.round(perSecond).toLocaleString('en-US')}/s), ${r.method}${r.optimal ? ' proven optimal' : ' NOT proven'}, front ${r.pareto.length}${r.paretoComplete || label === 'best only' ? '' : ' (cut)'}`,
      );
    }
  }
  for (const [maxWeight, published] of [
    [191, 0.986811],
    [190, 0.986416],
    [189, 0.985922],
    [159, 0.954565],
  ] as const) {
    const start = performance.now();
    const answer = allocateRedundancy({ ...FYFFE_HINES_LEE, maxWeight });
    const ms = performance.now() - start;
    if (!answer.ok) throw new Error(answer.error.map((i) => i.message).join('; '));
    const designs = answer.value.designs.reduce((a, b) => a + b, 0);
    console.log(
      `allocate Fyffe-Hines-Lee, weight ${maxWeight}: R ${answer.value.reliability.toFixed(6)} (published ${published}), ${ms.toFixed(0)} ms, ${designs} subsystem designs kept, ${answer.value.method}`,
    );
  }
}
