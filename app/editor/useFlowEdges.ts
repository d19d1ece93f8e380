/** React Flow edges of the diagram shown, derived from the store; edge selection goes back to it. */
import { useCallback, useMemo, useState } from 'react';
import type { OnEdgesChange } from '@xyflow/react';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectCurrentDiagram, selectSelectedEdgeIds } from '../store/selectors.ts';
import type { DiagramFile } from '../../src/index.ts';
import { getEdgeId } from '../../src/index.ts';
import type { FlowEdge } from './flowAdapter.ts';
import { applySelection, getFlowEdges, readEdgeSelection, reuseEdges } from './flowAdapter.ts';

function createEdgeCache() {
  let last: readonly FlowEdge[] = [];
  return (next: FlowEdge[]): readonly FlowEdge[] => {
    last = reuseEdges(last, next);
    return last;
  };
}

/**
 * With nodes selected (box selection), React Flow also selects every edge touching them; keep
 * only edges between selected nodes, so "2 nodes selected" means what it says.
 */
function keepInnerEdges(
  flags: ReadonlyMap<string, boolean>,
  nodes: readonly string[],
  diagram: DiagramFile,
): ReadonlyMap<string, boolean> {
  if (nodes.length === 0) return flags;
  const selected = new Set(nodes);
  const inner = new Set(
    diagram.edges
      .filter((e) => selected.has(e.from) && selected.has(e.to))
      .map((e) => getEdgeId(e)),
  );
  const kept = new Map<string, boolean>();
  for (const [id, on] of flags) kept.set(id, on && inner.has(id));
  return kept;
}

export function useFlowEdges(): { edges: FlowEdge[]; onEdgesChange: OnEdgesChange<FlowEdge> } {
  const diagram = useAppStore(selectCurrentDiagram);
  const selected = useAppStore(selectSelectedEdgeIds);
  const store = useStoreApi();
  const [cache] = useState(createEdgeCache);
  const edges = useMemo(
    () => cache(getFlowEdges(diagram, new Set(selected))),
    [cache, diagram, selected],
  );
  const onEdgesChange = useCallback<OnEdgesChange<FlowEdge>>(
    (changes) => {
      const flags = readEdgeSelection(changes);
      if (flags === null) return;
      const state = store.getState();
      const { selection, setSelection } = state;
      const inner = keepInnerEdges(flags, selection.nodes, selectCurrentDiagram(state));
      const next = applySelection(selection.edges, inner);
      if (next !== selection.edges) setSelection(selection.nodes, next);
    },
    [store],
  );
  return { edges: edges as FlowEdge[], onEdgesChange };
}
