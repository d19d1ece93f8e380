/**
 * One block (or subsystem) of the replay diagram: its state as a fill and in words, outlined when
 * it belongs to a cut set that holds the system down. Memoised on what it shows, so an event
 * redraws only the blocks it changed.
 */
import { memo } from 'react';
import type { BlockBadge } from './replayModel.ts';

export const ReplayBlockNode = memo(function ReplayBlockNode({
  id,
  x,
  y,
  w,
  h,
  tone,
  text,
  cut,
}: {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly tone: BlockBadge['tone'];
  readonly text: string;
  readonly cut: boolean;
}) {
  return (
    <g
      className={`replay-node tone-${tone}${cut ? ' in-cut' : ''}`}
      data-testid={`replay.node.${id}`}
      data-state={tone}
      transform={`translate(${x} ${y})`}
    >
      <title>{`${id}: ${text}${cut ? ' (in the cut set that holds the system down)' : ''}`}</title>
      <rect width={w} height={h} rx={10} className="replay-node-box" />
      <text x={12} y={26} className="replay-node-name">
        {id}
      </text>
      <text x={12} y={52} className="replay-node-badge" data-testid={`replay.badge.${id}`}>
        {text}
      </text>
      {cut && (
        <text x={12} y={74} className="replay-node-cut">
          ✕ in the failed cut set
        </text>
      )}
    </g>
  );
});
