/**
 * Keeps nodes that were just added in view: when the store asks to reveal nodes and the diagram
 * no longer fits the visible canvas (an insert pushed the end off-screen), the view fits the
 * whole diagram again if that keeps it readable; otherwise it pans to the new nodes, keeping the
 * zoom.
 */
import { useEffect } from 'react';
import { getNodesBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useAppStore } from '../store/index.ts';
import { selectRevealRequest } from '../store/selectors.ts';
import { NODE_SIZES } from './nodes/nodeSizes.ts';

/** Margin kept around revealed nodes, screen px. */
const MARGIN = 48;
/** Smallest zoom at which fitting the whole diagram still beats panning to the new nodes. */
const MIN_FIT_ZOOM = 0.5;

export function useRevealNodes(): void {
  const request = useAppStore(selectRevealRequest);
  const { getInternalNode, setCenter, getNodes, fitView } = useReactFlow();
  const flow = useStoreApi();
  useEffect(() => {
    if (request === null || request.ids.length === 0) return;
    // Wait a frame: the new nodes are measured after they render.
    const frame = requestAnimationFrame(() => {
      const { width, height, transform } = flow.getState();
      const [tx, ty, zoom] = transform;
      const boxes = request.ids.flatMap((id) => {
        const node = getInternalNode(id);
        if (node === undefined) return [];
        const size = NODE_SIZES[node.type as keyof typeof NODE_SIZES] ?? NODE_SIZES.block;
        const { x, y } = node.internals.positionAbsolute;
        return [
          { x, y, w: node.measured.width ?? size.width, h: node.measured.height ?? size.height },
        ];
      });
      if (boxes.length === 0) return;
      const x0 = Math.min(...boxes.map((b) => b.x));
      const y0 = Math.min(...boxes.map((b) => b.y));
      const bounds = {
        x: x0,
        y: y0,
        width: Math.max(...boxes.map((b) => b.x + b.w)) - x0,
        height: Math.max(...boxes.map((b) => b.y + b.h)) - y0,
      };
      const inView = (b: { x: number; y: number; width: number; height: number }): boolean => {
        const left = b.x * zoom + tx;
        const top = b.y * zoom + ty;
        return (
          left >= MARGIN &&
          top >= MARGIN &&
          left + b.width * zoom <= width - MARGIN &&
          top + b.height * zoom <= height - MARGIN
        );
      };
      const all = getNodesBounds(getNodes());
      if (inView(all)) return;
      const fitZoom = Math.min(
        (width - 2 * MARGIN) / Math.max(1, all.width),
        (height - 2 * MARGIN) / Math.max(1, all.height),
      );
      if (fitZoom >= MIN_FIT_ZOOM) {
        void fitView({
          padding: 0.15,
          maxZoom: Math.max(zoom, 1),
          duration: 250,
          includeHiddenNodes: true,
        });
        return;
      }
      if (inView(bounds)) return;
      void setCenter(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, {
        zoom,
        duration: 250,
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [request, getInternalNode, setCenter, getNodes, fitView, flow]);
}
