/**
 * A block node: id, type, repeat link, number of units and how many are needed, inputs,
 * redundancy; then its shared type.
 */
import type { NodeFile } from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectComponents, selectCurrentDiagram, selectTimeUnit } from '../store/selectors.ts';
import { QuantityField } from '../components/QuantityField.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { readCount } from '../blockText.ts';
import { InspectorRedundancy } from './InspectorRedundancy.tsx';
import { InspectorComponent } from './InspectorComponent.tsx';
import { InspectorInputsNeeded } from './InspectorInputsNeeded.tsx';
import { InspectorNodeId } from './InspectorNodeId.tsx';
import { InspectorBlockFigures } from './InspectorBlockFigures.tsx';
import { countBetween } from './inspectorChecks.ts';
import { InspectorMembership } from './InspectorMembership.tsx';
import { InspectorBlastRadius } from './InspectorBlastRadius.tsx';

type BlockFile = Extract<NodeFile, { kind: 'block' }>;

const NO_REPEAT = '';
const MAX_UNITS = 1000;

export function InspectorBlock({ node }: { readonly node: BlockFile }) {
  const store = useStoreApi();
  const unit = useAppStore(selectTimeUnit);
  const components = useAppStore(selectComponents);
  const diagram = useAppStore(selectCurrentDiagram);
  const set = store.getState().setNodeField;
  const quantity = readCount(node.quantity, 1, unit);
  const repeatable = diagram.nodes.filter(
    (n) => n.kind === 'block' && n.id !== node.id && n.repeatOf === undefined,
  );
  const isRepeat = node.repeatOf !== undefined;
  return (
    <>
      <section
        className="inspector-section"
        aria-labelledby="block-heading"
        data-testid="inspector.block"
      >
        <header className="inspector-section-head">
          <h3 id="block-heading">Block</h3>
        </header>
        <InspectorNodeId id={node.id} />
        <InspectorBlockFigures id={node.id} />
        {!isRepeat && (
          <>
            <SelectField
              name="component"
              label="Type"
              value={node.component ?? ''}
              options={[
                ...(node.component === undefined ? [{ value: '', label: 'choose a type' }] : []),
                ...components.map((c) => ({ value: c.id, label: c.name })),
              ]}
              onChange={(v) => v !== '' && set(node.id, 'component', v)}
            />
            <div className="field-pair">
              <QuantityField
                name="quantity"
                label="Units"
                kind="count"
                timeUnit={unit}
                value={node.quantity}
                optional
                placeholder="1"
                check={countBetween(1, MAX_UNITS, 'units per block')}
                onCommit={(v) => set(node.id, 'quantity', v)}
              />
              <QuantityField
                name="required"
                label="Needed"
                kind="count"
                timeUnit={unit}
                value={node.required}
                optional
                placeholder="1"
                check={countBetween(1, quantity, 'the number of units')}
                onCommit={(v) => set(node.id, 'required', v)}
              />
            </div>
            <InspectorRedundancy node={node} unit={unit} />
          </>
        )}
        <InspectorInputsNeeded nodeId={node.id} value={node.inputs} />
        <SelectField
          name="repeatOf"
          label="Same physical unit as"
          value={node.repeatOf ?? NO_REPEAT}
          options={[
            { value: NO_REPEAT, label: 'none (its own unit)' },
            ...repeatable.map((n) => ({ value: n.id, label: n.id })),
          ]}
          hint="The same unit drawn twice: one failure takes both down."
          onChange={(v) => set(node.id, 'repeatOf', v === NO_REPEAT ? undefined : v)}
        />
        {!isRepeat && <InspectorMembership nodeId={node.id} kind="block" />}
      </section>
      <InspectorBlastRadius id={node.id} />
      {!isRepeat && node.component !== undefined && (
        <InspectorComponent key={node.component} id={node.component} />
      )}
    </>
  );
}
