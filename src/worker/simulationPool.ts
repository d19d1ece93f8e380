/**
 * A pool of simulation workers driven through an injected port factory (web Workers in the
 * browser, worker_threads in Node, in-thread ports in tests and as the fallback): splits a run
 * into chunks, merges the chunk accumulators (exact, so any split gives the same bits), reports
 * running estimates, cancels at once by terminating busy workers, and recovers from a worker
 * that dies. The design travels as a file and is validated by each worker (`ready` tells the
 * pool the block table), so the calling thread never parses or compiles it.
 * Runs in the main thread of a browser or in Node; no DOM.
 */
import type { Result } from '../util/result.ts';
import { SimulationAccumulator } from '../simulation/accumulator.ts';
import { validateSimulationOptions } from '../simulation/compile.ts';
import type { TracedHistory } from '../simulation/runner.ts';
import { getNextChunkSize, sortTraces } from '../simulation/runner.ts';
import type { SimulationBlockTable } from '../simulation/summary.ts';
import { summarizeSimulation } from '../simulation/summary.ts';
import { withoutUi } from '../model/withoutUi.ts';
import type {
  HistoryTrace,
  SimulationIssue,
  SimulationOptions,
  SimulationProgress,
  SimulationResult,
} from '../simulation/types.ts';
import type { SimulationWorkerFactory, SimulationWorkerPort } from './simulationProtocol.ts';
import { isSimulationResponse } from './simulationProtocol.ts';

/** Smallest interval between two progress reports (ms). */
export const PROGRESS_INTERVAL_MS = 100;

/** A run in progress. */
export interface SimulationRun {
  /** Resolves with the result, or with issues (`cancelled`, `worker-failed`, bad options…). */
  readonly promise: Promise<Result<SimulationResult, SimulationIssue[]>>;
  /** Stops the run now; the promise resolves with a `cancelled` issue. */
  cancel(): void;
}

/** A pool of simulation workers. */
export interface SimulationPool {
  /** Number of workers. */
  readonly size: number;
  /**
   * Starts a run (cancelling the previous one if it is still going).
   * @param design the design file's contents (untrusted; validated in the workers; never
   *   modified)
   * @param options run options; times in the design's time unit
   * @param onProgress running estimates, about every 100 ms while chunks complete
   */
  run(
    design: unknown,
    options: SimulationOptions,
    onProgress?: (progress: SimulationProgress) => void,
  ): SimulationRun;
  /**
   * Re-simulates history h of a run with these options, traced, on a worker of its own (runs
   * go on undisturbed): the same history, bit for bit, that the run counted.
   * @param design the design file's contents (untrusted; validated in the worker)
   * @param options the run's options
   * @param history the history index (an integer ≥ 0)
   */
  trace(
    design: unknown,
    options: SimulationOptions,
    history: number,
  ): Promise<Result<TracedHistory, SimulationIssue[]>>;
  /** Cancels any run and any trace, and stops every worker. */
  dispose(): void;
}

interface Slot {
  port: SimulationWorkerPort | null;
  /** Run prepared on this worker. */
  runId: number;
  busy: boolean;
  /** Histories per ms measured on this worker for the current run. */
  rate: number;
  /** The chunk in work (sent again on a fresh worker if this one dies), and its deadline. */
  chunk: { readonly start: number; readonly count: number; readonly attempt: number } | null;
  deadline: ReturnType<typeof setTimeout> | null;
}

/**
 * Least time a chunk may take before its worker is taken for dead (no answer, no error event),
 * ms; past the first chunk the deadline is {@link CHUNK_DEADLINE_FACTOR} times the time the
 * worker's measured rate predicts. The first chunk of a worker gets {@link FIRST_CHUNK_DEADLINE_MS}.
 */
export const MIN_CHUNK_DEADLINE_MS = 10_000;
export const CHUNK_DEADLINE_FACTOR = 20;
export const FIRST_CHUNK_DEADLINE_MS = 120_000;
/** Longest wait for a trace (one history: milliseconds of work, plus a worker's start), ms. */
export const TRACE_DEADLINE_MS = 30_000;
/** Times one chunk is sent again after its worker died before the run fails. */
const CHUNK_RETRIES = 2;

