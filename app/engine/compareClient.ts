/**
 * Main-thread side of the compare worker (src/worker/compare.worker.ts): the compare view's
 * analyses side by side, and optimiser runs. Analyses share one worker; each optimiser run has
 * its own, which cancelling terminates (the house rule for cancellation), so a cancelled run
 * never delays the next analysis and never touches the editor's live analysis worker.
 * Every call rejects (never hangs) when its worker dies.
 */
import { wrap } from 'comlink';
import { callWithProgress } from './workerProgress.ts';
import type { Remote } from 'comlink';
import type {
  CompareFailure,
  CompareResponse,
  CompareWorkerApi,
  OptimizeIssue,
  OptimizeProgress,
  OptimizeRequest,
  OptimizeResult,
  PairedComparison,
  PairedIssue,
  PairedOptions,
  PairedProgress,
  Result,
  TornadoResult,
} from '../../src/index.ts';
import { withoutUi } from '../../src/index.ts';

function createWorker(): Worker {
  return new Worker(new URL('../../src/worker/compare.worker.ts', import.meta.url), {
    type: 'module',
    name: 'compare-engine',
  });
}

/** A worker and its one Comlink proxy (kept: a proxy that is collected closes the worker's end). */
interface Bridge {
  readonly worker: Worker;
  readonly remote: Remote<CompareWorkerApi>;
}

function createBridge(): Bridge {
  const worker = createWorker();
  return { worker, remote: wrap<CompareWorkerApi>(worker) };
}

/** Runs `call` on a worker's API; rejects when the worker reports an error first. */
function callOn<T>(
  bridge: Bridge,
  call: (remote: Remote<CompareWorkerApi>) => Promise<T>,
): Promise<T> {
  const { worker } = bridge;
  return new Promise<T>((resolve, reject) => {
    const onError = (event: ErrorEvent) => {
      reject(new Error(`the compare worker stopped: ${event.message || 'unknown error'}`));
    };
    worker.addEventListener('error', onError, { once: true });
    call(bridge.remote).then(
      (value) => {
        worker.removeEventListener('error', onError);
        resolve(value);
      },
      (error: unknown) => {
        worker.removeEventListener('error', onError);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

let analysis: Bridge | null = null;

/**
 * Analyses designs side by side in the compare worker.
 * @param files the designs (their `ui` fields are not sent)
 * @param times per design, its curve times in its own time unit
 */
export function compareInWorker(
  files: readonly unknown[],
  times: readonly (readonly number[])[],
): Promise<Result<CompareResponse, CompareFailure>> {
  analysis ??= createBridge();
  const bridge = analysis;
  // Comlink's Remote spreads a union result over promises; the call answers one Result.
  type Answer = Result<CompareResponse, CompareFailure>;
  return callOn<Answer>(
    bridge,
    (remote) => remote.compare(files.map(withoutUi), times) as Promise<Answer>,
  ).catch((error: unknown) => {
    // A worker that failed is replaced on the next call.
    if (analysis === bridge) {
      bridge.worker.terminate();
      analysis = null;
    }
    throw error;
  });
}

/**
 * The tornado of a design (each parameter ±share) in the compare worker.
 * @param file the design
 * @param share the relative move each way, in (0, 1)
 */
export function tornadoInWorker(
  file: unknown,
  share: number,
): Promise<Result<TornadoResult, string>> {
  analysis ??= createBridge();
  const bridge = analysis;
  return callOn<Result<TornadoResult, string>>(bridge, (remote) =>
    remote.tornado(withoutUi(file), share),
  );
}

/** A run on a worker of its own: its answer, and how to stop it. */
export interface CancellableRun<T> {
  readonly done: Promise<T>;
  /** Terminates the run's worker; `done` rejects with "cancelled". */
  readonly cancel: () => void;
}

/** Runs `call` on a new worker, terminated when it answers or is cancelled. */
function runOnOwnWorker<T>(
  call: (remote: Remote<CompareWorkerApi>) => Promise<T>,
): CancellableRun<T> {
  const bridge = createBridge();
  const { worker } = bridge;
  let cancel = (): void => undefined;
  const cancelled = new Promise<never>((_, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new Error('cancelled'));
    };
  });
  const done = Promise.race([callOn<T>(bridge, call), cancelled]).finally(() => worker.terminate());
  return { done, cancel };
}

/** A running optimiser: its answer, and how to stop it. */
export type OptimizeRun = CancellableRun<Result<OptimizeResult, OptimizeIssue>>;

/**
 * Starts the optimiser on its own worker.
 * @param file the design
 * @param request the target, variables and budget
 * @param onProgress designs evaluated so far (called every few thousand)
 */
export function startOptimizeInWorker(
  file: unknown,
  request: OptimizeRequest,
  onProgress: OptimizeProgress,
): OptimizeRun {
  return runOnOwnWorker((remote) =>
    callWithProgress(
      onProgress,
      (progress) =>
        remote.optimize(withoutUi(file), request, progress) as Promise<
          Result<OptimizeResult, OptimizeIssue>
        >,
    ),
  );
}

/** A running Monte Carlo check: its answer, and how to stop it. */
export type PairedRun = CancellableRun<Result<PairedComparison, readonly PairedIssue[]>>;

/**
 * Starts the Monte Carlo check of a comparison (common random numbers) on its own worker.
 * @param files the designs, the first the reference of every difference
 * @param options histories, seed, horizon in years
 * @param onProgress histories done of the total (about every 100 ms)
 */
export function startPairedInWorker(
  files: readonly unknown[],
  options: PairedOptions,
  onProgress: PairedProgress,
): PairedRun {
  return runOnOwnWorker((remote) =>
    callWithProgress(
      onProgress,
      (progress) =>
        remote.simulate(files.map(withoutUi), options, progress) as Promise<
          Result<PairedComparison, readonly PairedIssue[]>
        >,
    ),
  );
}
