/**
 * The dashed outline of a common-cause group: a box around its blocks with a tab giving β (the
 * share of each unit's failures that strike every member at once) and its name.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useAppStore } from '../../store/index.ts';
import { selectBlockResult, selectCurrentDiagram } from '../../store/selectors.ts';
import type { FlowNode } from '../flowAdapter.ts';
import { SharedFateFigure } from './SharedFateFigure.tsx';
import './zones.css';

function CommonCauseNodeView({ id, selected }: NodeProps<FlowNode>) {
  const group = useAppStore((s) => selectCurrentDiagram(s).commonCause?.find((g) => g.id === id));
  const result = useAppStore((s) => selectBlockResult(s, id));
  if (group === undefined) return null;
  const spof = result?.singlePointOfFailure === true;
  const classes = ['rbd-zone', 'is-ccf'];
  if (selected) classes.push('is-selected');
  if (spof) classes.push('is-spof');
  return (
    <div className={classes.join(' ')} data-testid={`editor.ccf.${id}`}>
      <div
        className="rbd-zone-tab"
        title={`common-cause group ${id}: a share β of each unit's failures takes every member down at once`}
      >
        <span className="rbd-zone-kind">Common cause</span>
        <span className="rbd-zone-name">β {String(group.beta)}</span>
        <span className="rbd-zone-type">{group.name ?? id}</span>
        <SharedFateFigure result={result} spofTestId={`editor.ccf.${id}.spof`} />
      </div>
    </div>
  );
}

export const CommonCauseNode = memo(CommonCauseNodeView);
