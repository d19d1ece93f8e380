/**
 * The shape of an exact analysis: the `analyze` contract of ../shared/spec/design-format.md.
 * Fields may be added, never renamed. Runs anywhere; no DOM.
 */
import type { TimeUnit } from '../model/types.ts';

/** A warning from the engine, tied to a block when it concerns one. */
export interface AnalysisWarning {
  readonly code: string;
  readonly message: string;
  /** Path id of the block concerned, if any. */
  readonly block?: string;
}

/** Figures at one time t (design time units). `null`: not exactly computable (see warnings). */
export interface AnalysisPoint {
  readonly t: number;
  readonly reliability: number | null;
  readonly unreliability: number | null;
  readonly availability: number | null;
  readonly unavailability: number | null;
  /** Figures of the blocks asked for in `AnalysisOptions.blockCurves`, by block id. */
  readonly blocks?: Readonly<Record<string, BlockPoint>>;
}

/** One block's own figures at a time t (`null`: not exactly computable). */
export interface BlockPoint {
  readonly reliability: number | null;
  readonly unreliability: number | null;
  readonly availability: number | null;
  readonly unavailability: number | null;
}

/** Long-run figures with repair. Times in design time units; downtime per year in hours. */
export interface SteadyState {
  readonly availability: number | null;
  readonly unavailability: number | null;
  readonly nines: number | null;
  readonly downtimePerYear: number | null;
  readonly failureFrequency: number | null;
  readonly mtbf: number | null;
  readonly mut: number | null;
  readonly mdt: number | null;
}

/** Per-block figures. */
export interface BlockResult {
  /** Path id (`site-a/db` inside a subsystem). */
  readonly id: string;
  /** Every diagram node drawing this unit (itself and its repeats). */
  readonly nodeIds: readonly string[];
  readonly component: string;
  /** ∂(system figure)/∂(block figure) on the importance basis. */
  readonly birnbaum: number;
  /** Share of the system's unavailability (or unreliability) this block's failure explains. */
  readonly criticality: number;
  readonly availability: number | null;
  readonly unavailability: number | null;
  /** Failures (up → down) per time unit at steady state. */
  readonly failureFrequency: number | null;
  readonly reliability: number | null;
  readonly unreliability: number | null;
  /** The block alone fails the system (a minimal cut set of size one). */
  readonly singlePointOfFailure: boolean;
  /** Price of all units of the block, `null` when the component has no cost. */
  readonly cost: number | null;
}

/** The full exact analysis of a design. */
export interface AnalysisResult {
  readonly name: string;
  readonly timeUnit: TimeUnit;
  readonly missionTime: number;
  readonly points: readonly AnalysisPoint[];
  /** Mean time to first system failure without repair; `null` if unbounded or not exact. */
  readonly mttf: number | null;
  readonly steadyState: SteadyState;
  /** What importance and cut-set probabilities are based on. */
  readonly importanceBasis: 'steady-state' | 'mission';
  readonly blocks: readonly BlockResult[];
  /** Minimal cut sets (block ids), smallest first, then most probable first. */
  readonly minimalCutSets: readonly (readonly string[])[];
  /** Probability of each listed cut set (all its blocks failed) on the importance basis. */
  readonly minimalCutSetProbabilities: readonly number[];
  /** Total number of minimal cut sets (the list may be limited to the most probable). */
  readonly minimalCutSetCount: number;
  /** Sum of the unit costs of every block; `null` when no component has a cost. */
  readonly cost: number | null;
  readonly warnings: readonly AnalysisWarning[];
}
