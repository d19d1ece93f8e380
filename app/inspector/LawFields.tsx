/**
 * The fields of one law in the inspector, generated from the law module's field specs (label,
 * kind, range, hint): one quantity field each, keyed by the law's form so a switch of law starts
 * fresh fields. An emptied field that has a default is removed from the file.
 */
import type { FailureFile, LawForm, RepairFile, TimeQuantity, TimeUnit } from '../../src/index.ts';
import { getLawField, getLawTime, setLawField, toParts } from '../../src/index.ts';
import { QuantityField } from '../components/QuantityField.tsx';
import { getRangeCheck } from './inspectorChecks.ts';
import { TimePartsField } from './TimePartsField.tsx';

/** The law with one time field set to a time or to parts. */
function setLawTime<F extends FailureFile | RepairFile>(
  law: F,
  key: string,
  value: TimeQuantity,
): F {
  return { ...law, [key]: value };
}

interface Props<F extends FailureFile | RepairFile> {
  readonly law: F;
  readonly form: LawForm;
  readonly unit: TimeUnit;
  readonly onChange: (next: F) => void;
  /** The component whose law this is, for what each step of a repair costs the system. */
  readonly effectsOf?: { readonly componentId: string; readonly slot: 'failure' | 'repair' };
}

export function LawFields<F extends FailureFile | RepairFile>({
  law,
  form,
  unit,
  onChange,
  effectsOf,
}: Props<F>) {
  return (
    <>
      {form.fields.map((spec) => {
        const hint = [spec.help, spec.hint].filter((x) => x !== undefined).join(' ');
        const optional = spec.default !== undefined;
        const raw = spec.parts === true ? getLawTime(law, spec.key) : undefined;
        if (typeof raw === 'object') {
          return (
            <TimePartsField
              key={`${form.id}.${spec.key}.parts`}
              name={spec.inputName}
              label={spec.label}
              parts={raw}
              unit={unit}
              check={getRangeCheck(spec.range)}
              onChange={(next) => onChange(setLawTime(law, spec.key, next))}
              {...(effectsOf?.slot === 'repair'
                ? {
                    place: {
                      kind: 'law',
                      componentId: effectsOf.componentId,
                      slot: 'repair',
                      key: spec.key,
                    },
                  }
                : {})}
            />
          );
        }
        const field = (
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
        if (spec.parts !== true) return field;
        return (
          <div key={`${form.id}.${spec.key}`} className="time-field">
            {field}
            <button
              type="button"
              className="button is-small"
              data-testid={`inspector.parts.${spec.inputName}.build`}
              onClick={() =>
                onChange(
                  setLawTime(
                    law,
                    spec.key,
                    toParts(raw ?? spec.default ?? 0, spec.key === 'mtbf' ? 'life' : 'repair'),
                  ),
                )
              }
            >
              Build “{spec.label}” from steps
            </button>
          </div>
        );
      })}
    </>
  );
}
