/**
 * A time built from named steps (detect, restart, restore, …): one row per step with its name,
 * its time and its share of the whole; steps added from a list of typical recovery steps (their
 * figures marked as figures to adjust) or by name; and, for a repair, what each step costs the
 * system in downtime per year (exact, computed in the engine worker).
 */
import { useCallback, useId, useState } from 'react';
import type {
  DesignFile,
  Quantity,
  TimePartsFile,
  TimePlace,
  TimeQuantity,
  TimeUnit,
} from '../../src/index.ts';
import {
  RECOVERY_STEPS,
  addPart,
  checkPartName,
  evaluateQuantity,
  formatDowntimePerYear,
  formatDuration,
  formatShortPercent,
  fromParts,
  getPartShares,
  listParts,
  removePart,
  renamePart,
  setPart,
  withTimeAt,
} from '../../src/index.ts';
import { QuantityField } from '../components/QuantityField.tsx';
import { useWhatIfDowntime } from './useWhatIfDowntime.ts';

interface Props {
  readonly name: string;
  readonly label: string;
  readonly parts: TimePartsFile;
  readonly unit: TimeUnit;
  readonly check?: (value: number) => string | null;
  readonly onChange: (next: TimeQuantity) => void;
  /** Where the time is in the design, when what each step costs the system is worth showing. */
  readonly place?: TimePlace;
}

/** A part's time in design units, or `null` when it does not read. */
function readPart(value: Quantity, unit: TimeUnit): number | null {
  const read = evaluateQuantity(value, 'time', unit);
  return read.ok ? read.value : null;
}

/** Design time units → hours, for `formatDuration`. */
const HOURS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  hour: 1,
  day: 24,
  week: 168,
  month: 730.5,
  year: 8766,
};

const OTHER = '';

