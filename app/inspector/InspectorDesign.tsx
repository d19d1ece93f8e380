/** Design-level settings: name, description, time unit, mission time. */
import type { TimeUnit } from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectDesign, selectTimeUnit } from '../store/selectors.ts';
import { TextField } from '../components/TextField.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { QuantityField } from '../components/QuantityField.tsx';
import { positive } from './inspectorChecks.ts';
import { InspectorZoneList } from './InspectorZoneList.tsx';

const UNITS: readonly { value: TimeUnit; label: string }[] = [
  { value: 'hour', label: 'hours' },
  { value: 'day', label: 'days' },
  { value: 'week', label: 'weeks' },
  { value: 'month', label: 'months (730.5 h)' },
  { value: 'year', label: 'years (8766 h)' },
];

export function InspectorDesign() {
  const store = useStoreApi();
  const design = useAppStore(selectDesign);
  const unit = useAppStore(selectTimeUnit);
  const state = store.getState;
  return (
    <>
      <section
        className="inspector-section"
        aria-labelledby="design-heading"
        data-testid="inspector.design"
      >
        <header className="inspector-section-head">
          <h3 id="design-heading">Design</h3>
        </header>
        <TextField
          name="designName"
          label="Name"
          value={design.name}
          check={(v) => (v.trim() === '' ? 'a name is required' : null)}
          onCommit={(v) => state().setDesignField('name', v)}
        />
        <TextField
          name="description"
          label="Description"
          multiline
          value={design.description ?? ''}
          placeholder="What this design models, and its assumptions"
          onCommit={(v) => state().setDesignField('description', v === '' ? undefined : v)}
        />
        <SelectField
          name="timeUnit"
          label="Time unit"
          value={unit}
          options={UNITS}
          hint="Plain numbers are read in this unit; values written with a unit (“5 years”) keep their meaning."
          onChange={(v) => state().setDesignField('timeUnit', v)}
        />
        <QuantityField
          name="missionTime"
          label="Mission time"
          kind="time"
          timeUnit={unit}
          value={design.missionTime}
          optional
          placeholder="8760 h"
          check={positive}
          hint="Reliability is reported at this time."
          onCommit={(v) => state().setDesignField('missionTime', v)}
        />
      </section>
      <InspectorZoneList />
    </>
  );
}
