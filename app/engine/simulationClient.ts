/**
 * Main-thread side of the Monte Carlo workers: one pool of web workers sized to the machine.
 * If workers cannot start, the pool falls back to running in this thread (logged once).
 */
import type { SimulationPool } from '../../src/index.ts';
import {
  createBrowserWorkerPort,
  createInThreadPort,
  createSimulationPool,
} from '../../src/index.ts';

let pool: SimulationPool | null = null;

/** Number of workers: the machine's cores, at least 1, at most 8. */
export function getWorkerCount(): number {
  return Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));
}

/** The shared simulation pool (created on first use). */
export function getSimulationPool(): SimulationPool {
  if (pool === null) {
    let workersWork = typeof Worker !== 'undefined';
    pool = createSimulationPool(() => {
      if (workersWork) {
        try {
          const worker = new Worker(
            new URL('../../src/worker/simulation.worker.ts', import.meta.url),
            { type: 'module', name: 'monte-carlo' },
          );
          return createBrowserWorkerPort(worker);
        } catch (error) {
          workersWork = false;
          console.warn('simulation workers unavailable; running in the page', error);
        }
      }
      return createInThreadPort();
    }, getWorkerCount());
  }
  return pool;
}
