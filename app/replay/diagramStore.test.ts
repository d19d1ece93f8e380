import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DesignFile } from '../../src/index.ts';
import { Replay, traceHistory, withAllPositions } from '../../src/index.ts';
import { loadExample } from '../../src/testing/examples.ts';
import { createManualClock } from '../test/manualClock.ts';
import { EDGE_BUDGET, NODE_BUDGET, createDiagramStore, getNodeViews } from './diagramStore.ts';
import type { DiagramLayout, LayoutNode } from './replayDiagramLayout.ts';
import { getDiagramLayout } from './replayDiagramLayout.ts';
import type { DiagramFrame } from './replayFrame.ts';
import { getDiagramFrame } from './replayFrame.ts';

/** A chain of n blocks, start → b0 → … → end, one trace block per node. */
function chainLayout(n: number): DiagramLayout {
  const node = (id: string, kind: LayoutNode['kind'], blocks: number[]): LayoutNode => ({
    id,
    kind,
    x: 0,
    y: 0,
    w: 10,
    h: 10,
    blocks,
  });
  const nodes = [
    node('start', 'start', []),
    ...Array.from({ length: n }, (_, i) => node(`b${i}`, 'block', [i])),
    node('end', 'end', []),
  ];
  const edges = nodes.slice(1).map((to, i) => ({ from: nodes[i]!, to }));
  return { nodes, edges, viewBox: '0 0 10 10' };
}

/** Every block up (`down` none) or block `down` failed, which cuts the chain's only route. */
function chainFrame(layout: DiagramLayout, down: number | null): DiagramFrame {
  const n = layout.nodes.length - 2;
  return {
    badges: Array.from({ length: n }, (_, b) =>
      b === down ? { tone: 'down', text: 'down' } : { tone: 'up', text: 'running' },
    ),
    units: Array.from({ length: n }, (_, b) => (b === down ? 'f' : 'r')),
    inCut: new Set(down === null ? [] : [`b${down}`]),
    activeCutSets: down === null ? [] : [[`b${down}`]],
    systemUp: down === null,
    live: down === null ? new Set(layout.nodes.map((x) => x.id)) : new Set(),
  };
}

/** Counts each node's and edge's notifications. */
function listen(store: ReturnType<typeof createDiagramStore>, layout: DiagramLayout) {
  const nodes = layout.nodes.map(() => 0);
  const edges = layout.edges.map(() => 0);
  layout.nodes.forEach((_, i) => store.subscribeNode(i, () => nodes[i]!++));
  layout.edges.forEach((_, i) => store.subscribeEdge(i, () => edges[i]!++));
  const total = () => nodes.reduce((a, x) => a + x, 0) + edges.reduce((a, x) => a + x, 0);
  return { nodes, edges, total };
}

const sameContent = (a: object, b: object): boolean => JSON.stringify(a) === JSON.stringify(b);

const blocksOf = (n: number) => Array.from({ length: n }, (_, i) => `b${i}`);

