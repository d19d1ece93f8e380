/** The failure law of a component type: a menu of every registered law and its fields. */
import type { ComponentFile, FailureFile, TimeUnit } from '../../src/index.ts';
import { FAILURE_FORMS, getFailureForm, setLawField, switchFailureLaw } from '../../src/index.ts';
import { useStoreApi } from '../store/index.ts';
import { SelectField } from '../components/SelectField.tsx';
import type { SelectOption } from '../components/SelectField.tsx';
import { LawFields } from './LawFields.tsx';
import { ObservedRate } from './ObservedRate.tsx';

const CHOICES: readonly SelectOption<string>[] = FAILURE_FORMS.map((f) => ({
  value: f.id,
  label: f.label,
}));

interface Props {
  readonly component: ComponentFile;
  readonly unit: TimeUnit;
}

export function InspectorFailure({ component, unit }: Props) {
  const store = useStoreApi();
  const { failure, id } = component;
  const set = (next: FailureFile) => store.getState().setComponentField(id, 'failure', next);
  const form = getFailureForm(failure);
  return (
    <fieldset className="fieldset">
      <legend>Failure</legend>
      <SelectField
        name="failureLaw"
        label="Law"
        value={form?.id ?? ''}
        options={CHOICES}
        onChange={(choice) => set(switchFailureLaw(failure, choice))}
        {...(form === null ? { hint: `Unknown law "${failure.distribution}": choose one.` } : {})}
      />
      {form !== null && <LawFields law={failure} form={form} unit={unit} onChange={set} />}
      {form?.fields.some((f) => f.key === 'mtbf') === true && (
        <ObservedRate unit={unit} onUse={(mtbf) => set(setLawField(failure, 'mtbf', mtbf))} />
      )}
    </fieldset>
  );
}
