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

function InspectorBody() {
  const node = useAppStore(selectSoleSelectedNode);
  const hasSelection = useAppStore(selectHasSelection);
  const component = useAppStore(selectInspectedComponent);
  if (component !== null) return <InspectorComponent key={component} id={component} />;
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
