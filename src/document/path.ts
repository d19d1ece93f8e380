/**
 * Drill-down paths: the ids of the subsystem nodes opened from the root diagram. The path names
 * which diagram is shown, and prefixes the result ids of the blocks inside (`site-a/db`).
 */
import type { DesignFile } from '../model/file.ts';
import type { DiagramKey } from './diagram.ts';
import { getDiagram, getDiagramIndex } from './diagram.ts';

/** The longest valid beginning of a path (an undo may remove an opened subsystem). */
export function getValidPath(design: DesignFile, path: readonly string[]): readonly string[] {
  let key: DiagramKey = null;
  for (let i = 0; i < path.length; i++) {
    const node = getDiagramIndex(getDiagram(design, key)).nodes.get(path[i]!);
    if (node?.kind !== 'subsystem' || design.subsystems?.[node.subsystem] === undefined) {
      return path.slice(0, i);
    }
    key = node.subsystem;
  }
  return path;
}

/** The diagram a path leads to (`null`: the root diagram). */
export function getKeyForPath(design: DesignFile, path: readonly string[]): DiagramKey {
  let key: DiagramKey = null;
  for (const id of path) {
    const node = getDiagramIndex(getDiagram(design, key)).nodes.get(id);
    if (node?.kind !== 'subsystem' || design.subsystems?.[node.subsystem] === undefined) break;
    key = node.subsystem;
  }
  return key;
}

/** Prefix of the result ids of the blocks shown at a path (`site-a/` or ''). */
export function getResultPrefix(path: readonly string[]): string {
  return path.length === 0 ? '' : `${path.join('/')}/`;
}
