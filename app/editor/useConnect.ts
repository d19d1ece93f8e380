/**
 * Connecting nodes by dragging from a handle: the store checks the edge, React Flow shows an
 * invalid target while dragging, and a refused drop says why (a cycle names the existing path).
 */
import { useCallback } from 'react';
import type { Connection, Edge, FinalConnectionState, IsValidConnection } from '@xyflow/react';
import { useStoreApi } from '../store/index.ts';
import { selectCurrentDiagram } from '../store/selectors.ts';
import { canConnect } from '../../src/index.ts';
import type { FlowEdge } from './flowAdapter.ts';

export function useConnect() {
  const store = useStoreApi();
  const isValidConnection = useCallback<IsValidConnection<FlowEdge>>(
    (c: Connection | Edge) =>
      canConnect(selectCurrentDiagram(store.getState()), c.source, c.target).ok,
    [store],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      const state = store.getState();
      const result = state.connectNodes(c.source, c.target);
      if (!result.ok) state.showNotice(result.error, 'error');
    },
    [store],
  );
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, s: FinalConnectionState) => {
      if (s.isValid === true || s.toNode === null || s.fromNode === null) return;
      const fromSource = s.fromHandle?.type !== 'target';
      const from = fromSource ? s.fromNode.id : s.toNode.id;
      const to = fromSource ? s.toNode.id : s.fromNode.id;
      const state = store.getState();
      const check = canConnect(selectCurrentDiagram(state), from, to);
      if (!check.ok) state.showNotice(`cannot connect: ${check.error}`, 'error');
    },
    [store],
  );
  return { isValidConnection, onConnect, onConnectEnd };
}
