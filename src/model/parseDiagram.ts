/**
 * Reading one diagram of a design file (the root `diagram` or one of `subsystems`): its nodes,
 * their parameters, and its edges. Graph-level checks live in parseGraph.ts.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { DiagramNode, Redundancy, TimeUnit } from './types.ts';
import {
  AT_LEAST_ONE,
  checkFields,
  describeValue,
  fieldPath,
  isFields,
  isOneOf,
  itemPath,
  missingField,
  own,
  readNumber,
  readRequiredString,
  readString,
} from './parseRead.ts';
import type { Fields, IssueList, NumberSpec } from './parseRead.ts';
import { evaluateQuantity, showInput } from './expression.ts';
import { readRedundancy } from './parseRedundancy.ts';

/** Parameters of a block node that a repeat takes from the node it repeats. */
export interface BlockFields {
  /** `null` when missing or invalid (reported). */
  readonly component: string | null;
  readonly quantity: number | null;
  readonly required: number | null;
  readonly redundancy: Redundancy | null;
}

/** A node as read, before repeats are resolved. A `null` field was invalid (reported). */
export interface NodeDraft {
  readonly id: string;
  readonly kind: DiagramNode['kind'];
  /** Path of the node, like `subsystems.dc.nodes[2]`. */
  readonly path: string;
  /** Message label, like `node "db" in subsystem "dc"`. */
  readonly owner: string;
  /** The predecessor threshold: `inputs` of blocks and subsystems, `required` of the others. */
  readonly threshold: { readonly field: 'inputs' | 'required'; readonly value: number | null };
  /** Block parameters (blocks only; for a repeat, its own are not read). */
  readonly block: BlockFields | null;
  /** Id of the repeated node, blocks only. */
  readonly repeatOf: string | null;
  /** Subsystem name, subsystem nodes only. */
  readonly subsystem: string | null;
  /** The node object as found in the file. */
  readonly raw: Fields;
}

/** An edge as read (both ends name existing nodes when `DiagramDraft.edgesOk`). */
export interface EdgeDraft {
  readonly from: string;
  readonly to: string;
  readonly path: string;
}

/** One diagram as read. */
export interface DiagramDraft {
  /** Path of the diagram: `diagram` or `subsystems.dc`. */
  readonly path: string;
  /** `the diagram` or `subsystem "dc"`, for messages. */
  readonly label: string;
  readonly nodes: readonly NodeDraft[];
  readonly edges: readonly EdgeDraft[];
  /** Every node has a valid, unique id and a known kind. */
  readonly nodesOk: boolean;
  /** Every edge joins two known nodes, without duplicates. */
  readonly edgesOk: boolean;
}

/** What the diagram reader needs from the rest of the file. */
export interface DiagramContext {
  readonly componentIds: ReadonlySet<string>;
  readonly subsystemNames: ReadonlySet<string>;
  readonly timeUnit: TimeUnit;
  readonly issues: IssueList;
}

const NODE_KINDS: readonly DiagramNode['kind'][] = [
  'start',
  'end',
  'block',
  'junction',
  'subsystem',
];
const COUNT: NumberSpec = { kind: 'count', range: AT_LEAST_ONE };

/** Reads a count such as quantity, required or inputs: at least 1, default 1. */
function readCount(
  raw: Fields,
  key: string,
  path: string,
  owner: string,
  ctx: DiagramContext,
): number | null {
  const value = readNumber(raw, key, path, owner, COUNT, ctx.timeUnit, ctx.issues);
  return value === undefined ? 1 : value;
}

/** Reads the fields of a block that is not a repeat. */
function readBlockFields(
  raw: Fields,
  path: string,
  owner: string,
  ctx: DiagramContext,
): BlockFields {
  const read = (key: string): number | null => readCount(raw, key, path, owner, ctx);
  let component = readRequiredString(raw, 'component', path, owner, ctx.issues);
  if (component !== null && !ctx.componentIds.has(component)) {
    ctx.issues.error(
      'unknown-component',
      fieldPath(path, 'component'),
      `${owner} uses unknown component ${showInput(component)}`,
    );
    component = null;
  }
  const quantity = read('quantity');
  let required = read('required');
  if (quantity !== null && required !== null && required > quantity) {
    ctx.issues.error(
      'required-above-quantity',
      fieldPath(path, 'required'),
      `${owner}: required ${required} is larger than quantity ${quantity}`,
    );
    required = null;
  }
  const redundancy = readRedundancy(
    own(raw, 'redundancy'),
    fieldPath(path, 'redundancy'),
    owner,
    ctx,
  );
  if (redundancy?.kind === 'standby' && quantity !== null && quantity === required) {
    ctx.issues.warn(
      'no-spare',
      fieldPath(path, 'quantity'),
      `standby ${owner} has no spare (quantity ${quantity} equals required ${required})`,
    );
  }
  return { component, quantity, required, redundancy };
}

