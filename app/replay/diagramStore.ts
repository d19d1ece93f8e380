/**
 * What each node and edge of the replay diagram shows, kept outside React with one subscription
 * per node and per edge, so that an event re-renders only the nodes it changed and the diagram
 * itself renders once per history. While playing, a change is drawn over several frames, at most
 * {@link NODE_BUDGET} nodes and {@link EDGE_BUDGET} edges a frame: at the start or end of an
 * outage every node of a large diagram changes (its route is lost or found again), and redrawing
 * two hundred blocks at once is a frame of 40 ms or more on a slow machine. Paused, stepped or
 * scrubbed, everything is drawn at once. Framework-free; the frame clock is injected for tests.
 */
import type { DiagramLayout } from './replayDiagramLayout.ts';
import type { DiagramFrame } from './replayFrame.ts';
import { getNodeBadge } from './replayFrame.ts';
import type { BlockBadge } from './replayModel.ts';
import type { FrameClock } from './replayPlayer.ts';

/** Nodes redrawn in one animation frame while playing. */
export const NODE_BUDGET = 40;
/** Edges redrawn in one animation frame while playing. */
export const EDGE_BUDGET = 120;

/** What one node shows (a start, end or junction only `dead`). */
export interface NodeView {
  readonly tone: BlockBadge['tone'];
  readonly text: string;
  /** In a cut set whose blocks are all down. */
  readonly cut: boolean;
  /** No working route from start to end passes through it. */
  readonly dead: boolean;
  /** One letter per unit: r running, s standby, w switching, f failed ('' for none). */
  readonly units: string;
}

const UP: NodeView = { tone: 'up', text: '', cut: false, dead: false, units: '' };

function sameView(a: NodeView, b: NodeView): boolean {
  return (
    a.tone === b.tone &&
    a.text === b.text &&
    a.cut === b.cut &&
    a.dead === b.dead &&
    a.units === b.units
  );
}

/**
 * Each layout node's view in a frame.
 * @param blocks the trace's block ids (the frame's cut sets name blocks)
 */
export function getNodeViews(
  layout: DiagramLayout,
  frame: DiagramFrame,
  blocks: readonly string[],
): NodeView[] {
  return layout.nodes.map((node) => {
    const badge = getNodeBadge(node, frame.badges);
    return {
      tone: badge?.tone ?? 'up',
      text: badge?.text ?? '',
      cut: node.blocks.some((b) => frame.inCut.has(blocks[b]!)),
      dead: frame.live !== null && !frame.live.has(node.id),
      units: node.blocks.length === 1 ? frame.units[node.blocks[0]!]! : '',
    };
  });
}

/** Per layout edge: no working route through it (an end of it is off every route). */
export function getEdgeViews(layout: DiagramLayout, frame: DiagramFrame): boolean[] {
  const live = frame.live;
  if (live === null) return layout.edges.map(() => false);
  return layout.edges.map((e) => !live.has(e.from.id) || !live.has(e.to.id));
}

export interface DiagramStore {
  /** Node i's view as drawn now (the same object until it changes). */
  getNode(i: number): NodeView;
  subscribeNode(i: number, listener: () => void): () => void;
  /** Whether edge i is drawn as off every working route. */
  getEdge(i: number): boolean;
  subscribeEdge(i: number, listener: () => void): () => void;
  /**
   * Shows a frame: at once, or (`paced`) a budget's worth now and the rest over the next
   * animation frames.
   * A later call replaces what is still waiting.
   */
  show(frame: DiagramFrame, paced: boolean): void;
  /** Changes still waiting to be drawn (nodes + edges). */
  pending(): number;
  destroy(): void;
}

const browserClock: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export function createDiagramStore(
  layout: DiagramLayout,
  blocks: readonly string[],
  clock: FrameClock = browserClock,
): DiagramStore {
  const nodes: NodeView[] = layout.nodes.map(() => UP);
  const edges: boolean[] = layout.edges.map(() => false);
  let nodeTarget: NodeView[] = nodes.slice();
  let edgeTarget: boolean[] = edges.slice();
  const nodeWaiting = new Set<number>();
  const edgeWaiting = new Set<number>();
  const nodeListeners = layout.nodes.map(() => new Set<() => void>());
  const edgeListeners = layout.edges.map(() => new Set<() => void>());
  let handle: number | null = null;

  /** Draws up to `nodeBudget` waiting nodes and `edgeBudget` waiting edges, in diagram order. */
  const flush = (nodeBudget: number, edgeBudget: number): void => {
    const changed: Set<() => void>[] = [];
    for (const i of nodeWaiting) {
      if (nodeBudget-- <= 0) break;
      nodeWaiting.delete(i);
      nodes[i] = nodeTarget[i]!;
      changed.push(nodeListeners[i]!);
    }
    for (const i of edgeWaiting) {
      if (edgeBudget-- <= 0) break;
      edgeWaiting.delete(i);
      edges[i] = edgeTarget[i]!;
      changed.push(edgeListeners[i]!);
    }
    for (const set of changed) for (const l of set) l();
  };

  const frame = (): void => {
    handle = null;
    flush(NODE_BUDGET, EDGE_BUDGET);
    if (nodeWaiting.size + edgeWaiting.size > 0) handle = clock.request(frame);
  };

  const cancel = (): void => {
    if (handle !== null) clock.cancel(handle);
    handle = null;
  };

  return {
    getNode: (i) => nodes[i]!,
    subscribeNode(i, listener) {
      nodeListeners[i]!.add(listener);
      return () => nodeListeners[i]!.delete(listener);
    },
    getEdge: (i) => edges[i]!,
    subscribeEdge(i, listener) {
      edgeListeners[i]!.add(listener);
      return () => edgeListeners[i]!.delete(listener);
    },
    show(next, paced) {
      nodeTarget = getNodeViews(layout, next, blocks);
      edgeTarget = getEdgeViews(layout, next);
      nodeTarget.forEach((view, i) => {
        // Keep the drawn object when nothing changed: its subscribers see the same snapshot.
        if (sameView(view, nodes[i]!)) {
          nodeTarget[i] = nodes[i]!;
          nodeWaiting.delete(i);
        } else {
          nodeWaiting.add(i);
        }
      });
      edgeTarget.forEach((dead, i) => {
        if (dead === edges[i]) edgeWaiting.delete(i);
        else edgeWaiting.add(i);
      });
      if (!paced) {
        cancel();
        flush(Infinity, Infinity);
        return;
      }
      // The first share now (this is already an animation frame's work), the rest after.
      flush(NODE_BUDGET, EDGE_BUDGET);
      if (handle === null && nodeWaiting.size + edgeWaiting.size > 0) {
        handle = clock.request(frame);
      }
    },
    pending: () => nodeWaiting.size + edgeWaiting.size,
    destroy() {
      cancel();
      for (const set of nodeListeners) set.clear();
      for (const set of edgeListeners) set.clear();
    },
  };
}
