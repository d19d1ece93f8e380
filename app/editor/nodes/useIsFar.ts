/**
 * Level of detail: below this zoom a node's text cannot be read, so nodes draw a plain shape
 * (tinted by criticality) instead of their text. Each node subscribes to a boolean, so it only
 * re-renders when the zoom crosses the threshold.
 */
import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';

/** Zoom under which nodes are drawn without text. */
export const FAR_ZOOM = 0.4;

const selectIsFar = (s: ReactFlowState): boolean => s.transform[2] < FAR_ZOOM;

export function useIsFar(): boolean {
  return useStore(selectIsFar);
}
