/**
 * The outline of a zone: a box around its members (computed, see zoneBoxes.ts) with a label tab
 * naming it and its component type. The outline lets clicks through to the canvas; the tab
 * selects the zone. A zone that alone takes the system down says so in words, not only in red.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useAppStore } from '../../store/index.ts';
import { selectBlockResult, selectComponent, selectCurrentDiagram } from '../../store/selectors.ts';
import type { FlowNode } from '../flowAdapter.ts';
import { SharedFateFigure } from './SharedFateFigure.tsx';
import './zones.css';

function ZoneNodeView({ id, selected }: NodeProps<FlowNode>) {
  const zone = useAppStore((s) => selectCurrentDiagram(s).zones?.find((z) => z.id === id));
  const component = useAppStore((s) => selectComponent(s, zone?.component));
  const result = useAppStore((s) => selectBlockResult(s, id));
  if (zone === undefined) return null;
  const spof = result?.singlePointOfFailure === true;
  const classes = ['rbd-zone'];
  if (selected) classes.push('is-selected');
  if (spof) classes.push('is-spof');
  return (
    <div className={classes.join(' ')} data-testid={`editor.zone.${id}`}>
      <div
        className="rbd-zone-tab"
        title={`zone ${id}: a shared ${component?.name ?? zone.component}; its outage takes every member down`}
      >
        <span className="rbd-zone-kind">Zone</span>
        <span className="rbd-zone-name">{zone.name ?? id}</span>
        <span className="rbd-zone-type">{component?.name ?? zone.component}</span>
        <SharedFateFigure result={result} spofTestId={`editor.zone.${id}.spof`} />
      </div>
    </div>
  );
}

export const ZoneNode = memo(ZoneNodeView);
