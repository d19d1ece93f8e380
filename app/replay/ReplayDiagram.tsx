/**
 * The diagram during a replay, read-only: each block with its state as a fill and as words
 * (running, degraded k of n up, down, under repair with time left, standby, switching with time
 * left, switch failed), the blocks of the cut sets that hold the system down outlined, and the
 * nodes and edges off every working route greyed and dashed. The diagram renders once per
 * history; each node and edge listens to its own entry of a {@link DiagramStore}, which the
 * player fills at events and, for the times left, at most four times a second while the playhead
 * moves (playing: spread over a few frames; paused, stepped or scrubbed: at once).
 */
import { memo, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Replay, RouteNetwork } from '../../src/index.ts';
import type { DiagramLayout, LayoutNode } from './replayDiagramLayout.ts';
import { edgePath } from './replayDiagramLayout.ts';
import { ReplayTerminal } from './ReplayTerminal.tsx';
import { getDiagramFrame } from './replayFrame.ts';
import type { ReplayPlayer } from './replayPlayer.ts';
import { ReplayBlockNode } from './ReplayBlockNode.tsx';
import type { DiagramStore } from './diagramStore.ts';
import { createDiagramStore } from './diagramStore.ts';

/** Least wall time between two redraws for the times left while the playhead moves, ms. */
export const TIME_LEFT_MS = 250;

function useNodeView(store: DiagramStore, i: number) {
  return useSyncExternalStore(
    (listener) => store.subscribeNode(i, listener),
    () => store.getNode(i),
  );
}

function LiveNode({
  store,
  index,
  node,
}: {
  store: DiagramStore;
  index: number;
  node: LayoutNode;
}) {
  const view = useNodeView(store, index);
  if (node.kind === 'block' || node.kind === 'subsystem') {
    return (
      <ReplayBlockNode
        id={node.id}
        x={node.x}
        y={node.y}
        w={node.w}
        h={node.h}
        tone={view.tone}
        text={view.text}
        cut={view.cut}
        dead={view.dead}
        units={view.units}
      />
    );
  }
  return <ReplayTerminal node={node} dead={view.dead} />;
}

function LiveEdge({ store, index, d }: { store: DiagramStore; index: number; d: string }) {
  const dead = useSyncExternalStore(
    (listener) => store.subscribeEdge(index, listener),
    () => store.getEdge(index),
  );
  return (
    <path
      d={d}
      className={`replay-edge${dead ? ' dead' : ''}`}
      data-testid="replay.edge"
      data-route={dead ? 'lost' : 'working'}
    />
  );
}

export const ReplayDiagram = memo(function ReplayDiagram({
  replay,
  player,
  layout,
  cutSets,
  hoursPerUnit,
  routes,
}: {
  readonly replay: Replay;
  readonly player: ReplayPlayer;
  readonly layout: DiagramLayout;
  readonly cutSets: readonly (readonly string[])[];
  readonly hoursPerUnit: number;
  /** The design's gate network: nodes and edges off every working route drawn dashed. */
  readonly routes: RouteNetwork | null;
}) {
  // Filled before the children first read it, so the first paint shows the playhead's state.
  const store = useMemo(() => {
    const created = createDiagramStore(layout, replay.trace.blocks);
    const s = player.getSnapshot();
    const t = player.getTime();
    created.show(getDiagramFrame(replay, t, s.eventIndex, cutSets, hoursPerUnit, routes), false);
    return created;
  }, [layout, replay, player, cutSets, hoursPerUnit, routes]);
  useEffect(() => {
    let shown = { index: -1, t: NaN, playing: false, at: -Infinity };
    const update = (): void => {
      const s = player.getSnapshot();
      const t = player.getTime();
      // Paused, the playhead's own event count: a seek moves the playhead (frame listeners)
      // before the player tells of the new index, and both are heard here. Playing, the
      // snapshot's, which the rest of the view shows too.
      const index = s.playing ? s.eventIndex : replay.eventsUpTo(t);
      const now = performance.now();
      if (index === shown.index && t === shown.t && s.playing === shown.playing) return;
      // While playing, a new event index is drawn at once, the times left at most every
      // TIME_LEFT_MS.
      if (s.playing && shown.playing && index === shown.index && now - shown.at < TIME_LEFT_MS) {
        return;
      }
      shown = { index, t, playing: s.playing, at: now };
      store.show(getDiagramFrame(replay, t, index, cutSets, hoursPerUnit, routes), s.playing);
    };
    update();
    const stopDiscrete = player.subscribe(update);
    const stopFrames = player.onFrame(update);
    return () => {
      stopDiscrete();
      stopFrames();
    };
  }, [store, player, replay, cutSets, hoursPerUnit, routes]);
  useEffect(() => () => store.destroy(), [store]);

  return (
    <figure className="replay-diagram" aria-label="Diagram, read-only during the replay">
      <svg viewBox={layout.viewBox} role="group" aria-label="Blocks and their states">
        {layout.edges.map((e, i) => (
          <LiveEdge key={i} store={store} index={i} d={edgePath(e.from, e.to)} />
        ))}
        {layout.nodes.map((node, i) => (
          <LiveNode key={node.id} store={store} index={i} node={node} />
        ))}
      </svg>
      <figcaption className="replay-diagram-key">
        Unit marks: filled dot running, hollow dot standby, dashed dot switching in, cross failed.
        Dashed grey: no working route left.
      </figcaption>
    </figure>
  );
});
