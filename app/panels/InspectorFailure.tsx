/** The failure law of a component type: exponential (MTBF or rate), Weibull, lognormal, fixed. */
import type { ComponentFile, FailureFile, TimeUnit } from '../../src/index.ts';
import { appStore } from '../store/index.ts';
import { QuantityField } from '../components/QuantityField.tsx';
import { SelectField } from '../components/SelectField.tsx';
import type { SelectOption } from '../components/SelectField.tsx';
import type { FailureChoice } from './lawDefaults.ts';
import { getFailureChoice, switchFailure } from './lawDefaults.ts';
import { nonNegative, positive, probability } from './inspectorChecks.ts';

const CHOICES: readonly SelectOption<FailureChoice>[] = [
  { value: 'mtbf', label: 'Exponential, by MTBF' },
  { value: 'rate', label: 'Exponential, by failure rate' },
  { value: 'weibull', label: 'Weibull (wear-out)' },
  { value: 'lognormal', label: 'Lognormal' },
  { value: 'fixed', label: 'Fixed reliability' },
];

interface Props {
  readonly component: ComponentFile;
  readonly unit: TimeUnit;
}

export function InspectorFailure({ component, unit }: Props) {
  const { failure, id } = component;
  const set = (next: FailureFile) => appStore.getState().setComponentField(id, 'failure', next);
  const common = { timeUnit: unit } as const;
  return (
    <fieldset className="fieldset">
      <legend>Failure</legend>
      <SelectField
        name="failureLaw"
        label="Law"
        value={getFailureChoice(failure)}
        options={CHOICES}
        onChange={(choice) => set(switchFailure(failure, choice))}
      />
      {failure.distribution === 'exponential' && 'mtbf' in failure && (
        <QuantityField
          {...common}
          name="mtbf"
          label="MTBF (mean up time)"
          kind="time"
          value={failure.mtbf}
          check={positive}
          hint='e.g. "50000", "5 years", "1/2e-5"'
          onCommit={(v) => v !== undefined && set({ distribution: 'exponential', mtbf: v })}
        />
      )}
      {failure.distribution === 'exponential' && 'rate' in failure && (
        <QuantityField
          {...common}
          name="rate"
          label="Failure rate"
          kind="rate"
          value={failure.rate}
          check={nonNegative}
          hint='e.g. "2e-5", "250 FIT", "1 / (3 years)"'
          onCommit={(v) => v !== undefined && set({ distribution: 'exponential', rate: v })}
        />
      )}
      {failure.distribution === 'weibull' && (
        <>
          <QuantityField
            {...common}
            name="shape"
            label="Shape β"
            kind="number"
            value={failure.shape}
            check={positive}
            hint="β < 1 infant mortality, 1 constant rate, > 1 wear-out"
            onCommit={(v) => v !== undefined && set({ ...failure, shape: v })}
          />
          <QuantityField
            {...common}
            name="scale"
            label="Scale η"
            kind="time"
            value={failure.scale}
            check={positive}
            onCommit={(v) => v !== undefined && set({ ...failure, scale: v })}
          />
        </>
      )}
      {failure.distribution === 'lognormal' && (
        <>
          <QuantityField
            {...common}
            name="failureMean"
            label="Mean life"
            kind="time"
            value={failure.mean}
            check={positive}
            onCommit={(v) => v !== undefined && set({ ...failure, mean: v })}
          />
          <QuantityField
            {...common}
            name="failureSd"
            label="Standard deviation"
            kind="time"
            value={failure.sd}
            check={positive}
            onCommit={(v) => v !== undefined && set({ ...failure, sd: v })}
          />
        </>
      )}
      {failure.distribution === 'fixed' && (
        <QuantityField
          {...common}
          name="reliability"
          label="Probability of working"
          kind="probability"
          value={failure.reliability}
          check={probability}
          hint="Time-independent; takes no repair."
          onCommit={(v) => v !== undefined && set({ ...failure, reliability: v })}
        />
      )}
    </fieldset>
  );
}
