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
import type { EngineWorkerApi } from './protocol.ts';

/**
 * Creates the engine API. It keeps one analyzer, so repeated calls on a design whose structure
 * has not changed reuse the compiled decision diagram, and one design reader, so a call after an
 * edit validates only what the edit changed (src/model/parseIncremental.ts).
 */
export function createEngineApi(): EngineWorkerApi {
  const analyzer = createAnalyzer();
  const reader = createDesignReader();
  const conditions = createConditionAnalyzer();
  return {
    async readDesignText(text) {
      const json = readDesignJson(text);
      if (!json.ok) return { ok: false, issues: json.issues };
      const parsed = await withExpressionEngine(() => reader.read(json.value));
      return parsed.ok
        ? { ok: true, file: json.value, warnings: parsed.warnings }
        : { ok: false, issues: parsed.issues };
    },
    async analyze(design, options) {
      const started = performance.now();
      const parsed = await withExpressionEngine(() => reader.read(design));
      if (!parsed.ok) return Result.err(parsed.issues.filter((i) => i.severity === 'error'));
      try {
        const result = analyzer.evaluate(parsed.value, options);
        return Result.ok({
          result,
          designWarnings: parsed.warnings,
          elapsedMs: performance.now() - started,
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
  };
}
