/**
 * A start, end or junction node of a replay diagram (the live replay and failure effects): a
 * circle, named for start and end, greyed and dashed when no working route reaches it.
 */
import type { LayoutNode } from './replayDiagramLayout.ts';

export function ReplayTerminal({
  node,
  dead,
}: {
  readonly node: LayoutNode;
  readonly dead: boolean;
}) {
  const r = node.kind === 'junction' ? 6 : node.w / 2;
  // Centre coordinates, no transform (see ReplayBlockNode: a transform is a paint property).
  const cx = node.x + node.w / 2;
  const cy = node.y + node.h / 2;
  return (
    <g className={`replay-terminal kind-${node.kind}${dead ? ' dead' : ''}`}>
      <circle cx={cx} cy={cy} r={r} />
      {node.kind !== 'junction' && (
        <text textAnchor="middle" x={cx} y={cy + 5}>
          {node.kind === 'start' ? 'Start' : 'End'}
        </text>
      )}
    </g>
  );
}
