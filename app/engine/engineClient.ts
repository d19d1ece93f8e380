/**
 * Main-thread side of the exact-engine worker: a Comlink wrapper with an `import type` of the
 * API, so engine code never reaches the main bundle. If the worker dies, the next call starts a
 * fresh one.
 */
import { wrap, type Remote } from 'comlink';
import type { EngineWorkerApi } from '../../src/worker/protocol.ts';

let worker: Worker | null = null;
let api: Remote<EngineWorkerApi> | null = null;

function getApi(): Remote<EngineWorkerApi> {
  if (api === null) {
    worker = new Worker(new URL('../../src/worker/engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'exact-engine',
    });
    worker.addEventListener('error', () => restartEngine());
    api = wrap<EngineWorkerApi>(worker);
  }
  return api;
}

/** Terminates the worker; the next call starts a new one. */
export function restartEngine(): void {
  worker?.terminate();
  worker = null;
  api = null;
}

/** Analyses a design in the worker. */
export function analyzeInWorker(
  design: unknown,
  options: Parameters<EngineWorkerApi['analyze']>[1],
): Promise<ReturnType<EngineWorkerApi['analyze']>> {
  return getApi().analyze(design, options);
}
