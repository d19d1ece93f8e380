/**
 * A selected zone or common-cause group: its name, its type (a zone) or β (a group), its
 * members (remove one, add a block), its blast radius, delete; for a zone, its component type's
 * laws below, as for a block.
 */
import { useAppStore, useStoreApi } from '../store/index.ts';
import {
  selectBlockResult,
  selectComponents,
  selectCurrentDiagram,
  selectTimeUnit,
} from '../store/selectors.ts';
import { formatShortPercent, getSharedFateGroup, renameSharedFateIn } from '../../src/index.ts';
import { TextField } from '../components/TextField.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { QuantityField } from '../components/QuantityField.tsx';
import { getZoneTypeItem, getZoneTypeOptions } from '../catalogue/zoneTypes.ts';
import { InspectorBlastRadius } from './InspectorBlastRadius.tsx';
import { InspectorGroupMembers } from './InspectorGroupMembers.tsx';
import { InspectorComponent } from './InspectorComponent.tsx';
import { probability } from './inspectorChecks.ts';
import './sharedFate.css';

export function InspectorSharedFate({ id }: { readonly id: string }) {
  const store = useStoreApi();
  const diagram = useAppStore(selectCurrentDiagram);
  const components = useAppStore(selectComponents);
  const unit = useAppStore(selectTimeUnit);
  const result = useAppStore((s) => selectBlockResult(s, id));
  const found = getSharedFateGroup(diagram, id);
  if (found === undefined) return null;
  const state = store.getState;
  const isZone = found.kind === 'zone';
  const heading = isZone ? 'Zone' : 'Common-cause group';
  return (
    <>
      <section
        className="inspector-section"
        aria-labelledby="group-heading"
        data-testid="inspector.group"
      >
        <header className="inspector-section-head">
          <h3 id="group-heading">{heading}</h3>
          <span className="inspector-chip">{id}</span>
        </header>
        <p className="inspector-note">
          {isZone
            ? 'One shared unit (a zone, rack, feed…): when it fails, every member fails with it. Redundancy helps against it only across zones.'
            : 'A share β of each member unit’s failures strikes every member at once (beta-factor model).'}
        </p>
        {result !== undefined && (
          <p className="inspector-note" data-testid="inspector.group.share">
            {result.singlePointOfFailure
              ? `${id} alone takes the system down: ${formatShortPercent(result.criticality)} of your downtime.`
              : `${id} explains ${formatShortPercent(result.criticality)} of your downtime.`}
          </p>
        )}
        <TextField
          key={`id:${id}`}
          name="groupId"
          label="Id (the results name it so)"
          value={id}
          commitOnBlur
          check={(v) => {
            const r = renameSharedFateIn(selectCurrentDiagram(store.getState()), id, v);
            return r.ok ? null : r.error;
          }}
          onCommit={(v) => {
            const r = state().renameSharedFate(id, v);
            if (!r.ok) state().showNotice(r.error, 'error');
          }}
        />
        <TextField
          key={`name:${id}`}
          name="groupName"
          label="Name"
          value={found.group.name ?? ''}
          placeholder={id}
          onCommit={(v) => state().setSharedFateField(id, 'name', v)}
        />
        {found.kind === 'zone' ? (
          <SelectField
            name="zoneType"
            label="Type"
            value={`component:${found.group.component}`}
            options={[
              ...(components.some((c) => c.id === found.group.component)
                ? []
                : [
                    {
                      value: `component:${found.group.component}`,
                      label: `unknown type ${found.group.component}`,
                    },
                  ]),
              ...getZoneTypeOptions(components, unit),
            ]}
            hint="Its failure and repair laws are those of the type (edit them below)."
            onChange={(v) => {
              const r = state().setZoneComponent(id, getZoneTypeItem(v));
              if (!r.ok) state().showNotice(r.error, 'error');
            }}
          />
        ) : (
          <QuantityField
            name="beta"
            label="β (common-cause share)"
            kind="probability"
            timeUnit={unit}
            value={found.group.beta}
            check={probability}
            hint="Each unit fails alone at (1 − β)·λ; one event at β·λ takes them all down."
            onCommit={(v) => v !== undefined && state().setSharedFateField(id, 'beta', v)}
          />
        )}
        <InspectorGroupMembers found={found} />
        <div className="inspector-actions">
          <button
            type="button"
            className="button is-danger"
            data-testid="inspector.group.delete"
            onClick={() => state().removeSharedFate(id)}
          >
            Delete {isZone ? 'zone' : 'group'} (keeps its members)
          </button>
        </div>
      </section>
      <InspectorBlastRadius id={id} />
      {found.kind === 'zone' && components.some((c) => c.id === found.group.component) && (
        <InspectorComponent key={found.group.component} id={found.group.component} />
      )}
    </>
  );
}
