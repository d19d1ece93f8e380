/**
 * Public types of the Monte Carlo engine: run options, results, progress snapshots, traces and
 * issues. Everything here is plain data that crosses worker boundaries (structured clone).
 * Times are in the design's own time unit.
 * Runs anywhere; no DOM.
 */
import type { RunCode } from '../errors.ts';
import type { HistoryPicksResult } from './historyPicks.ts';

/** What the user asks of a simulation run. */
export interface SimulationOptions {
  /** Number of independent histories N (a positive integer). */
  readonly trials: number;
  /** Horizon H of each history, design time units (> 0). */
  readonly horizon: number;
  /** Seed, an integer in [0, 2^53). Same seed, same numbers, whatever the workers. */
  readonly seed: number;
  /**
   * Number of repair crews shared by the whole design, first come first served. Omitted:
   * unlimited (every unit has its own crew, as the exact engine assumes).
   */
  readonly crews?: number;
  /**
   * `false`: nobody repairs anything (mission reliability, comparable to the exact engine's
   * reliability). Default `true`: every component with a `repair` law is repaired.
   */
  readonly repair?: boolean;
  /**
   * `true`: estimate mission reliability only (nothing is repaired; implies `repair: false`).
   * The fast path then compares uniforms to thresholds and skips failure times, so
   * availability, downtime, outage counts, per-block down fractions and the R(t) curve are not
   * estimated and come back as NaN (null in JSON). Reliability, events and unit failures are.
   */
  readonly reliabilityOnly?: boolean;
  /** History indices whose full event trace is recorded (for animation), at most 16. */
  readonly traceHistories?: readonly number[];
}

/** A mean with its two-sided 95 % interval. */
export interface Estimate {
  readonly mean: number;
  readonly ci95: readonly [number, number];
}

/** A mean with its interval and standard error (so callers can build other levels). */
export interface EstimateWithError extends Estimate {
  /** Standard error of the mean across histories. */
  readonly stdError: number;
}

/** Per-block figures of a run: the "bad actor" ranking. */
export interface BlockSimulationResult {
  /** Path id of the block (`site1/db` inside a subsystem). */
  readonly id: string;
  /** Every diagram node drawing this unit (itself and its repeats). */
  readonly nodeIds: readonly string[];
  /** Mean fraction of [0, H] the block was down (a switch-over counts as down). */
  readonly downFraction: number;
  /** Mean number of block outages (up → down) per history. */
  readonly failures: number;
  /** Mean number of unit failures per history (running, dormant and on-demand failures). */
  readonly unitFailures: number;
  /** Share of the system's downtime during which this block was down (0..1). */
  readonly downtimeShare: number;
}

/** A run's result: the `simulate` contract of src/cli/README.md plus extra fields. */
export interface SimulationResult {
  /** Histories completed (equals the requested N when the run finished). */
  readonly trials: number;
  readonly horizon: number;
  readonly seed: number;
  /** Which engine ran: the event loop, or the no-repair mission fast path. */
  readonly method: 'events' | 'mission';
  readonly repair: boolean;
  /** `true`: only reliability was estimated (other figures are NaN). */
  readonly reliabilityOnly: boolean;
  /** `null`: unlimited crews. */
  readonly crews: number | null;
  /** Mean fraction of [0, H] the system was up. */
  readonly availability: EstimateWithError;
  /** Mean fraction of [0, H] the system was down. */
  readonly unavailability: EstimateWithError;
  /**
   * Share of histories without a system failure in [0, H] (Wilson interval). A switch-over
   * delay is downtime but not a failure, as in the exact engine's mission reliability.
   */
  readonly reliability: Estimate & { readonly survived: number };
  readonly failures: {
    /** Mean number of system outages (up → down, switch-overs included) per history. */
    readonly meanCount: number;
    readonly ci95: readonly [number, number];
    /** Mean number of system failures per history, switch-over outages left out. */
    readonly meanCountExcludingSwitchOvers: number;
  };
  /** Unit events processed (failures, repairs, switch-overs). */
  readonly events: number;
  readonly elapsedMs: number;
  readonly eventsPerSecond: number;
  readonly historiesPerSecond: number;
  /**
   * Workers that died during the run and were replaced (absent when none): each lost chunk was
   * run again, so the figures are bit for bit those of an undisturbed run.
   */
  readonly workersRestarted?: number;
  /** System downtime per history, design time units. */
  readonly downtime: {
    readonly mean: number;
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
    /** Histories without downtime. */
    readonly zeroCount: number;
    /** Bin i holds downtimes in [edges[i], edges[i+1]) (time units); `zeroCount` is apart. */
    readonly histogram: { readonly edges: readonly number[]; readonly counts: readonly number[] };
  };
  /** Empirical R(t): share of histories whose first system failure is after t. */
  readonly reliabilityCurve: {
    readonly t: readonly number[];
    readonly reliability: readonly number[];
  };
  /** Per block, largest `downtimeShare` first. */
  readonly perBlock: readonly BlockSimulationResult[];
  /** Traces of the requested histories, by history index. */
  readonly traces: readonly HistoryTrace[];
  /**
   * The notable histories, to replay one (`traceHistory`): typical (median downtime), bad (95th
   * percentile), worst, first system failure, first failed switch-over, and a sample of
   * (history, downtime) to place any history in the run. Empty in a reliability-only run.
   */
  readonly picks: HistoryPicksResult;
}

/** What happened to a unit. */
export type TraceEventKind =
  'failed' | 'repair-started' | 'repaired' | 'switched-in' | 'switch-completed' | 'switch-failed';

/** One unit event of a traced history. */
export interface TraceEvent {
  readonly t: number;
  /** Index into {@link HistoryTrace.blocks}. */
  readonly block: number;
  /** Unit number inside the block, 0..quantity − 1. */
  readonly unit: number;
  readonly kind: TraceEventKind;
}

/** The full, ordered story of one history, reproducible from (seed, history). */
export interface HistoryTrace {
  readonly history: number;
  /** Block path ids, in the order `TraceEvent.block` refers to. */
  readonly blocks: readonly string[];
  /** Units per block. */
  readonly quantities: readonly number[];
  /** Units each block needs (k of its n). */
  readonly required: readonly number[];
  /** Whether each block is a standby block (spares wait; switch-overs). */
  readonly standby: readonly boolean[];
  /** Each block's switch-over delay (design time units; 0 when none). */
  readonly switchDelay: readonly number[];
  /** Units that do not work from t = 0 (fixed-probability units drawn as failed). */
  readonly initiallyFailed: readonly { readonly block: number; readonly unit: number }[];
  readonly events: readonly TraceEvent[];
  /** System state changes, starting with the state at t = 0. */
  readonly system: readonly { readonly t: number; readonly up: boolean }[];
  /** System downtime in [0, H]. */
  readonly downtime: number;
}

/** A running estimate, sent at least four times a second while a run goes on. */
export interface SimulationProgress {
  readonly completed: number;
  readonly total: number;
  /** Snapshot over the histories completed so far. */
  readonly result: SimulationResult;
}

/** Why a run did not give a result. */
export interface SimulationIssue {
  readonly code: RunCode;
  /** Field concerned (`trials`, `horizon`…), empty when none. */
  readonly path: string;
  readonly message: string;
}
