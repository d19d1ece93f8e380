/**
 * The design's top-level diagram as a figure for the report: boxes with their words (component,
 * id, redundancy rule, own availability, single point of failure) at the positions the file
 * stores (`diagram.ui.positions`, as the editor saved them) or, for nodes without one, in
 * columns by the longest path from the start; and the edges between them. The PDF draws it as
 * vectors and text. Subsystems appear as one box each.
 * Pure; runs anywhere; no DOM.
 */
import type { AnalysisResult } from '../analysis/result.ts';
import type { Design, DiagramNode } from '../model/types.ts';
import { formatPercent } from './format.ts';

/** Most nodes drawn: beyond it a page cannot show the words legibly. */
export const MAX_DRAWN_NODES = 60;

/** A box of the figure, in the figure's own units (the editor's pixels). */
export interface DiagramBox {
  readonly id: string;
  readonly kind: DiagramNode['kind'];
  /** Centre. */
  readonly x: number;
  readonly y: number;
  readonly title: string;
  readonly lines: readonly string[];
  readonly singlePoint: boolean;
}

/** The figure: boxes, edges (by box index) and the extent. */
export interface DiagramFigure {
  readonly boxes: readonly DiagramBox[];
  readonly edges: readonly (readonly [number, number])[];
  readonly width: number;
  readonly height: number;
}

/** Horizontal and vertical distance between columns and rows without stored positions. */
const COLUMN = 200;
const ROW = 110;

function getStoredPositions(file: unknown): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  if (typeof file !== 'object' || file === null) return out;
  const diagram = (file as { diagram?: { ui?: { positions?: unknown } } }).diagram;
  const raw = diagram?.ui?.positions;
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [id, p] of Object.entries(raw as Record<string, unknown>)) {
    const { x, y } = (p ?? {}) as { x?: unknown; y?: unknown };
    if (
      typeof x === 'number' &&
      typeof y === 'number' &&
      Number.isFinite(x) &&
      Number.isFinite(y)
    ) {
      out[id] = { x, y };
    }
  }
  return out;
}

/** Columns by the longest path from the start (Kahn's order), rows in file order. */
function getFallbackPositions(design: Design): Map<string, { x: number; y: number }> {
  const { nodes, edges } = design.diagram;
  const indegree = new Map(nodes.map((n) => [n.id, 0]));
  for (const e of edges) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  const column = new Map<string, number>();
  const queue = nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  for (const id of queue) column.set(id, 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const e of edges) {
      if (e.from !== id) continue;
      column.set(e.to, Math.max(column.get(e.to) ?? 0, (column.get(id) ?? 0) + 1));
      const left = (indegree.get(e.to) ?? 1) - 1;
      indegree.set(e.to, left);
      if (left === 0) queue.push(e.to);
    }
  }
  const rows = new Map<number, number>();
  const out = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    const c = column.get(n.id) ?? 0;
    const r = rows.get(c) ?? 0;
    rows.set(c, r + 1);
    out.set(n.id, { x: c * COLUMN, y: r * ROW });
  }
  return out;
}

function describeNode(node: DiagramNode, design: Design, result: AnalysisResult): DiagramBox {
  const base = { id: node.id, kind: node.kind, x: 0, y: 0, singlePoint: false };
  switch (node.kind) {
    case 'start':
      return { ...base, title: 'Start', lines: [] };
    case 'end':
      return { ...base, title: 'End', lines: node.required > 1 ? [`needs ${node.required}`] : [] };
    case 'junction': {
      const paths = design.diagram.edges.filter((e) => e.to === node.id).length;
      return { ...base, title: `${node.required} of ${paths} paths`, lines: [node.id] };
    }
    case 'subsystem':
      return { ...base, title: node.subsystem, lines: [`${node.id} (subsystem)`] };
    case 'block': {
      const component = design.components.find((c) => c.id === node.component);
      const block = result.blocks.find((b) => b.id === node.id);
      const rule =
        node.redundancy.kind === 'standby'
          ? `${node.redundancy.standby} standby ${node.required} of ${node.quantity}`
          : node.quantity > 1
            ? `${node.required} of ${node.quantity}`
            : '';
      const lines = [node.repeatOf === null ? node.id : `${node.id} = ${node.repeatOf}`];
      if (rule !== '') lines.push(rule);
      if (block !== undefined && block.availability !== null) {
        lines.push(`A ${formatPercent(block.availability, block.unavailability)}`);
      }
      return {
        ...base,
        title: component?.name ?? node.component,
        lines,
        singlePoint: block?.singlePointOfFailure ?? false,
      };
    }
    default: {
      const never: never = node;
      return never;
    }
  }
}

/**
 * The diagram figure of a design, or `null` when it has more than {@link MAX_DRAWN_NODES} nodes.
 * @param design the design
 * @param file its file's JSON, for the stored positions (optional)
 * @param result its analysis, for each block's availability and single points of failure
 */
export function getDiagramFigure(
  design: Design,
  file: unknown,
  result: AnalysisResult,
): DiagramFigure | null {
  const nodes = design.diagram.nodes;
  if (nodes.length > MAX_DRAWN_NODES) return null;
  const stored = getStoredPositions(file);
  const fallback = nodes.every((n) => stored[n.id] !== undefined)
    ? null
    : getFallbackPositions(design);
  const boxes = nodes.map((n) => {
    const p = (fallback === null ? stored[n.id] : fallback.get(n.id)) ?? { x: 0, y: 0 };
    return { ...describeNode(n, design, result), x: p.x, y: p.y };
  });
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const moved = boxes.map((b) => ({ ...b, x: b.x - minX, y: b.y - minY }));
  const index = new Map(moved.map((b, i) => [b.id, i]));
  const edges = design.diagram.edges
    .map((e) => [index.get(e.from), index.get(e.to)] as const)
    .filter((e): e is readonly [number, number] => e[0] !== undefined && e[1] !== undefined);
  return {
    boxes: moved,
    edges,
    width: Math.max(...moved.map((b) => b.x)),
    height: Math.max(...moved.map((b) => b.y)),
  };
}
