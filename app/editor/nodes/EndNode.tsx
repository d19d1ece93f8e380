/** The end node: the system works when k of its n inputs are reached. */
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { useAppStore } from '../../store/index.ts';
import {
  selectInDegree,
  selectNode,
  selectNodeIssue,
  selectTimeUnit,
} from '../../store/selectors.ts';
import type { FlowNode } from '../flowAdapter.ts';
import { getIssueClass, getVoteText, readCount } from '../../blockText.ts';

function EndNodeView({ id, selected }: NodeProps<FlowNode>) {
  const node = useAppStore((s) => selectNode(s, id));
  const inputs = useAppStore((s) => selectInDegree(s, id));
  const unit = useAppStore(selectTimeUnit);
  const issue = useAppStore((s) => selectNodeIssue(s, id));
  const required = node?.kind === 'end' ? node.required : undefined;
  const classes = ['rbd-node', 'rbd-terminal', 'rbd-end'];
  if (selected) classes.push('is-selected');
  // With nothing connected yet the empty-canvas hint explains what to do: no alarm.
  if (issue !== undefined && inputs > 0) classes.push(getIssueClass(issue));
  return (
    <div className={classes.join(' ')} data-testid={`editor.node.${id}`} title={issue?.message}>
      <Handle type="target" position={Position.Left} className="rbd-handle" />
      End
      {readCount(required, 1, unit) > 1 && (
        <span className="rbd-terminal-vote">{getVoteText(required, inputs, unit)}</span>
      )}
    </div>
  );
}

export const EndNode = memo(EndNodeView);
