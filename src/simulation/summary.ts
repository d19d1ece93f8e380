/**
 * Turns an accumulator into the user-facing result: means, intervals, percentiles, the
 * empirical R(t) curve and the per-block ranking.
 * Runs anywhere; no DOM.
 */
import type { SimulationAccumulator } from './accumulator.ts';
import type { CompiledModel } from './compile.ts';
import { getHistoryPicksResult } from './historyPicks.ts';
import {
  DOWNTIME_BINS,
  FAILURE_TIME_BINS,
  getDowntimeBinEdge,
  getDowntimePercentile,
  getVarianceFromSums,
  getWilsonInterval,
  Z_95,
} from './stats.ts';
import type {
  BlockSimulationResult,
  HistoryTrace,
  SimulationOptions,
  SimulationResult,
} from './types.ts';

/** The blocks of a compiled run, by index: all the summary needs of the model. */
export interface SimulationBlockTable {
  /** Path id of each block. */
  readonly ids: readonly string[];
  /** Every diagram node drawing each block (itself and its repeats). */
  readonly nodeIds: readonly (readonly string[])[];
}

/**
 * The block table of a compiled model.
 * @param model a compiled model
 */
export function getBlockTable(model: CompiledModel): SimulationBlockTable {
  return { ids: model.blockIds, nodeIds: model.blockNodeIds };
}

/** What the summary needs besides the accumulator. */
export interface SummaryContext {
  readonly blocks: SimulationBlockTable;
  readonly options: SimulationOptions;
  readonly method: 'events' | 'mission';
  readonly elapsedMs: number;
  readonly traces: readonly HistoryTrace[];
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * Builds the result of the histories accumulated so far.
 * Availability interval: normal, mean ± 1.96·s/√n of the per-history down fraction; when no
 * history had any downtime the spread is 0, so the interval is widened to the Wilson bound on
 * the share of histories with downtime (each at most all of H): honest for tiny unavailability.
 * @param acc the accumulated histories (at least one)
 * @param context blocks, options, method, elapsed time and traces
 * @returns the result
 */
export function summarizeSimulation(
  acc: SimulationAccumulator,
  context: SummaryContext,
): SimulationResult {
  const { blocks, options, elapsedMs } = context;
  const n = acc.histories;
  const H = options.horizon;
  const downSum = acc.downSum.getValue();
  const downMean = n > 0 ? downSum / n : 0;
  const downVariance = getVarianceFromSums(downSum, acc.downSquares.getValue(), n);
  const stdError = n > 0 ? Math.sqrt(downVariance / n) : 0;
  let unavailabilityHigh = clamp01(downMean + Z_95 * stdError);
  if (acc.downZero === n && n > 0) unavailabilityHigh = getWilsonInterval(0, n, Z_95)[1];
  const unavailabilityLow = clamp01(downMean - Z_95 * stdError);
  const outageMean = n > 0 ? acc.outageSum / n : 0;
  const outageError = Math.sqrt(
    getVarianceFromSums(acc.outageSum, acc.outageSquares, n) / Math.max(n, 1),
  );
  const [relLow, relHigh] = getWilsonInterval(acc.survived, n, Z_95);
  const percentile = (q: number): number =>
    H * getDowntimePercentile(acc.downZero, acc.downBins, n, q, acc.maxDownFraction);
  const edges: number[] = [];
  for (let i = 0; i <= DOWNTIME_BINS; i++) edges.push(H * getDowntimeBinEdge(i));
  const curveT: number[] = [];
  const curveR: number[] = [];
  let failedBefore = 0;
  for (let i = 0; i <= FAILURE_TIME_BINS; i++) {
    curveT.push((H * i) / FAILURE_TIME_BINS);
    curveR.push(n > 0 ? 1 - failedBefore / n : 1);
    if (i < FAILURE_TIME_BINS) failedBefore += acc.failureTimeBins[i]!;
  }
  const totalOverlap = downSum;
  const perBlock: BlockSimulationResult[] = blocks.ids.map((id, b) => ({
    id,
    nodeIds: blocks.nodeIds[b]!,
    downFraction: n > 0 ? acc.blockDown[b]!.getValue() / n : 0,
    failures: n > 0 ? acc.blockOutages[b]! / n : 0,
    unitFailures: n > 0 ? acc.blockUnitFailures[b]! / n : 0,
    downtimeShare: totalOverlap > 0 ? clamp01(acc.blockOverlap[b]!.getValue() / totalOverlap) : 0,
  }));
  perBlock.sort((a, b) => b.downtimeShare - a.downtimeShare || b.downFraction - a.downFraction);
  const seconds = elapsedMs / 1000;
  const result: SimulationResult = {
    trials: n,
    horizon: H,
    seed: options.seed,
    method: context.method,
    repair: options.reliabilityOnly === true ? false : (options.repair ?? true),
    reliabilityOnly: options.reliabilityOnly === true,
    crews: options.crews ?? null,
    availability: {
      mean: 1 - downMean,
      ci95: [1 - unavailabilityHigh, 1 - unavailabilityLow],
      stdError,
    },
    unavailability: { mean: downMean, ci95: [unavailabilityLow, unavailabilityHigh], stdError },
    reliability: {
      mean: n > 0 ? acc.survived / n : 1,
      ci95: [relLow, relHigh],
      survived: acc.survived,
    },
    failures: {
      meanCount: outageMean,
      ci95: [Math.max(0, outageMean - Z_95 * outageError), outageMean + Z_95 * outageError],
      meanCountExcludingSwitchOvers: n > 0 ? acc.failureSum / n : 0,
    },
    events: acc.events,
    elapsedMs,
    eventsPerSecond: seconds > 0 ? acc.events / seconds : 0,
    historiesPerSecond: seconds > 0 ? n / seconds : 0,
    downtime: {
      mean: downMean * H,
      p50: percentile(0.5),
      p90: percentile(0.9),
      p99: percentile(0.99),
      max: acc.maxDownFraction * H,
      zeroCount: acc.downZero,
      histogram: { edges, counts: Array.from(acc.downBins) },
    },
    reliabilityCurve: { t: curveT, reliability: curveR },
    perBlock,
    traces: context.traces,
    picks: getHistoryPicksResult(acc.picks),
  };
  return options.reliabilityOnly === true ? blankUnestimated(result) : result;
}

/** A reliability-only result: every figure that needs failure times becomes NaN. */
function blankUnestimated(r: SimulationResult): SimulationResult {
  const none = { mean: NaN, ci95: [NaN, NaN] as const, stdError: NaN };
  return {
    ...r,
    availability: none,
    unavailability: none,
    failures: { meanCount: NaN, ci95: [NaN, NaN], meanCountExcludingSwitchOvers: NaN },
    downtime: { ...r.downtime, mean: NaN, p50: NaN, p90: NaN, p99: NaN, max: NaN, zeroCount: NaN },
    reliabilityCurve: { t: [], reliability: [] },
    perBlock: r.perBlock.map((b) => ({
      ...b,
      downFraction: NaN,
      failures: NaN,
      downtimeShare: NaN,
    })),
  };
}