describe('createDiagramStore', () => {
  it('shows every frame of a real history at once when not paced, notifying only what changed', () => {
    const { design } = loadExample('three-tier.json');
    const horizon = 200_000;
    const traced = traceHistory(design, { trials: 1, horizon, seed: 51 }, 5);
    if (!traced.ok) throw new Error('trace failed');
    const { trace, routes } = traced.value;
    const replay = new Replay(trace);
    const raw = JSON.parse(readFileSync('public/examples/three-tier.json', 'utf8')) as DesignFile;
    const layout = getDiagramLayout(
      withAllPositions(raw).diagram,
      trace.blocks.map((id) => [id]),
    );
    const store = createDiagramStore(layout, trace.blocks, createManualClock());
    const counts = listen(store, layout);
    let before = layout.nodes.map((_, i) => store.getNode(i));
    let systemDownSeen = false;
    for (let k = 0; k <= trace.events.length; k++) {
      const t = k === 0 ? 0 : trace.events[k - 1]!.t;
      const frame = getDiagramFrame(replay, t, replay.eventsUpTo(t), [], 1, routes);
      systemDownSeen ||= !frame.systemUp;
      const counted = counts.nodes.slice();
      store.show(frame, false);
      expect(store.pending()).toBe(0);
      const views = getNodeViews(layout, frame, trace.blocks);
      layout.nodes.forEach((_, i) => {
        expect(store.getNode(i)).toEqual(views[i]);
        const changed = store.getNode(i) !== before[i];
        expect(counts.nodes[i]! - counted[i]!).toBe(changed ? 1 : 0);
        // A new object is a changed view: an unchanged one keeps its identity.
        expect(sameContent(store.getNode(i), before[i]!)).toBe(!changed);
      });
      before = layout.nodes.map((_, i) => store.getNode(i));
    }
    expect(counts.total()).toBeGreaterThan(0);
    expect(systemDownSeen || trace.downtime === 0).toBe(true);
  });

  it('spreads a change over frames within the budgets while playing', () => {
    const n = 100;
    const layout = chainLayout(n);
    const clock = createManualClock();
    const store = createDiagramStore(layout, blocksOf(n), clock);
    store.show(chainFrame(layout, null), false);
    const counts = listen(store, layout);
    // Block 50 fails: every node and edge loses its route, block 50 also its state.
    store.show(chainFrame(layout, 50), true);
    const nodeCount = layout.nodes.length;
    const edgeCount = layout.edges.length;
    expect(counts.nodes.filter((x) => x > 0)).toHaveLength(NODE_BUDGET);
    expect(counts.edges.filter((x) => x > 0)).toHaveLength(Math.min(EDGE_BUDGET, edgeCount));
    expect(store.pending()).toBe(nodeCount - NODE_BUDGET + Math.max(0, edgeCount - EDGE_BUDGET));
    let frames = 0;
    while (clock.pending()) {
      clock.tick(16);
      frames++;
    }
    expect(frames).toBe(Math.ceil(nodeCount / NODE_BUDGET) - 1);
    expect(store.pending()).toBe(0);
    expect(counts.nodes.every((x) => x === 1)).toBe(true);
    expect(counts.edges.every((x) => x === 1)).toBe(true);
    expect(store.getNode(51)).toMatchObject({ tone: 'down', cut: true, dead: true, units: 'f' });
    expect(store.getNode(1)).toMatchObject({ tone: 'up', cut: false, dead: true });
    expect(store.getEdge(0)).toBe(true);
  });

  it('lets a later frame replace what still waits, and draws everything at once when paused', () => {
    const n = 100;
    const layout = chainLayout(n);
    const clock = createManualClock();
    const store = createDiagramStore(layout, blocksOf(n), clock);
    const up = chainFrame(layout, null);
    store.show(up, false);
    const drawnUp = layout.nodes.map((_, i) => store.getNode(i));
    store.show(chainFrame(layout, 50), true);
    // Repaired before the rest was drawn: only the nodes already drawn as dead wait now.
    store.show(up, true);
    const redrawn = layout.nodes.filter((_, i) => store.getNode(i) !== drawnUp[i]).length;
    expect(redrawn + store.pending()).toBeGreaterThan(0);
    store.show(up, false);
    expect(store.pending()).toBe(0);
    expect(clock.pending()).toBe(false);
    layout.nodes.forEach((_, i) => expect(store.getNode(i)).toEqual(drawnUp[i]));
    // The same frame again notifies no one and keeps every view's identity.
    const counts = listen(store, layout);
    const same = layout.nodes.map((_, i) => store.getNode(i));
    store.show(up, true);
    store.show(up, false);
    expect(counts.total()).toBe(0);
    layout.nodes.forEach((_, i) => expect(store.getNode(i)).toBe(same[i]));
  });
});
