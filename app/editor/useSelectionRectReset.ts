/**
 * After a box selection React Flow keeps a selection rectangle over the selected nodes (to drag
 * them together). When the store changes the selection itself (grouping, adding, undo) down to
 * one node or none, that rectangle must go, or it would sit over the new node and catch clicks.
 */
import { useEffect } from 'react';
import { useStoreApi as useFlowStoreApi } from '@xyflow/react';
import { useStoreApi } from '../store/index.ts';

export function useSelectionRectReset(): void {
  const store = useStoreApi();
  const flow = useFlowStoreApi();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selection === previous.selection || state.selection.nodes.length > 1) return;
        if (flow.getState().nodesSelectionActive) flow.setState({ nodesSelectionActive: false });
      }),
    [store, flow],
  );
}
