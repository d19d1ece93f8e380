/**
 * Runs the compare view's Monte Carlo check: one run at a time, on its own worker, its progress
 * and answer written into the compare store; a new run or a cancel terminates the old one.
 */
import type { DesignFile, PairedOptions } from '../../src/index.ts';
import type { PairedRun } from '../engine/compareClient.ts';
import { startPairedInWorker } from '../engine/compareClient.ts';
import type { CompareStore } from './compareStore.ts';

/** The run in progress. */
let running: PairedRun | null = null;

/**
 * Starts a check (cancelling one in progress).
 * @param store where progress and the answer go
 * @param files the designs, the baseline first
 * @param options histories, seed, horizon in years
 */
export function startPairedRun(
  store: CompareStore,
  files: readonly DesignFile[],
  options: PairedOptions,
): void {
  running?.cancel();
  const set = store.getState().setPaired;
  const total = options.trials;
  set({ status: 'running', done: 0, total, files });
  const started = performance.now();
  const run = startPairedInWorker(files, options, (done) => {
    if (running === run) set({ status: 'running', done, total, files });
  });
  running = run;
  run.done.then(
    (answer) => {
      if (running !== run) return;
      running = null;
      set(
        answer.ok
          ? { status: 'done', result: answer.value, elapsedMs: performance.now() - started, files }
          : { status: 'error', issues: answer.error },
      );
    },
    (error: unknown) => {
      if (running !== run) return;
      running = null;
      const message = error instanceof Error ? error.message : String(error);
      set(
        message === 'cancelled'
          ? { status: 'cancelled' }
          : { status: 'error', issues: [{ path: '', message }] },
      );
    },
  );
}

/** Cancels the check in progress (its worker is terminated). */
export function cancelPairedRun(store: CompareStore): void {
  const run = running;
  running = null;
  run?.cancel();
  store.getState().setPaired({ status: 'cancelled' });
}
