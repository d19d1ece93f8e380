/** A junction: reached when k of its n incoming paths are; shows "k of n". */
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
import { getIssueClass, getVoteText } from '../../blockText.ts';

function JunctionNodeView({ id, selected }: NodeProps<FlowNode>) {
  const node = useAppStore((s) => selectNode(s, id));
  const inputs = useAppStore((s) => selectInDegree(s, id));
  const unit = useAppStore(selectTimeUnit);
  const issue = useAppStore((s) => selectNodeIssue(s, id));
  if (node?.kind !== 'junction') return null;
  const classes = ['rbd-node', 'rbd-junction'];
  if (selected) classes.push('is-selected');
  if (issue !== undefined) classes.push(getIssueClass(issue));
  return (
    <div
      className={classes.join(' ')}
      data-testid={`editor.node.${id}`}
      title={issue?.message ?? `junction ${id}`}
    >
      <Handle type="target" position={Position.Left} className="rbd-handle" />
      <span className="rbd-junction-vote" data-testid={`editor.node.${id}.rule`}>
        {getVoteText(node.required, inputs, unit)}
      </span>
      <Handle type="source" position={Position.Right} className="rbd-handle" />
    </div>
  );
}

export const JunctionNode = memo(JunctionNodeView);
