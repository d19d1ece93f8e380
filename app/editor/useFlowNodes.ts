/**
 * React Flow nodes of the diagram shown, derived from the store, plus the change handler that
 * reads React Flow's events back: drag frames stay local (positions overridden while dragging),
 * the drag end is one `moveNodes` edit, selection goes to the ui slice, measured sizes are kept
 * so nodes stay visible when their objects are rebuilt; a large diagram is shown in slices
 * (progressiveReveal.ts).
 */
import { useCallback, useMemo, useState } from 'react';
import type { OnNodesChange } from '@xyflow/react';
import { useAppStore, useStoreApi } from '../store/index.ts';
import {
  selectComponents,
  selectCurrentDiagram,
  selectSelectedNodeIds,
} from '../store/selectors.ts';
import type { Positions } from '../../src/index.ts';
import { getSharedFateGroup } from '../../src/index.ts';
import type { FlowNode, Size } from './flowAdapter.ts';
import {
  applySelection,
  getFlowNodes,
  getGroupFlowNodes,
  readNodeChanges,
  reuseNodes,
} from './flowAdapter.ts';
import { getZoneBoxes } from './zoneBoxes.ts';
import { getDropMembership } from './zoneDrop.ts';
import { useProgressiveReveal } from './progressiveReveal.ts';

/**
 * A selection rectangle touching a zone's outline selects the zone as well: keep a zone only
 * when it is all that was picked (a click or Enter on it), not when nodes came with it.
 */
function keepGroupClicks(
  flags: ReadonlyMap<string, boolean>,
  isGroup: (id: string) => boolean,
): ReadonlyMap<string, boolean> {
  const picked = [...flags].filter(([, on]) => on).map(([id]) => id);
  if (!picked.some((id) => !isGroup(id))) return flags;
  return new Map([...flags].filter(([id, on]) => !on || !isGroup(id)));
}

/** Keeps the last nodes array so unchanged nodes keep their identity. */
function createNodeCache() {
  let last: readonly FlowNode[] = [];
  return (next: FlowNode[]): readonly FlowNode[] => {
    last = reuseNodes(last, next);
    return last;
  };
}

export function useFlowNodes(): {
  nodes: FlowNode[];
  onNodesChange: OnNodesChange<FlowNode>;
  sizes: ReadonlyMap<string, Size>;
} {
  const store = useStoreApi();
  const diagram = useAppStore(selectCurrentDiagram);
  const components = useAppStore(selectComponents);
  const selected = useAppStore(selectSelectedNodeIds);
  const [dragging, setDragging] = useState<Positions>({});
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const [cache] = useState(createNodeCache);
  const hidden = useProgressiveReveal();
  const isGroup = useCallback(
    (id: string) => getSharedFateGroup(selectCurrentDiagram(store.getState()), id) !== undefined,
    [store],
  );

  const nodes = useMemo(() => {
    const chosen = new Set(selected);
    // Zone and group outlines first: drawn behind the nodes they hold.
    const groups = getGroupFlowNodes(diagram, getZoneBoxes(diagram, dragging, sizes), chosen);
    const drawn = getFlowNodes(diagram, components, chosen, dragging, sizes, hidden);
    return cache(groups.length === 0 ? drawn : [...groups, ...drawn]);
  }, [cache, diagram, components, selected, dragging, sizes, hidden]);

  const onNodesChange = useCallback<OnNodesChange<FlowNode>>(
    (changes) => {
      const intent = readNodeChanges(changes);
      if (intent.sizes.size > 0) {
        setSizes((old) => {
          let changed = false;
          const next = new Map(old);
          for (const [id, size] of intent.sizes) {
            const was = old.get(id);
            if (was?.width !== size.width || was.height !== size.height) {
              next.set(id, size);
              changed = true;
            }
          }
          return changed ? next : old;
        });
      }
      if (Object.keys(intent.dragging).length > 0) {
        setDragging((old) => ({ ...old, ...intent.dragging }));
      }
      const state = store.getState();
      if (Object.keys(intent.moved).length > 0) {
        // A drag end or an arrow-key nudge: nudges in a burst make one undo step.
        const wasDragging = Object.keys(intent.moved).some((id) => id in dragging);
        const diagram = selectCurrentDiagram(state);
        // A drop in or out of a zone's outline changes its members (one undo step with the move).
        const changes = wasDragging
          ? getDropMembership(diagram, getZoneBoxes(diagram, {}, sizes), intent.moved, sizes)
          : [];
        if (changes.length > 0) state.dropNodes(intent.moved, changes);
        else state.moveNodes(intent.moved, wasDragging ? undefined : 'nudge');
        setDragging({});
      }
      if (intent.select !== null) {
        const { selection } = state;
        const next = applySelection(selection.nodes, keepGroupClicks(intent.select, isGroup));
        if (next !== selection.nodes) state.setSelection(next, selection.edges);
      }
    },
    [store, dragging, isGroup, sizes],
  );

  return { nodes: nodes as FlowNode[], onNodesChange, sizes };
}
