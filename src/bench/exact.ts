/**
 * Benchmarks of the exact engine: full analysis and re-evaluation of generated 200- and
 * 1000-block designs, 50 bridges in series, memory. Prints figures and ratios against a machine
 * baseline measured in the same process. Runs in Node (`npm run bench`).
 */
import { createAnalyzer, analyzeDesign } from '../analysis/analyze.ts';
import { parseDesign } from '../model/parse.ts';
import type { Design } from '../model/types.ts';
import { createBenchmarkDesign, createBridgeChainDesign } from '../testing/benchmarkDesigns.ts';
import { createEngineApi } from '../worker/engineApi.ts';
import { createDesignReader } from '../model/parseIncremental.ts';
import { withoutUi } from '../model/withoutUi.ts';
import { diffDesign } from '../worker/designPatch.ts';
import { createCurveTimes } from '../analysis/curveTimes.ts';
import { isLaneSweepKernelAvailable } from '../diagram/laneSweep.ts';

/** Median of `runs` timings of `fn`, ms. */
export function measureMedian(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function parseOrThrow(json: unknown): Design {
  const parsed = parseDesign(json);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.value;
}

/** Baseline: 1e6 calls of Math.exp on varying input, ms (machine speed reference). */
function measureBaseline(): number {
  let sink = 0;
  const ms = measureMedian(15, () => {
    for (let i = 0; i < 1_000_000; i++) sink += Math.exp(-i * 1e-6);
  });
  if (sink === 42) console.log('');
  return ms;
}

function withChangedParameter(json: unknown, k: number): unknown {
  const copy = structuredClone(json) as { components: { failure: { mtbf: number } }[] };
  copy.components[0]!.failure.mtbf = 20000 + k;
  return copy;
}

/** Median of `runs` timings of an async `fn`, ms. */
async function measureMedianAsync(
  runs: number,
  fn: (k: number) => Promise<unknown>,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The app's curve grid size (DEFAULT_CURVE_POINTS). */
const CURVE_POINTS = 160;

/**
 * The edit path as the app drives it. One call per edit: the page finds what changed by
 * identity (the store shares every unchanged object), the worker API applies that patch to the
 * design it holds, validates what changed, and answers the headline figures and the curves
 * (160 times) together. Printed with the older path for comparison: the whole file posted (a
 * fresh copy, as after postMessage) and the curves asked for in a second call. Validation alone:
 * the full parser against the incremental reader.
 */
export async function runEditPathBench(): Promise<void> {
  for (const size of [1000, 10_000]) {
    type File = { components: { failure: { mtbf: number } }[] };
    const json = createBenchmarkDesign(size, 7) as File;
    const edited = (k: number): unknown => {
      const copy = structuredClone(json);
      copy.components[k % copy.components.length]!.failure.mtbf = 20000 + k;
      return copy;
    };
    // As the store edits: a new component object and new lists on its path, the rest shared.
    const shared = (base: File, k: number): File => {
      const at = k % base.components.length;
      return {
        ...base,
        components: base.components.map((c, i) =>
          i === at ? { ...c, failure: { ...c.failure, mtbf: 20000 + k } } : c,
        ),
      };
    };
    const files = Array.from({ length: 16 }, (_, k) => edited(k + 1));
    const fullParse = measureMedian(9, () => parseDesign(files[0]));
    const reader = createDesignReader();
    reader.read(json);
    let r = 0;
    const incremental = measureMedian(15, () => reader.read(files[r++ % files.length]));
    const path = reader.lastPath;

    // One call per edit: patch in, headline figures and curves out.
    const api = createEngineApi();
    const options = { times: [8766], curves: { points: CURVE_POINTS } };
    let id = 0;
    let current = json;
    await api.analyze(withoutUi(json), options, id);
    const diffTimes: number[] = [];
    // 101 edits: the median is then past the kernels' tier-up and a few collections.
    const oneCall = await measureMedianAsync(101, async (k) => {
      const next = shared(current, k + 1);
      const start = performance.now();
      const changes = diffDesign(current, next);
      diffTimes.push(performance.now() - start);
      current = next;
      if (changes === null) throw new Error('no patch');
      const answer = await api.analyzePatch({ base: id, id: id + 1, changes }, options);
      id++;
      if (answer === null || !answer.ok || answer.value.curves === undefined) {
        throw new Error('patch refused or no curves');
      }
    });
    diffTimes.sort((a, b) => a - b);
    const diffMs = diffTimes[diffTimes.length >> 1]!;

    // The older path: the whole file, then a second call for the curves.
    const old = createEngineApi();
    await old.analyze(json, { times: [8766] });
    const headline = await measureMedianAsync(15, (k) =>
      old.analyze(files[k % files.length], { times: [8766] }),
    );
    const curveOptions = {
      times: createCurveTimes(8766, CURVE_POINTS),
      skipMttf: true,
      skipMeanAvailability: true,
      cutSetLimit: 0,
    };
    const curves = await measureMedianAsync(9, (k) =>
      old.analyze(files[(k + 3) % files.length], curveOptions),
    );
    console.log(
      `${size} blocks, one parameter changed: one call (patch, headline figures and ${CURVE_POINTS}-time curves) ${oneCall.toFixed(1)} ms in the worker, patch found on the page in ${diffMs.toFixed(3)} ms (target < ${size === 1000 ? 5 : 50} ms)`,
    );
    console.log(
      `  whole file posted instead: validation ${incremental.toFixed(2)} ms (${path}; whole-file parse ${fullParse.toFixed(1)} ms, ${(fullParse / incremental).toFixed(0)}×), headline call ${headline.toFixed(1)} ms, second call for the curves ${curves.toFixed(1)} ms`,
    );
  }
}

/** Runs and prints the exact-engine benchmarks. */
export function runExactBench(): void {
  const baseline = measureBaseline();
  console.log(`machine baseline: 1e6 Math.exp in ${baseline.toFixed(2)} ms`);
  console.log(
    `decision-diagram lane passes: ${isLaneSweepKernelAvailable() ? 'WebAssembly SIMD kernel' : 'JavaScript (no WebAssembly SIMD here)'}`,
  );
  console.log('');
  for (const size of [200, 1000]) {
    const json = createBenchmarkDesign(size, 7);
    const design = parseOrThrow(json);
    analyzeDesign(design); // warm up
    const full = measureMedian(21, () => analyzeDesign(design));
    const fullWithParse = measureMedian(21, () => analyzeDesign(parseOrThrow(json)));
    const analyzer = createAnalyzer();
    analyzer.evaluate(design);
    let k = 0;
    const variants = Array.from({ length: 8 }, () => parseOrThrow(withChangedParameter(json, ++k)));
    let v = 0;
    const reEval = measureMedian(41, () => analyzer.evaluate(variants[v++ % variants.length]!));
    const reEvalNoMttf = measureMedian(41, () =>
      analyzer.evaluate(variants[v++ % variants.length]!, { skipMttf: true }),
    );
    const result = analyzeDesign(design);
    console.log(
      `${size} blocks (${result.blocks.length} units, ${result.minimalCutSetCount?.toExponential(3) ?? 'too many'} minimal cut sets, 100 listed):`,
    );
    console.log(
      `  full analysis ${full.toFixed(2)} ms (target < 100 ms; ${(full / baseline).toFixed(2)}× baseline), with parsing ${fullWithParse.toFixed(2)} ms`,
    );
    console.log(
      `  re-evaluation after one parameter change ${reEval.toFixed(2)} ms (target < 5 ms), without the MTTF integral ${reEvalNoMttf.toFixed(2)} ms`,
    );
  }
  const bridges = parseOrThrow(createBridgeChainDesign(50));
  analyzeDesign(bridges);
  const bridgeMs = measureMedian(51, () => analyzeDesign(bridges));
  const bridgeResult = analyzeDesign(bridges);
  console.log(
    `50 bridges in series (250 units): full analysis ${bridgeMs.toFixed(3)} ms (target < 2 ms), reliability ${bridgeResult.points[0]!.reliability}`,
  );
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const mem = process.memoryUsage();
  console.log(
    `memory: rss ${(mem.rss / 1048576).toFixed(1)} MB, heap used ${(mem.heapUsed / 1048576).toFixed(1)} MB (target < 200 MB)`,
  );
}
