/**
 * The shape of an exact analysis: the `analyze` contract of src/cli/README.md.
 * Fields may be added, never renamed. Runs anywhere; no DOM.
 */
import type { AnalysisCode } from '../errors.ts';
import type { TimeUnit } from '../model/types.ts';

/** A warning from the engine, tied to a block when it concerns one. */
export interface AnalysisWarning {
  readonly code: AnalysisCode;
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
  /**
   * Mean availability over [0, t], (1/t)∫₀ᵗ A(s) ds, starting with every unit new: the share of
   * the first t the system is expected to be up. A(0) at t = 0. `null` when A(s) is not exactly
   * computable (see warnings) or when the analysis skipped it (`skipMeanAvailability`).
   */
  readonly meanAvailability: number | null;
  /** (1/t)∫₀ᵗ U(s) ds, integrated directly (not 1 − the mean availability). */
  readonly meanUnavailability: number | null;
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

/**
 * What a row of `blocks[]` stands for: a block of the diagram, and later a zone (a shared
 * unit whose outage takes its members down) or a common-cause event.
 */
export type BlockKind = 'block' | 'zone' | 'commonCause';

/** Per-block figures. */
export interface BlockResult {
  /** Path id (`site-a/db` inside a subsystem). */
  readonly id: string;
  readonly kind: BlockKind;
  /** Every diagram node drawing this unit (itself and its repeats). */
  readonly nodeIds: readonly string[];
  readonly component: string;
  /** ∂(system figure)/∂(block figure) on the importance basis. */
  readonly birnbaum: number;
  /** Share of the system's unavailability (or unreliability) this block's failure explains. */
  readonly criticality: number;
  /**
   * Risk achievement worth U(system | block failed for good) / U(system), on the importance
   * basis; `null` when the system never fails (U = 0) or it is not exactly computable.
   */
  readonly raw: number | null;
  /**
   * Risk reduction worth U(system) / U(system | block perfect); `null` when the denominator is 0
   * (the block alone explains every failure, or the system never fails).
   */
  readonly rrw: number | null;
  /**
   * Fussell–Vesely importance 1 − U(system | block perfect) / U(system) = Uᵢ·Iᵢ / U: the share of
   * system unavailability that making the block perfect removes; `null` when U = 0.
   */
  readonly fussellVesely: number | null;
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

/**
 * B-lives without repair: the times (design time units) by which 1 %, 10 % and 50 % of systems
 * have had their first failure (system unreliability = 0.01, 0.1, 0.5). `null` for a level the
 * unreliability never reaches.
 */
export interface BLife {
  readonly b1: number | null;
  readonly b10: number | null;
  readonly b50: number | null;
}

/** The full exact analysis of a design. */
export interface AnalysisResult {
  readonly name: string;
  readonly timeUnit: TimeUnit;
  readonly missionTime: number;
  readonly points: readonly AnalysisPoint[];
  /** Mean time to first system failure without repair; `null` if unbounded or not exact. */
  readonly mttf: number | null;
  /** B1, B10 and B50 lives; `null` when the unreliability is not exactly computable or skipped. */
  readonly bLife: BLife | null;
  readonly steadyState: SteadyState;
  /**
   * What importance and cut-set probabilities are based on; `none` when neither the long-run nor
   * the mission figures are exactly computable (every Birnbaum and criticality is then 0 and
   * every cut-set probability `null`; the warnings say why).
   */
  readonly importanceBasis: 'steady-state' | 'mission' | 'none';
  readonly blocks: readonly BlockResult[];
  /** Minimal cut sets (block ids), smallest first, then most probable first. */
  readonly minimalCutSets: readonly (readonly string[])[];
  /** Probability of each listed cut set (all its blocks failed) on the importance basis. */
  readonly minimalCutSetProbabilities: readonly (number | null)[];
  /** Total number of minimal cut sets (the list may be limited to the most probable). */
  readonly minimalCutSetCount: number | null;
  /**
   * The design's price: Σ over physical units of the component's cost (a repeat adds nothing,
   * each copy of a subsystem counts); `null` when no component has a cost.
   */
  readonly cost: number | null;
  readonly warnings: readonly AnalysisWarning[];
}
