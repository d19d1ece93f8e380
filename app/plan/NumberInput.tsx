/**
 * A number field with its unit and a message next to it when the text is not a valid number in
 * range. The text is kept as typed (so "0." can be typed); `onChange` gets it on every key.
 */
import { useId } from 'react';

interface Props {
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** The message when the text is invalid, or null. */
  readonly error: string | null;
}

export function NumberInput({ name, label, unit, value, onChange, error }: Props) {
  const id = useId();
  return (
    <div className={`field plan-field${error === null ? '' : ' is-invalid'}`}>
      <label htmlFor={id}>{label}</label>
      <div className="plan-input">
        <input
          id={id}
          inputMode="decimal"
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error === null ? `${id}-unit` : `${id}-unit ${id}-error`}
          data-testid={`plan.${name}`}
          onChange={(e) => onChange(e.target.value)}
        />
        <span id={`${id}-unit`} className="plan-unit">
          {unit}
        </span>
      </div>
      {error !== null && (
        <p id={`${id}-error`} className="field-error" data-testid={`plan.${name}.error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Reads a field's text as a number in [min, max] (`min` excluded when `open`).
 * @returns the number, or the message to show
 */
export function readNumber(
  text: string,
  min: number,
  max = Infinity,
  open = false,
): { value: number; error: null } | { value: null; error: string } {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) return { value: null, error: 'Enter a number.' };
  if (open ? value <= min : value < min) {
    return { value: null, error: `Must be ${open ? 'more than' : 'at least'} ${min}.` };
  }
  if (value > max) return { value: null, error: `Must be at most ${max}.` };
  return { value, error: null };
}