/** Reads one node whose id and kind are already known to be valid. */
export function readNode(
  raw: Fields,
  id: string,
  kind: DiagramNode['kind'],
  path: string,
  owner: string,
  ctx: DiagramContext,
): NodeDraft {
  const count = (key: string): number | null => readCount(raw, key, path, owner, ctx);
  const base = { id, kind, path, owner, raw, block: null, repeatOf: null, subsystem: null };
  switch (kind) {
    case 'start':
      checkFields(raw, path, ['id', 'kind'], ctx.issues);
      return { ...base, threshold: { field: 'required', value: 1 } };
    case 'end':
    case 'junction':
      checkFields(raw, path, ['id', 'kind', 'required'], ctx.issues);
      return { ...base, threshold: { field: 'required', value: count('required') } };
    case 'subsystem': {
      checkFields(raw, path, ['id', 'kind', 'subsystem', 'inputs'], ctx.issues);
      let name = readRequiredString(raw, 'subsystem', path, owner, ctx.issues);
      if (name !== null && !ctx.subsystemNames.has(name)) {
        ctx.issues.error(
          'unknown-subsystem',
          fieldPath(path, 'subsystem'),
          `${owner} uses unknown subsystem ${showInput(name)}`,
        );
        name = null;
      }
      return { ...base, subsystem: name, threshold: { field: 'inputs', value: count('inputs') } };
    }
    case 'block': {
      checkFields(
        raw,
        path,
        ['id', 'kind', 'component', 'quantity', 'required', 'inputs', 'redundancy', 'repeatOf'],
        ctx.issues,
      );
      const inputs = count('inputs');
      const repeatOf = readString(raw, 'repeatOf', path, owner, ctx.issues, { nonEmpty: true });
      if (repeatOf === null) return { ...base, threshold: { field: 'inputs', value: inputs } };
      if (repeatOf !== undefined) {
        return { ...base, repeatOf, threshold: { field: 'inputs', value: inputs } };
      }
      const block = readBlockFields(raw, path, owner, ctx);
      return { ...base, block, threshold: { field: 'inputs', value: inputs } };
    }
  }
}

/**
 * Warns about the fields a repeat carries but does not use (its own component, quantity,
 * required and redundancy are those of the node it repeats). Fields equal to the original's are
 * accepted silently, as the spec's own example carries the component.
 */
export function checkRepeatFields(
  node: NodeDraft,
  original: BlockFields,
  ctx: DiagramContext,
): void {
  const raw = node.raw;
  const ignored: string[] = [];
  const component = own(raw, 'component');
  if (component !== undefined && component !== null && component !== original.component) {
    ignored.push('component');
  }
  for (const key of ['quantity', 'required'] as const) {
    const value = own(raw, key);
    if (value === undefined || value === null) continue;
    const parsed =
      typeof value === 'number' || typeof value === 'string'
        ? evaluateQuantity(value, 'count', ctx.timeUnit)
        : null;
    if (parsed === null || !parsed.ok || parsed.value !== original[key]) ignored.push(key);
  }
  if (own(raw, 'redundancy') !== undefined && own(raw, 'redundancy') !== null) {
    ignored.push('redundancy');
  }
  for (const key of ignored) {
    ctx.issues.warn(
      'repeat-field-ignored',
      fieldPath(node.path, key),
      `${node.owner} repeats ${showInput(node.repeatOf)}: its own ${key} is ignored`,
    );
  }
}

/** Reads the node list of a diagram. */
function readNodes(
  list: readonly unknown[],
  path: string,
  where: string,
  ctx: DiagramContext,
): { nodes: NodeDraft[]; ok: boolean } {
  const nodes: NodeDraft[] = [];
  const firstAt = new Map<string, string>();
  let ok = true;
  list.forEach((raw: unknown, i) => {
    const at = itemPath(path, i);
    if (!isFields(raw)) {
      ctx.issues.error('wrong-type', at, `invalid node: ${describeValue(raw)} (must be an object)`);
      ok = false;
      return;
    }
    const id = readRequiredString(raw, 'id', at, `a node${where}`, ctx.issues, { nonEmpty: true });
    const owner = id === null ? `a node${where}` : `node ${showInput(id)}${where}`;
    const kind = readRequiredString(raw, 'kind', at, owner, ctx.issues);
    if (kind !== null && !isOneOf(NODE_KINDS, kind)) {
      ctx.issues.error(
        'unknown-kind',
        fieldPath(at, 'kind'),
        `unknown node kind ${showInput(kind)} for ${owner} ` +
          '(must be start, end, block, junction or subsystem)',
      );
    }
    if (id === null || kind === null || !isOneOf(NODE_KINDS, kind)) {
      ok = false;
      return;
    }
    const first = firstAt.get(id);
    if (first !== undefined) {
      ctx.issues.error(
        'duplicate-id',
        fieldPath(at, 'id'),
        `duplicate node id ${showInput(id)}${where} (first used at ${first})`,
      );
      ok = false;
      return;
    }
    firstAt.set(id, at);
    nodes.push(readNode(raw, id, kind, at, owner, ctx));
  });
  return { nodes, ok };
}

