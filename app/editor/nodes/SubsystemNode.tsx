/** A subsystem node: stands for a whole inner diagram; double-click or "Open" drills down. */
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { getIssueClass } from '../../blockText.ts';
import { useAppStore, useStoreApi } from '../../store/index.ts';
import { selectNode, selectNodeIssue, selectSubsystems } from '../../store/selectors.ts';
import type { FlowNode } from '../flowAdapter.ts';
import { selectBlastMark } from '../blastMarks.ts';
import { BlastBadge } from './BlastBadge.tsx';
import { Icon } from '../../components/Icon.tsx';

function SubsystemNodeView({ id, selected }: NodeProps<FlowNode>) {
  const store = useStoreApi();
  const node = useAppStore((s) => selectNode(s, id));
  const subsystems = useAppStore(selectSubsystems);
  const issue = useAppStore((s) => selectNodeIssue(s, id));
  const blast = useAppStore((s) => selectBlastMark(s, id));
  if (node?.kind !== 'subsystem') return null;
  const inner = subsystems?.[node.subsystem];
  const blocks =
    inner?.nodes.filter((n) => n.kind === 'block' || n.kind === 'subsystem').length ?? 0;
  const classes = ['rbd-node', 'rbd-subsystem'];
  if (selected) classes.push('is-selected');
  if (blast !== null) classes.push(`is-blast-${blast}`);
  if (inner === undefined) classes.push('has-issue');
  else if (issue !== undefined) classes.push(getIssueClass(issue));
  return (
    <div className={classes.join(' ')} data-testid={`editor.node.${id}`} title={issue?.message}>
      <Handle type="target" position={Position.Left} className="rbd-handle" />
      <div className="rbd-block-head">
        <Icon name="subsystem" className="rbd-block-icon" />
        <span className="rbd-block-name">{node.subsystem}</span>
        <BlastBadge id={id} mark={blast} />
      </div>
      <div className="rbd-block-meta">
        <span className="rbd-block-id">{id}</span>
        <span className="rbd-block-rule">
          {inner === undefined ? 'missing' : `${blocks} block${blocks === 1 ? '' : 's'}`}
        </span>
      </div>
      <button
        type="button"
        className="rbd-open nodrag"
        onClick={() => store.getState().openSubsystem(id)}
        data-testid={`editor.node.${id}.open`}
      >
        Open <Icon name="chevron" size={14} />
      </button>
      <Handle type="source" position={Position.Right} className="rbd-handle" />
    </div>
  );
}

export const SubsystemNode = memo(SubsystemNodeView);
