/**
 * Every type that crosses the worker boundary of the exact engine. Messages are `unknown` data
 * on arrival: the worker validates the design with `parseDesign` before anything else.
 * Runs anywhere; no DOM.
 */
import type { AnalysisOptions } from '../analysis/analyze.ts';
import type { AnalysisPoint, AnalysisResult } from '../analysis/result.ts';
import type { DesignPatch } from './designPatch.ts';
import type { ConditionResult, ForcedCondition } from '../analysis/forcedCondition.ts';
import type { DesignIssue } from '../model/types.ts';
import type { Result } from '../util/result.ts';
import type { LessonAnswer } from '../learn/evaluate.ts';
import type { MonteCarloEstimate } from '../learn/lessons/monteCarlo.ts';

export type { DesignChange, DesignPatch } from './designPatch.ts';

/**
 * The curves asked for with an analysis, so that one edit is one call: R(t) and A(t) on the
 * grid of `createCurveTimes(mission time, points)`, the mission time being `times[0]` when
 * given, else the design's.
 */
export interface CurveRequest {
  /** About how many times (createCurveTimes' count). */
  readonly points: number;
  /** Block ids whose own curves to compute too (`AnalysisOptions.blockCurves`). */
  readonly blockCurves?: readonly string[];
}

/** Options of an analysis call: the engine's, and the curves to send with it. */
export interface AnalyzeOptions extends AnalysisOptions {
  readonly curves?: CurveRequest;
}

/** The curves computed with an analysis (see {@link CurveRequest}). */
export interface CurvesResponse {
  /** The mission time the grid was drawn around, design time units. */
  readonly missionTime: number;
  /** R(t), A(t) and their complements by t; `meanAvailability` is `null`. */
  readonly points: readonly AnalysisPoint[];
}

/** A successful analysis, with the warnings the validator raised about the design. */
export interface AnalyzeResponse {
  readonly result: AnalysisResult;
  readonly designWarnings: readonly DesignIssue[];
  /** Time spent in the worker, ms. */
  readonly elapsedMs: number;
  /**
   * The curves, when asked for and drawable (a positive mission time, a structure solved
   * exactly); absent otherwise.
   */
  readonly curves?: CurvesResponse;
}

/** A design file read from its text: the parsed JSON (validated) and its warnings, or why not. */
export type DesignTextRead =
  | { readonly ok: true; readonly file: unknown; readonly warnings: readonly DesignIssue[] }
  | { readonly ok: false; readonly issues: readonly DesignIssue[] };

/** The API the engine worker exposes through Comlink. */
export interface EngineWorkerApi {
  /**
   * Reads and validates a design file's text off the page's thread (an import): JSON syntax
   * with line and column, refused keys, `parseDesign`. The worker keeps what it read, so the
   * analysis that follows does not validate the same design again.
   * @param text the file's contents (untrusted)
   */
  readDesignText(text: string): Promise<DesignTextRead>;
  /**
   * Validates and analyses a design file's contents.
   * @param design the design as parsed JSON (untrusted)
   * @param options analysis options (times in design time units)
   * @returns the result (after loading the expression reader when the design needs it)
   */
  analyze(
    design: unknown,
    options: AnalyzeOptions,
    designId?: number,
  ): Promise<Result<AnalyzeResponse, readonly DesignIssue[]>>;
  /**
   * Analyses a design sent as the edit of one sent before (`analyze` with a `designId`, or an
   * earlier patch): only the changed values cross the boundary (src/worker/designPatch.ts).
   * @param patch the edit (untrusted)
   * @param options as for `analyze`
   * @returns as `analyze`, or `null` when the worker does not hold the patch's base (it was
   *   restarted, or another design came between): send the whole design then
   */
  analyzePatch(
    patch: DesignPatch,
    options: AnalyzeOptions,
  ): Promise<Result<AnalyzeResponse, readonly DesignIssue[]> | null>;
  /**
   * The design under a condition set by hand (failure effects): some units held failed. The
   * system's state, the minimal cut sets among the blocks held down, the diagram nodes still on
   * a working route, and the exact long-run availability with those units held down.
   * @param design the design as parsed JSON (untrusted)
   * @param condition units held failed per block path id (untrusted)
   */
  analyzeCondition(
    design: unknown,
    condition: ForcedCondition,
  ): Promise<Result<ConditionResult, readonly DesignIssue[]>>;
  /**
   * Works a Learn lesson out (src/learn/evaluate.ts), off the page's thread.
   * @param id the lesson's id (untrusted)
   * @param texts its fields' texts by key (untrusted)
   */
  evaluateLesson(id: string, texts: Readonly<Record<string, string>>): Promise<LessonAnswer>;
  /** One run of the Monte Carlo lesson (null for input out of range). */
  runLessonEstimate(
    tHours: number,
    trials: number,
    seed: number,
  ): Promise<MonteCarloEstimate | null>;
  /** A batch of the Monte Carlo lesson's coverage count (null for input out of range). */
  countLessonCoverage(
    tHours: number,
    trials: number,
    firstSeed: number,
    count: number,
    exact: number,
  ): Promise<number | null>;
}
