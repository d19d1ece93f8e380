/**
 * The engine worker's API as plain functions, so Vitest and a main-thread fallback can call it
 * without a worker. Runs anywhere; no DOM.
 */
import { createAnalyzer } from '../analysis/analyze.ts';
import { createConditionAnalyzer } from '../analysis/forcedCondition.ts';
import { withExpressionEngine } from '../model/expression.ts';
import { readDesignJson } from '../model/parse.ts';
import { createDesignReader } from '../model/parseIncremental.ts';
import { Result } from '../util/result.ts';
import type { Design, DesignIssue } from '../model/types.ts';
import { createCurveTimes } from '../analysis/curveTimes.ts';
import { countLessonCoverage, evaluateLesson, runLessonEstimate } from '../learn/evaluate.ts';
import { applyDesignPatch } from './designPatch.ts';
import type {
  AnalyzeOptions,
  AnalyzeResponse,
  CurveRequest,
  CurvesResponse,
  EngineWorkerApi,
} from './protocol.ts';

/**
 * Creates the engine API. It keeps one analyzer, so repeated calls on a design whose structure
 * has not changed reuse the compiled decision diagram, and one design reader, so a call after an
 * edit validates only what the edit changed (src/model/parseIncremental.ts).
 */
export function createEngineApi(): EngineWorkerApi {
  const analyzer = createAnalyzer();
  const reader = createDesignReader();
  const conditions = createConditionAnalyzer();
  /** The design last sent with an id, which the next patch applies to. */
  let held: { readonly id: number; readonly design: unknown } | null = null;

  async function analyzeFile(
    design: unknown,
    options: AnalyzeOptions,
    started: number,
  ): Promise<Result<AnalyzeResponse, readonly DesignIssue[]>> {
    const parsed = await withExpressionEngine(() => reader.read(design));
    if (!parsed.ok) return Result.err(parsed.issues.filter((i) => i.severity === 'error'));
    try {
      const { curves: curveRequest, ...analysisOptions } = options;
      const result = analyzer.evaluate(parsed.value, analysisOptions);
      const curves =
        curveRequest === undefined ? null : computeCurves(parsed.value, options, curveRequest);
      return Result.ok({
        result,
        designWarnings: parsed.warnings,
        elapsedMs: performance.now() - started,
        ...(curves === null ? {} : { curves }),
      });
    } catch (error) {
      // A bug, not bad input: report it as data so the UI can show it and carry on.
      return Result.err([
        {
          severity: 'error',
          code: 'internal',
          path: '',
          message: `internal error: ${String(error)}`,
        },
      ]);
    }
  }

  /** The curves asked for with an analysis, on the structure it has just compiled. */
  function computeCurves(
    design: Design,
    options: AnalyzeOptions,
    request: CurveRequest,
  ): CurvesResponse | null {
    const missionTime = options.times?.[0] ?? design.missionTime;
    const times = createCurveTimes(missionTime, request.points);
    if (times.length === 0) return null;
    const points = analyzer.evaluateCurves(design, times, request.blockCurves ?? []);
    return points === null ? null : { missionTime, points };
  }

  return {
    async readDesignText(text) {
      const json = readDesignJson(text);
      if (!json.ok) return { ok: false, issues: json.issues };
      const parsed = await withExpressionEngine(() => reader.read(json.value));
      return parsed.ok
        ? { ok: true, file: json.value, warnings: parsed.warnings }
        : { ok: false, issues: parsed.issues };
    },
    analyze(design, options, designId) {
      const started = performance.now();
      held = typeof designId === 'number' ? { id: designId, design } : null;
      return analyzeFile(design, options, started);
    },
    async analyzePatch(patch, options) {
      const started = performance.now();
      // Resolved before any await: calls are applied in the order they were sent.
      const base = held;
      const id: unknown = (patch as { id?: unknown } | null)?.id;
      held = null;
      if (base === null || (patch as { base?: unknown } | null)?.base !== base.id) return null;
      if (typeof id !== 'number') return null;
      const design = applyDesignPatch(base.design, (patch as { changes?: unknown }).changes);
      if (design === null) return null;
      held = { id, design };
      return analyzeFile(design, options, started);
    },
    async analyzeCondition(design, condition) {
      const parsed = await withExpressionEngine(() => reader.read(design));
      if (!parsed.ok) return Result.err(parsed.issues.filter((i) => i.severity === 'error'));
      try {
        return conditions.evaluate(parsed.value, condition);
      } catch (error) {
        return Result.err([
          {
            severity: 'error',
            code: 'internal',
            path: '',
            message: `internal error: ${String(error)}`,
          },
        ]);
      }
    },
    evaluateLesson: (id, texts) => Promise.resolve(evaluateLesson(id, texts)),
    runLessonEstimate: (tHours, trials, seed) =>
      Promise.resolve(runLessonEstimate(tHours, trials, seed)),
    countLessonCoverage: (tHours, trials, firstSeed, count, exact) =>
      Promise.resolve(countLessonCoverage(tHours, trials, firstSeed, count, exact)),
  };
}
