/**
 * Pure mapping between one diagram of the design and React Flow's nodes and edges. The design
 * is the truth: nodes and edges are derived from it (positions from `diagram.ui.positions`,
 * selection from the store), and React Flow's change events are read back into store actions.
 * `reuseNodes` / `reuseEdges` keep unchanged objects identical, so React Flow only re-adopts
 * what changed (it compares user nodes by identity), which keeps 1000-node designs smooth.
 */
import type { Edge, EdgeChange, Node, NodeChange } from '@xyflow/react';
import type { ComponentFile, DiagramFile, NodeFile, Positions, XY } from '../../src/index.ts';
import { getEdgeId, getPositions } from '../../src/index.ts';
import { NODE_SIZES } from './nodes/nodeSizes.ts';
import type { ZoneBox } from './zoneBoxes.ts';

/**
 * Node types: one custom node per node kind of the file format, plus the outlines of zones and
 * common-cause groups (drawn behind the nodes, see zoneBoxes.ts).
 */
export type FlowNodeType = NodeFile['kind'] | 'zone' | 'commonCause';
/** Nodes read their own data from the store by id; `data` is empty. */
export type FlowNodeData = Record<string, never>;
export type FlowNode = Node<FlowNodeData, FlowNodeType>;
export type FlowEdge = Edge<Record<string, never>, 'rbd'>;

/** Measured size of a node. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

const NO_DATA: FlowNodeData = {};
const ORIGIN: XY = { x: 0, y: 0 };

/** Accessible name of a node: its kind, id and type. */
export function getNodeLabel(
  node: NodeFile,
  components: ReadonlyMap<string, ComponentFile>,
): string {
  switch (node.kind) {
    case 'start':
      return 'Start';
    case 'end':
      return 'End';
    case 'junction':
      return `Junction ${node.id}`;
    case 'subsystem':
      return `Subsystem ${node.id} (${node.subsystem})`;
    case 'block': {
      if (node.repeatOf !== undefined) return `Block ${node.id}, same unit as ${node.repeatOf}`;
      const name = node.component === undefined ? undefined : components.get(node.component)?.name;
      return `Block ${node.id}${name === undefined ? '' : ` (${name})`}`;
    }
  }
}

/**
 * React Flow nodes of a diagram.
 * @param selected ids of the selected nodes
 * @param override positions that replace the stored ones (nodes being dragged)
 * @param sizes measured sizes to carry over (React Flow hides nodes without them)
 * @param hidden ids of nodes not drawn yet (a large diagram is built in slices)
 */
export function getFlowNodes(
  diagram: DiagramFile,
  components: readonly ComponentFile[],
  selected: ReadonlySet<string>,
  override: Positions = {},
  sizes: ReadonlyMap<string, Size> = new Map(),
  hidden: ReadonlySet<string> = new Set(),
): FlowNode[] {
  const positions = getPositions(diagram);
  const byId = new Map(components.map((c) => [c.id, c]));
  return diagram.nodes.map((n) => {
    const node: FlowNode = {
      id: n.id,
      type: n.kind,
      position: override[n.id] ?? positions[n.id] ?? ORIGIN,
      data: NO_DATA,
      selected: selected.has(n.id),
      deletable: n.kind !== 'start' && n.kind !== 'end',
      ariaLabel: getNodeLabel(n, byId),
    };
    const size = sizes.get(n.id);
    if (size) node.measured = size;
    if (hidden.has(n.id)) {
      // A hidden node was never measured: its drawn size lets fitting the view count it.
      node.hidden = true;
      node.initialWidth = NODE_SIZES[n.kind].width;
      node.initialHeight = NODE_SIZES[n.kind].height;
    }
    return node;
  });
}

/** Accessible name of a zone or group outline. */
export function getGroupLabel(diagram: DiagramFile, box: ZoneBox): string {
  if (box.kind === 'zone') {
    const zone = diagram.zones?.find((z) => z.id === box.id);
    const n = zone?.members.length ?? 0;
    return `Zone ${box.id}${zone?.name === undefined ? '' : ` (${zone.name})`}, ${n} member${n === 1 ? '' : 's'}`;
  }
  const group = diagram.commonCause?.find((g) => g.id === box.id);
  const n = group?.members.length ?? 0;
  return `Common-cause group ${box.id}, beta ${String(group?.beta ?? '')}, ${n} member${n === 1 ? '' : 's'}`;
}

/**
 * React Flow nodes of the outlines of zones and groups: selectable (to inspect one) but neither
 * dragged nor connected; a box is computed from its members, never stored.
 * @param boxes from `getZoneBoxes`, outermost first
 */
