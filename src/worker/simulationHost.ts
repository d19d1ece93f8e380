/**
 * The worker side of the simulation protocol, shared by the browser worker, the Node worker and
 * the in-thread port: on `start` it validates the design file with `parseDesign` (messages are
 * untrusted data) and the options, compiles, and answers `ready` with the block table; it runs
 * chunks on `chunk`, and reports failures as data (never lets an exception escape for bad input).
 * Runs in a worker, in Node, or in the main thread; no DOM.
 */
import { withExpressionEngine } from '../model/expression.ts';
import { parseDesign } from '../model/parse.ts';
import type { ParseResult } from '../model/parse.ts';
import type { Design } from '../model/types.ts';
import type { HistoryRunner } from '../simulation/runner.ts';
import { createHistoryRunner, prepareSimulation, traceHistory } from '../simulation/runner.ts';
import { getBlockTable } from '../simulation/summary.ts';
import type { SimulationIssue } from '../simulation/types.ts';
import type { SimulationRequest, SimulationResponse } from './simulationProtocol.ts';

type StartRequest = Extract<SimulationRequest, { type: 'start' }>;
type TraceRequest = Extract<SimulationRequest, { type: 'trace' }>;

/** Sends a response, moving the listed buffers. */
export type PostResponse = (message: SimulationResponse, transfer: ArrayBuffer[]) => void;

function isRequest(message: unknown): message is SimulationRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; runId?: unknown; start?: unknown; count?: unknown };
  if (typeof m.runId !== 'number') return false;
  if (m.type === 'start') return true;
  if (m.type === 'trace') return typeof (message as { history?: unknown }).history === 'number';
  return m.type === 'chunk' && typeof m.start === 'number' && typeof m.count === 'number';
}

/**
 * Creates the message handler of a simulation worker.
 * @param post how to send responses back
 * @returns the function to call with every incoming message
 * @example
 * parentPort.on('message', createSimulationHost((m, t) => parentPort.postMessage(m, t)));
 */
export function createSimulationHost(post: PostResponse): (message: unknown) => void {
  let runId = -1;
  let runner: HistoryRunner | null = null;
  const fail = (id: number, issues: SimulationIssue[]): void => {
    post({ type: 'failed', runId: id, issues }, []);
  };
  /** Prepares a run from its validated design. */
  const prepare = (message: StartRequest, design: Design): void => {
    try {
      const prepared = prepareSimulation(design, message.options);
      if (!prepared.ok) {
        fail(message.runId, prepared.error);
        return;
      }
      runner = createHistoryRunner(prepared.value);
      const { model, method } = prepared.value;
      post({ type: 'ready', runId: message.runId, blocks: getBlockTable(model), method }, []);
    } catch (error) {
      failUnexpectedly(message.runId, error);
    }
  };
  /** Traces one history of a validated design (the prepared run, if any, is untouched). */
  const trace = (message: TraceRequest, design: Design): void => {
    try {
      const traced = traceHistory(design, message.options, message.history);
      if (!traced.ok) fail(message.runId, traced.error);
      else post({ type: 'traced', runId: message.runId, traced: traced.value }, []);
    } catch (error) {
      failUnexpectedly(message.runId, error);
    }
  };
  const failUnexpectedly = (id: number, error: unknown): void => {
    const text = error instanceof Error ? error.message : String(error);
    fail(id, [{ code: 'internal', path: '', message: `simulation failed: ${text}` }]);
  };
  /**
   * Validates a message's design, then continues with it (or answers with the design's errors);
   * a promise while the expression reader loads.
   */
  const withDesign = <M extends SimulationRequest & { readonly design: unknown }>(
    message: M,
    then: (message: M, design: Design) => void,
  ): Promise<void> | undefined => {
    const go = (read: ParseResult): void => {
      if (read.ok) {
        then(message, read.value);
        return;
      }
      const errors = read.issues.filter((i) => i.severity === 'error');
      fail(
        message.runId,
        errors.map((i) => ({ code: 'invalid-design', path: i.path, message: i.message })),
      );
    };
    let parsed: ParseResult | Promise<ParseResult>;
    try {
      parsed = withExpressionEngine(() => parseDesign(message.design));
    } catch (error) {
      failUnexpectedly(message.runId, error);
      return undefined;
    }
    if (parsed instanceof Promise) {
      return parsed.then(
        (read) => go(read),
        (error: unknown) => failUnexpectedly(message.runId, error),
      );
    }
    go(parsed);
    return undefined;
  };
  /** Handles one message; a promise while the expression reader loads for the design. */
  const handle = (message: SimulationRequest): Promise<void> | undefined => {
    if (message.type === 'trace') return withDesign(message, trace);
    if (message.type === 'start') {
      runId = message.runId;
      runner = null;
      return withDesign(message, prepare);
    }
    if (message.runId !== runId || runner === null) {
      fail(message.runId, [
        { code: 'internal', path: '', message: `no prepared run ${message.runId}` },
      ]);
      return undefined;
    }
    try {
      const chunk = runner.runChunk(message.start, message.count);
      post(
        {
          type: 'chunk-done',
          runId,
          start: chunk.start,
          count: chunk.count,
          data: chunk.data,
          traces: chunk.traces,
          elapsedMs: chunk.elapsedMs,
        },
        [chunk.data.buffer as ArrayBuffer],
      );
    } catch (error) {
      failUnexpectedly(message.runId, error);
    }
    return undefined;
  };
  // Messages that arrive while a design waits for the expression reader wait too, in order.
  let waiting: SimulationRequest[] | null = null;
  const receive = (message: unknown): void => {
    if (!isRequest(message)) {
      fail(-1, [
        { code: 'internal', path: '', message: 'malformed message to the simulation worker' },
      ]);
      return;
    }
    if (waiting !== null) {
      waiting.push(message);
      return;
    }
    const wait = handle(message);
    if (wait === undefined) return;
    waiting = [];
    void wait.then(() => {
      const queued = waiting ?? [];
      waiting = null;
      for (const next of queued) receive(next);
    });
  };
  return receive;
}
