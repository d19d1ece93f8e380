/**
 * The diagram during a replay, read-only: each block with its state as a fill and as words
 * (running, degraded k of n up, down, under repair with time left, standby, switching with time
 * left, switch failed), and the blocks of the cut sets that hold the system down outlined.
 * Renders at events and at most four times a second while playing (times left), never per frame.
 */
import { useMemo } from 'react';
import type { Replay, RouteNetwork } from '../../src/index.ts';
import type { DiagramLayout, LayoutNode } from './replayDiagramLayout.ts';
import { edgePath } from './replayDiagramLayout.ts';
import { ReplayTerminal } from './ReplayTerminal.tsx';
import type { BlockBadge } from './replayModel.ts';
import { getDiagramFrame, getNodeBadge } from './replayFrame.ts';
import { getDeadEdges } from './failureEffects.ts';
import type { PlayerSnapshot, ReplayPlayer } from './replayPlayer.ts';
import { useThrottledTime } from './useThrottledTime.ts';
import { ReplayBlockNode } from './ReplayBlockNode.tsx';

export function ReplayDiagram({
  replay,
  player,
  snapshot,
  layout,
  cutSets,
  hoursPerUnit,
  routes,
}: {
  readonly replay: Replay;
  readonly player: ReplayPlayer;
  readonly snapshot: PlayerSnapshot;
  readonly layout: DiagramLayout;
  readonly cutSets: readonly (readonly string[])[];
  readonly hoursPerUnit: number;
  /** The design's gate network: nodes and edges off every working route drawn dashed. */
  readonly routes: RouteNetwork | null;
}) {
  const t = useThrottledTime(player);
  const { trace } = replay;
  const frame = useMemo(
    () => getDiagramFrame(replay, t, snapshot.eventIndex, cutSets, hoursPerUnit, routes),
    [replay, snapshot.eventIndex, t, hoursPerUnit, cutSets, routes],
  );
  const nodeBadge = (node: LayoutNode): BlockBadge | null => getNodeBadge(node, frame.badges);
  const live = frame.live;
  const deadEdges = live === null ? null : getDeadEdges(layout, live);

  return (
    <figure className="replay-diagram" aria-label="Diagram, read-only during the replay">
      <svg viewBox={layout.viewBox} role="group" aria-label="Blocks and their states">
        {layout.edges.map((e, i) => (
          <path
            key={i}
            d={edgePath(e.from, e.to)}
            className={`replay-edge${deadEdges?.[i] === true ? ' dead' : ''}`}
            data-testid="replay.edge"
            data-route={deadEdges?.[i] === true ? 'lost' : 'working'}
          />
        ))}
        {layout.nodes.map((node) => {
          const badge = nodeBadge(node);
          const cut = node.blocks.some((b) => frame.inCut.has(trace.blocks[b]!));
          if (node.kind === 'block' || node.kind === 'subsystem') {
            return (
              <ReplayBlockNode
                key={node.id}
                id={node.id}
                x={node.x}
                y={node.y}
                w={node.w}
                h={node.h}
                tone={badge?.tone ?? 'up'}
                text={badge?.text ?? ''}
                cut={cut}
                dead={live !== null && !live.has(node.id)}
                units={node.blocks.length === 1 ? frame.units[node.blocks[0]!]! : ''}
              />
            );
          }
          return (
            <ReplayTerminal key={node.id} node={node} dead={live !== null && !live.has(node.id)} />
          );
        })}
      </svg>
      <figcaption className="replay-diagram-key">
        Unit marks: filled dot running, hollow dot standby, dashed dot switching in, cross failed.
        Dashed grey: no working route left.
      </figcaption>
    </figure>
  );
}