export function TimePartsField({ name, label, parts, unit, check, onChange, place }: Props) {
  const rows = listParts(parts);
  const values = rows.map(([, v]) => readPart(v, unit));
  const numbers = values.filter((v): v is number => v !== null);
  const readable = numbers.length === values.length;
  const shares = readable ? getPartShares(numbers) : values.map(() => null);
  const total = readable ? numbers.reduce((s, v) => s + v, 0) : null;
  const single = fromParts(parts);
  const [step, setStep] = useState(RECOVERY_STEPS[0]!.name);
  const selectId = useId();
  const addStep = () => {
    const chosen = RECOVERY_STEPS.find((s) => s.name === step);
    onChange(addPart(parts, chosen?.name ?? 'step', chosen?.typical ?? 0));
  };
  return (
    <fieldset className="time-parts" data-testid={`inspector.parts.${name}`}>
      <legend>{label}, built from its steps</legend>
      <ol className="time-parts-list">
        {rows.map(([part, value], i) => (
          <li
            key={`${i}.${part}`}
            className="time-part"
            data-testid={`inspector.${name}.part.${part}`}
          >
            <PartName
              field={name}
              parts={parts}
              part={part}
              index={i}
              onRename={(to) => onChange(renamePart(parts, part, to))}
            />
            <QuantityField
              name={`${name}.part.${part}`}
              label={`Time of “${part}”`}
              kind="time"
              timeUnit={unit}
              value={value}
              {...(check === undefined ? {} : { check })}
              onCommit={(v) => v !== undefined && onChange(setPart(parts, part, v))}
            />
            <p className="time-part-share" data-testid={`inspector.${name}.part.${part}.share`}>
              {shares[i] === null || shares[i] === undefined
                ? '—'
                : `${formatShortPercent(shares[i])} of the time`}
            </p>
            <button
              type="button"
              className="button is-small"
              aria-label={`Remove step “${part}”`}
              onClick={() => onChange(rows.length > 1 ? removePart(parts, part) : value)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <p className="time-parts-total" data-testid={`inspector.parts.${name}.total`}>
        Total {total === null ? '—' : formatDuration(total * HOURS_PER_UNIT[unit])}
      </p>
      {place !== undefined && <PartSavings field={name} place={place} parts={parts} />}
      <div className="time-parts-add">
        <div className="field">
          <label htmlFor={selectId}>Add a step</label>
          <select
            id={selectId}
            value={step}
            data-testid={`inspector.parts.${name}.step`}
            onChange={(e) => setStep(e.target.value)}
          >
            {RECOVERY_STEPS.map((s) => (
              <option key={s.name} value={s.name}>
                {s.label} (typical {s.typical})
              </option>
            ))}
            <option value={OTHER}>Another step (named by you)</option>
          </select>
        </div>
        <button
          type="button"
          className="button is-small"
          data-testid={`inspector.parts.${name}.add`}
          onClick={addStep}
        >
          Add step
        </button>
      </div>
      <p className="hint">
        {RECOVERY_STEPS.find((s) => s.name === step)?.help ??
          'Name it and give its time; it adds to the total.'}{' '}
        Typical figures are starting points: adjust them to your system.
      </p>
      {single !== null && (
        <button
          type="button"
          className="button is-small"
          data-testid={`inspector.parts.${name}.join`}
          onClick={() => onChange(single)}
        >
          Use one time ({typeof single === 'number' ? single : 'the sum'}) instead of steps
        </button>
      )}
    </fieldset>
  );
}

/** A step's name, applied on blur or Enter when it is free. */
function PartName({
  field,
  parts,
  part,
  index,
  onRename,
}: {
  readonly field: string;
  readonly parts: TimePartsFile;
  readonly part: string;
  readonly index: number;
  readonly onRename: (to: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(part);
  const [seen, setSeen] = useState(part);
  if (seen !== part) {
    setSeen(part);
    setText(part);
  }
  const error = checkPartName(parts, part, text);
  const apply = () => {
    if (error === null && text.trim() !== part) onRename(text);
  };
  return (
    <div className={`field${error === null ? '' : ' is-invalid'}`}>
      <label htmlFor={id}>Step {index + 1}</label>
      <input
        id={id}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : `${id}-error`}
        data-testid={`inspector.${field}.part.${part}.name`}
        onChange={(e) => setText(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          if (e.key === 'Escape') setText(part);
        }}
      />
      {error !== null && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The system's downtime per year that each step costs (what taking it out would save). */
function PartSavings({
  field,
  place,
  parts,
}: {
  readonly field: string;
  readonly place: TimePlace;
  readonly parts: TimePartsFile;
}) {
  const placeKey = JSON.stringify(place);
  const variantsOf = useCallback(
    (design: DesignFile) => {
      const at = JSON.parse(placeKey) as TimePlace;
      const variants: Record<string, DesignFile> = {};
      for (const [part] of listParts(parts)) {
        variants[part] = withTimeAt(design, at, { ...parts, [part]: 0 });
      }
      return variants;
    },
    [placeKey, parts],
  );
  const effects = useWhatIfDowntime(variantsOf);
  if (effects === null) {
    return (
      <p className="hint" aria-live="polite">
        Working out what each step costs the system…
      </p>
    );
  }
  const { base } = effects;
  if (base === null) return null;
  const rows = listParts(parts).map(([part]) => {
    const without = effects.variants[part];
    const saving = without === null || without === undefined ? null : Math.max(0, base - without);
    return { part, saving };
  });
  const top = rows.reduce<{ part: string; saving: number } | null>(
    (best, r) =>
      r.saving !== null && (best === null || r.saving > best.saving)
        ? { part: r.part, saving: r.saving }
        : best,
    null,
  );
  return (
    <div
      className="time-parts-savings"
      aria-live="polite"
      data-testid={`inspector.parts.${field}.savings`}
    >
      <p>
        System downtime: <strong>{formatDowntimePerYear(base)}</strong>.
        {top !== null && base > 0 && top.saving > 0 && (
          <>
            {' '}
            “{top.part}” is {formatShortPercent(top.saving / base)} of it.
          </>
        )}
      </p>
      <ul>
        {rows.map(({ part, saving }) => (
          <li key={part} data-testid={`inspector.${field}.part.${part}.saving`}>
            Without “{part}”:{' '}
            {saving === null
              ? 'not computable'
              : `−${formatDowntimePerYear(saving)}${base > 0 ? ` (${formatShortPercent(saving / base)})` : ''}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
