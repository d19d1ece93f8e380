/**
 * Monte Carlo runs, keyed by run id, and the form's settings. Written by the simulation
 * controller (app/engine) through these actions; a run lives here, not in a component, so it
 * keeps going and keeps its result when the results dock closes or the view changes. Only the
 * latest run of each design is kept (memory stays flat).
 */
import type { SimulationIssue, SimulationOptions, SimulationResult } from '../../src/index.ts';
import type { SliceCreator } from './types.ts';

export type SimulationStatus = 'running' | 'done' | 'cancelled' | 'error';

/** One running estimate, for the convergence chart. */
export interface ConvergencePoint {
  readonly histories: number;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/**
 * The exact figures a run is compared with, computed for the same design revision at the run's
 * horizon H (`null`: not exactly computable for this design).
 */
export interface RunExactFigures {
  /** R(H): no system failure in [0, H], no repair. */
  readonly reliability: number | null;
  readonly unreliability: number | null;
  /** (1/H)∫₀ᴴ A(t) dt with repair, starting new: what the availability estimate measures. */
  readonly meanAvailability: number | null;
  readonly meanUnavailability: number | null;
  /** Long-run availability with repair. */
  readonly steadyAvailability: number | null;
  readonly steadyUnavailability: number | null;
}

/** A run and what it has found so far. */
export interface SimulationRunState {
  readonly id: string;
  /** The design it simulates (`EDITOR_KEY` or a library id). */
  readonly designKey: string;
  /** Revision of that design when the run started. */
  readonly revision: number;
  readonly options: SimulationOptions;
  readonly status: SimulationStatus;
  readonly completed: number;
  readonly total: number;
  /** The latest (merged) estimates; the final result once `done`. */
  readonly result: SimulationResult | null;
  readonly availability: readonly ConvergencePoint[];
  readonly reliability: readonly ConvergencePoint[];
  readonly issues: readonly SimulationIssue[];
  /** The exact figures to compare with (`null` until computed, or when the engine failed). */
  readonly exact: RunExactFigures | null;
}

/** What the Monte Carlo form holds (kept while the dock is closed). */
export interface SimulationSettings {
  readonly trials: number;
  /** As typed; empty means the mission time. */
  readonly horizonText: string;
  readonly seed: number;
  /** As typed; empty means one crew per unit. */
  readonly crewsText: string;
  /** `false`: missions without repair (reliability comparable with the exact R(t)). */
  readonly repair: boolean;
}

export const DEFAULT_SIMULATION_SETTINGS: SimulationSettings = {
  trials: 100_000,
  horizonText: '',
  seed: 1,
  crewsText: '',
  repair: true,
};

export interface SimulationSlice {
  readonly simulationRuns: Readonly<Record<string, SimulationRunState>>;
  /** The latest run of each design, by design key. */
  readonly latestRun: Readonly<Record<string, string>>;
  readonly simulationSettings: SimulationSettings;
  /** Adds a run; it becomes its design's latest, and that design's previous run is dropped. */
  readonly addSimulationRun: (run: SimulationRunState) => void;
  readonly updateSimulationRun: (id: string, change: Partial<SimulationRunState>) => void;
  /** Forgets the runs of a design (another design was loaded in its place). */
  readonly clearSimulationRuns: (designKey: string) => void;
  readonly setSimulationSettings: (change: Partial<SimulationSettings>) => void;
}

export const createSimulationSlice: SliceCreator<SimulationSlice> = (set, get) => ({
  simulationRuns: {},
  latestRun: {},
  simulationSettings: DEFAULT_SIMULATION_SETTINGS,
  addSimulationRun: (run) => {
    const { simulationRuns, latestRun } = get();
    const previous = latestRun[run.designKey];
    const runs = { ...simulationRuns, [run.id]: run };
    if (previous !== undefined && previous !== run.id) delete runs[previous];
    set(
      { simulationRuns: runs, latestRun: { ...latestRun, [run.designKey]: run.id } },
      false,
      'simulation/addRun',
    );
  },
  updateSimulationRun: (id, change) => {
    const run = get().simulationRuns[id];
    if (run === undefined) return;
    set(
      { simulationRuns: { ...get().simulationRuns, [id]: { ...run, ...change } } },
      false,
      'simulation/updateRun',
    );
  },
  clearSimulationRuns: (designKey) => {
    const { simulationRuns, latestRun } = get();
    const id = latestRun[designKey];
    if (id === undefined) return;
    const { [id]: _run, ...runs } = simulationRuns;
    const { [designKey]: _latest, ...latest } = latestRun;
    set({ simulationRuns: runs, latestRun: latest }, false, 'simulation/clearRuns');
  },
  setSimulationSettings: (change) =>
    set(
      { simulationSettings: { ...get().simulationSettings, ...change } },
      false,
      'simulation/setSettings',
    ),
});
