/**
 * Edits of a time built from named parts (`"mttr": { "detect": "5 min", "restart": "20 min" }`,
 * see "Times built from parts" in src/model/FORMAT.md) and the recovery steps a builder offers,
 * each with a typical figure to adjust. Pure functions of file values; runs anywhere; no DOM.
 */
import type {
  DesignFile,
  FailureFile,
  Quantity,
  RepairFile,
  TimePartsFile,
  TimeQuantity,
} from '../model/file.ts';
import { isTimeParts, sumTimeParts } from '../laws/quantity.ts';
import type { DiagramKey } from './diagram.ts';
import { getDiagram, setDiagram } from './diagram.ts';

/** Longest part name the format takes. */
export const MAX_PART_NAME_LENGTH = 40;

/** A step of a recovery that a builder offers, with a typical time to adjust. */
export interface RecoveryStep {
  /** The part's name in the file. */
  readonly name: string;
  readonly label: string;
  /** A typical figure, as an expression with its unit (to be adjusted). */
  readonly typical: string;
  /** What the step is and how to estimate it. */
  readonly help: string;
}

/**
 * The steps of a recovery (detect, diagnose, fail over, restart, restore, roll back, replay,
 * warm up), after the table "Fault-tolerance mechanisms" of the domain notes. The figures are
 * typical orders of magnitude, shown as figures to adjust, never as data.
 */
export const RECOVERY_STEPS: readonly RecoveryStep[] = [
  {
    name: 'detect',
    label: 'Detect',
    typical: '5 min',
    help: 'From the failure to an alert someone or a controller acts on (health-check interval × misses to alarm, MTTD).',
  },
  {
    name: 'diagnose',
    label: 'Diagnose',
    typical: '15 min',
    help: 'Finding what failed and deciding what to do.',
  },
  {
    name: 'fail over',
    label: 'Fail over',
    typical: '1 min',
    help: 'Moving the work to a standby: DNS or load-balancer change, leader election, promotion.',
  },
  {
    name: 'cold restart',
    label: 'Restart (cold)',
    typical: '10 min',
    help: 'Boot, load, and join again from nothing.',
  },
  {
    name: 'hot restart',
    label: 'Restart (hot)',
    typical: '30 s',
    help: 'Restart of a process whose machine and caches are still up.',
  },
  {
    name: 'restore full backup',
    label: 'Restore from a cold (full) backup',
    typical: '4 h',
    help: 'Copying the whole data set back: size ÷ restore throughput.',
  },
  {
    name: 'hot replica catch-up',
    label: 'Hot replica catches up',
    typical: '2 min',
    help: 'A replica kept running applies the last changes it missed.',
  },
  {
    name: 'restore incremental chain',
    label: 'Restore base + incremental chain',
    typical: '1 h + 6 * 10 min',
    help: 'The last full backup, then each incremental backup since, in order (here a 1 h base and six 10 min increments).',
  },
  {
    name: 'rollback',
    label: 'Roll back to the last checkpoint',
    typical: '2 min',
    help: 'Loading the last consistent checkpoint.',
  },
  {
    name: 'replay',
    label: 'Replay the redo log',
    typical: '60 min / 2 / 3',
    help: 'On average half a checkpoint interval of work is redone: interval ÷ 2 ÷ how many times faster the log replays than it was written (here a 60 min interval replayed 3× faster).',
  },
  {
    name: 'warm-up',
    label: 'Warm up',
    typical: '5 min',
    help: 'Caches and connection pools filling before full service.',
  },
];

/** The raw value of a law's field: a quantity, parts, or absent. */
export function getLawTime(law: FailureFile | RepairFile, key: string): TimeQuantity | undefined {
  const value: unknown = Object.hasOwn(law, key)
    ? (law as unknown as Record<string, unknown>)[key]
    : undefined;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return isTimeParts(value as TimeQuantity) ? (value as TimePartsFile) : undefined;
}

/** The named parts of a time, in file order (the `ui` key left out). */
export function listParts(parts: TimePartsFile): [string, Quantity][] {
  return Object.entries(parts).filter(([name]) => name !== 'ui');
}

/**
 * A time turned into parts: its value becomes one part named `name` (nothing when there is no
 * value yet).
 * @example toParts(4, 'repair'); // { repair: 4 }
 */
export function toParts(value: Quantity | undefined, name = 'repair'): TimePartsFile {
  return value === undefined ? {} : { [name]: value };
}

