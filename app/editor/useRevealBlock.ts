/**
 * Shows a block named by its result path id (`lb1`, `site-a/db`): opens the subsystems on the
 * way, selects the node and centres the view on it.
 */
import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useStoreApi } from '../store/index.ts';

/** Time for a re-mounted canvas to measure its nodes before centring, ms. */
const SETTLE_MS = 80;

export function useRevealBlock(): (pathId: string) => void {
  const store = useStoreApi();
  const { fitView } = useReactFlow();
  return useCallback(
    (pathId: string) => {
      const state = store.getState();
      if (!state.revealNode(pathId)) return;
      const id = pathId.slice(pathId.lastIndexOf('/') + 1);
      window.setTimeout(
        () => void fitView({ nodes: [{ id }], duration: 300, maxZoom: 1.2, padding: 0.6 }),
        SETTLE_MS,
      );
    },
    [store, fitView],
  );
}