interface ActiveRun {
  readonly id: number;
  readonly options: SimulationOptions;
  readonly design: unknown;
  /** Set by the first worker's `ready`. */
  prepared: {
    readonly blocks: SimulationBlockTable;
    readonly method: 'events' | 'mission';
    readonly acc: SimulationAccumulator;
  } | null;
  readonly traces: HistoryTrace[];
  readonly began: number;
  readonly onProgress: ((progress: SimulationProgress) => void) | undefined;
  readonly resolve: (result: Result<SimulationResult, SimulationIssue[]>) => void;
  next: number;
  completed: number;
  lastProgress: number;
  /** Workers replaced during the run (each lost chunk was run again, with the same bits). */
  restarts: number;
}

function issue(code: SimulationIssue['code'], message: string): SimulationIssue[] {
  return [{ code, path: '', message }];
}

/**
 * Creates a pool of `size` workers, started lazily by `factory`.
 * @param factory creates one worker port
 * @param size number of workers (≥ 1), e.g. `navigator.hardwareConcurrency`
 * @example
 * const pool = createSimulationPool(createNodeWorkerPort, 4);
 * const run = pool.run(design, { trials: 1e6, horizon: 8760, seed: 1 }, (p) => show(p.result));
 * const result = await run.promise;
 */
export function createSimulationPool(
  factory: SimulationWorkerFactory,
  size: number,
  deadlines: {
    readonly minChunkMs?: number;
    readonly firstChunkMs?: number;
    readonly traceMs?: number;
  } = {},
): SimulationPool {
  const minChunkMs = deadlines.minChunkMs ?? MIN_CHUNK_DEADLINE_MS;
  const traceMs = deadlines.traceMs ?? TRACE_DEADLINE_MS;
  const firstChunkMs = deadlines.firstChunkMs ?? FIRST_CHUNK_DEADLINE_MS;
  const slots: Slot[] = Array.from({ length: Math.max(1, Math.floor(size)) }, () => ({
    port: null,
    runId: -1,
    busy: false,
    rate: 0,
    chunk: null,
    deadline: null,
  }));
  let current: ActiveRun | null = null;
  let nextRunId = 1;
  /** The worker that answers traces, started on the first one; its requests by id. */
  let tracePort: SimulationWorkerPort | null = null;
  const pendingTraces = new Map<
    number,
    (result: Result<TracedHistory, SimulationIssue[]>) => void
  >();
  let nextTraceId = 1;

  const failTraces = (code: SimulationIssue['code'], message: string): void => {
    const waiting = [...pendingTraces.values()];
    pendingTraces.clear();
    for (const resolve of waiting) resolve({ ok: false, error: issue(code, message) });
  };

  const ensureTracePort = (): SimulationWorkerPort => {
    if (tracePort !== null) return tracePort;
    const port = factory();
    tracePort = port;
    port.listen({
      message: (message) => {
        if (!isSimulationResponse(message)) return;
        const resolve = pendingTraces.get(message.runId);
        if (resolve === undefined) return;
        pendingTraces.delete(message.runId);
        if (message.type === 'traced') resolve({ ok: true, value: message.traced });
        else if (message.type === 'failed') resolve({ ok: false, error: message.issues });
        else resolve({ ok: false, error: issue('internal', 'unexpected answer to a trace') });
      },
      error: (reason) => {
        if (tracePort !== port) return;
        tracePort = null;
        port.terminate();
        failTraces('worker-failed', reason);
      },
    });
    return port;
  };

  const finish = (run: ActiveRun, result: Result<SimulationResult, SimulationIssue[]>): void => {
    if (current !== run) return;
    current = null;
    run.resolve(result);
  };

  const clearChunk = (slot: Slot): void => {
    if (slot.deadline !== null) clearTimeout(slot.deadline);
    slot.deadline = null;
    slot.chunk = null;
  };

  const stopBusyWorkers = (): void => {
    for (const slot of slots) {
      if (slot.busy && slot.port !== null) {
        slot.port.terminate();
        slot.port = null;
      }
      slot.busy = false;
      clearChunk(slot);
    }
  };

  const summarize = (run: ActiveRun, traces: readonly HistoryTrace[]): SimulationResult | null =>
    run.prepared === null
      ? null
      : summarizeSimulation(run.prepared.acc, {
          blocks: run.prepared.blocks,
          options: run.options,
          method: run.prepared.method,
          elapsedMs: performance.now() - run.began,
          traces,
        });

  const onMessage = (slot: Slot, message: unknown): void => {
    const run = current;
    if (!isSimulationResponse(message) || run === null || message.runId !== run.id) return;
    // Traces are answered on their own port; one here is not for this run.
    if (message.type === 'traced') return;
    if (message.type === 'ready') {
      run.prepared ??= {
        blocks: message.blocks,
        method: message.method,
        acc: new SimulationAccumulator(message.blocks.ids.length),
      };
      return;
    }
    slot.busy = false;
    clearChunk(slot);
    if (message.type === 'failed') {
      stopBusyWorkers();
      finish(run, { ok: false, error: message.issues });
      return;
    }
    if (run.prepared === null) {
      stopBusyWorkers();
      finish(run, { ok: false, error: issue('internal', 'a chunk came before its run') });
      return;
    }
    run.prepared.acc.mergeSerialized(message.data);
    run.traces.push(...message.traces);
    run.completed += message.count;
    if (message.elapsedMs > 0) slot.rate = message.count / message.elapsedMs;
    const total = run.options.trials;
    if (run.completed >= total) {
      const summary = summarize(run, sortTraces(run.traces))!;
      finish(run, {
        ok: true,
        value: run.restarts === 0 ? summary : { ...summary, workersRestarted: run.restarts },
      });
      return;
    }
    const now = performance.now();
    if (run.onProgress !== undefined && now - run.lastProgress >= PROGRESS_INTERVAL_MS) {
      run.lastProgress = now;
      run.onProgress({ completed: run.completed, total, result: summarize(run, [])! });
    }
    dispatch(slot, run);
  };

  const onError = (slot: Slot, reason: string): void => {
    slot.port?.terminate();
    slot.port = null;
    const wasBusy = slot.busy;
    const chunk = slot.chunk;
    slot.busy = false;
    clearChunk(slot);
    const run = current;
    if (run === null || !wasBusy) return;
    if (chunk !== null && chunk.attempt <= CHUNK_RETRIES) {
      // History h uses only the stream (seed, h): the lost chunk, run again on a fresh worker,
      // gives exactly the bits it would have given.
      run.restarts++;
      sendChunk(slot, run, chunk.start, chunk.count, chunk.attempt + 1);
      return;
    }
    stopBusyWorkers();
    finish(run, { ok: false, error: issue('worker-failed', reason) });
  };

  const ensurePort = (slot: Slot): SimulationWorkerPort => {
    if (slot.port !== null) return slot.port;
    const port = factory();
    slot.port = port;
    slot.runId = -1;
    port.listen({
      message: (message) => {
        if (slot.port === port) onMessage(slot, message);
      },
      error: (reason) => {
        if (slot.port === port) onError(slot, reason);
      },
    });
    return port;
  };

  /** Sends histories [start, start + count) of the run to the slot's worker (started if need be). */
  const sendChunk = (
    slot: Slot,
    run: ActiveRun,
    start: number,
    count: number,
    attempt: number,
  ): void => {
    const port = ensurePort(slot);
    if (slot.runId !== run.id) {
      port.post({
        type: 'start',
        runId: run.id,
        design: run.design,
        options: run.options,
      });
      slot.runId = run.id;
      slot.rate = 0;
    }
    port.post({ type: 'chunk', runId: run.id, start, count });
    slot.busy = true;
    slot.chunk = { start, count, attempt };
    // A worker killed from outside may never say so: a deadline sized to the chunk.
    const expected = slot.rate > 0 ? count / slot.rate : Infinity;
    const ms =
      expected === Infinity ? firstChunkMs : Math.max(minChunkMs, CHUNK_DEADLINE_FACTOR * expected);
    slot.deadline = setTimeout(() => {
      if (slot.port === port && slot.busy) {
        onError(slot, `a simulation worker gave no answer in ${Math.round(ms / 1000)} s`);
      }
    }, ms);
  };

  const dispatch = (slot: Slot, run: ActiveRun): void => {
    const total = run.options.trials;
    const remaining = total - run.next;
    if (remaining <= 0) return;
    if (slot.runId !== run.id) slot.rate = 0; // rates are per run
    const count = getNextChunkSize(slot.rate, remaining, slots.length);
    const start = run.next;
    run.next += count;
    sendChunk(slot, run, start, count, 1);
  };

  const cancelCurrent = (): void => {
    const run = current;
    if (run === null) return;
    stopBusyWorkers();
    finish(run, { ok: false, error: issue('cancelled', 'simulation cancelled') });
  };

  return {
    size: slots.length,
    run(design, options, onProgress): SimulationRun {
      cancelCurrent();
      const checked = validateSimulationOptions(options);
      if (!checked.ok) {
        return { promise: Promise.resolve({ ok: false, error: checked.error }), cancel: () => {} };
      }
      let resolve!: (result: Result<SimulationResult, SimulationIssue[]>) => void;
      const promise = new Promise<Result<SimulationResult, SimulationIssue[]>>(
        (r) => (resolve = r),
      );
      const run: ActiveRun = {
        id: nextRunId++,
        options: checked.value,
        // Without ui fields: never read by the simulation, possibly too deep to post.
        design: withoutUi(design),
        prepared: null,
        traces: [],
        began: performance.now(),
        onProgress,
        resolve,
        next: 0,
        completed: 0,
        lastProgress: performance.now(),
        restarts: 0,
      };
      current = run;
      try {
        for (const slot of slots) if (current === run) dispatch(slot, run);
      } catch (error) {
        stopBusyWorkers();
        const text = error instanceof Error ? error.message : String(error);
        finish(run, {
          ok: false,
          error: issue('worker-failed', `cannot start a simulation worker: ${text}`),
        });
      }
      return {
        promise,
        cancel: () => {
          if (current === run) cancelCurrent();
        },
      };
    },
    trace(design, options, history): Promise<Result<TracedHistory, SimulationIssue[]>> {
      const checked = validateSimulationOptions(options);
      if (!checked.ok) return Promise.resolve({ ok: false, error: checked.error });
      const stripped = withoutUi(design);
      const attempt = (): Promise<Result<TracedHistory, SimulationIssue[]>> =>
        new Promise((resolve) => {
          const id = nextTraceId++;
          const timer = setTimeout(() => {
            if (!pendingTraces.has(id)) return;
            // No answer and no error (a worker killed from outside): replace the worker.
            const port = tracePort;
            tracePort = null;
            port?.terminate();
            const seconds = Math.round(traceMs / 1000);
            failTraces('worker-failed', `the trace worker gave no answer in ${seconds} s`);
          }, traceMs);
          pendingTraces.set(id, (result) => {
            clearTimeout(timer);
            resolve(result);
          });
          try {
            ensureTracePort().post({
              type: 'trace',
              runId: id,
              design: stripped,
              options: checked.value,
              history,
            });
          } catch (error) {
            pendingTraces.delete(id);
            clearTimeout(timer);
            const text = error instanceof Error ? error.message : String(error);
            resolve({ ok: false, error: issue('worker-failed', `cannot start a worker: ${text}`) });
          }
        });
      // A worker lost with the trace: once more on a fresh one (history h is the same history).
      return attempt().then((first) =>
        !first.ok && first.error[0]?.code === 'worker-failed' ? attempt() : first,
      );
    },
    dispose(): void {
      cancelCurrent();
      tracePort?.terminate();
      tracePort = null;
      failTraces('cancelled', 'trace cancelled');
      for (const slot of slots) {
        slot.port?.terminate();
        slot.port = null;
      }
    },
  };
}
