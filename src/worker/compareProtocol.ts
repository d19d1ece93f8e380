/**
 * Every type that crosses the boundary of the compare worker (the compare view's analyses and
 * the optimiser). Messages are `unknown` data on arrival: the worker validates every design
 * with `parseDesign` first.
 * Runs anywhere; no DOM.
 */
import type { CompareDelta } from '../analysis/compare.ts';
import type { OptimizeResult } from '../analysis/optimize.ts';
import type { OptimizeIssue, VariableBounds } from '../analysis/optimizeProblem.ts';
import type { AnalysisResult } from '../analysis/result.ts';
import type { TornadoResult } from '../analysis/tornado.ts';
import type { DesignIssue } from '../model/types.ts';
import type { PairedComparison, PairedIssue, PairedOptions } from '../simulation/paired.ts';
import type { Result } from '../util/result.ts';

/** The designs analysed side by side, and each one's change against the first. */
export interface CompareResponse {
  readonly results: readonly AnalysisResult[];
  readonly deltas: readonly CompareDelta[];
  /** Time spent in the worker, ms. */
  readonly elapsedMs: number;
}

/** A design of the comparison that is not valid: its position and its problems. */
export interface CompareFailure {
  readonly index: number;
  readonly issues: readonly DesignIssue[];
}

/** What the optimiser is asked from the compare view. */
export interface OptimizeRequest {
  readonly maxUnavailability: number;
  readonly variables?: readonly VariableBounds[];
  readonly budget?: number;
}

/** Progress of an optimiser run: designs evaluated so far, and what it is finding. */
export type OptimizeProgress = (evaluated: number, phase: 'best' | 'pareto') => void;

/** Progress of the Monte Carlo check: histories done of the total. */
export type PairedProgress = (done: number, total: number) => void;

/** The API the compare worker exposes through Comlink. */
export interface CompareWorkerApi {
  /**
   * Validates and analyses designs exactly, each at its own times.
   * @param files the designs as parsed JSON (untrusted)
   * @param times per design, the times of its curves (design time units; its mission time is
   *   added, for the reliability row and its target)
   */
  compare(
    files: readonly unknown[],
    times: readonly (readonly number[])[],
  ): Promise<Result<CompareResponse, CompareFailure>>;
  /**
   * The cheapest quantities meeting a target, and the Pareto front (src/analysis/optimize.ts).
   * @param file the design as parsed JSON (untrusted)
   * @param request the target (most unavailability), variables and budget
   * @param onProgress called every few thousand evaluations (a Comlink proxy)
   */
  optimize(
    file: unknown,
    request: OptimizeRequest,
    onProgress?: OptimizeProgress,
  ): Promise<Result<OptimizeResult, OptimizeIssue>>;
  /**
   * Each parameter moved down and up by `share`, with the exact downtime at each end
   * (src/analysis/tornado.ts).
   * @param file the design as parsed JSON (untrusted)
   * @param share the relative move each way, in (0, 1)
   */
  tornado(file: unknown, share: number): Promise<Result<TornadoResult, string>>;
  /**
   * The Monte Carlo check: the designs over the same histories with common random numbers,
   * each one's downtime difference against the first (src/simulation/paired.ts).
   * @param files the designs as parsed JSON (untrusted), the first the reference
   * @param options histories, seed, horizon in years
   * @param onProgress called about every 100 ms (a Comlink proxy)
   * @returns the figures, or the issues (`designs[i]…` for a design that is not valid)
   */
  simulate(
    files: readonly unknown[],
    options: PairedOptions,
    onProgress?: PairedProgress,
  ): Promise<Result<PairedComparison, readonly PairedIssue[]>>;
}