/**
 * Parts turned back into one time: the sum (an expression when the parts are expressions).
 * @returns the time, or `null` when the parts mix numbers with expressions (no exact sum here)
 */
export function fromParts(parts: TimePartsFile): Quantity | null {
  return sumTimeParts(parts);
}

/** A name not yet used by a part: `name`, else `name 2`, `name 3`, … */
export function getFreePartName(parts: TimePartsFile, name: string): string {
  if (!Object.hasOwn(parts, name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} ${i}`;
    if (!Object.hasOwn(parts, candidate)) return candidate;
  }
}

/** The parts with one more at the end (a free name derived from `name`). */
export function addPart(parts: TimePartsFile, name: string, value: Quantity): TimePartsFile {
  return { ...parts, [getFreePartName(parts, name)]: value };
}

/** The parts with one part's value replaced (order kept). */
export function setPart(parts: TimePartsFile, name: string, value: Quantity): TimePartsFile {
  return { ...parts, [name]: value };
}

/** The parts without one part. */
export function removePart(parts: TimePartsFile, name: string): TimePartsFile {
  const next: TimePartsFile = {};
  for (const [key, value] of Object.entries(parts)) if (key !== name) next[key] = value;
  return next;
}

/** Why a new part name cannot be used, or `null` when it can. */
export function checkPartName(parts: TimePartsFile, from: string, to: string): string | null {
  const name = to.trim();
  if (name.length === 0) return 'A step needs a name.';
  if (name.length > MAX_PART_NAME_LENGTH) {
    return `At most ${MAX_PART_NAME_LENGTH} characters.`;
  }
  if (name === 'ui' || name === '__proto__' || name === 'constructor' || name === 'prototype') {
    return `“${name}” is reserved.`;
  }
  if (name !== from && Object.hasOwn(parts, name)) return `There is already a step “${name}”.`;
  return null;
}

/** The parts with one part renamed in place (order kept); the name is trimmed. */
export function renamePart(parts: TimePartsFile, from: string, to: string): TimePartsFile {
  const name = to.trim();
  const next: TimePartsFile = {};
  for (const [key, value] of Object.entries(parts)) next[key === from ? name : key] = value;
  return next;
}

/**
 * Each part's share of the whole time (each repair lasts the sum of its parts, so a part's
 * share of the time spent repairing is its share of the sum).
 * @param values the parts' values in one unit (non-negative)
 * @returns shares summing to 1, or all `null` when the sum is 0
 */
export function getPartShares(values: readonly number[]): (number | null)[] {
  const total = values.reduce((sum, v) => sum + v, 0);
  return values.map((v) => (total > 0 ? v / total : null));
}

/** Where a time sits in a design: a field of a component's law, or a block's switch delay. */
export type TimePlace =
  | {
      readonly kind: 'law';
      readonly componentId: string;
      readonly slot: 'failure' | 'repair';
      readonly key: string;
    }
  | { readonly kind: 'switchDelay'; readonly diagram: DiagramKey; readonly nodeId: string };

/**
 * The design with the time at `place` replaced (the design itself when the place is missing).
 * @example withTimeAt(design, { kind: 'law', componentId: 'db', slot: 'repair', key: 'mttr' }, 2)
 */
export function withTimeAt(design: DesignFile, place: TimePlace, value: TimeQuantity): DesignFile {
  if (place.kind === 'law') {
    const { componentId, slot, key } = place;
    let changed = false;
    const components = design.components.map((c) => {
      const law = c[slot];
      if (c.id !== componentId || law === undefined) return c;
      changed = true;
      return { ...c, [slot]: { ...law, [key]: value } };
    });
    return changed ? { ...design, components } : design;
  }
  return withSwitchIn(design, place.diagram, place.nodeId, { delay: value });
}

/**
 * The design with fields of a standby block's switch set (the design itself when the block is
 * missing or not redundant).
 */
export function withSwitchIn(
  design: DesignFile,
  diagramKey: DiagramKey,
  nodeId: string,
  patch: { readonly successProbability?: Quantity; readonly delay?: TimeQuantity },
): DesignFile {
  const diagram = getDiagram(design, diagramKey);
  let changed = false;
  const nodes = diagram.nodes.map((n) => {
    if (n.id !== nodeId || n.kind !== 'block' || n.redundancy === undefined) return n;
    changed = true;
    return { ...n, redundancy: { ...n.redundancy, switch: { ...n.redundancy.switch, ...patch } } };
  });
  return changed ? setDiagram(design, diagramKey, { ...diagram, nodes }) : design;
}
