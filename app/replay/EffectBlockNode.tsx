/**
 * One block (or subsystem) of the failure-effects diagram: a button that fails one more of its
 * units by hand (then, once the block is down, restores them all), its state as a fill and in
 * words, outlined when it is in a cut set that took the system down, and greyed and dashed with
 * "no working route" when no route from start to end through it works any more.
 */
import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import type { BlockBadge } from './replayModel.ts';
import { UnitPips, splitBadge } from './ReplayBlockNode.tsx';

export const EffectBlockNode = memo(function EffectBlockNode({
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
  action,
  onActivate,
}: {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly tone: BlockBadge['tone'];
  readonly text: string;
  readonly cut: boolean;
  readonly dead: boolean;
  /** One letter per unit: r working, f held failed ('' for none). */
  readonly units: string;
  /** What activating it does, in words ("fail one unit"), or null when it is not clickable. */
  readonly action: string | null;
  readonly onActivate: (id: string) => void;
}) {
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(id);
    }
  };
  const [first, second] = splitBadge(text);
  const cue = [
    cut ? 'in the cut set that took the system down' : '',
    dead ? 'no working route' : '',
  ]
    .filter((c) => c !== '')
    .join('; ');
  return (
    <g
      className={`replay-node effect-node tone-${tone}${cut ? ' in-cut' : ''}${dead ? ' dead' : ''}${action === null ? '' : ' clickable'}`}
      data-testid={`effects.node.${id}`}
      data-state={tone}
      data-route={dead ? 'lost' : 'working'}
      transform={`translate(${x} ${y})`}
      {...(action === null
        ? {}
        : {
            role: 'button',
            tabIndex: 0,
            'aria-label': `${id}: ${text}${cue === '' ? '' : ` (${cue})`}. Press to ${action}.`,
            onClick: () => onActivate(id),
            onKeyDown,
          })}
    >
      <title>{`${id}: ${text}${cue === '' ? '' : ` (${cue})`}`}</title>
      <rect width={w} height={h} rx={10} className="replay-node-box" />
      <UnitPips units={units} w={w} />
      <text x={12} y={24} className="replay-node-name">
        {id}
      </text>
      <text x={12} y={46} className="replay-node-badge" data-testid={`effects.badge.${id}`}>
        <tspan x={12}>{first}</tspan>
        {second !== '' && (
          <tspan x={12} dy={15}>
            {second}
          </tspan>
        )}
      </text>
      {(cut || dead) && (
        <text x={12} y={second === '' ? 70 : 78} className="replay-node-cut">
          {cut ? '✕ in the cut set' : '⋯ no working route'}
        </text>
      )}
    </g>
  );
});
