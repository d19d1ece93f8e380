/**
 * The exact engine's worker, started as early as the page can: `prestartEngineWorker` runs when
 * the entry module is evaluated, before React renders and the library opens the first design,
 * so the worker's chunk is fetched and compiled while the page draws itself, not after. The
 * engine client takes that worker for its first call, and starts fresh ones after a restart.
 * Runs on the main thread; no React.
 */

/** A pre-started worker not taken yet, and whether it has already failed. */
let early: { readonly worker: Worker; failed: boolean } | null = null;

/** Starts a new engine worker (throws where workers cannot start). */
export function startEngineWorker(): Worker {
  return new Worker(new URL('../../src/worker/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'exact-engine',
  });
}

/** Starts the engine worker ahead of its first use (nothing where workers cannot start). */
export function prestartEngineWorker(): void {
  if (early !== null || typeof Worker === 'undefined') return;
  try {
    const entry = { worker: startEngineWorker(), failed: false };
    entry.worker.addEventListener('error', () => (entry.failed = true), { once: true });
    early = entry;
  } catch {
    early = null; // the client finds out on its first call, and computes on the page
  }
}

/**
 * The pre-started worker if there is one that has not failed, else a new one.
 * @throws where workers cannot start
 */
export function takeEngineWorker(): Worker {
  const entry = early;
  early = null;
  if (entry !== null && !entry.failed) return entry.worker;
  entry?.worker.terminate();
  return startEngineWorker();
}
