/**
 * Runs the optimiser for the compare view: one run at a time, on its own worker, its progress
 * and answer written into the compare store; a new run or a cancel terminates the old one.
 */
import type { DesignFile, OptimizeRequest } from '../../src/index.ts';
import type { OptimizeRun } from '../engine/compareClient.ts';
import { startOptimizeInWorker } from '../engine/compareClient.ts';
import type { CompareStore } from './compareStore.ts';

/** The run in progress. */
let running: OptimizeRun | null = null;

/**
 * Starts a run (cancelling one in progress).
 * @param store where progress and the answer go
 * @param file the design to optimise
 * @param request the target, variables and budget
 */
export function startOptimizerRun(
  store: CompareStore,
  file: DesignFile,
  request: OptimizeRequest,
): void {
  running?.cancel();
  const set = store.getState().setOptimizer;
  set({ status: 'running', evaluated: 0, phase: 'best' });
  const started = performance.now();
  const run = startOptimizeInWorker(file, request, (evaluated, phase) => {
    if (running === run) set({ status: 'running', evaluated, phase });
  });
  running = run;
  run.done.then(
    (answer) => {
      if (running !== run) return;
      running = null;
      set(
        answer.ok
          ? { status: 'done', result: answer.value, elapsedMs: performance.now() - started }
          : { status: 'error', message: answer.error.message, issue: answer.error },
      );
    },
    (error: unknown) => {
      if (running !== run) return;
      running = null;
      const message = error instanceof Error ? error.message : String(error);
      set(message === 'cancelled' ? { status: 'cancelled' } : { status: 'error', message });
    },
  );
}

/** Cancels the run in progress (its worker is terminated). */
export function cancelOptimizerRun(store: CompareStore): void {
  const run = running;
  running = null;
  run?.cancel();
  store.getState().setOptimizer({ status: 'cancelled' });
}
