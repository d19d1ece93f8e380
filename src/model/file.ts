/**
 * TypeScript shape of a design *file* (format v1, src/model/FORMAT.md): what the app
 * edits, imports and exports, and what `parseDesign` validates into a {@link Design}. Numeric
 * parameters may be expression strings ("5 years", "250 FIT"). `ui` holds app-only state
 * (positions, colours) and is ignored by the engine.
 * Runs anywhere; no DOM.
 */
import type { FailureFile, RepairFile } from '../laws/registry.ts';

/** A number or an expression string with units. */
export type Quantity = number | string;

/**
 * A time built from named parts whose sum is the time (`{ "detect": "5 min", "replay": "10 min" }`),
 * allowed for `mtbf`, `mttr`, a repair `mean` or `time` and a switch `delay`.
 */
export type TimePartsFile = Record<string, Quantity>;

/** A time field that may be built from parts. */
export type TimeQuantity = Quantity | TimePartsFile;

/** App-only data, allowed anywhere in the file. */
export type UiData = Record<string, unknown>;

// The law unions are derived from the law modules listed in src/laws/registry.ts.
export type { FailureFile, RepairFile } from '../laws/registry.ts';

export interface ComponentFile {
  id: string;
  name: string;
  failure: FailureFile;
  repair?: RepairFile;
  cost?: Quantity;
  source?: string;
  ui?: UiData;
}

export interface RedundancyFile {
  type: 'active' | 'standby';
  standby?: 'cold' | 'warm' | 'hot';
  dormantFactor?: Quantity;
  switch?: { successProbability?: Quantity; delay?: TimeQuantity };
}

export type NodeFile =
  | { id: string; kind: 'start'; ui?: UiData }
  | { id: string; kind: 'end'; required?: Quantity; ui?: UiData }
  | {
      id: string;
      kind: 'block';
      component?: string;
      quantity?: Quantity;
      required?: Quantity;
      inputs?: Quantity;
      redundancy?: RedundancyFile;
      repeatOf?: string;
      ui?: UiData;
    }
  | { id: string; kind: 'junction'; required?: Quantity; ui?: UiData }
  | { id: string; kind: 'subsystem'; subsystem: string; inputs?: Quantity; ui?: UiData };

export interface EdgeFile {
  from: string;
  to: string;
  ui?: UiData;
}

/** A shared-fate zone: one unit of `component` whose outage takes all `members` down. */
export interface ZoneFile {
  id: string;
  name?: string;
  component: string;
  members: string[];
  ui?: UiData;
}

/** A common-cause (beta-factor) group over block nodes of one exponential component. */
export interface CommonCauseFile {
  id: string;
  name?: string;
  members: string[];
  beta: Quantity;
  ui?: UiData;
}

export interface DiagramFile {
  nodes: NodeFile[];
  edges: EdgeFile[];
  zones?: ZoneFile[];
  commonCause?: CommonCauseFile[];
  ui?: UiData;
}

/** A design file, format v1. */
export interface DesignFile {
  format: 'rbd-design';
  version: 1;
  name: string;
  description?: string;
  timeUnit?: 'hour' | 'day' | 'week' | 'month' | 'year';
  missionTime?: Quantity;
  components: ComponentFile[];
  diagram: DiagramFile;
  subsystems?: Record<string, DiagramFile>;
  targets?: { availability?: Quantity; downtimePerYear?: Quantity; reliability?: Quantity };
  ui?: UiData;
}
