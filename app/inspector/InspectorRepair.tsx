/** The repair law of a component type: none, or a menu of every registered law and its fields. */
import type { ComponentFile, RepairFile, TimeUnit } from '../../src/index.ts';
import { REPAIR_FORMS, getRepairForm, switchRepairLaw, takesRepair } from '../../src/index.ts';
import { useStoreApi } from '../store/index.ts';
import { SelectField } from '../components/SelectField.tsx';
import type { SelectOption } from '../components/SelectField.tsx';
import { LawFields } from './LawFields.tsx';

/** The menu choice of "not repaired" (no law). */
const NONE = 'none';

const CHOICES: readonly SelectOption<string>[] = [
  { value: NONE, label: 'Not repaired' },
  ...REPAIR_FORMS.map((f) => ({ value: f.id, label: f.label })),
];

interface Props {
  readonly component: ComponentFile;
  readonly unit: TimeUnit;
}

export function InspectorRepair({ component, unit }: Props) {
  const store = useStoreApi();
  const { repair, id } = component;
  if (!takesRepair(component.failure)) return null;
  const set = (next: RepairFile | undefined) =>
    store.getState().setComponentField(id, 'repair', next);
  const form = repair === undefined ? null : getRepairForm(repair);
  return (
    <fieldset className="fieldset">
      <legend>Repair</legend>
      <SelectField
        name="repairLaw"
        label="Law"
        value={repair === undefined ? NONE : (form?.id ?? '')}
        options={CHOICES}
        onChange={(choice) => set(choice === NONE ? undefined : switchRepairLaw(repair, choice))}
        {...(repair === undefined ? { hint: 'Counts as failed for good in the long run.' } : {})}
      />
      {repair !== undefined && form !== null && (
        <LawFields
          law={repair}
          form={form}
          unit={unit}
          onChange={set}
          effectsOf={{ componentId: id, slot: 'repair' }}
        />
      )}
    </fieldset>
  );
}