export function getGroupFlowNodes(
  diagram: DiagramFile,
  boxes: readonly ZoneBox[],
  selected: ReadonlySet<string>,
): FlowNode[] {
  return boxes.map((box) => ({
    id: box.id,
    type: box.kind,
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    data: NO_DATA,
    selected: selected.has(box.id),
    draggable: false,
    connectable: false,
    deletable: true,
    ariaLabel: getGroupLabel(diagram, box),
  }));
}

/** React Flow edges of a diagram. */
export function getFlowEdges(diagram: DiagramFile, selected: ReadonlySet<string>): FlowEdge[] {
  return diagram.edges.map((e) => {
    const id = getEdgeId(e);
    return { id, source: e.from, target: e.to, type: 'rbd', selected: selected.has(id) };
  });
}

function isSameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.id === b.id &&
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.selected === b.selected &&
    a.deletable === b.deletable &&
    a.hidden === b.hidden &&
    a.ariaLabel === b.ariaLabel &&
    a.data === b.data &&
    a.measured?.width === b.measured?.width &&
    a.measured?.height === b.measured?.height &&
    a.width === b.width &&
    a.height === b.height
  );
}

function isSameEdge(a: FlowEdge, b: FlowEdge): boolean {
  return (
    a.id === b.id &&
    a.source === b.source &&
    a.target === b.target &&
    a.type === b.type &&
    a.selected === b.selected
  );
}

function reuse<T extends { id: string }>(
  previous: readonly T[],
  next: T[],
  same: (a: T, b: T) => boolean,
): readonly T[] {
  const byId = new Map(previous.map((item) => [item.id, item]));
  let changed = previous.length !== next.length;
  const merged = next.map((item, i) => {
    const old = byId.get(item.id);
    if (old !== undefined && same(old, item)) {
      if (previous[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return item;
  });
  return changed ? merged : previous;
}

/** `next`, with every node equal to one of `previous` replaced by that (identical) object. */
export function reuseNodes(previous: readonly FlowNode[], next: FlowNode[]): readonly FlowNode[] {
  return reuse(previous, next, isSameNode);
}

/** `next`, with every edge equal to one of `previous` replaced by that (identical) object. */
export function reuseEdges(previous: readonly FlowEdge[], next: FlowEdge[]): readonly FlowEdge[] {
  return reuse(previous, next, isSameEdge);
}

/** What a batch of React Flow node changes asks the app to do. */
export interface NodeChangeIntent {
  /** Positions of nodes still being dragged (transient, not in the document). */
  readonly dragging: Positions;
  /** Final positions (drag end, keyboard move): one document edit. */
  readonly moved: Positions;
  /** Selection flags that changed, or null when none did. */
  readonly select: ReadonlyMap<string, boolean> | null;
  /** Measured sizes that changed. */
  readonly sizes: ReadonlyMap<string, Size>;
  /** Nodes React Flow asks to remove (we delete through the store instead). */
  readonly remove: readonly string[];
}

/** Reads a batch of node changes. */
export function readNodeChanges(changes: readonly NodeChange<FlowNode>[]): NodeChangeIntent {
  const dragging: Record<string, XY> = {};
  const moved: Record<string, XY> = {};
  const sizes = new Map<string, Size>();
  const remove: string[] = [];
  let select: Map<string, boolean> | null = null;
  for (const change of changes) {
    switch (change.type) {
      case 'position':
        if (change.position) {
          if (change.dragging === true) dragging[change.id] = change.position;
          else moved[change.id] = change.position;
        }
        break;
      case 'select':
        (select ??= new Map()).set(change.id, change.selected);
        break;
      case 'dimensions':
        if (change.dimensions) sizes.set(change.id, change.dimensions);
        break;
      case 'remove':
        remove.push(change.id);
        break;
      case 'add':
      case 'replace':
        break;
    }
  }
  return { dragging, moved, select, sizes, remove };
}

/** Edge selection flags that changed in a batch of edge changes, or null when none did. */
export function readEdgeSelection(
  changes: readonly EdgeChange<FlowEdge>[],
): ReadonlyMap<string, boolean> | null {
  let select: Map<string, boolean> | null = null;
  for (const change of changes) {
    if (change.type === 'select') (select ??= new Map()).set(change.id, change.selected);
  }
  return select;
}

/** A selection list after applying selection flags (order kept, new ids appended). */
export function applySelection(
  current: readonly string[],
  flags: ReadonlyMap<string, boolean> | null,
): readonly string[] {
  if (flags === null) return current;
  const next = current.filter((id) => flags.get(id) !== false);
  for (const [id, on] of flags) if (on && !next.includes(id)) next.push(id);
  const same = next.length === current.length && next.every((id, i) => current[i] === id);
  return same ? current : next;
}
