/**
 * A numeric field that accepts expressions with units ("5 years", "1/2e-5", "250 FIT",
 * "30 min"). A valid entry is applied as it is typed and its evaluated value is shown beside it;
 * an invalid one shows the reason (aria-invalid, aria-describedby) and is not applied. Escape
 * restores the applied value.
 */
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Quantity, TimeUnit } from '../../src/index.ts';
import type { QuantityKind } from './quantityText.ts';
import { checkQuantityText, formatNormalised, showQuantity, toQuantity } from './quantityText.ts';

/** Plain numbers of dimensionless fields need no echo; times, rates and expressions do. */
function isWorthShowing(text: string, kind: QuantityKind): boolean {
  return kind === 'time' || kind === 'rate' || typeof toQuantity(text) === 'string';
}

interface Props {
  /** Test id suffix: `inspector.field.<name>`. */
  readonly name: string;
  readonly label: string;
  readonly value: Quantity | undefined;
  readonly kind: QuantityKind;
  readonly timeUnit: TimeUnit;
  readonly onCommit: (value: Quantity | undefined) => void;
  /** Range check of the evaluated value: a message, or null when fine. */
  readonly check?: (value: number) => string | null;
  /** An empty field removes the value (the default applies). */
  readonly optional?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly disabled?: boolean;
}

export function QuantityField({
  name,
  label,
  value,
  kind,
  timeUnit,
  onCommit,
  check,
  optional = false,
  placeholder,
  hint,
  disabled = false,
}: Props) {
  const id = useId();
  const [text, setText] = useState(() => showQuantity(value));
  const [seen, setSeen] = useState(value);
  const [seenUnit, setSeenUnit] = useState(timeUnit);
  if (value !== seen || timeUnit !== seenUnit) {
    // The document changed under the field (undo, another field, another selection).
    setSeen(value);
    setSeenUnit(timeUnit);
    setText(showQuantity(value));
  }
  const result = checkQuantityText(text, kind, timeUnit, optional, check);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  const onChange = (next: string) => {
    setText(next);
    const checked = checkQuantityText(next, kind, timeUnit, optional, check);
    if (checked.ok && checked.quantity !== value) {
      setSeen(checked.quantity);
      onCommit(checked.quantity);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && !result.ok) {
      event.preventDefault();
      setText(showQuantity(value));
    }
  };
  const describedBy = [result.ok ? null : errorId, hint === undefined ? null : hintId]
    .filter((x) => x !== null)
    .join(' ');

  return (
    <div className={`field${result.ok ? '' : ' is-invalid'}`}>
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        <input
          id={id}
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          value={text}
          placeholder={placeholder}
          disabled={disabled}
          aria-invalid={!result.ok}
          aria-describedby={describedBy === '' ? undefined : describedBy}
          data-testid={`inspector.field.${name}`}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
        {result.ok && result.value !== null && isWorthShowing(text, kind) && (
          <output
            className="field-value"
            htmlFor={id}
            data-testid={`inspector.field.${name}.value`}
            data-value={result.value}
          >
            {formatNormalised(result.value, kind, timeUnit)}
          </output>
        )}
      </div>
      {!result.ok && (
        <p id={errorId} className="field-error" data-testid={`inspector.field.${name}.error`}>
          {result.error}
        </p>
      )}
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
