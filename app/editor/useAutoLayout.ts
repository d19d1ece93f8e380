/**
 * Auto layout of the diagram shown (elk, layered, left to right) as one undo step, followed by
 * a fit of the view.
 */
import { useCallback, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useStoreApi } from '../store/index.ts';
import { selectCurrentDiagram } from '../store/selectors.ts';
import type { FlowEdge, FlowNode, Size } from './flowAdapter.ts';
import { computeElkLayout } from './layout/elkLayout.ts';

/** Diagrams larger than this get a "laying out" notice first. */
const LARGE_DIAGRAM = 300;

export function useAutoLayout(): () => Promise<void> {
  const store = useStoreApi();
  const { getNodes, fitView } = useReactFlow<FlowNode, FlowEdge>();
  const running = useRef(false);
  return useCallback(async () => {
    if (running.current) return;
    running.current = true;
    const state = store.getState();
    const diagram = selectCurrentDiagram(state);
    try {
      if (diagram.nodes.length > LARGE_DIAGRAM) {
        state.showNotice(`laying out ${diagram.nodes.length} nodes…`);
      }
      const sizes = new Map<string, Size>();
      for (const n of getNodes()) {
        if (n.measured?.width !== undefined && n.measured.height !== undefined) {
          sizes.set(n.id, { width: n.measured.width, height: n.measured.height });
        }
      }
      const positions = await computeElkLayout(diagram, sizes);
      // Apply only if the diagram did not change meanwhile.
      if (selectCurrentDiagram(store.getState()) !== diagram) return;
      store.getState().moveNodes(positions);
      if (diagram.nodes.length > LARGE_DIAGRAM) store.getState().dismissNotice();
      requestAnimationFrame(
        () => void fitView({ padding: 0.15, duration: 300, includeHiddenNodes: true }),
      );
    } catch (error) {
      store.getState().showNotice(`auto layout failed: ${String(error)}`, 'error');
    } finally {
      running.current = false;
    }
  }, [store, getNodes, fitView]);
}
