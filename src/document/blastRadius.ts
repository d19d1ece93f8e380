/**
 * What goes down with an element of one diagram: the nodes it takes down itself (a block and
 * its repeats, a zone's or a common-cause group's members) and the nodes that then lose every
 * working path from start to end, with everything else working. The reachability rules are
 * those of the format (src/model/FORMAT.md, "Diagram"): a block is reached when it works and at
 * least `inputs` of its predecessors are; a junction or the end when at least `required` are.
 * This is the picture; the figure (the design's availability with the element down for good)
 * comes from the exact engine. Runs anywhere; no DOM.
 */
import type { DiagramFile, NodeFile } from '../model/file.ts';
import { getDiagramIndex, getPreds, getSuccs } from './diagram.ts';
import { getSharedFateGroup } from './sharedFate.ts';

/** What goes down with an element. */
export interface BlastRadius {
  /** Nodes the element itself takes down (it, its repeats, or its members), diagram order. */
  readonly down: readonly string[];
  /** Blocks and subsystems that still work but lose every working path, diagram order. */
  readonly cutOff: readonly string[];
  /** The end is no longer reached: the diagram (this level) fails. */
  readonly diagramDown: boolean;
}

/**
 * How many reached predecessors a node needs (`inputs` of a block or subsystem, `required` of a
 * junction or the end; 1 when not given).
 */
export type NeedOf = (node: NodeFile) => number;

/** Nodes in an order where every predecessor comes first (nodes on a cycle are left out). */
function getTopologicalOrder(diagram: DiagramFile): string[] {
  const indegree = new Map(diagram.nodes.map((n) => [n.id, getPreds(diagram, n.id).length]));
  const queue = diagram.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  const order: string[] = [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    order.push(id);
    for (const s of getSuccs(diagram, id)) {
      const left = (indegree.get(s) ?? 0) - 1;
      indegree.set(s, left);
      if (left === 0) queue.push(s);
    }
  }
  return order;
}

/** Ids of the nodes on a working start → end path when `down` have failed. */
function getWorking(
  diagram: DiagramFile,
  order: readonly string[],
  down: ReadonlySet<string>,
  need: NeedOf,
): { reached: Set<string>; useful: Set<string>; endReached: boolean } {
  const { nodes } = getDiagramIndex(diagram);
  const reached = new Set<string>();
  for (const id of order) {
    const node = nodes.get(id)!;
    if (node.kind === 'start') {
      reached.add(id);
      continue;
    }
    if (down.has(id)) continue;
    const inputs = getPreds(diagram, id).filter((p) => reached.has(p)).length;
    if (inputs > 0 && inputs >= need(node)) reached.add(id);
  }
  const end = diagram.nodes.find((n) => n.kind === 'end');
  const endReached = end !== undefined && reached.has(end.id);
  const useful = new Set<string>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    if (!reached.has(id)) continue;
    if (id === end?.id || getSuccs(diagram, id).some((s) => useful.has(s))) useful.add(id);
  }
  return { reached, useful, endReached };
}

/** The nodes an element takes down itself: a block and its repeats, or a group's members. */
export function getDownedNodes(diagram: DiagramFile, id: string): string[] {
  const group = getSharedFateGroup(diagram, id);
  const direct = new Set<string>(group === undefined ? [id] : group.group.members);
  // A repeat is the same unit as its original: both go down.
  for (const n of diagram.nodes) {
    if (n.kind === 'block' && n.repeatOf !== undefined && direct.has(n.repeatOf)) direct.add(n.id);
  }
  return diagram.nodes.filter((n) => direct.has(n.id)).map((n) => n.id);
}

/**
 * What goes down with element `id` (a node, zone or common-cause group) of a diagram, all else
 * working. Nodes that were already off every path with nothing down are not listed.
 * @param need how many reached predecessors a node needs
 * @example
 * getBlastRadius(diagram, 'az-a', () => 1).cutOff; // blocks left without a working path
 */
export function getBlastRadius(diagram: DiagramFile, id: string, need: NeedOf): BlastRadius {
  const order = getTopologicalOrder(diagram);
  const down = getDownedNodes(diagram, id);
  const before = getWorking(diagram, order, new Set(), need);
  const after = getWorking(diagram, order, new Set(down), need);
  const downSet = new Set(down);
  const cutOff = diagram.nodes
    .filter(
      (n) =>
        (n.kind === 'block' || n.kind === 'subsystem') &&
        !downSet.has(n.id) &&
        before.useful.has(n.id) &&
        (after.endReached ? !after.useful.has(n.id) : !after.reached.has(n.id)),
    )
    .map((n) => n.id);
  return { down, cutOff, diagramDown: before.endReached && !after.endReached };
}
