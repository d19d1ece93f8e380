/**
 * The diagram canvas: wiring only. Nodes and edges are derived from the store (useFlowNodes,
 * useFlowEdges); React Flow's events go back through store actions. The canvas is remounted,
 * and fitted, when another diagram is shown (a loaded design, a drill-down).
 */
import { useCallback, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  SelectionMode,
} from '@xyflow/react';
import type { DefaultEdgeOptions, FitViewOptions, NodeMouseHandler } from '@xyflow/react';
import { useAppStore, useStoreApi } from '../store/index.ts';
import type { AppStore } from '../store/index.ts';
import {
  selectAnalysisStatus,
  selectCurrentDiagram,
  selectCurrentKey,
  selectLoadCount,
} from '../store/selectors.ts';
import { getPositions } from '../../src/index.ts';
import type { FlowNode } from './flowAdapter.ts';
import { nodeTypes } from './nodes/nodeTypes.ts';
import { edgeTypes } from './edges/edgeTypes.ts';
import { useFlowNodes } from './useFlowNodes.ts';
import { useFlowEdges } from './useFlowEdges.ts';
import { useConnect } from './useConnect.ts';
import { useCanvasDrop } from './useCanvasDrop.ts';
import { useRevealNodes } from './useRevealNodes.ts';
import { useSelectionRectReset } from './useSelectionRectReset.ts';
import { Breadcrumb } from './Breadcrumb.tsx';
import { EmptyHint } from './EmptyHint.tsx';

const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PAN_BUTTONS = [1, 2];
// Hidden nodes count: a large diagram's nodes are shown in slices (progressiveReveal.ts).
const FIT_OPTIONS: FitViewOptions = { padding: 0.2, maxZoom: 1.25, includeHiddenNodes: true };
const DEFAULT_EDGE: DefaultEdgeOptions = {
  markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: '#8391a1' },
};
const PRO_OPTIONS = { hideAttribution: false };
const MINIMAP_STYLE = { width: 150, height: 96 };

function getMiniMapClass(node: FlowNode): string {
  return `rbd-mini rbd-mini-${node.type ?? 'block'}`;
}

/** Diagrams above this size open on their start instead of fitting everything. */
const LARGE_DIAGRAM = 300;

/** How the canvas first frames a diagram: all of it, or the region after the start. */
function getInitialFit(store: AppStore): FitViewOptions {
  const diagram = selectCurrentDiagram(store.getState());
  if (diagram.nodes.length <= LARGE_DIAGRAM) return FIT_OPTIONS;
  const positions = getPositions(diagram);
  const start = diagram.nodes.find((n) => n.kind === 'start');
  const p0 = (start && positions[start.id]) ?? { x: 0, y: 0 };
  const near = diagram.nodes.filter((n) => {
    const p = positions[n.id];
    return p !== undefined && p.x - p0.x < 1400 && Math.abs(p.y - p0.y) < 500;
  });
  return {
    nodes: near.map((n) => ({ id: n.id })),
    padding: 0.1,
    maxZoom: 1,
    includeHiddenNodes: true,
  };
}

function DiagramCanvas() {
  const store = useStoreApi();
  const [initialFit] = useState(() => getInitialFit(store));
  const { nodes, onNodesChange } = useFlowNodes();
  const { edges, onEdgesChange } = useFlowEdges();
  const { isValidConnection, onConnect, onConnectEnd } = useConnect();
  const { onDragOver, onDrop } = useCanvasDrop();
  useRevealNodes();
  useSelectionRectReset();
  const onNodeDoubleClick = useCallback<NodeMouseHandler<FlowNode>>(
    (_event, node) => {
      if (node.type === 'subsystem') store.getState().openSubsystem(node.id);
    },
    [store],
  );
  const large = nodes.length > LARGE_DIAGRAM;
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      defaultEdgeOptions={DEFAULT_EDGE}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onConnectEnd={onConnectEnd}
      isValidConnection={isValidConnection}
      onNodeDoubleClick={onNodeDoubleClick}
      onDragOver={onDragOver}
      onDrop={onDrop}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      selectionOnDrag
      selectionMode={SelectionMode.Partial}
      panOnDrag={PAN_BUTTONS}
      panOnScroll
      zoomOnDoubleClick={false}
      minZoom={0.02}
      maxZoom={2.5}
      fitView
      fitViewOptions={initialFit}
      onlyRenderVisibleElements={large}
      elevateNodesOnSelect={false}
      proOptions={PRO_OPTIONS}
      aria-label="Diagram"
    >
      <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} />
      <MiniMap
        pannable
        zoomable
        nodeClassName={getMiniMapClass}
        ariaLabel="Overview of the diagram"
        className="rbd-minimap"
        style={MINIMAP_STYLE}
      />
      <Controls showInteractive={false} fitViewOptions={FIT_OPTIONS} />
      <EmptyHint />
    </ReactFlow>
  );
}

export function DiagramEditor() {
  const key = useAppStore(selectCurrentKey);
  const loads = useAppStore(selectLoadCount);
  const status = useAppStore(selectAnalysisStatus);
  const stale = status === 'stale' || status === 'computing' || status === 'error';
  return (
    <section
      className={stale ? 'canvas is-stale' : 'canvas'}
      aria-label="Diagram editor"
      data-testid="editor.canvas"
      data-analysis={status}
    >
      <Breadcrumb />
      <DiagramCanvas key={`${loads}:${key ?? ''}`} />
    </section>
  );
}
