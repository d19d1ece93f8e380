/**
 * Pure graph edits of one diagram: connect (refusing cycles with the reason), add nodes,
 * insert a node in series after others or in parallel beside one, remove nodes and edges.
 */
import type { DiagramFile, EdgeFile, NodeFile } from '../model/file.ts';
import type { Result } from '../util/result.ts';
import type { Positions, XY } from './diagram.ts';
import {
  getDiagramIndex,
  getEdgeId,
  getPositions,
  getPreds,
  getSuccs,
  withPositions,
  withoutPositions,
} from './diagram.ts';

/** Horizontal distance between columns of a fresh layout, flow units. */
export const COLUMN_GAP = 240;
/** Vertical distance between rows of a fresh layout, flow units. */
export const ROW_GAP = 120;

function refuse(error: string): Result<true, string> {
  return { ok: false, error };
}

/** A path of node ids from `from` to `to` following edges, or null when there is none. */
export function findPath(diagram: DiagramFile, from: string, to: string): string[] | null {
  const { succs } = getDiagramIndex(diagram);
  const parent = new Map<string, string>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === to) {
      const path = [to];
      let at = to;
      while (at !== from) {
        at = parent.get(at)!;
        path.unshift(at);
      }
      return path;
    }
    for (const next of succs.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        parent.set(next, id);
        queue.push(next);
      }
    }
  }
  return null;
}

/** Shows a path for a message, shortened in the middle when long. */
function showPath(path: readonly string[]): string {
  const shown = path.length > 6 ? [...path.slice(0, 3), '…', ...path.slice(-2)] : path;
  return shown.join(' → ');
}

/**
 * Whether an edge `from → to` may be added, or the reason it may not (lower-case message).
 */
export function canConnect(diagram: DiagramFile, from: string, to: string): Result<true, string> {
  const { nodes, edgeIds } = getDiagramIndex(diagram);
  const source = nodes.get(from);
  const target = nodes.get(to);
  if (!source) return refuse(`unknown node "${from}"`);
  if (!target) return refuse(`unknown node "${to}"`);
  if (from === to) return refuse(`a node cannot be connected to itself ("${from}")`);
  if (source.kind === 'end') return refuse('the end node has no outputs');
  if (target.kind === 'start') return refuse('the start node has no inputs');
  if (edgeIds.has(getEdgeId({ from, to }))) {
    return refuse(`"${from}" is already connected to "${to}"`);
  }
  const back = findPath(diagram, to, from);
  if (back) {
    return refuse(
      `connecting "${from}" → "${to}" would make a cycle: ${showPath(back)} already exists`,
    );
  }
  return { ok: true, value: true };
}

/** A copy of the diagram with the edge added (unchecked; see {@link canConnect}). */
export function addEdge(diagram: DiagramFile, from: string, to: string): DiagramFile {
  if (getDiagramIndex(diagram).edgeIds.has(getEdgeId({ from, to }))) return diagram;
  return { ...diagram, edges: [...diagram.edges, { from, to }] };
}

/** A copy of the diagram with a node added at a position. */
export function addNode(diagram: DiagramFile, node: NodeFile, position: XY): DiagramFile {
  return withPositions({ ...diagram, nodes: [...diagram.nodes, node] }, { [node.id]: position });
}

/** A copy of the diagram without the given edges (by edge id). */
export function removeEdges(diagram: DiagramFile, edgeIds: ReadonlySet<string>): DiagramFile {
  if (edgeIds.size === 0) return diagram;
  const edges = diagram.edges.filter((e) => !edgeIds.has(getEdgeId(e)));
  return edges.length === diagram.edges.length ? diagram : { ...diagram, edges };
}

/**
 * True when a node is a plain series link: its only predecessor has it as only successor and
 * its only successor has it as only predecessor. Removing such a node may join its neighbours
 * without changing what the rest of the diagram means.
 */
function isSeriesLink(diagram: DiagramFile, id: string): boolean {
  const preds = getPreds(diagram, id);
  const succs = getSuccs(diagram, id);
  const [p] = preds;
  const [s] = succs;
  return (
    preds.length === 1 &&
    succs.length === 1 &&
    p !== undefined &&
    s !== undefined &&
    getSuccs(diagram, p).length === 1 &&
    getPreds(diagram, s).length === 1
  );
}

/**
 * A copy of the diagram without the given nodes (start and end are kept) and their edges.
 * A removed node that was a plain series link has its neighbours joined, so deleting a block
 * from a chain keeps the chain connected. Repeats of a removed block stop being repeats.
 */
