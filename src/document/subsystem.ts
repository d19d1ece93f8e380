/**
 * Pure subsystem edits: turning a selection into a reusable subsystem (a diagram of its own with
 * a start and an end, replaced by one subsystem node), and the nesting rule (no recursion).
 */
import type { DesignFile, DiagramFile, EdgeFile, NodeFile } from '../model/file.ts';
import type { Result } from '../util/result.ts';
import type { DiagramKey, XY } from './diagram.ts';
import {
  getDiagram,
  getDiagramIndex,
  getEdgeId,
  getIdStem,
  getPositions,
  setDiagram,
  withPositions,
  withoutPositions,
} from './diagram.ts';
import { COLUMN_GAP } from './graph.ts';

/** Names of the subsystems a diagram's nodes refer to. */
export function getSubsystemRefs(diagram: DiagramFile): string[] {
  const names = new Set<string>();
  for (const n of diagram.nodes) if (n.kind === 'subsystem') names.add(n.subsystem);
  return [...names];
}

/** True when subsystem `name` contains (at any depth) the diagram `key`, or is it. */
export function containsDiagram(design: DesignFile, name: string, key: DiagramKey): boolean {
  if (key === null) return false;
  const seen = new Set<string>();
  const stack = [name];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at === key) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    const diagram = design.subsystems?.[at];
    if (diagram) stack.push(...getSubsystemRefs(diagram));
  }
  return false;
}

/** A subsystem name unused in the design, from a wanted name. */
export function createSubsystemName(design: DesignFile, wanted: string): string {
  const stem = getIdStem(wanted);
  const taken = new Set(Object.keys(design.subsystems ?? {}));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** What {@link createSubsystemFromNodes} made. */
export interface SubsystemCreated {
  readonly design: DesignFile;
  /** Id of the subsystem node that replaced the selection. */
  readonly nodeId: string;
  readonly name: string;
}

function refuse(error: string): Result<SubsystemCreated, string> {
  return { ok: false, error };
}

function list(ids: Iterable<string>): string {
  return [...ids].map((id) => `"${id}"`).join(', ');
}

/**
 * Replaces the selected nodes of diagram `key` by one subsystem node. The selection must be
 * entered from a single node and left towards a single node, so that the new subsystem means
 * exactly what the selected nodes meant; otherwise the reason is returned.
 */
export function createSubsystemFromNodes(
  design: DesignFile,
  key: DiagramKey,
  selected: readonly string[],
  wantedName: string,
): Result<SubsystemCreated, string> {
  const diagram = getDiagram(design, key);
  const { nodes } = getDiagramIndex(diagram);
  const inside = new Set(selected.filter((id) => nodes.has(id)));
  if (inside.size === 0) return refuse('select the blocks to group first');
  for (const id of inside) {
    const kind = nodes.get(id)?.kind;
    if (kind === 'start' || kind === 'end') {
      return refuse(`the ${kind} node cannot go into a subsystem; select only blocks`);
    }
  }
  for (const n of diagram.nodes) {
    if (
      n.kind === 'block' &&
      n.repeatOf !== undefined &&
      inside.has(n.id) !== inside.has(n.repeatOf)
    ) {
      return refuse(
        `"${n.id}" repeats "${n.repeatOf}": select both or neither, a repeat stays in its diagram`,
      );
    }
  }
  const entering: EdgeFile[] = [];
  const leaving: EdgeFile[] = [];
  const internal: EdgeFile[] = [];
  for (const e of diagram.edges) {
    const a = inside.has(e.from);
    const b = inside.has(e.to);
    if (a && b) internal.push(e);
    else if (b) entering.push(e);
    else if (a) leaving.push(e);
  }
  const sources = new Set(entering.map((e) => e.from));
  const targets = new Set(leaving.map((e) => e.to));
  if (sources.size !== 1) {
    return refuse(
      sources.size === 0
        ? 'the selection has no way in: connect it first'
        : `the selection is entered from ${sources.size} nodes (${list(sources)}); a subsystem has one way in`,
    );
  }
  if (targets.size !== 1) {
    return refuse(
      targets.size === 0
        ? 'the selection has no way out: connect it first'
        : `the selection leads to ${targets.size} nodes (${list(targets)}); a subsystem has one way out`,
    );
  }
  const [source] = sources;
  const [target] = targets;
  const targetNode = nodes.get(target!);
  const targetNeeds =
    targetNode?.kind === 'block' || targetNode?.kind === 'subsystem'
      ? targetNode.inputs
      : targetNode?.kind === 'junction' || targetNode?.kind === 'end'
        ? targetNode.required
        : undefined;
  if (targetNeeds !== undefined && Number(targetNeeds) > 1 && leaving.length > 1) {
    return refuse(
      `"${target}" counts the selected paths one by one (it needs ${String(targetNeeds)}); group them together with it`,
    );
  }

  const name = createSubsystemName(design, wantedName);
  const startId = `${name}-in`;
  const endId = `${name}-out`;
  const positions = getPositions(diagram);
  const points = [...inside].map((id) => positions[id] ?? { x: 0, y: 0 });
  const minX = Math.min(...points.map((p) => p.x));
  const maxX = Math.max(...points.map((p) => p.x));
  const midY = points.reduce((s, p) => s + p.y, 0) / points.length;
  const innerPositions: Record<string, XY> = {
    [startId]: { x: 0, y: midY },
    [endId]: { x: maxX - minX + 2 * COLUMN_GAP, y: midY },
  };
  for (const id of inside) {
    const p = positions[id] ?? { x: minX, y: midY };
    innerPositions[id] = { x: p.x - minX + COLUMN_GAP, y: p.y };
  }
  const innerNodes: NodeFile[] = [
    { id: startId, kind: 'start' },
    ...diagram.nodes.filter((n) => inside.has(n.id)),
    { id: endId, kind: 'end' },
  ];
  const innerEdges: EdgeFile[] = [
    ...entering.map((e) => ({ from: startId, to: e.to })),
    ...internal,
    ...[...new Set(leaving.map((e) => e.from))].map((from) => ({ from, to: endId })),
  ];
  const inner = withPositions({ nodes: innerNodes, edges: innerEdges }, innerPositions);

  const outerIds = new Set(diagram.nodes.filter((n) => !inside.has(n.id)).map((n) => n.id));
  let nodeId = name;
  for (let n = 2; outerIds.has(nodeId); n++) nodeId = `${name}-${n}`;
  const dropped = new Set([...entering, ...leaving, ...internal].map(getEdgeId));
  let outer: DiagramFile = {
    ...diagram,
    nodes: [
      ...diagram.nodes.filter((n) => !inside.has(n.id)),
      { id: nodeId, kind: 'subsystem', subsystem: name },
    ],
    edges: [
      ...diagram.edges.filter((e) => !dropped.has(getEdgeId(e))),
      { from: source!, to: nodeId },
      { from: nodeId, to: target! },
    ],
  };
  outer = withoutPositions(outer, inside);
  outer = withPositions(outer, { [nodeId]: { x: (minX + maxX) / 2, y: midY } });
  const withInner: DesignFile = { ...design, subsystems: { ...design.subsystems, [name]: inner } };
  return { ok: true, value: { design: setDiagram(withInner, key, outer), nodeId, name } };
}
