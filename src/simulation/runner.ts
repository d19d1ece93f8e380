/**
 * Running histories in chunks: preparing a run (validation, compilation, choice of engine),
 * running one chunk (what a worker does), planning chunk sizes, and running a whole simulation
 * synchronously in the current thread (tests, benchmarks). Runs in a pool of workers, or of
 * in-thread ports, go through `src/worker/simulationPool.ts`.
 *
 * Chunking never changes the numbers: each history has its own random stream and the
 * accumulator's sums are exact, so any chunk size and any merge order give the same bits.
 * Runs anywhere; no DOM.
 */
import type { Design } from '../model/types.ts';
import type { Result } from '../util/result.ts';
import { SimulationAccumulator } from './accumulator.ts';
import type { CompiledModel } from './compile.ts';
import { compileModel, validateSimulationOptions } from './compile.ts';
import { EventEngine } from './engine.ts';
import { MissionEngine } from './mission.ts';
import { getBlockTable, summarizeSimulation } from './summary.ts';
import { TimelineEngine } from './timelineEngine.ts';
import { TraceRecorder } from './trace.ts';
import type { TraceChecks } from './traceInvariants.ts';
import { getTraceChecks } from './traceInvariants.ts';
import type { RouteNetwork } from '../model/routes.ts';
import { createRouteNetwork } from '../model/routes.ts';
import { createFlatStructure } from '../model/structure.ts';
import type {
  HistoryTrace,
  SimulationIssue,
  SimulationOptions,
  SimulationResult,
} from './types.ts';

/** A validated, compiled run. */
export interface PreparedSimulation {
  readonly model: CompiledModel;
  readonly options: SimulationOptions;
  /** `mission`: nothing is repaired, the fast path runs; `events`: the event loop. */
  readonly method: 'events' | 'mission';
}

/** What one chunk of histories gives back. */
export interface ChunkResult {
  readonly start: number;
  readonly count: number;
  /** A serialised {@link SimulationAccumulator}. */
  readonly data: Float64Array;
  readonly traces: HistoryTrace[];
  readonly elapsedMs: number;
}

/** Runs consecutive histories of one prepared run. */
export interface HistoryRunner {
  /**
   * Runs histories [start, start + count).
   * @returns the chunk's accumulator and the traces of requested histories inside it
   */
  runChunk(start: number, count: number): ChunkResult;
}

/**
 * Validates options and compiles the design.
 * @param design a design accepted by `parseDesign`
 * @param options run options (untrusted)
 * @returns the prepared run, or issues
 * @example
 * const prepared = prepareSimulation(design, { trials: 1e5, horizon: 8760, seed: 1 });
 */
export function prepareSimulation(
  design: Design,
  options: SimulationOptions,
): Result<PreparedSimulation, SimulationIssue[]> {
  const checked = validateSimulationOptions(options);
  if (!checked.ok) return checked;
  let model: CompiledModel;
  try {
    model = compileModel(design);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: [{ code: 'invalid-design', path: '', message }] };
  }
  const noRepair = options.repair === false || options.reliabilityOnly === true || !model.hasRepair;
  const method = noRepair ? 'mission' : 'events';
  return { ok: true, value: { model, options, method } };
}

/** What the runner needs of an engine: one history at a time, and its figures afterwards. */
interface HistoryEngine {
  runHistory(index: number, acc: SimulationAccumulator, trace: TraceRecorder | null): void;
  /** System downtime of the last history (time units). */
  readonly lastDowntime: number;
  /** Its first system failure (time units; `Infinity`: none). */
  readonly lastFirstFailure: number;
  /** Its failed switch-over attempts. */
  readonly lastSwitchFailures: number;
}

/** The engine of a prepared run (the same for a run and for re-tracing one of its histories). */
function createEngine(prepared: PreparedSimulation): HistoryEngine {
  const { model, options, method } = prepared;
  if (method === 'mission') {
    return new MissionEngine(model, {
      horizon: options.horizon,
      seed: options.seed,
      reliabilityOnly: options.reliabilityOnly ?? false,
    });
  }
  if ((options.crews ?? Infinity) === Infinity) {
    return new TimelineEngine(model, { horizon: options.horizon, seed: options.seed });
  }
  return new EventEngine(model, {
    horizon: options.horizon,
    seed: options.seed,
    repair: options.repair ?? true,
    crews: options.crews ?? Infinity,
  });
}

/** Creates the runner of a prepared run (one engine, reused across chunks). */
export function createHistoryRunner(prepared: PreparedSimulation): HistoryRunner {
  const { model, options } = prepared;
  const engine = createEngine(prepared);
  // A reliability-only run has no downtime to pick histories by.
  const picking = options.reliabilityOnly !== true;
  const run = (h: number, acc: SimulationAccumulator, recorder: TraceRecorder | null): void => {
    engine.runHistory(h, acc, recorder);
    if (picking) {
      acc.picks.add(h, engine.lastDowntime, engine.lastFirstFailure, engine.lastSwitchFailures);
    }
  };
  const traced = [...new Set(options.traceHistories ?? [])].sort((a, b) => a - b);
  return {
    runChunk(start: number, count: number): ChunkResult {
      const began = performance.now();
      const acc = new SimulationAccumulator(model.blockCount);
      const traces: HistoryTrace[] = [];
      let next = start;
      for (const h of traced) {
        if (h < start || h >= start + count) continue;
        for (; next < h; next++) run(next, acc, null);
        const recorder = new TraceRecorder(model, h);
        run(h, acc, recorder);
        traces.push(recorder.finish(engine.lastDowntime));
        next = h + 1;
      }
      for (const end = start + count; next < end; next++) run(next, acc, null);
      return { start, count, data: acc.serialize(), traces, elapsedMs: performance.now() - began };
    },
  };
}