/** Reads the edge list of a diagram, given the ids of its nodes. */
function readEdges(
  list: readonly unknown[],
  path: string,
  where: string,
  kinds: ReadonlyMap<string, DiagramNode['kind']>,
  nodesOk: boolean,
  ctx: DiagramContext,
): { edges: EdgeDraft[]; ok: boolean } {
  const edges: EdgeDraft[] = [];
  const seen = new Map<string, string>();
  let ok = true;
  list.forEach((raw: unknown, i) => {
    const at = itemPath(path, i);
    if (!isFields(raw)) {
      ctx.issues.error('wrong-type', at, `invalid edge: ${describeValue(raw)} (must be an object)`);
      ok = false;
      return;
    }
    checkFields(raw, at, ['from', 'to'], ctx.issues);
    const from = readRequiredString(raw, 'from', at, `an edge${where}`, ctx.issues);
    const to = readRequiredString(raw, 'to', at, `an edge${where}`, ctx.issues);
    if (from === null || to === null) {
      ok = false;
      return;
    }
    const label = `edge from ${showInput(from)} to ${showInput(to)}${where}`;
    let known = true;
    for (const [end, id] of [
      ['from', from],
      ['to', to],
    ] as const) {
      // With a broken node list an id may be missing only because its node was rejected.
      if (!kinds.has(id) && nodesOk) {
        ctx.issues.error(
          'unknown-node',
          fieldPath(at, end),
          `${label} names unknown node ${showInput(id)}`,
        );
      }
      if (!kinds.has(id)) known = false;
    }
    if (!known) {
      ok = false;
      return;
    }
    if (kinds.get(to) === 'start') {
      ctx.issues.error('bad-edge', fieldPath(at, 'to'), `${label} enters the start node`);
      ok = false;
    }
    if (kinds.get(from) === 'end') {
      ctx.issues.error('bad-edge', fieldPath(at, 'from'), `${label} leaves the end node`);
      ok = false;
    }
    const key = `${from}\u0000${to}`;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.issues.error('duplicate-edge', at, `duplicate ${label} (first at ${first})`);
      ok = false;
      return;
    }
    seen.set(key, at);
    edges.push({ from, to, path: at });
  });
  return { edges, ok };
}

/**
 * Reads one diagram: nodes (with their parameters) and edges.
 * @param value the raw diagram object
 * @param path `diagram` or `subsystems.dc`
 * @param subsystem the subsystem name, or `null` for the root diagram
 * @returns the draft, or `null` when the diagram is not even an object with node and edge lists
 */
export function readDiagram(
  value: unknown,
  path: string,
  subsystem: string | null,
  ctx: DiagramContext,
): DiagramDraft | null {
  const label = subsystem === null ? 'the diagram' : `subsystem ${showInput(subsystem)}`;
  const where = subsystem === null ? '' : ` in subsystem ${showInput(subsystem)}`;
  if (!isFields(value)) {
    ctx.issues.error(
      'wrong-type',
      path,
      `invalid ${label}: ${describeValue(value)} (must be an object with nodes and edges)`,
    );
    return null;
  }
  checkFields(value, path, ['nodes', 'edges', 'zones', 'commonCause'], ctx.issues);
  const lists: Partial<Record<'nodes' | 'edges', readonly unknown[]>> = {};
  for (const key of ['nodes', 'edges'] as const) {
    const list = own(value, key);
    if (Array.isArray(list)) lists[key] = list;
    else if (list === undefined || list === null) {
      ctx.issues.error('missing-field', fieldPath(path, key), missingField(key, label));
    } else {
      ctx.issues.error(
        'wrong-type',
        fieldPath(path, key),
        `invalid ${key} for ${label}: ${describeValue(list)} (must be a list)`,
      );
    }
  }
  if (lists.nodes === undefined || lists.edges === undefined) return null;
  const nodes = readNodes(lists.nodes, fieldPath(path, 'nodes'), where, ctx);
  const kinds = new Map(nodes.nodes.map((n) => [n.id, n.kind]));
  const edges = readEdges(lists.edges, fieldPath(path, 'edges'), where, kinds, nodes.ok, ctx);
  return {
    path,
    label,
    nodes: nodes.nodes,
    edges: edges.edges,
    nodesOk: nodes.ok,
    edgesOk: edges.ok,
  };
}
