/** The start node: always reached; it has only an output. */
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../flowAdapter.ts';

function StartNodeView({ id, selected }: NodeProps<FlowNode>) {
  return (
    <div
      className={`rbd-node rbd-terminal rbd-start${selected ? ' is-selected' : ''}`}
      data-testid={`editor.node.${id}`}
    >
      Start
      <Handle type="source" position={Position.Right} className="rbd-handle" />
    </div>
  );
}

export const StartNode = memo(StartNodeView);
