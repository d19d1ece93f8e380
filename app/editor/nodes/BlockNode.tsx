/**
 * A block: its type's name, id and redundancy rule, its figure from the analysis, a bar for its
 * criticality and a marker when it alone fails the system. Reads only its own node, type and
 * result from the store, by id.
 */
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { useAppStore } from '../../store/index.ts';
import {
  selectBlockResult,
  selectComponent,
  selectImportanceBasis,
  selectNode,
  selectNodeIssue,
  selectTimeUnit,
} from '../../store/selectors.ts';
import type { FlowNode } from '../flowAdapter.ts';
import { selectBlastMark } from '../blastMarks.ts';
import { BlastBadge } from './BlastBadge.tsx';
import { Icon } from '../../components/Icon.tsx';
import { useIsFar } from './useIsFar.ts';
import {
  getBlockIcon,
  getCriticalityTone,
  getCriticalityWidth,
  getFigure,
  getIssueClass,
  getRuleText,
  getSinglePointText,
} from '../../blockText.ts';

function BlockNodeView({ id, selected }: NodeProps<FlowNode>) {
  const node = useAppStore((s) => selectNode(s, id));
  const original = useAppStore((s) =>
    node?.kind === 'block' && node.repeatOf !== undefined ? selectNode(s, node.repeatOf) : node,
  );
  const block = original?.kind === 'block' ? original : node?.kind === 'block' ? node : undefined;
  const component = useAppStore((s) => selectComponent(s, block?.component));
  const result = useAppStore((s) => selectBlockResult(s, id));
  const basis = useAppStore(selectImportanceBasis);
  const unit = useAppStore(selectTimeUnit);
  const issue = useAppStore((s) => selectNodeIssue(s, id));
  const far = useIsFar();
  const blast = useAppStore((s) => selectBlastMark(s, id));
  if (node?.kind !== 'block' || block === undefined) return null;

  const repeat = node.repeatOf;
  const rule = getRuleText(block, unit);
  const figure = getFigure(result, basis);
  const single = result?.singlePointOfFailure === true ? getSinglePointText(block, unit) : null;
  const criticality = result?.criticality ?? 0;
  const tone = getCriticalityTone(criticality);
  const classes = ['rbd-node', 'rbd-block'];
  if (selected) classes.push('is-selected');
  if (repeat !== undefined) classes.push('is-repeat');
  if (issue !== undefined) classes.push(getIssueClass(issue));
  if (result?.singlePointOfFailure === true) classes.push('is-spof');
  if (blast !== null) classes.push(`is-blast-${blast}`);

  if (far) {
    return (
      <div className={`${classes.join(' ')} is-far is-${tone}`} data-testid={`editor.node.${id}`}>
        <Handle type="target" position={Position.Left} className="rbd-handle" />
        <Handle type="source" position={Position.Right} className="rbd-handle" />
      </div>
    );
  }

  return (
    <div className={classes.join(' ')} data-testid={`editor.node.${id}`} title={issue?.message}>
      <Handle type="target" position={Position.Left} className="rbd-handle" />
      <div className="rbd-block-head">
        <Icon name={getBlockIcon(block.component)} className="rbd-block-icon" />
        <span className="rbd-block-name">{component?.name ?? block.component ?? 'no type'}</span>
        <BlastBadge id={id} mark={blast} />
      </div>
      <div className="rbd-block-meta">
        <span className="rbd-block-id">{id}</span>
        {repeat !== undefined ? (
          <span className="rbd-block-rule">same unit as {repeat}</span>
        ) : (
          rule !== null && (
            <span className="rbd-block-rule" data-testid={`editor.node.${id}.rule`}>
              {rule}
            </span>
          )
        )}
      </div>
      <div className="rbd-block-figure" title={figure?.title}>
        {figure === null ? (
          <span className="rbd-muted">{issue?.severity === 'error' ? 'see problem' : '—'}</span>
        ) : (
          <>
            <span className="rbd-figure-label">{figure.label}</span>
            <span className="rbd-figure-value" data-testid={`editor.node.${id}.figure`}>
              {figure.text}
            </span>
          </>
        )}
        {single !== null && (
          <span
            className={`rbd-spof${single.badge === 'SPOF' ? '' : ' is-series'}`}
            title={single.title}
            data-testid={`editor.node.${id}.spof`}
          >
            {single.badge}
          </span>
        )}
      </div>
      <div
        className="rbd-crit"
        title={`criticality ${(criticality * 100).toPrecision(2)} %: share of the system's ${basis === 'mission' ? 'unreliability' : 'unavailability'} this block explains`}
      >
        <div
          className={`rbd-crit-bar is-${tone}`}
          style={{ width: `${getCriticalityWidth(criticality)}%` }}
        />
      </div>
      <Handle type="source" position={Position.Right} className="rbd-handle" />
    </div>
  );
}

export const BlockNode = memo(BlockNodeView);
