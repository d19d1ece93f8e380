/**
 * Several nodes selected: put them in a new zone (of a type from the design or a zone preset)
 * or a new common-cause group with a β. `Z` does the first with an availability zone.
 */
import { useState } from 'react';
import type { Quantity } from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectComponents, selectTimeUnit } from '../store/selectors.ts';
import { SelectField } from '../components/SelectField.tsx';
import { TextField } from '../components/TextField.tsx';
import { QuantityField } from '../components/QuantityField.tsx';
import { getDefaultZoneType, getZoneTypeItem, getZoneTypeOptions } from '../catalogue/zoneTypes.ts';
import { probability } from './inspectorChecks.ts';
import './sharedFate.css';

const DEFAULT_BETA = 0.05;

export function InspectorSelectionFate() {
  const store = useStoreApi();
  const components = useAppStore(selectComponents);
  const unit = useAppStore(selectTimeUnit);
  const [type, setType] = useState(() => getDefaultZoneType(components));
  const [name, setName] = useState('');
  const [beta, setBeta] = useState<Quantity>(DEFAULT_BETA);
  const state = store.getState;
  const options = getZoneTypeOptions(components, unit);
  // A preset chosen earlier is a design type now (same id): keep pointing at it.
  const value = options.some((o) => o.value === type)
    ? type
    : type.replace(/^preset:/, 'component:');
  return (
    <section
      className="inspector-section"
      aria-labelledby="sel-fate-heading"
      data-testid="inspector.selection.fate"
    >
      <header className="inspector-section-head">
        <h3 id="sel-fate-heading">Shared fate</h3>
      </header>
      <p className="inspector-note">
        Blocks in one zone go down together when it fails: redundancy only helps across zones.
      </p>
      <SelectField
        name="newZoneType"
        label="Zone type"
        value={value}
        options={options}
        onChange={setType}
      />
      <TextField
        name="newZoneName"
        label="Zone name (optional)"
        value={name}
        placeholder="e.g. Zone A"
        onCommit={setName}
      />
      <div className="inspector-actions">
        <button
          type="button"
          className="button is-primary"
          data-testid="inspector.selection.zone"
          onClick={() => {
            const r = state().createZoneFromSelection(getZoneTypeItem(value), name);
            if (!r.ok) state().showNotice(`cannot make a zone: ${r.error}`, 'error');
          }}
        >
          Put in a new zone <kbd>Z</kbd>
        </button>
      </div>
      <div className="inspector-fate-beta" />
      <QuantityField
        name="newBeta"
        label="Common-cause β"
        kind="probability"
        timeUnit={unit}
        value={beta}
        check={probability}
        hint="Share of each unit's failures that take every selected block down at once (blocks of one type)."
        onCommit={(v) => v !== undefined && setBeta(v)}
      />
      <div className="inspector-actions">
        <button
          type="button"
          className="button"
          data-testid="inspector.selection.ccf"
          onClick={() => {
            const r = state().createCommonCauseFromSelection(beta);
            if (!r.ok) state().showNotice(`cannot make a group: ${r.error}`, 'error');
          }}
        >
          Make a common-cause group
        </button>
      </div>
    </section>
  );
}