export function removeNodes(diagram: DiagramFile, ids: ReadonlySet<string>): DiagramFile {
  let next = diagram;
  const removed = new Set<string>();
  for (const id of ids) {
    const node = getDiagramIndex(next).nodes.get(id);
    if (!node || node.kind === 'start' || node.kind === 'end') continue;
    const join: [string, string] | null = isSeriesLink(next, id)
      ? [getPreds(next, id)[0]!, getSuccs(next, id)[0]!]
      : null;
    const components = new Map<string, string | undefined>();
    for (const n of next.nodes) if (n.kind === 'block') components.set(n.id, n.component);
    next = {
      ...next,
      nodes: next.nodes
        .filter((n) => n.id !== id)
        .map((n) => {
          if (n.kind !== 'block' || n.repeatOf !== id) return n;
          const rest = { ...n };
          delete rest.repeatOf;
          const component = components.get(id) ?? n.component;
          return component === undefined ? rest : { ...rest, component };
        }),
      edges: next.edges.filter((e) => e.from !== id && e.to !== id),
    };
    if (join && !ids.has(join[0]) && !ids.has(join[1])) next = addEdge(next, join[0], join[1]);
    removed.add(id);
  }
  if (removed.size === 0) return diagram;
  return withoutPositions(
    mapSharedFateMembers(next, (member) => (removed.has(member) ? null : member)),
    removed,
  );
}

/**
 * The diagram with each zone's and common-cause group's members mapped (`null` drops one), so
 * that removing or renaming a node keeps the shared-fate lists pointing at nodes that exist.
 */
export function mapSharedFateMembers(
  diagram: DiagramFile,
  map: (member: string) => string | null,
): DiagramFile {
  if (diagram.zones === undefined && diagram.commonCause === undefined) return diagram;
  const mapMembers = (members: readonly string[]): string[] =>
    members.map(map).filter((m): m is string => m !== null);
  return {
    ...diagram,
    ...(diagram.zones && {
      zones: diagram.zones.map((z) => ({ ...z, members: mapMembers(z.members) })),
    }),
    ...(diagram.commonCause && {
      commonCause: diagram.commonCause.map((g) => ({ ...g, members: mapMembers(g.members) })),
    }),
  };
}

/** Moves every node right of `x` (except `keep`) one column to the right. */
function makeRoomAfter(diagram: DiagramFile, x: number, keep: ReadonlySet<string>): DiagramFile {
  const patch: Record<string, XY> = {};
  for (const [id, p] of Object.entries(getPositions(diagram))) {
    if (!keep.has(id) && p.x > x + 1) patch[id] = { x: p.x + COLUMN_GAP, y: p.y };
  }
  return withPositions(diagram, patch);
}

function getCentre(positions: Positions, ids: readonly string[]): XY {
  const points = ids.map((id) => positions[id] ?? { x: 0, y: 0 });
  const x = Math.max(...points.map((p) => p.x));
  const y = points.reduce((sum, p) => sum + p.y, 0) / Math.max(1, points.length);
  return { x, y };
}

/**
 * Inserts a node in series after the given nodes: edges `after → old successors` become
 * `after → node → old successors`. Nodes downstream move one column right to make room.
 * With nothing to insert after, the node goes after the start node.
 */
export function insertAfter(
  diagram: DiagramFile,
  node: NodeFile,
  after: readonly string[],
): DiagramFile {
  const { nodes } = getDiagramIndex(diagram);
  let anchors = after.filter((id) => nodes.get(id) !== undefined && nodes.get(id)?.kind !== 'end');
  if (anchors.length === 0) {
    const start = diagram.nodes.find((n) => n.kind === 'start');
    anchors = start ? [start.id] : [];
  }
  const anchorSet = new Set(anchors);
  const moved: EdgeFile[] = [];
  const kept: EdgeFile[] = [];
  for (const e of diagram.edges) (anchorSet.has(e.from) ? moved : kept).push(e);
  const targets = [...new Set(moved.map((e) => e.to))];
  if (targets.length === 0) {
    const end = diagram.nodes.find((n) => n.kind === 'end');
    if (end && anchors.every((id) => getSuccs(diagram, id).length === 0)) targets.push(end.id);
  }
  const centre = getCentre(getPositions(diagram), anchors);
  const position = { x: centre.x + COLUMN_GAP, y: centre.y };
  let next = makeRoomAfter(diagram, centre.x, anchorSet);
  next = {
    ...next,
    nodes: [...next.nodes, node],
    edges: [
      ...kept,
      ...anchors.map((from) => ({ from, to: node.id })),
      ...targets.map((to) => ({ from: node.id, to })),
    ],
  };
  return withPositions(next, { [node.id]: position });
}

/** Finds a free spot below `from`, one row at a time. */
function findFreeBelow(positions: Positions, from: XY): XY {
  const taken = Object.values(positions);
  let y = from.y + ROW_GAP;
  while (
    taken.some((p) => Math.abs(p.x - from.x) < COLUMN_GAP / 2 && Math.abs(p.y - y) < ROW_GAP / 2)
  ) {
    y += ROW_GAP;
  }
  return { x: from.x, y };
}

/** Adds a node in parallel with `beside`: same predecessors, same successors, placed below. */
export function insertParallel(diagram: DiagramFile, node: NodeFile, beside: string): DiagramFile {
  const preds = getPreds(diagram, beside);
  const succs = getSuccs(diagram, beside);
  const positions = getPositions(diagram);
  const position = findFreeBelow(positions, positions[beside] ?? { x: 0, y: 0 });
  const next: DiagramFile = {
    ...diagram,
    nodes: [...diagram.nodes, node],
    edges: [
      ...diagram.edges,
      ...preds.map((from) => ({ from, to: node.id })),
      ...succs.map((to) => ({ from: node.id, to })),
    ],
  };
  return withPositions(next, { [node.id]: position });
}
