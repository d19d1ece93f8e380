/**
 * Main-thread side of the allocation worker: one worker per search, terminated when the search
 * ends or is cancelled (a search holds no state worth keeping). Without workers the search runs
 * here, after a frame has painted the "searching" state.
 */
import { wrap } from 'comlink';
import type {
  AllocationAnswer,
  AllocationIssue,
  AllocationProblem,
  Result,
} from '../../src/index.ts';
import type { AllocationWorkerApi } from './allocation.worker.ts';

export interface AllocationOutcome {
  readonly answer: Result<AllocationAnswer, readonly AllocationIssue[]>;
  readonly elapsedMs: number;
}

/** A search under way. */
export interface AllocationJob {
  /** Settles with the outcome, or `null` when cancelled. */
  readonly result: Promise<AllocationOutcome | null>;
  cancel(): void;
}

export function startAllocation(problem: AllocationProblem): AllocationJob {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./allocation.worker.ts', import.meta.url), {
      type: 'module',
      name: 'allocation',
    });
  } catch {
    worker = null;
  }
  let cancel: () => void = () => undefined;
  const cancelled = new Promise<null>((resolve) => {
    cancel = () => {
      worker?.terminate();
      resolve(null);
    };
  });
  const search: Promise<AllocationOutcome> =
    worker === null
      ? new Promise((resolve) => setTimeout(resolve, 16)).then(() =>
          import('../../src/index.ts').then((m) => {
            const started = performance.now();
            return {
              answer: m.allocateRedundancy(problem),
              elapsedMs: performance.now() - started,
            };
          }),
        )
      : wrap<AllocationWorkerApi>(worker).allocate(problem);
  const failed = (error: unknown): AllocationOutcome => ({
    answer: {
      ok: false,
      error: [{ path: '', message: `the search stopped: ${String(error)}` }],
    },
    elapsedMs: 0,
  });
  // A worker that crashes never answers its call: the error event answers instead.
  const crashed = new Promise<AllocationOutcome>((resolve) => {
    worker?.addEventListener('error', (event) => {
      event.preventDefault();
      resolve(failed(event.message || 'the worker crashed'));
    });
  });
  const result = Promise.race([search.catch(failed), crashed, cancelled]).finally(() =>
    worker?.terminate(),
  );
  return { result, cancel };
}
