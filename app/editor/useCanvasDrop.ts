/** Dropping a catalogue item on the canvas adds it, unconnected, where it was dropped. */
import { useCallback } from 'react';
import type { DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useStoreApi } from '../store/index.ts';
import { CATALOGUE_MIME, readCatalogueItem } from './catalogueDrag.ts';
import { NODE_SIZES } from './nodes/nodeSizes.ts';

export function useCanvasDrop() {
  const store = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(CATALOGUE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = readCatalogueItem(event.dataTransfer.getData(CATALOGUE_MIME));
      if (item === null) return;
      event.preventDefault();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const size =
        NODE_SIZES[
          item.kind === 'junction' ? 'junction' : item.kind === 'subsystem' ? 'subsystem' : 'block'
        ];
      const state = store.getState();
      const result = state.addCatalogueItem(item, {
        mode: 'at',
        position: { x: Math.round(at.x - size.width / 2), y: Math.round(at.y - size.height / 2) },
      });
      if (!result.ok) state.showNotice(result.error, 'error');
      else state.setActiveItem(item);
    },
    [store, screenToFlowPosition],
  );
  return { onDragOver, onDrop };
}
