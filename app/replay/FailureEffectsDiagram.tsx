/**
 * The diagram in failure-effects mode: every block a button that fails it (a unit at a time for
 * k-of-n blocks) or restores it, every subsystem one that fails or restores all its blocks, the blocks of the cut sets that took the system down outlined,
 * and the nodes and edges that lost every working route greyed and dashed, with words.
 */
import { useMemo } from 'react';
import type { ConditionResult } from '../../src/index.ts';
import type { DiagramLayout } from './replayDiagramLayout.ts';
import { edgePath } from './replayDiagramLayout.ts';
import { ReplayTerminal } from './ReplayTerminal.tsx';
import { describePress, getDeadEdges, getEffectNode } from './failureEffects.ts';
import { EffectBlockNode } from './EffectBlockNode.tsx';

export function FailureEffectsDiagram({
  layout,
  result,
  onActivate,
}: {
  readonly layout: DiagramLayout;
  readonly result: ConditionResult;
  /** Called with a top-level node id whose block was clicked. */
  readonly onActivate: (nodeId: string) => void;
}) {
  const live = useMemo(() => new Set(result.liveNodes), [result]);
  const inCut = useMemo(() => new Set(result.cutSets.flat()), [result]);
  const deadEdges = getDeadEdges(layout, live);
  return (
    <figure
      className="replay-diagram effects-diagram"
      aria-label="Diagram: press a block to fail it by hand"
    >
      <svg
        viewBox={layout.viewBox}
        role="group"
        aria-label="Blocks; press one to fail or restore it"
      >
        {layout.edges.map((e, i) => (
          <path
            key={i}
            d={edgePath(e.from, e.to)}
            className={`replay-edge${deadEdges[i] ? ' dead' : ''}`}
            data-testid="effects.edge"
            data-route={deadEdges[i] ? 'lost' : 'working'}
          />
        ))}
        {layout.nodes.map((node) => {
          if (node.kind === 'block' || node.kind === 'subsystem') {
            const { badge, dead } = getEffectNode(node, result.blocks, live);
            const group = node.blocks.flatMap((b) => result.blocks[b] ?? []);
            const own = group.length === 1 ? group[0] : undefined;
            let units = '';
            if (own !== undefined) {
              for (let u = 0; u < own.quantity; u++) units += u < own.unitsDown ? 'f' : 'r';
            }
            const action = describePress(group);
            return (
              <EffectBlockNode
                key={node.id}
                id={node.id}
                x={node.x}
                y={node.y}
                w={node.w}
                h={node.h}
                tone={badge.tone}
                text={badge.text}
                cut={node.blocks.some((b) => inCut.has(result.blocks[b]?.id ?? ''))}
                dead={dead}
                units={units}
                action={action}
                onActivate={onActivate}
              />
            );
          }
          return <ReplayTerminal key={node.id} node={node} dead={!live.has(node.id)} />;
        })}
      </svg>
      <figcaption className="replay-diagram-key">
        Press a block (or Enter/Space on it) to fail a unit; press again until it is down, then once
        more to restore it. A subsystem fails whole, and restores whole. Dashed grey: no working
        route left.
      </figcaption>
    </figure>
  );
}
