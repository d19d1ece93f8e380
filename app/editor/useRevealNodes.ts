/**
 * Keeps nodes that were just added in view: when the store asks to reveal nodes that lie
 * (partly) outside the visible canvas, the view pans to them, keeping the zoom.
 */
import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useAppStore } from '../store/index.ts';
import { selectRevealRequest } from '../store/selectors.ts';
import { NODE_SIZES } from './nodes/nodeSizes.ts';

/** Margin kept around revealed nodes, screen px. */
const MARGIN = 48;

export function useRevealNodes(): void {
  const request = useAppStore(selectRevealRequest);
  const { getInternalNode, setCenter } = useReactFlow();
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
      const left = bounds.x * zoom + tx;
      const top = bounds.y * zoom + ty;
      const right = left + bounds.width * zoom;
      const bottom = top + bounds.height * zoom;
      if (left >= MARGIN && top >= MARGIN && right <= width - MARGIN && bottom <= height - MARGIN)
        return;
      void setCenter(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, {
        zoom,
        duration: 250,
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [request, getInternalNode, setCenter, flow]);
}
