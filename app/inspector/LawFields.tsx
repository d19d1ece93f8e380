/**
 * The fields of one law in the inspector, generated from the law module's field specs (label,
 * kind, range, hint): one quantity field each, keyed by the law's form so a switch of law starts
 * fresh fields. An emptied field that has a default is removed from the file.
 */
import type { FailureFile, LawForm, RepairFile, TimeUnit } from '../../src/index.ts';
import { getLawField, setLawField } from '../../src/index.ts';
import { QuantityField } from '../components/QuantityField.tsx';
import { getRangeCheck } from './inspectorChecks.ts';

interface Props<F extends FailureFile | RepairFile> {
  readonly law: F;
  readonly form: LawForm;
  readonly unit: TimeUnit;
  readonly onChange: (next: F) => void;
}

export function LawFields<F extends FailureFile | RepairFile>({
  law,
  form,
  unit,
  onChange,
}: Props<F>) {
  return (
    <>
      {form.fields.map((spec) => {
        const hint = [spec.help, spec.hint].filter((x) => x !== undefined).join(' ');
        const optional = spec.default !== undefined;
        return (
          <QuantityField
            key={`${form.id}.${spec.key}`}
            name={spec.inputName}
            label={spec.label}
            kind={spec.kind}
            timeUnit={unit}
            value={getLawField(law, spec.key)}
            check={getRangeCheck(spec.range)}
            {...(optional ? { optional, placeholder: String(spec.default) } : {})}
            {...(hint === '' ? {} : { hint })}
            onCommit={(v) =>
              (v !== undefined || optional) && onChange(setLawField(law, spec.key, v))
            }
          />
        );
      })}
    </>
  );
}
