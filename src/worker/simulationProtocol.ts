/**
 * Messages between the simulation pool (main thread) and its workers, and the port abstraction
 * the pool drives: the same pool code runs browser Workers and Node worker_threads.
 * Every message is plain data (structured clone); accumulators travel as transferred
 * Float64Arrays. Runs anywhere; no DOM.
 */
import type { SimulationBlockTable } from '../simulation/summary.ts';
import type { TracedHistory } from '../simulation/runner.ts';
import type { HistoryTrace, SimulationIssue, SimulationOptions } from '../simulation/types.ts';

/** Main thread → worker. */
export type SimulationRequest =
  /**
   * Prepare a run: validate the design file (untrusted, as parsed JSON) with `parseDesign`,
   * validate the options, compile; chunks of that run follow.
   */
  | {
      readonly type: 'start';
      readonly runId: number;
      readonly design: unknown;
      readonly options: SimulationOptions;
    }
  /** Run histories [start, start + count) of the current run. */
  | {
      readonly type: 'chunk';
      readonly runId: number;
      readonly start: number;
      readonly count: number;
    }
  /**
   * Re-simulate one history with tracing on (`traceHistory`), apart from any run: validates the
   * design file like `start`, leaves the prepared run alone. `runId` numbers the request.
   */
  | {
      readonly type: 'trace';
      readonly runId: number;
      readonly design: unknown;
      readonly options: SimulationOptions;
      readonly history: number;
    };

/** Worker → main thread. */
export type SimulationResponse =
  /** The run is prepared: what the main thread needs to merge and summarise its chunks. */
  | {
      readonly type: 'ready';
      readonly runId: number;
      readonly blocks: SimulationBlockTable;
      readonly method: 'events' | 'mission';
    }
  | {
      readonly type: 'chunk-done';
      readonly runId: number;
      readonly start: number;
      readonly count: number;
      /** A serialised accumulator (its buffer is transferred). */
      readonly data: Float64Array;
      readonly traces: HistoryTrace[];
      readonly elapsedMs: number;
    }
  /** The answer to a `trace` request. */
  | { readonly type: 'traced'; readonly runId: number; readonly traced: TracedHistory }
  | { readonly type: 'failed'; readonly runId: number; readonly issues: SimulationIssue[] };

/** Handlers a port calls back. */
export interface SimulationPortHandlers {
  /** A message from the worker (untrusted shape: check `type`). */
  readonly message: (message: unknown) => void;
  /** The worker died or could not start; the port is unusable afterwards. */
  readonly error: (reason: string) => void;
}

/**
 * One worker as the pool sees it. Adapters: `createBrowserWorkerPort` (web Worker),
 * `createNodeWorkerPort` (worker_threads), `createInThreadPort` (no thread: tests, fallback).
 */
export interface SimulationWorkerPort {
  /** Sends a request; buffers in `transfer` are moved, not copied. */
  post(message: SimulationRequest, transfer?: readonly ArrayBuffer[]): void;
  /** Installs the handlers (called once, before the first `post`). */
  listen(handlers: SimulationPortHandlers): void;
  /** Stops the worker at once (mid-chunk work is lost). */
  terminate(): void;
}

/** Creates a fresh worker port. */
export type SimulationWorkerFactory = () => SimulationWorkerPort;

/**
 * Whether an unknown message is a {@link SimulationResponse} (shape check at the boundary).
 * @param message data received from a worker
 */
export function isSimulationResponse(message: unknown): message is SimulationResponse {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; runId?: unknown; data?: unknown; issues?: unknown };
  if (typeof m.runId !== 'number') return false;
  if (m.type === 'chunk-done') return m.data instanceof Float64Array;
  if (m.type === 'ready') {
    const r = message as { blocks?: { ids?: unknown; nodeIds?: unknown }; method?: unknown };
    return (
      Array.isArray(r.blocks?.ids) &&
      Array.isArray(r.blocks.nodeIds) &&
      (r.method === 'events' || r.method === 'mission')
    );
  }
  if (m.type === 'traced') {
    const t = (message as { traced?: { trace?: { events?: unknown; system?: unknown } } }).traced;
    return Array.isArray(t?.trace?.events) && Array.isArray(t.trace.system);
  }
  if (m.type === 'failed') return Array.isArray(m.issues);
  return false;
}
