/**
 * A quick, synchronous left-to-right layout used for nodes that have no stored position (files
 * written by hand or by other tools): columns by longest path from the start, rows ordered by
 * the mean row of their predecessors. The elk layout (`L`) gives a cleaner result on demand.
 */
import type { DesignFile, DiagramFile } from '../model/file.ts';
import type { Positions, XY } from './diagram.ts';
import { getDiagramIndex, getPositions, withPositions } from './diagram.ts';
import { COLUMN_GAP, ROW_GAP } from './graph.ts';

/** Column of every node: the length of the longest path reaching it (Kahn's order). */
function getColumns(diagram: DiagramFile): Map<string, number> {
  const { preds, succs } = getDiagramIndex(diagram);
  const remaining = new Map<string, number>();
  for (const n of diagram.nodes) remaining.set(n.id, preds.get(n.id)?.length ?? 0);
  const column = new Map<string, number>();
  const queue = diagram.nodes.filter((n) => remaining.get(n.id) === 0).map((n) => n.id);
  for (const id of queue) column.set(id, 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const next of succs.get(id) ?? []) {
      column.set(next, Math.max(column.get(next) ?? 0, (column.get(id) ?? 0) + 1));
      const left = (remaining.get(next) ?? 1) - 1;
      remaining.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  // Nodes on a cycle never reach zero: leave them in the column they reached.
  let last = 0;
  for (const c of column.values()) last = Math.max(last, c);
  for (const n of diagram.nodes) {
    if (!column.has(n.id)) column.set(n.id, 0);
    if (n.kind === 'end') column.set(n.id, Math.max(last, column.get(n.id) ?? 0));
  }
  return column;
}

/** Diagrams with more columns than this are wrapped into bands (like lines of text). */
export const WRAP_COLUMNS = 30;
/** Wanted width / height of a wrapped diagram. */
const WRAP_ASPECT = 1.6;
/** Extra space between bands, flow units. */
const BAND_GAP = 160;

/** Number of columns of the left-to-right layering of a diagram. */
export function countColumns(diagram: DiagramFile): number {
  let last = -1;
  for (const c of getColumns(diagram).values()) last = Math.max(last, c);
  return last + 1;
}

/**
 * Positions for every node of a diagram from scratch. A long chain is wrapped into bands
 * stacked top to bottom, so a 1000-block design stays a readable rectangle.
 */
export function computeDefaultLayout(diagram: DiagramFile): Positions {
  const columns = getColumns(diagram);
  const { preds } = getDiagramIndex(diagram);
  const byColumn: string[][] = [];
  for (const n of diagram.nodes) {
    const c = columns.get(n.id) ?? 0;
    (byColumn[c] ??= []).push(n.id);
  }
  const row = new Map<string, number>();
  const positions: Record<string, XY> = {};
  const count = byColumn.length;
  const tallest = byColumn.reduce((m, ids) => Math.max(m, ids.length), 1);
  const bandHeight = tallest * ROW_GAP + BAND_GAP;
  const bands =
    count > WRAP_COLUMNS
      ? Math.max(1, Math.round(Math.sqrt((count * COLUMN_GAP) / (WRAP_ASPECT * bandHeight))))
      : 1;
  const perBand = Math.ceil(count / bands);
  byColumn.forEach((ids, c) => {
    const band = Math.floor(c / perBand);
    const x = (c % perBand) * COLUMN_GAP;
    const top = band * bandHeight;
    const score = (id: string): number => {
      const rows = (preds.get(id) ?? []).map((p) => row.get(p)).filter((r) => r !== undefined);
      return rows.length === 0 ? 0 : rows.reduce((a, b) => a + b, 0) / rows.length;
    };
    const ordered = [...ids].sort((a, b) => score(a) - score(b));
    ordered.forEach((id, i) => {
      const r = i - (ordered.length - 1) / 2;
      row.set(id, r);
      positions[id] = { x, y: top + r * ROW_GAP };
    });
  });
  return positions;
}

/** The diagram with a position for every node (laid out afresh when any is missing). */
export function withDefaultPositions(diagram: DiagramFile): DiagramFile {
  const positions = getPositions(diagram);
  const missing = diagram.nodes.some((n) => positions[n.id] === undefined);
  if (!missing) return diagram;
  const fresh = computeDefaultLayout(diagram);
  const patch: Record<string, XY> = {};
  for (const n of diagram.nodes) patch[n.id] = positions[n.id] ?? fresh[n.id] ?? { x: 0, y: 0 };
  return withPositions(diagram, patch);
}

/** Least horizontal distance between the left edges of two side-by-side blocks, flow units. */
export const MIN_COLUMN_DISTANCE = 236;
/** Nodes closer than this vertically are side by side, flow units. */
const SAME_ROW = 80;

/**
 * The diagram with its columns spread apart when stored positions put blocks closer than the
 * blocks are wide (files written for a smaller drawing): x is scaled, y kept.
 */
export function withReadableSpacing(diagram: DiagramFile): DiagramFile {
  const points = Object.entries(getPositions(diagram));
  let least = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]![1];
      const b = points[j]![1];
      const dx = Math.abs(a.x - b.x);
      if (dx > 1 && Math.abs(a.y - b.y) < SAME_ROW) least = Math.min(least, dx);
    }
    if (points.length > 400) break; // large files: keep their layout, it is not worth the time
  }
  if (!Number.isFinite(least) || least >= MIN_COLUMN_DISTANCE) return diagram;
  const factor = MIN_COLUMN_DISTANCE / least;
  const patch: Record<string, XY> = {};
  for (const [id, p] of points) patch[id] = { x: Math.round(p.x * factor), y: p.y };
  return withPositions(diagram, patch);
}

function withLayout(diagram: DiagramFile): DiagramFile {
  return withReadableSpacing(withDefaultPositions(diagram));
}

/** The design with a readable position for every node of every diagram. */
export function withAllPositions(design: DesignFile): DesignFile {
  const diagram = withLayout(design.diagram);
  let subsystems = design.subsystems;
  if (subsystems) {
    const entries = Object.entries(subsystems).map(([k, d]) => [k, withLayout(d)] as const);
    if (entries.some(([k, d]) => d !== subsystems?.[k])) subsystems = Object.fromEntries(entries);
  }
  if (diagram === design.diagram && subsystems === design.subsystems) return design;
  return subsystems ? { ...design, diagram, subsystems } : { ...design, diagram };
}
