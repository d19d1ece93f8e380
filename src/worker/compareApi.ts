/**
 * The compare worker's API as plain functions, so Vitest and a main-thread fallback can call it
 * without a worker. Runs anywhere; no DOM.
 */
import { analyzeDesign } from '../analysis/analyze.ts';
import { computeCompareDeltas } from '../analysis/compare.ts';
import { optimizeDesign } from '../analysis/optimize.ts';
import type { AnalysisResult } from '../analysis/result.ts';
import { computeTornado } from '../analysis/tornado.ts';
import { withExpressionEngine } from '../model/expression.ts';
import { parseDesign } from '../model/parse.ts';
import type { Design, DesignIssue } from '../model/types.ts';
import { createPairedRunner } from '../simulation/paired.ts';
import type { Result } from '../util/result.ts';
import type { CompareWorkerApi } from './compareProtocol.ts';

async function readDesign(file: unknown): Promise<Result<Design, readonly DesignIssue[]>> {
  const parsed = await withExpressionEngine(() => parseDesign(file));
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, error: parsed.issues.filter((i) => i.severity === 'error') };
}

/** Histories per step of the Monte Carlo check between progress reports. */
const PAIRED_STEP = 2048;
/** Least time between two progress reports, ms. */
const PROGRESS_MS = 100;

/** Creates the compare API. */
export function createCompareApi(): CompareWorkerApi {
  return {
    async compare(files, times) {
      const started = performance.now();
      const results: AnalysisResult[] = [];
      for (let index = 0; index < files.length; index++) {
        const design = await readDesign(files[index]);
        if (!design.ok) return { ok: false, error: { index, issues: design.error } };
        const own = (times[index] ?? []).filter((t) => Number.isFinite(t) && t >= 0);
        const all = [...new Set([...own, design.value.missionTime])].sort((a, b) => a - b);
        results.push(analyzeDesign(design.value, { times: all, skipMeanAvailability: true }));
      }
      return {
        ok: true,
        value: {
          results,
          deltas: computeCompareDeltas(results),
          elapsedMs: performance.now() - started,
        },
      };
    },
    async optimize(file, request, onProgress) {
      const design = await readDesign(file);
      if (!design.ok) {
        const message = design.error.map((i) => `${i.path}: ${i.message}`).join('; ');
        return { ok: false, error: { field: 'design', message } };
      }
      return optimizeDesign(design.value, {
        maxUnavailability: request.maxUnavailability,
        ...(request.variables === undefined ? {} : { variables: request.variables }),
        ...(request.budget === undefined ? {} : { budget: request.budget }),
        ...(onProgress === undefined ? {} : { onProgress }),
      });
    },
    async tornado(file, share) {
      const design = await readDesign(file);
      if (!design.ok) {
        return { ok: false, error: design.error.map((i) => `${i.path}: ${i.message}`).join('; ') };
      }
      return computeTornado(design.value, share);
    },
    async simulate(files, options, onProgress) {
      const designs: Design[] = [];
      for (let index = 0; index < files.length; index++) {
        const design = await readDesign(files[index]);
        if (!design.ok) {
          return {
            ok: false,
            error: design.error.map((i) => ({
              path: `designs[${index}].${i.path}`,
              message: i.message,
            })),
          };
        }
        designs.push(design.value);
      }
      const prepared = createPairedRunner(designs, options);
      if (!prepared.ok) return prepared;
      const runner = prepared.value;
      let reported = performance.now();
      while (runner.done < options.trials) {
        runner.runChunk(PAIRED_STEP);
        const now = performance.now();
        if (onProgress !== undefined && now - reported >= PROGRESS_MS) {
          reported = now;
          void onProgress(runner.done, options.trials);
        }
      }
      return { ok: true, value: runner.getResult() };
    },
  };
}
