/**
 * One block (or subsystem) of the replay diagram: its state as a fill and in words, outlined when
 * it belongs to a cut set that holds the system down. Memoised on what it shows, so an event
 * redraws only the blocks it changed.
 */
import { memo } from 'react';
import type { BlockBadge } from './replayModel.ts';

/** Units drawn as marks; larger blocks show their counts in the badge only. */
export const MAX_PIPS = 8;

/**
 * One mark per unit, its shape the state (colour is not the only cue): running a filled dot,
 * standby a hollow one, switching a dashed one, failed a cross (waiting, in repair or for good).
 */
export function UnitPips({ units, w }: { readonly units: string; readonly w: number }) {
  if (units.length === 0 || units.length > MAX_PIPS) return null;
  return (
    <g transform={`translate(${w - 14 - (units.length - 1) * 14} 18)`} aria-hidden="true">
      {[...units].map((code, i) => {
        const x = i * 14;
        if (code === 'f') {
          return (
            <g key={i} className="pip pip-failed" transform={`translate(${x} 0)`}>
              <line x1={-4} y1={-4} x2={4} y2={4} />
              <line x1={-4} y1={4} x2={4} y2={-4} />
            </g>
          );
        }
        const cls = code === 'r' ? 'pip-running' : code === 's' ? 'pip-standby' : 'pip-switching';
        return <circle key={i} cx={x} cy={0} r={4.5} className={`pip ${cls}`} />;
      })}
    </g>
  );
}

export const ReplayBlockNode = memo(function ReplayBlockNode({
  id,
  x,
  y,
  w,
  h,
  tone,
  text,
  cut,
  units,
}: {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly tone: BlockBadge['tone'];
  readonly text: string;
  readonly cut: boolean;
  /** One letter per unit: r running, s standby, w switching, f failed ('' for none). */
  readonly units: string;
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
      <UnitPips units={units} w={w} />
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
