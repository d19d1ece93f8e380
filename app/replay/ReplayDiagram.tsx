/**
 * The diagram during a replay, read-only: each block with its state as a fill and as words
 * (running, degraded k of n up, down, under repair with time left, standby, switching with time
 * left, switch failed), and the blocks of the cut sets that hold the system down outlined.
 * Renders at events and at most four times a second while playing (times left), never per frame.
 */
import { useMemo } from 'react';
import type { Replay } from '../../src/index.ts';
import { UNIT_RUNNING, UNIT_STANDBY, UNIT_SWITCHING } from '../../src/index.ts';
import type { DiagramLayout, LayoutNode } from './replayDiagramLayout.ts';
import { edgePath } from './replayDiagramLayout.ts';
import type { BlockBadge } from './replayModel.ts';
import { getActiveCutSets, getBlockBadge } from './replayModel.ts';
import type { PlayerSnapshot, ReplayPlayer } from './replayPlayer.ts';
import { useThrottledTime } from './useThrottledTime.ts';
import { ReplayBlockNode } from './ReplayBlockNode.tsx';

const TONE_RANK: Readonly<Record<BlockBadge['tone'], number>> = {
  up: 0,
  degraded: 1,
  switching: 2,
  'switch-failed': 3,
  repair: 4,
  down: 5,
};

export function ReplayDiagram({
  replay,
  player,
  snapshot,
  layout,
  cutSets,
  hoursPerUnit,
}: {
  readonly replay: Replay;
  readonly player: ReplayPlayer;
  readonly snapshot: PlayerSnapshot;
  readonly layout: DiagramLayout;
  readonly cutSets: readonly (readonly string[])[];
  readonly hoursPerUnit: number;
}) {
  const t = useThrottledTime(player);
  const { trace } = replay;
  const frame = useMemo(() => {
    const state = replay.stateAfter(snapshot.eventIndex);
    const badges = trace.blocks.map((_, b) => getBlockBadge(replay, state, b, t, hoursPerUnit));
    const up = replay.blockUp(state);
    const systemUp = replay.systemUpAt(t);
    const active = systemUp ? [] : getActiveCutSets(cutSets, trace.blocks, up);
    const inCut = new Set(active.flat());
    const units = trace.blocks.map((_, b) => {
      let codes = '';
      for (let u = 0; u < trace.quantities[b]!; u++) {
        const s = replay.unitState(state, b, u);
        codes +=
          s === UNIT_RUNNING ? 'r' : s === UNIT_STANDBY ? 's' : s === UNIT_SWITCHING ? 'w' : 'f';
      }
      return codes;
    });
    return { badges, inCut, units };
  }, [replay, trace, snapshot.eventIndex, t, hoursPerUnit, cutSets]);

  const nodeBadge = (node: LayoutNode): BlockBadge | null => {
    if (node.blocks.length === 0) return null;
    if (node.blocks.length === 1) return frame.badges[node.blocks[0]!]!;
    // A subsystem: its worst block, and how many are not running.
    let worst = frame.badges[node.blocks[0]!]!;
    let notUp = 0;
    for (const b of node.blocks) {
      const badge = frame.badges[b]!;
      if (badge.tone !== 'up') notUp++;
      if (TONE_RANK[badge.tone] > TONE_RANK[worst.tone]) worst = badge;
    }
    return notUp === 0
      ? { tone: 'up', text: `all ${node.blocks.length} blocks running` }
      : {
          tone: worst.tone,
          text: `${notUp} of ${node.blocks.length} blocks not running; worst: ${worst.text}`,
        };
  };

  return (
    <figure className="replay-diagram" aria-label="Diagram, read-only during the replay">
      <svg viewBox={layout.viewBox} role="group" aria-label="Blocks and their states">
        {layout.edges.map((e, i) => (
          <path key={i} d={edgePath(e.from, e.to)} className="replay-edge" />
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
                units={node.blocks.length === 1 ? frame.units[node.blocks[0]!]! : ''}
              />
            );
          }
          const r = node.kind === 'junction' ? 6 : node.w / 2;
          return (
            <g
              key={node.id}
              className={`replay-terminal kind-${node.kind}`}
              transform={`translate(${node.x + node.w / 2} ${node.y + node.h / 2})`}
            >
              <circle r={r} />
              {node.kind !== 'junction' && (
                <text textAnchor="middle" y={5}>
                  {node.kind === 'start' ? 'Start' : 'End'}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="replay-diagram-key">
        Unit marks: filled dot running, hollow dot standby, dashed dot switching in, cross failed.
      </figcaption>
    </figure>
  );
}
