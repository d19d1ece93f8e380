/**
 * One block (or subsystem) of the replay diagram: its state as a fill and in words, outlined when
 * it belongs to a cut set that holds the system down. Memoised on what it shows, so an event
 * redraws only the blocks it changed. Drawn in the diagram's coordinates, without a transform
 * per node or per mark: every SVG transform is a paint property of its own, and the browser
 * re-layerises all of them whenever anything on the page repaints (on a 200-block diagram, a
 * large part of every playback frame).
 */
import { memo } from 'react';
import type { BlockBadge } from './replayModel.ts';

/** Units drawn as marks; larger blocks show their counts in the badge only. */
export const MAX_PIPS = 8;

/**
 * One mark per unit, its shape the state (colour is not the only cue): running a filled dot,
 * standby a hollow one, switching a dashed one, failed a cross (waiting, in repair or for good).
 */
export function UnitPips({
  units,
  w,
  x = 0,
  y = 0,
}: {
  readonly units: string;
  readonly w: number;
  /** The block's top-left corner (default 0, 0: the caller translates). */
  readonly x?: number;
  readonly y?: number;
}) {
  if (units.length === 0 || units.length > MAX_PIPS) return null;
  const left = x + w - 14 - (units.length - 1) * 14;
  const cy = y + 18;
  return (
    <g aria-hidden="true">
      {[...units].map((code, i) => {
        const cx = left + i * 14;
        if (code === 'f') {
          return (
            <g key={i} className="pip pip-failed">
              <line x1={cx - 4} y1={cy - 4} x2={cx + 4} y2={cy + 4} />
              <line x1={cx - 4} y1={cy + 4} x2={cx + 4} y2={cy - 4} />
            </g>
          );
        }
        const cls = code === 'r' ? 'pip-running' : code === 's' ? 'pip-standby' : 'pip-switching';
        return <circle key={i} cx={cx} cy={cy} r={4.5} className={`pip ${cls}`} />;
      })}
    </g>
  );
}

/** Characters of a badge line that fit the block's width at 13 px. */
const LINE_CHARS = 25;

/** A badge in one or two lines, broken after a comma or a middle dot (the space kept, so the words read on). */
export function splitBadge(text: string): [string, string] {
  if (text.length <= LINE_CHARS) return [text, ''];
  for (const sep of [', ', ' · ', '; ', ' ']) {
    const at = text.lastIndexOf(sep, LINE_CHARS);
    if (at > 0) return [text.slice(0, at + sep.length), text.slice(at + sep.length)];
  }
  return [text, ''];
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
  dead,
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
  /** No working route from start to end passes through it any more. */
  readonly dead: boolean;
  /** One letter per unit: r running, s standby, w switching, f failed ('' for none). */
  readonly units: string;
}) {
  const [first, second] = splitBadge(text);
  return (
    <g
      className={`replay-node tone-${tone}${cut ? ' in-cut' : ''}${dead ? ' dead' : ''}`}
      data-testid={`replay.node.${id}`}
      data-state={tone}
      data-route={dead ? 'lost' : 'working'}
    >
      <title>{`${id}: ${text}${cut ? ' (in the cut set that holds the system down)' : ''}${dead ? ' (no working route)' : ''}`}</title>
      <rect x={x} y={y} width={w} height={h} rx={10} className="replay-node-box" />
      <UnitPips units={units} w={w} x={x} y={y} />
      <text x={x + 12} y={y + 26} className="replay-node-name">
        {id}
      </text>
      <text x={x + 12} y={y + 48} className="replay-node-badge" data-testid={`replay.badge.${id}`}>
        <tspan x={x + 12}>{first}</tspan>
        {second !== '' && (
          <tspan x={x + 12} dy={15}>
            {second}
          </tspan>
        )}
      </text>
      {(cut || dead) && (
        <text x={x + 12} y={y + (second === '' ? 72 : 80)} className="replay-node-cut">
          {cut ? '✕ in the failed cut set' : '⋯ no working route'}
        </text>
      )}
    </g>
  );
});
