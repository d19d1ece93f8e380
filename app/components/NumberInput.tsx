/**
 * A number field with its unit and a message next to it when the text is not a valid number in
 * range. The text is kept as typed (so "0." can be typed); `onChange` gets it on every key.
 * Used by the planners and the compare view.
 */
import { useId } from 'react';

interface Props {
  /** The field's test id; its message's is `${testId}.error`. */
  readonly testId: string;
  readonly label: string;
  /** The unit shown after the field, or none. */
  readonly unit?: string;
  /** `numeric` for whole numbers (the phone keyboard without a decimal point). */
  readonly inputMode?: 'decimal' | 'numeric';
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** The message when the text is invalid, or null. */
  readonly error: string | null;
}

export function NumberInput({
  testId,
  label,
  unit,
  inputMode = 'decimal',
  value,
  onChange,
  error,
}: Props) {
  const id = useId();
  const described = [
    unit === undefined ? null : `${id}-unit`,
    error === null ? null : `${id}-error`,
  ]
    .filter((x) => x !== null)
    .join(' ');
  return (
    <div className={`field${error === null ? '' : ' is-invalid'}`}>
      <label htmlFor={id}>{label}</label>
      <div className="field-input">
        <input
          id={id}
          inputMode={inputMode}
          value={value}
          aria-invalid={error !== null}
          aria-describedby={described === '' ? undefined : described}
          data-testid={testId}
          onChange={(e) => onChange(e.target.value)}
        />
        {unit !== undefined && (
          <span id={`${id}-unit`} className="field-unit">
            {unit}
          </span>
        )}
      </div>
      {error !== null && (
        <p id={`${id}-error`} className="field-error" data-testid={`${testId}.error`}>
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
