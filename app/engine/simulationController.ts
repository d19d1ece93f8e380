/**
 * Monte Carlo runs as store state: `startSimulation` hands the design file to the worker pool
 * (the workers validate it) and writes the run's progress, running estimates, convergence series
 * and result into the store's simulation slice; `cancelSimulation` stops it. Runs belong to the
 * store, not to a component, so closing the results dock or switching views neither cancels a
 * run nor loses its result. Progress is written at most a few times a second.
 * Runs on the main thread; no DOM, no React.
 */
import type {
  AnalysisResult,
  SimulationOptions,
  SimulationPool,
  SimulationResult,
  SimulationRun,
} from '../../src/index.ts';
import type { AppStore, RunExactFigures, SimulationRunState } from '../store/index.ts';
import type { AnalyzeFunction } from './liveAnalysisScheduler.ts';
import { EDITOR_KEY } from '../store/index.ts';
import { appendConvergence } from './convergence.ts';

/** Least time between two progress writes to the store, ms. */
export const PROGRESS_WRITE_MS = 250;

/** The run in flight (the pool runs one at a time). */
let active: { readonly id: string; readonly run: SimulationRun } | null = null;
let nextId = 1;

function withEstimates(
  run: SimulationRunState,
  result: SimulationResult,
): Pick<SimulationRunState, 'result' | 'availability' | 'reliability'> {
  return {
    result,
    availability: appendConvergence(run.availability, result, 'availability'),
    reliability: appendConvergence(run.reliability, result, 'reliability'),
  };
}

/** What a run needs: the worker pool, and the exact engine for the figures to compare with. */
export interface SimulationDeps {
  readonly pool: SimulationPool;
  readonly analyze: AnalyzeFunction;
}

/** The exact figures at the horizon, from an analysis at t = H. */
function getRunExact(result: AnalysisResult): RunExactFigures {
  const point = result.points[0];
  return {
    reliability: point?.reliability ?? null,
    unreliability: point?.unreliability ?? null,
    meanAvailability: point?.meanAvailability ?? null,
    meanUnavailability: point?.meanUnavailability ?? null,
    steadyAvailability: result.steadyState.availability,
    steadyUnavailability: result.steadyState.unavailability,
  };
}

/**
 * Starts a run on the store's design (cancelling the run in flight, if any), and asks the exact
 * engine for the figures at the same horizon to compare it with.
 * @param store the store whose document to simulate
 * @param deps the worker pool and the exact engine
 * @param options run options (times in the design's time unit)
 * @returns the run id
 * @example
 * const id = startSimulation(appStore, deps, { trials: 1e5, horizon: 8760, seed: 1 });
 */
export function startSimulation(
  store: AppStore,
  deps: SimulationDeps,
  options: SimulationOptions,
): string {
  if (active !== null) cancelSimulation(active.id);
  const { design, revision } = store.getState();
  const id = `run-${nextId++}`;
  store.getState().addSimulationRun({
    id,
    designKey: EDITOR_KEY,
    revision,
    options,
    status: 'running',
    completed: 0,
    total: options.trials,
    result: null,
    availability: [],
    reliability: [],
    issues: [],
    exact: null,
  });
  void deps.analyze(design, { times: [options.horizon], cutSetLimit: 0, skipMttf: true }).then(
    (response) => {
      if (response.ok) {
        store.getState().updateSimulationRun(id, { exact: getRunExact(response.value.result) });
      }
    },
    () => {
      // No exact figures to compare with (the engine failed); the run goes on.
    },
  );
  let lastWrite = -Infinity;
  const current = (): SimulationRunState | undefined => store.getState().simulationRuns[id];
  const run = deps.pool.run(design, options, (progress) => {
    const now = performance.now();
    const state = current();
    if (state === undefined || now - lastWrite < PROGRESS_WRITE_MS) return;
    lastWrite = now;
    store.getState().updateSimulationRun(id, {
      completed: progress.completed,
      total: progress.total,
      ...withEstimates(state, progress.result),
    });
  });
  active = { id, run };
  void run.promise.then(
    (outcome) => {
      if (active?.id === id) active = null;
      const state = current();
      if (state === undefined) return;
      if (outcome.ok) {
        store.getState().updateSimulationRun(id, {
          status: 'done',
          completed: outcome.value.trials,
          ...withEstimates(state, outcome.value),
        });
        return;
      }
      const cancelled = outcome.error.some((i) => i.code === 'cancelled');
      store.getState().updateSimulationRun(id, {
        status: cancelled ? 'cancelled' : 'error',
        issues: cancelled ? [] : outcome.error,
      });
    },
    (error: unknown) => {
      if (active?.id === id) active = null;
      store.getState().updateSimulationRun(id, {
        status: 'error',
        issues: [{ code: 'worker-failed', path: '', message: String(error) }],
      });
    },
  );
  return id;
}

/**
 * Cancels a run if it is the one in flight (its estimates so far stay, status `cancelled`).
 * @param id the run id
 */
export function cancelSimulation(id: string): void {
  if (active?.id !== id) return;
  const { run } = active;
  run.cancel();
}

/** True while a run is in flight. */
export function isSimulationRunning(): boolean {
  return active !== null;
}

/**
 * Cancels and forgets the editor's run whenever another design is loaded into the store (its
 * result would describe a different design).
 * @returns a function that stops watching
 */
export function followDesignLoads(store: AppStore): () => void {
  let loads = store.getState().loadCount;
  return store.subscribe((s) => {
    if (s.loadCount === loads) return;
    loads = s.loadCount;
    const id = s.latestRun[EDITOR_KEY];
    if (id !== undefined) cancelSimulation(id);
    s.clearSimulationRuns(EDITOR_KEY);
  });
}
