/** An edge of the diagram: an orthogonal path, highlighted when selected or when it has a problem. */
import { memo } from 'react';
import { BaseEdge, getSmoothStepPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import type { FlowEdge } from '../flowAdapter.ts';

function RbdEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  selected,
  markerEnd,
}: EdgeProps<FlowEdge>) {
  const [path] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 10,
  });
  return (
    <BaseEdge
      id={id}
      path={path}
      className={selected === true ? 'rbd-edge is-selected' : 'rbd-edge'}
      interactionWidth={18}
      {...(markerEnd === undefined ? {} : { markerEnd })}
    />
  );
}

export const RbdEdge = memo(RbdEdgeView);
