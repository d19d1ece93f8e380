/**
 * Benchmark figures of the compare view's Monte Carlo check (printed, never asserted): three-tier
 * against the same design with a fifth app server, 1e5 histories of one year each with common
 * random numbers: time, histories per second, the paired interval and the variance-reduction
 * factor (independent runs would need that many times more histories for the same interval).
 * `node --import tsx src/bench/paired.ts` alone, or part of `npm run bench`. Runs in Node.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeDesign } from '../analysis/analyze.ts';
import { setFileQuantities } from '../analysis/optimizeProblem.ts';
import { withExpressionEngine } from '../model/expression.ts';
import { parseDesign } from '../model/parse.ts';
import type { DesignFile } from '../model/file.ts';
import type { Design } from '../model/types.ts';
import { comparePaired } from '../simulation/paired.ts';
import { simulateDesign } from '../simulation/runner.ts';

async function read(file: DesignFile): Promise<Design> {
  const parsed = await withExpressionEngine(() => parseDesign(file));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return parsed.value;
}

/** Prints the figures of the paired check on three-tier (apps 3-of-4 against 3-of-5). */
export async function runPairedBench(trials = 100_000): Promise<void> {
  const url = new URL('../../public/examples/three-tier.json', import.meta.url);
  const file = JSON.parse(readFileSync(url, 'utf8')) as DesignFile;
  const a = await read(file);
  const b = await read(setFileQuantities(file, { apps: 5 }));
  const exact = [a, b].map((d) => analyzeDesign(d).steadyState.downtimePerYear! * 60);
  const began = performance.now();
  const r = comparePaired([a, b], { trials, seed: 1 });
  const ms = performance.now() - began;
  if (!r.ok) throw new Error(r.error.map((i) => i.message).join('; '));
  const d = r.value.differences[0]!;
  const f = (x: number) => x.toPrecision(3);
  console.log(`paired check, three-tier vs apps × 5, ${trials} histories of 1 year, seed 1`);
  console.log(
    `  time ${ms.toFixed(0)} ms (${((trials / ms) * 1000).toFixed(0)} histories/s, both designs)`,
  );
  r.value.designs.forEach((e, i) => {
    console.log(
      `  design ${i}: ${f(e.mean)} min/yr [${f(e.ci95[0])}, ${f(e.ci95[1])}] (exact ${f(exact[i]!)})`,
    );
  });
  console.log(
    `  difference ${f(d.difference.mean)} min/yr [${f(d.difference.ci95[0])}, ${f(d.difference.ci95[1])}] (exact ${f(exact[1]! - exact[0]!)}), ${d.verdict}`,
  );
  // Baseline: the two designs run independently with the ordinary engine (history streams).
  const plainBegan = performance.now();
  for (const d of [a, b]) simulateDesign(d, { trials, horizon: 8766, seed: 1 });
  const plainMs = performance.now() - plainBegan;
  console.log(`  the same two runs independent, history streams: ${plainMs.toFixed(0)} ms`);
  console.log(
    `  variance reduction ${d.varianceReduction?.toFixed(1) ?? '∞'} (paired s.e. ${f(d.difference.stdError)} against ${f(d.independentStdError)} independent)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runPairedBench();
