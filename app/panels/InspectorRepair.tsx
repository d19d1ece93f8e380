/** The repair law of a component type: none, exponential MTTR, lognormal, fixed time. */
import type { ComponentFile, RepairFile, TimeUnit } from '../../src/index.ts';
import { appStore } from '../store/index.ts';
import { QuantityField } from '../components/QuantityField.tsx';
import { SelectField } from '../components/SelectField.tsx';
import type { SelectOption } from '../components/SelectField.tsx';
import type { RepairChoice } from './lawDefaults.ts';
import { getRepairChoice, switchRepair } from './lawDefaults.ts';
import { nonNegative, positive } from './inspectorChecks.ts';

const CHOICES: readonly SelectOption<RepairChoice>[] = [
  { value: 'none', label: 'Not repaired' },
  { value: 'exponential', label: 'Exponential, by MTTR' },
  { value: 'lognormal', label: 'Lognormal' },
  { value: 'fixed', label: 'Fixed time' },
];

interface Props {
  readonly component: ComponentFile;
  readonly unit: TimeUnit;
}

export function InspectorRepair({ component, unit }: Props) {
  const { repair, id } = component;
  if (component.failure.distribution === 'fixed') return null;
  const set = (next: RepairFile | undefined) =>
    appStore.getState().setComponentField(id, 'repair', next);
  const common = { timeUnit: unit } as const;
  return (
    <fieldset className="fieldset">
      <legend>Repair</legend>
      <SelectField
        name="repairLaw"
        label="Law"
        value={getRepairChoice(repair)}
        options={CHOICES}
        onChange={(choice) => set(switchRepair(repair, choice))}
        {...(repair === undefined ? { hint: 'Counts as failed for good in the long run.' } : {})}
      />
      {repair?.distribution === 'exponential' && (
        <QuantityField
          {...common}
          name="mttr"
          label="MTTR (mean time to repair)"
          kind="time"
          value={repair.mttr}
          check={nonNegative}
          hint='e.g. "4", "30 min", "2 days"'
          onCommit={(v) => v !== undefined && set({ distribution: 'exponential', mttr: v })}
        />
      )}
      {repair?.distribution === 'lognormal' && (
        <>
          <QuantityField
            {...common}
            name="repairMean"
            label="Mean repair time"
            kind="time"
            value={repair.mean}
            check={positive}
            onCommit={(v) => v !== undefined && set({ ...repair, mean: v })}
          />
          <QuantityField
            {...common}
            name="repairSd"
            label="Standard deviation"
            kind="time"
            value={repair.sd}
            check={positive}
            onCommit={(v) => v !== undefined && set({ ...repair, sd: v })}
          />
        </>
      )}
      {repair?.distribution === 'fixed' && (
        <QuantityField
          {...common}
          name="repairTime"
          label="Repair time"
          kind="time"
          value={repair.time}
          check={nonNegative}
          onCommit={(v) => v !== undefined && set({ ...repair, time: v })}
        />
      )}
    </fieldset>
  );
}