/** A re-simulated history: its trace and the figures the run counted for it. */
export interface TracedHistory {
  readonly trace: HistoryTrace;
  /** First system failure (time units; `Infinity`: none; switch-overs are not failures). */
  readonly firstFailure: number;
  /** Failed switch-over attempts. */
  readonly switchFailures: number;
  /** The run's engine: `mission` (no repair) or `events`. */
  readonly method: 'events' | 'mission';
  /** The design's gate network, for the routes still working at each moment (dead paths). */
  readonly routes: RouteNetwork;
  /**
   * The trace's invariants checked against the engine's own figures for this history (its
   * downtime and unit failures per block), in the worker: the replay's debug overlay.
   */
  readonly checks: TraceChecks | null;
}

/**
 * Re-simulates history h of a run with tracing on. History h draws only from the stream
 * (seed, h), so this is, event for event and bit for bit, the history a run with these options
 * counted (whatever its number of histories, chunks or workers).
 * @param design a design accepted by `parseDesign`
 * @param options the run's options (`trials` is only validated; `traceHistories` is ignored)
 * @param history the history index, an integer ≥ 0
 * @returns the trace and the history's figures, or issues
 * @example
 * const r = traceHistory(design, { trials: 1000, horizon: 8760, seed: 7 }, 412);
 * if (r.ok) console.log(r.value.trace.downtime);
 */
export function traceHistory(
  design: Design,
  options: SimulationOptions,
  history: number,
): Result<TracedHistory, SimulationIssue[]> {
  if (!Number.isSafeInteger(history) || history < 0) {
    return {
      ok: false,
      error: [
        {
          code: 'invalid-options',
          path: 'history',
          message: `invalid history: ${history} (must be an integer ≥ 0)`,
        },
      ],
    };
  }
  const { traceHistories, reliabilityOnly, ...rest } = options;
  void traceHistories;
  void reliabilityOnly;
  // A reliability-only run has no events to show: trace the same history without repair.
  const plain: SimulationOptions =
    options.reliabilityOnly === true ? { ...rest, repair: false } : rest;
  const prepared = prepareSimulation(design, plain);
  if (!prepared.ok) return prepared;
  const engine = createEngine(prepared.value);
  const acc = new SimulationAccumulator(prepared.value.model.blockCount);
  const recorder = new TraceRecorder(prepared.value.model, history);
  engine.runHistory(history, acc, recorder);
  const trace = recorder.finish(engine.lastDowntime);
  const flat = createFlatStructure(design);
  return {
    ok: true,
    value: {
      trace,
      firstFailure: engine.lastFirstFailure,
      switchFailures: engine.lastSwitchFailures,
      method: prepared.value.method,
      routes: createRouteNetwork(flat),
      checks: getTraceChecks(trace, flat, plain.horizon, acc.blockUnitFailures),
    },
  };
}

/** Target duration of one chunk: short enough for 4+ progress reports a second. */
export const CHUNK_TARGET_MS = 80;
/** Histories in a first chunk, before the rate is known. */
export const FIRST_CHUNK = 8;

/**
 * Size of the next chunk from the rate measured so far.
 * @param historiesPerMs measured rate of one worker (0 if unknown)
 * @param remaining histories not yet handed out
 * @param workers number of workers sharing the remainder
 */
export function getNextChunkSize(
  historiesPerMs: number,
  remaining: number,
  workers: number,
): number {
  const byTime = historiesPerMs > 0 ? Math.floor(historiesPerMs * CHUNK_TARGET_MS) : FIRST_CHUNK;
  // Near the end, split the rest so every worker finishes at about the same time.
  const fair = Math.ceil(remaining / Math.max(1, workers));
  return Math.max(1, Math.min(remaining, byTime, Math.max(FIRST_CHUNK, fair)));
}

/** Merges chunk traces into history order. */
export function sortTraces(traces: HistoryTrace[]): HistoryTrace[] {
  return traces.sort((a, b) => a.history - b.history);
}

/**
 * Runs a whole simulation synchronously in this thread.
 * @param design a design accepted by `parseDesign`
 * @param options run options; times in the design's time unit
 * @param chunkSize histories per chunk (results do not depend on it)
 * @returns the result, or issues
 * @example
 * const r = simulateDesign(design, { trials: 10_000, horizon: 8760, seed: 7 });
 * if (r.ok) console.log(r.value.availability.mean);
 */
export function simulateDesign(
  design: Design,
  options: SimulationOptions,
  chunkSize = 4096,
): Result<SimulationResult, SimulationIssue[]> {
  const prepared = prepareSimulation(design, options);
  if (!prepared.ok) return prepared;
  const began = performance.now();
  const runner = createHistoryRunner(prepared.value);
  const acc = new SimulationAccumulator(prepared.value.model.blockCount);
  const traces: HistoryTrace[] = [];
  for (let start = 0; start < options.trials; start += chunkSize) {
    const chunk = runner.runChunk(start, Math.min(chunkSize, options.trials - start));
    acc.mergeSerialized(chunk.data);
    traces.push(...chunk.traces);
  }
  const result = summarizeSimulation(acc, {
    blocks: getBlockTable(prepared.value.model),
    options,
    method: prepared.value.method,
    elapsedMs: performance.now() - began,
    traces: sortTraces(traces),
  });
  return { ok: true, value: result };
}
