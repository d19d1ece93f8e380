/**
 * Pure field edits of a design file: design settings, node fields, component (type) fields,
 * renaming a node, and the empty design a new document starts from.
 */
import type {
  ComponentFile,
  DesignFile,
  DiagramFile,
  FailureFile,
  NodeFile,
  Quantity,
  RedundancyFile,
  RepairFile,
} from '../model/file.ts';
import type { Result } from '../util/result.ts';
import { takesRepair } from '../laws/files.ts';
import type { XY } from './diagram.ts';
import { getDiagramIndex, getPositions, withPositions } from './diagram.ts';
import { mapSharedFateMembers } from './graph.ts';

/** Node fields the inspector edits, with their value types. */
export interface NodeFieldValues {
  component: string;
  quantity: Quantity;
  required: Quantity;
  inputs: Quantity;
  redundancy: RedundancyFile;
  repeatOf: string;
  subsystem: string;
}
export type NodeField = keyof NodeFieldValues;

/** Which node kinds have which fields. */
const NODE_FIELDS: Readonly<Record<NodeFile['kind'], readonly NodeField[]>> = {
  start: [],
  end: ['required'],
  block: ['component', 'quantity', 'required', 'inputs', 'redundancy', 'repeatOf'],
  junction: ['required'],
  subsystem: ['subsystem', 'inputs'],
};

/** Component fields, with their value types. */
export interface ComponentFieldValues {
  name: string;
  failure: FailureFile;
  repair: RepairFile;
  cost: Quantity;
  source: string;
}
export type ComponentField = keyof ComponentFieldValues;

/** Design-level settings. */
export interface DesignFieldValues {
  name: string;
  description: string;
  timeUnit: NonNullable<DesignFile['timeUnit']>;
  missionTime: Quantity;
}
export type DesignField = keyof DesignFieldValues;

/**
 * A copy of `object` with `key` set to `value`, or removed when `value` is undefined. The
 * caller guarantees that the key belongs to the object's type (checked by the tables above).
 */
function withField<T extends object>(object: T, key: string, value: unknown): T {
  const copy: Record<string, unknown> = { ...(object as Record<string, unknown>) };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy as T;
}

/** The design with one setting changed (undefined removes an optional one). */
export function setDesignFieldIn<K extends DesignField>(
  design: DesignFile,
  field: K,
  value: DesignFieldValues[K] | undefined,
): DesignFile {
  if (design[field] === value) return design;
  if (field === 'name' && value === undefined) return design;
  return withField(design, field, value);
}

/** The diagram with one field of one node changed (fields the node's kind lacks are ignored). */
export function setNodeFieldIn<K extends NodeField>(
  diagram: DiagramFile,
  id: string,
  field: K,
  value: NodeFieldValues[K] | undefined,
): DiagramFile {
  const node = getDiagramIndex(diagram).nodes.get(id);
  if (!node || !NODE_FIELDS[node.kind].includes(field)) return diagram;
  if ((node as unknown as Record<string, unknown>)[field] === value) return diagram;
  const next = withField(node, field, value);
  return { ...diagram, nodes: diagram.nodes.map((n) => (n.id === id ? next : n)) };
}

/** The design with one field of one component changed. */
export function setComponentFieldIn<K extends ComponentField>(
  design: DesignFile,
  id: string,
  field: K,
  value: ComponentFieldValues[K] | undefined,
): DesignFile {
  const component = design.components.find((c) => c.id === id);
  if (!component || component[field] === value) return design;
  if ((field === 'name' || field === 'failure') && value === undefined) return design;
  let next = withField(component, field, value);
  // A time-independent (fixed-probability) law takes no repair (design format): drop it.
  if (field === 'failure' && !takesRepair(next.failure))
    next = withField(next, 'repair', undefined);
  return { ...design, components: design.components.map((c) => (c.id === id ? next : c)) };
}

/** A component id unused in the design, from a wanted id. */
export function createComponentId(design: DesignFile, wanted: string): string {
  const taken = new Set(design.components.map((c) => c.id));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** The design with a component added. */
export function addComponentTo(design: DesignFile, component: ComponentFile): DesignFile {
  return { ...design, components: [...design.components, component] };
}

/** Characters allowed in a node id typed by a user. */
const NODE_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The diagram with a node renamed everywhere it is referred to, or why it cannot be. */
export function renameNodeIn(
  diagram: DiagramFile,
  id: string,
  wanted: string,
): Result<DiagramFile, string> {
  const nodes = getDiagramIndex(diagram).nodes;
  if (wanted === id) return { ok: true, value: diagram };
  if (!NODE_ID_PATTERN.test(wanted)) {
    return {
      ok: false,
      error: `invalid id ${JSON.stringify(wanted)}: use 1 to 64 letters, digits, "-", "_", "." or ":"`,
    };
  }
  const sharedFateIds = [...(diagram.zones ?? []), ...(diagram.commonCause ?? [])].map((z) => z.id);
  if (nodes.has(wanted) || sharedFateIds.includes(wanted)) {
    return { ok: false, error: `id "${wanted}" is already used` };
  }
  if (!nodes.has(id)) return { ok: false, error: `unknown node "${id}"` };
  const at = (x: string) => (x === id ? wanted : x);
  const renamed: DiagramFile = {
    ...mapSharedFateMembers(diagram, at),
    nodes: diagram.nodes.map((n) => {
      const moved = n.id === id ? { ...n, id: wanted } : n;
      return moved.kind === 'block' && moved.repeatOf === id
        ? { ...moved, repeatOf: wanted }
        : moved;
    }),
    edges: diagram.edges.map((e) => ({ ...e, from: at(e.from), to: at(e.to) })),
  };
  const positions: Record<string, XY> = {};
  for (const [k, p] of Object.entries(getPositions(diagram))) positions[at(k)] = p;
  return {
    ok: true,
    value: withPositions({ ...renamed, ui: { ...renamed.ui, positions: {} } }, positions),
  };
}
