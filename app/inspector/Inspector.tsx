/**
 * The inspector: properties of what is selected (a block, a junction or the end, a subsystem
 * node, several things), of the component type opened from the catalogue, or else of the design.
 */
import { useAppStore } from '../store/index.ts';
import {
  selectHasSelection,
  selectInspectedComponent,
  selectSoleSelectedNode,
} from '../store/selectors.ts';
import { InspectorBlock } from './InspectorBlock.tsx';
import { InspectorComponent } from './InspectorComponent.tsx';
import { InspectorDesign } from './InspectorDesign.tsx';
import { InspectorSelection } from './InspectorSelection.tsx';
import { InspectorSubsystemNode } from './InspectorSubsystemNode.tsx';
import { InspectorVote } from './InspectorVote.tsx';
import { InspectorStart } from './InspectorStart.tsx';
import { InspectorSharedFate } from './InspectorSharedFate.tsx';
import type { AppState } from '../store/index.ts';
import { selectCurrentDiagram } from '../store/selectors.ts';
import { getSharedFateGroup } from '../../src/index.ts';

/** The id of the one zone or common-cause group selected (alone), if that is what is selected. */
function selectSoleGroupId(s: AppState): string | undefined {
  const [id, more] = s.selection.nodes;
  if (id === undefined || more !== undefined || s.selection.edges.length > 0) return undefined;
  return getSharedFateGroup(selectCurrentDiagram(s), id) === undefined ? undefined : id;
}

function InspectorBody() {
  const node = useAppStore(selectSoleSelectedNode);
  const hasSelection = useAppStore(selectHasSelection);
  const component = useAppStore(selectInspectedComponent);
  const group = useAppStore(selectSoleGroupId);
  if (component !== null) return <InspectorComponent key={component} id={component} />;
  if (group !== undefined) return <InspectorSharedFate key={group} id={group} />;
  if (node === undefined) return hasSelection ? <InspectorSelection /> : <InspectorDesign />;
  switch (node.kind) {
    case 'block':
      return <InspectorBlock key={node.id} node={node} />;
    case 'junction':
    case 'end':
      return <InspectorVote key={node.id} node={node} />;
    case 'subsystem':
      return <InspectorSubsystemNode key={node.id} node={node} />;
    case 'start':
      return <InspectorStart />;
  }
}

export function Inspector() {
  return (
    <aside className="panel inspector" aria-labelledby="inspector-heading" data-testid="inspector">
      <h2 id="inspector-heading" className="panel-title">
        Inspector
      </h2>
      <div className="panel-scroll">
        <InspectorBody />
      </div>
    </aside>
  );
}
