/**
 * The blast radius of the selected element marked on the diagram (when the inspector's "Show on
 * the diagram" is on): each node reads whether it goes down with the element or loses every
 * working path. Computed once per diagram, element and time unit, not once per node.
 */
import type { BlastRadius, DiagramFile, NodeFile, TimeUnit } from '../../src/index.ts';
import { getBlastRadius, getDiagramIndex, getSharedFateGroup } from '../../src/index.ts';
import type { AppState } from '../store/index.ts';
import { selectCurrentDiagram, selectTimeUnit } from '../store/selectors.ts';
import { readCount } from '../blockText.ts';

/** How a node is marked: taken down by the element, or left without a working path. */
export type BlastMark = 'down' | 'cutOff';

/** How many reached inputs a node needs (the format's defaults: 1). */
export function getNeedOf(unit: TimeUnit): (node: NodeFile) => number {
  return (node) => {
    switch (node.kind) {
      case 'start':
        return 0;
      case 'block':
      case 'subsystem':
        return readCount(node.inputs, 1, unit);
      case 'junction':
      case 'end':
        return readCount(node.required, 1, unit);
    }
  };
}

let memo: {
  diagram: DiagramFile;
  id: string;
  unit: TimeUnit;
  radius: BlastRadius;
  marks: ReadonlyMap<string, BlastMark>;
} | null = null;

/** The blast radius of element `id` of a diagram (memoised on the last call). */
export function getMemoBlastRadius(
  diagram: DiagramFile,
  id: string,
  unit: TimeUnit,
): { radius: BlastRadius; marks: ReadonlyMap<string, BlastMark> } {
  if (memo?.diagram !== diagram || memo.id !== id || memo.unit !== unit) {
    const radius = getBlastRadius(diagram, id, getNeedOf(unit));
    const marks = new Map<string, BlastMark>([
      ...radius.down.map((n) => [n, 'down'] as const),
      ...radius.cutOff.map((n) => [n, 'cutOff'] as const),
    ]);
    memo = { diagram, id, unit, radius, marks };
  }
  return memo;
}

/** The element whose blast radius is shown: the one node, zone or group selected, if any. */
function selectBlastSource(s: AppState): string | undefined {
  if (!s.blastRadiusShown) return undefined;
  const [id, more] = s.selection.nodes;
  if (id === undefined || more !== undefined || s.selection.edges.length > 0) return undefined;
  const diagram = selectCurrentDiagram(s);
  const node = getDiagramIndex(diagram).nodes.get(id);
  const ok =
    node?.kind === 'block' || node?.kind === 'subsystem' || getSharedFateGroup(diagram, id);
  return ok ? id : undefined;
}

/** How node `id` is marked in the shown blast radius, or null. */
export function selectBlastMark(s: AppState, id: string): BlastMark | null {
  const source = selectBlastSource(s);
  if (source === undefined) return null;
  return (
    getMemoBlastRadius(selectCurrentDiagram(s), source, selectTimeUnit(s)).marks.get(id) ?? null
  );
}
