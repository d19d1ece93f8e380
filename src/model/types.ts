/**
 * The internal, normalised design model (the file format: src/model/FORMAT.md).
 * Every time is in the design's own `timeUnit`; every rate is per that unit.
 * Runs anywhere; no DOM.
 */
import type { FailureLaw, RepairLaw } from '../laws/registry.ts';
import type { IssueCode } from '../errors.ts';

/** Time units a design file may declare. */
export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** Hours in one of each {@link TimeUnit} (month = 730.5 h, year = 8766 h). */
export const HOURS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  hour: 1,
  day: 24,
  week: 168,
  month: 730.5,
  year: 8766,
};

/** Hours in the year used for "downtime per year". */
export const HOURS_PER_YEAR = 8766;

// The law unions are derived from the law modules listed in src/laws/registry.ts.
export type { FailureLaw, RepairLaw } from '../laws/registry.ts';

/**
 * A time built from named parts (detect, replay, restart, …), each in design time units; the
 * time is their sum. Kept so that export writes the parts back as they were given.
 */
export type TimeParts = Readonly<Record<string, number>>;

/** A component type of the catalogue. */
export interface Component {
  readonly id: string;
  readonly name: string;
  readonly failure: FailureLaw;
  /** `null`: never repaired. */
  readonly repair: RepairLaw | null;
  /** Price of one unit, `null` when not given. */
  readonly cost: number | null;
  /** Where the figures come from ("vendor datasheet 2025"), when the file says. */
  readonly source?: string;
  /**
   * Times of the laws given as parts, by `failure.<key>` or `repair.<key>` (`repair.mttr`);
   * absent when no time of this component has parts.
   */
  readonly timeParts?: Readonly<Record<string, TimeParts>>;
}

/** Standby flavours. */
export type StandbyKind = 'cold' | 'warm' | 'hot';

/** How the units of a block share the work. */
export type Redundancy =
  | { readonly kind: 'active' }
  | {
      readonly kind: 'standby';
      readonly standby: StandbyKind;
      /** Failure-rate multiplier of a waiting unit: 0 cold, (0,1) warm, 1 hot. */
      readonly dormantFactor: number;
      /** Probability that one switch-over attempt works. */
      readonly switchSuccess: number;
      /** Time the block is down while switching (design time units). */
      readonly switchDelay: number;
      /** The switch delay's parts (detection, switch-over, …), when it was given as parts. */
      readonly switchDelayParts?: TimeParts;
    };

export interface StartNode {
  readonly kind: 'start';
  readonly id: string;
}
export interface EndNode {
  readonly kind: 'end';
  readonly id: string;
  /** How many predecessors must be reached. */
  readonly required: number;
}
export interface BlockNode {
  readonly kind: 'block';
  readonly id: string;
  /** Component id (for a repeat: the component of the repeated block). */
  readonly component: string;
  readonly quantity: number;
  readonly required: number;
  /** How many predecessors must be reached. */
  readonly inputs: number;
  readonly redundancy: Redundancy;
  /** Id of the block node (same diagram) this node is the same physical unit as. */
  readonly repeatOf: string | null;
}
export interface JunctionNode {
  readonly kind: 'junction';
  readonly id: string;
  readonly required: number;
}
export interface SubsystemNode {
  readonly kind: 'subsystem';
  readonly id: string;
  readonly subsystem: string;
  /** How many predecessors must be reached. */
  readonly inputs: number;
}

/** Diagram nodes, discriminated on `kind`. */
export type DiagramNode = StartNode | EndNode | BlockNode | JunctionNode | SubsystemNode;

export interface Edge {
  readonly from: string;
  readonly to: string;
}

/**
 * A zone: one more physical unit of `component`, shared by its members (block or subsystem
 * nodes of the same diagram). A member is reached only while the zone works as well.
 */
export interface Zone {
  readonly id: string;
  /** Free text; `''` when the file gives none. */
  readonly name: string;
  readonly component: string;
  /** Node ids of the same diagram, in file order, without duplicates. */
  readonly members: readonly string[];
}

/**
 * A common-cause group (beta-factor model) over block nodes of one exponential component of
 * rate λ: each unit fails alone at (1 − β)·λ, and one common-cause event of rate β·λ (repaired
 * with the component's repair law) fails every unit of every member at once.
 */
export interface CommonCauseGroup {
  readonly id: string;
  /** Free text; `''` when the file gives none. */
  readonly name: string;
  /** Block node ids of the same diagram, in file order, without duplicates. */
  readonly members: readonly string[];
  /** Share of the component's failure rate that is common cause, in [0, 1]. */
  readonly beta: number;
}

export interface Diagram {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly Edge[];
  /** Shared-fate zones; absent when the file declares none (or an empty list). */
  readonly zones?: readonly Zone[];
  /** Common-cause groups; absent when the file declares none (or an empty list). */
  readonly commonCause?: readonly CommonCauseGroup[];
}

/**
 * A design's service-level objective (each part optional, at least one present): the least
 * steady-state availability, the most downtime per year (design time units over a year of
 * 8766 h) and the least reliability at the mission time.
 */
export interface DesignTargets {
  readonly availability?: number;
  readonly downtimePerYear?: number;
  readonly reliability?: number;
}

/** A validated, normalised design. */
export interface Design {
  readonly name: string;
  readonly description: string;
  readonly timeUnit: TimeUnit;
  /** Default mission time, design time units. */
  readonly missionTime: number;
  readonly components: readonly Component[];
  readonly diagram: Diagram;
  readonly subsystems: Readonly<Record<string, Diagram>>;
  /** The service-level objective, absent when the file sets none. */
  readonly targets?: DesignTargets;
}

/** A problem found in a design file. `path` is like `diagram.nodes[3].required`. */
export interface DesignIssue {
  readonly severity: 'error' | 'warning';
  /** One of the codes of src/errors.ts. */
  readonly code: IssueCode;
  readonly path: string;
  readonly message: string;
}
