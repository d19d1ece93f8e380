/**
 * Copy and paste: a fragment is a set of nodes with the edges between them and their positions.
 * Pasting gives every node a fresh id and keeps repeats pointing inside the fragment.
 */
import type { DesignFile, DiagramFile, EdgeFile, NodeFile } from '../model/file.ts';
import type { DiagramKey, XY } from './diagram.ts';
import {
  createNodeId,
  getDiagram,
  getDiagramIndex,
  getPositions,
  withPositions,
} from './diagram.ts';
import { containsDiagram } from './subsystem.ts';

/** Nodes copied from a diagram, with their inner edges and positions. */
export interface Fragment {
  readonly nodes: readonly NodeFile[];
  readonly edges: readonly EdgeFile[];
  readonly positions: Readonly<Record<string, XY>>;
}

/** The fragment made of the given nodes (start and end are left out). */
export function createFragment(diagram: DiagramFile, ids: readonly string[]): Fragment | null {
  const { nodes } = getDiagramIndex(diagram);
  const picked = ids
    .map((id) => nodes.get(id))
    .filter((n): n is NodeFile => n !== undefined && n.kind !== 'start' && n.kind !== 'end');
  if (picked.length === 0) return null;
  const set = new Set(picked.map((n) => n.id));
  const all = getPositions(diagram);
  const positions: Record<string, XY> = {};
  for (const id of set) positions[id] = all[id] ?? { x: 0, y: 0 };
  const edges = diagram.edges.filter((e) => set.has(e.from) && set.has(e.to));
  return { nodes: picked, edges, positions };
}

/** Id stem of a copied node: its id without a trailing number. */
function getStem(id: string): string {
  const stem = id.replace(/-?\d+$/, '');
  return stem === '' ? 'block' : stem;
}

/** What {@link pasteFragment} made. */
export interface Pasted {
  readonly design: DesignFile;
  readonly ids: readonly string[];
}

/**
 * Adds a copy of a fragment to diagram `key`, moved by `offset`. Subsystem nodes that would
 * make a subsystem contain itself are left out.
 */
export function pasteFragment(
  design: DesignFile,
  key: DiagramKey,
  fragment: Fragment,
  offset: XY,
): Pasted {
  const diagram = getDiagram(design, key);
  const keep = fragment.nodes.filter(
    (n) => n.kind !== 'subsystem' || !containsDiagram(design, n.subsystem, key),
  );
  const rename = new Map<string, string>();
  const taken = new Set<string>();
  for (const n of keep) {
    const id = createNodeId(diagram, getStem(n.id), taken);
    taken.add(id);
    rename.set(n.id, id);
  }
  const { nodes: existing } = getDiagramIndex(diagram);
  const copied = keep.map((n): NodeFile => {
    const id = rename.get(n.id)!;
    if (n.kind !== 'block' || n.repeatOf === undefined) return { ...n, id };
    const inside = rename.get(n.repeatOf);
    if (inside !== undefined) return { ...n, id, repeatOf: inside };
    if (existing.get(n.repeatOf)?.kind === 'block') return { ...n, id };
    const rest = { ...n, id };
    delete rest.repeatOf;
    return rest;
  });
  const edges = fragment.edges
    .filter((e) => rename.has(e.from) && rename.has(e.to))
    .map((e) => ({ from: rename.get(e.from)!, to: rename.get(e.to)! }));
  const positions: Record<string, XY> = {};
  for (const [old, id] of rename) {
    const p = fragment.positions[old] ?? { x: 0, y: 0 };
    positions[id] = { x: p.x + offset.x, y: p.y + offset.y };
  }
  const next = withPositions(
    { ...diagram, nodes: [...diagram.nodes, ...copied], edges: [...diagram.edges, ...edges] },
    positions,
  );
  const ids = [...rename.values()];
  if (key === null) return { design: { ...design, diagram: next }, ids };
  return { design: { ...design, subsystems: { ...design.subsystems, [key]: next } }, ids };
}
