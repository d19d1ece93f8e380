/**
 * A large diagram is built on the canvas in slices, never in one long task: React Flow renders
 * every node once to measure it, so a 1000-node design mounted at once blocks the page for
 * seconds. Here the nodes of a large diagram start hidden; each animation frame shows the next
 * slice of the hidden nodes that lie in (or near) the viewport, nearest to its centre first, and
 * the slice size adapts so that a frame's work stays around {@link FRAME_BUDGET_MS}. Nodes out
 * of view wait until the user pans or zooms to them. Nodes added after the diagram was opened
 * are never hidden.
 */
import { useEffect, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { DiagramFile, XY } from '../../src/index.ts';
import { getPositions } from '../../src/index.ts';
import { useAppStore, useStoreApi as useAppStoreApi } from '../store/index.ts';
import { selectCurrentDiagram } from '../store/selectors.ts';
import { NODE_SIZES } from './nodes/nodeSizes.ts';

/** Diagrams above this many nodes are built in slices. */
export const PROGRESSIVE_DIAGRAM = 150;
/** Work aimed at per frame, ms (the slice grows or shrinks to keep to it). */
const FRAME_BUDGET_MS = 24;
const FIRST_SLICE = 24;
const MIN_SLICE = 4;
const MAX_SLICE = 400;
const EMPTY: ReadonlySet<string> = new Set();

/** The visible part of the pane in flow coordinates. */
export interface FlowRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Hidden nodes to show next: those whose box meets `view` grown by `margin` of its size on every
 * side, nearest to the view's centre first, at most `limit`.
 */
export function pickNodesToShow(
  diagram: DiagramFile,
  positions: Readonly<Record<string, XY>>,
  hidden: ReadonlySet<string>,
  view: FlowRect,
  limit: number,
  margin = 0.25,
): string[] {
  const x0 = view.x - view.width * margin;
  const y0 = view.y - view.height * margin;
  const x1 = view.x + view.width * (1 + margin);
  const y1 = view.y + view.height * (1 + margin);
  const cx = view.x + view.width / 2;
  const cy = view.y + view.height / 2;
  const found: { id: string; d: number }[] = [];
  for (const node of diagram.nodes) {
    if (!hidden.has(node.id)) continue;
    const p = positions[node.id];
    if (p === undefined) {
      found.push({ id: node.id, d: 0 });
      continue;
    }
    const size = NODE_SIZES[node.kind];
    if (p.x > x1 || p.y > y1 || p.x + size.width < x0 || p.y + size.height < y0) continue;
    found.push({
      id: node.id,
      d: Math.hypot(p.x + size.width / 2 - cx, p.y + size.height / 2 - cy),
    });
  }
  found.sort((a, b) => a.d - b.d);
  return found.slice(0, limit).map((f) => f.id);
}

/** The next slice size after a frame that took `frameMs` with `slice` nodes. */
export function adaptSlice(slice: number, frameMs: number): number {
  if (frameMs > 2 * FRAME_BUDGET_MS) return Math.max(MIN_SLICE, Math.floor(slice / 2));
  if (frameMs < FRAME_BUDGET_MS) return Math.min(MAX_SLICE, Math.ceil(slice * 1.5));
  return slice;
}

/**
 * The ids of the nodes still hidden on the canvas (empty for small diagrams); call inside the
 * React Flow provider. The set shrinks frame by frame as nodes come into view.
 */
export function useProgressiveReveal(): ReadonlySet<string> {
  const flow = useStoreApi();
  const app = useAppStoreApi();
  const diagram = useAppStore(selectCurrentDiagram);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() =>
    diagram.nodes.length > PROGRESSIVE_DIAGRAM
      ? new Set(diagram.nodes.filter((n) => n.kind !== 'start').map((n) => n.id))
      : EMPTY,
  );
  const pending = hidden.size > 0;
  useEffect(() => {
    if (!pending) return;
    let frame = 0;
    let slice = FIRST_SLICE;
    let lastFrameAt = 0;
    let shownLastFrame = false;
    let current = hidden;
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(tick);
    };
    function tick(now: number): void {
      frame = 0;
      if (shownLastFrame) slice = adaptSlice(slice, now - lastFrameAt);
      lastFrameAt = now;
      shownLastFrame = false;
      const { transform, width, height } = flow.getState();
      if (width === 0 || height === 0) {
        schedule();
        return;
      }
      const [tx, ty, zoom] = transform;
      const view = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
      // The latest diagram (a layout may move nodes after opening).
      const d = selectCurrentDiagram(app.getState());
      const ids = pickNodesToShow(d, getPositions(d), current, view, slice);
      if (ids.length === 0) return; // the rest is out of view: wait for a pan or zoom
      const next = new Set(current);
      for (const id of ids) next.delete(id);
      current = next;
      shownLastFrame = true;
      setHidden(next);
      if (next.size > 0) schedule();
    }
    const unsubscribe = flow.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      ) {
        schedule();
      }
    });
    schedule();
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
    // Once per canvas (it is remounted for each diagram shown): edits never hide nodes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow, app, pending]);
  return hidden;
}
