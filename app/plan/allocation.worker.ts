/**
 * Web worker of the redundancy-allocation planner: the exact search (a fraction of a second to a
 * few seconds) runs here, so the page's thread stays free; cancelling terminates it.
 * Runs in a dedicated worker; no DOM.
 */
import { expose } from 'comlink';
import type { AllocationProblem } from '../../src/index.ts';
import { allocateRedundancy } from '../../src/index.ts';

const api = {
  allocate(problem: AllocationProblem) {
    const started = performance.now();
    const answer = allocateRedundancy(problem);
    return { answer, elapsedMs: performance.now() - started };
  },
};

/** The API of the allocation worker, for the page's `wrap`. */
export type AllocationWorkerApi = typeof api;

expose(api);
