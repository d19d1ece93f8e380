/**
 * Pure helpers over one diagram of a design file: which diagram is meant (the root or a
 * subsystem), node positions (kept in `diagram.ui.positions`), edge ids, and a cached index of
 * nodes, predecessors and successors. Nothing here mutates its input.
 */
import type { DesignFile, DiagramFile, EdgeFile, NodeFile } from '../model/file.ts';

/** Which diagram of a design: `null` is the root diagram, a string names a subsystem. */
export type DiagramKey = string | null;

/** A point on the canvas, in flow coordinates. */
export interface XY {
  readonly x: number;
  readonly y: number;
}

/** Node positions of one diagram, by node id. */
export type Positions = Readonly<Record<string, XY>>;

/** Fast lookups over one diagram (built once per diagram object). */
export interface DiagramIndex {
  readonly nodes: ReadonlyMap<string, NodeFile>;
  readonly preds: ReadonlyMap<string, readonly string[]>;
  readonly succs: ReadonlyMap<string, readonly string[]>;
  readonly edgeIds: ReadonlySet<string>;
}

const EMPTY: readonly string[] = [];
const indexCache = new WeakMap<DiagramFile, DiagramIndex>();
const EMPTY_DIAGRAM: DiagramFile = { nodes: [], edges: [] };

/** The id React Flow uses for an edge (file edges have no id of their own). */
export function getEdgeId(edge: EdgeFile): string {
  return `${edge.from}->${edge.to}`;
}

/** The diagram a key names; an unknown subsystem gives an empty diagram. */
export function getDiagram(design: DesignFile, key: DiagramKey): DiagramFile {
  if (key === null) return design.diagram;
  return design.subsystems?.[key] ?? EMPTY_DIAGRAM;
}

/** A copy of the design with one diagram replaced. */
export function setDiagram(design: DesignFile, key: DiagramKey, diagram: DiagramFile): DesignFile {
  if (getDiagram(design, key) === diagram) return design;
  if (key === null) return { ...design, diagram };
  return { ...design, subsystems: { ...design.subsystems, [key]: diagram } };
}

/** Cached index of a diagram: nodes by id, predecessors and successors of every node. */
export function getDiagramIndex(diagram: DiagramFile): DiagramIndex {
  const cached = indexCache.get(diagram);
  if (cached) return cached;
  const nodes = new Map<string, NodeFile>();
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  const edgeIds = new Set<string>();
  for (const node of diagram.nodes) nodes.set(node.id, node);
  for (const edge of diagram.edges) {
    edgeIds.add(getEdgeId(edge));
    const p = preds.get(edge.to);
    if (p) p.push(edge.from);
    else preds.set(edge.to, [edge.from]);
    const s = succs.get(edge.from);
    if (s) s.push(edge.to);
    else succs.set(edge.from, [edge.to]);
  }
  const index: DiagramIndex = { nodes, preds, succs, edgeIds };
  indexCache.set(diagram, index);
  return index;
}

/** Predecessors of a node (empty when none). */
export function getPreds(diagram: DiagramFile, id: string): readonly string[] {
  return getDiagramIndex(diagram).preds.get(id) ?? EMPTY;
}

/** Successors of a node (empty when none). */
export function getSuccs(diagram: DiagramFile, id: string): readonly string[] {
  return getDiagramIndex(diagram).succs.get(id) ?? EMPTY;
}

function isXY(value: unknown): value is XY {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y } = value as Record<string, unknown>;
  return typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y);
}

const positionsCache = new WeakMap<DiagramFile, Positions>();

/** Node positions stored in `diagram.ui.positions` (entries that are not points are ignored). */
export function getPositions(diagram: DiagramFile): Positions {
  const cached = positionsCache.get(diagram);
  if (cached) return cached;
  const raw = diagram.ui?.['positions'];
  const positions: Record<string, XY> = {};
  if (typeof raw === 'object' && raw !== null) {
    for (const [id, value] of Object.entries(raw)) if (isXY(value)) positions[id] = value;
  }
  positionsCache.set(diagram, positions);
  return positions;
}

/** A copy of the diagram with some positions changed (others kept). */
export function withPositions(diagram: DiagramFile, patch: Positions): DiagramFile {
  if (Object.keys(patch).length === 0) return diagram;
  const positions = { ...getPositions(diagram), ...patch };
  return { ...diagram, ui: { ...diagram.ui, positions } };
}

/** A copy of the diagram with the positions of some nodes removed. */
export function withoutPositions(diagram: DiagramFile, ids: ReadonlySet<string>): DiagramFile {
  const positions: Record<string, XY> = {};
  for (const [id, xy] of Object.entries(getPositions(diagram)))
    if (!ids.has(id)) positions[id] = xy;
  return { ...diagram, ui: { ...diagram.ui, positions } };
}

/** Turns a name into an id stem: lower case letters, digits and dashes. */
export function getIdStem(name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24);
  return stem === '' ? 'block' : stem;
}

/** A node id unused in the diagram (and not in `taken`): `lb1`, `lb2`, … or `db-1` for `db-`. */
export function createNodeId(
  diagram: DiagramFile,
  stem: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  const { nodes } = getDiagramIndex(diagram);
  // Zone and group ids share the node id space of their diagram (src/model/FORMAT.md).
  const shared = new Set(
    [...(diagram.zones ?? []), ...(diagram.commonCause ?? [])].map((z) => z.id),
  );
  const base = /\d$/.test(stem) ? `${stem}-` : stem;
  for (let n = 1; ; n++) {
    const id = `${base}${n}`;
    if (!nodes.has(id) && !taken.has(id) && !shared.has(id)) return id;
  }
}
