/** A subsystem node: which subsystem it stands for, inputs needed, and a way in. */
import type { NodeFile } from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectCurrentKey, selectDesign } from '../store/selectors.ts';
import { SelectField } from '../components/SelectField.tsx';
import { InspectorInputsNeeded } from './InspectorInputsNeeded.tsx';
import { InspectorNodeId } from './InspectorNodeId.tsx';
import { InspectorMembership } from './InspectorMembership.tsx';
import { containsDiagram } from '../../src/index.ts';

type SubsystemFile = Extract<NodeFile, { kind: 'subsystem' }>;

export function InspectorSubsystemNode({ node }: { readonly node: SubsystemFile }) {
  const store = useStoreApi();
  const design = useAppStore(selectDesign);
  const key = useAppStore(selectCurrentKey);
  const state = store.getState;
  const names = Object.keys(design.subsystems ?? {}).filter(
    (name) => name === node.subsystem || !containsDiagram(design, name, key),
  );
  return (
    <section
      className="inspector-section"
      aria-labelledby="sub-heading"
      data-testid="inspector.subsystem"
    >
      <header className="inspector-section-head">
        <h3 id="sub-heading">Subsystem</h3>
      </header>
      <InspectorNodeId id={node.id} />
      <SelectField
        name="subsystem"
        label="Stands for"
        value={node.subsystem}
        options={names.map((n) => ({ value: n, label: n }))}
        hint="Every node using a subsystem shares its inner diagram."
        onChange={(v) => state().setNodeField(node.id, 'subsystem', v)}
      />
      <InspectorInputsNeeded nodeId={node.id} value={node.inputs} />
      <InspectorMembership nodeId={node.id} kind="subsystem" />
      <div className="inspector-actions">
        <button
          type="button"
          className="button is-primary"
          data-testid="inspector.subsystem.open"
          onClick={() => state().openSubsystem(node.id)}
        >
          Open subsystem
        </button>
      </div>
    </section>
  );
}
