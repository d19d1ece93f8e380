/**
 * The read-only diagram of the replay: the top-level diagram's nodes at their stored positions,
 * its edges, and which trace blocks each node draws (a block node its own block and the blocks
 * repeating it; a subsystem node every block inside it, shown by its worst state, as RAPTOR's
 * hierarchy indicator does). Pure; unit-tested with the view.
 */
import type { DiagramFile, NodeFile } from '../../src/index.ts';
import { getPositions } from '../../src/index.ts';

export const BLOCK_W = 188;
export const BLOCK_H = 86;
export const TERMINAL = 60;

export interface LayoutNode {
  readonly id: string;
  readonly kind: NodeFile['kind'];
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** Trace block indices this node draws. */
  readonly blocks: readonly number[];
}

export interface DiagramLayout {
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly { readonly from: LayoutNode; readonly to: LayoutNode }[];
  readonly viewBox: string;
}

function getSize(kind: NodeFile['kind']): { w: number; h: number } {
  if (kind === 'block' || kind === 'subsystem') return { w: BLOCK_W, h: BLOCK_H };
  if (kind === 'junction') return { w: 12, h: 12 };
  return { w: TERMINAL, h: TERMINAL };
}

/**
 * The layout of the top-level diagram for a trace.
 * @param blockNodeIds per trace block: the node paths drawing it (`site1/db`)
 */
export function getDiagramLayout(
  diagram: DiagramFile,
  blockNodeIds: readonly (readonly string[])[],
): DiagramLayout {
  const positions = getPositions(diagram);
  const byNode = new Map<string, number[]>();
  blockNodeIds.forEach((paths, b) => {
    for (const path of paths) {
      const top = path.split('/')[0]!;
      const list = byNode.get(top) ?? [];
      if (!list.includes(b)) list.push(b);
      byNode.set(top, list);
    }
  });
  const nodes: LayoutNode[] = diagram.nodes.map((n, i) => {
    const p = positions[n.id] ?? { x: i * 240, y: 0 };
    const { w, h } = getSize(n.kind);
    return { id: n.id, kind: n.kind, x: p.x, y: p.y, w, h, blocks: byNode.get(n.id) ?? [] };
  });
  const index = new Map(nodes.map((n) => [n.id, n]));
  const edges = diagram.edges.flatMap((e) => {
    const from = index.get(e.from);
    const to = index.get(e.to);
    return from && to ? [{ from, to }] : [];
  });
  const pad = 24;
  const minX = Math.min(...nodes.map((n) => n.x)) - pad;
  const minY = Math.min(...nodes.map((n) => n.y)) - pad;
  const maxX = Math.max(...nodes.map((n) => n.x + n.w)) + pad;
  const maxY = Math.max(...nodes.map((n) => n.y + n.h)) + pad;
  const viewBox =
    nodes.length === 0 ? '0 0 100 100' : `${minX} ${minY} ${maxX - minX} ${maxY - minY}`;
  return { nodes, edges, viewBox };
}

/** The SVG path of an edge: a horizontal cubic from the right of `from` to the left of `to`. */
export function edgePath(from: LayoutNode, to: LayoutNode): string {
  const x1 = from.x + from.w;
  const y1 = from.y + from.h / 2;
  const x2 = to.x;
  const y2 = to.y + to.h / 2;
  const dx = Math.max(30, (x2 - x1) / 2);
  return `M ${x1} ${y1} C ${x1 + dx} ${y1}, ${x2 - dx} ${y2}, ${x2} ${y2}`;
}
