/** A text field (one line or several) applied as it is typed; optional validation message. */
import { useId, useState } from 'react';

interface Props {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  /** A message when the text cannot be applied, or null. */
  readonly check?: (value: string) => string | null;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  /** Apply on blur or Enter only (for renames that move things around). */
  readonly commitOnBlur?: boolean;
}

export function TextField({
  name,
  label,
  value,
  onCommit,
  check,
  multiline = false,
  placeholder,
  commitOnBlur = false,
}: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  const error = check?.(text) ?? null;
  const apply = (next: string) => {
    if ((check?.(next) ?? null) !== null || next === value) return;
    setSeen(next);
    onCommit(next);
  };
  const props = {
    id,
    value: text,
    placeholder,
    'aria-invalid': error !== null,
    'aria-describedby': error === null ? undefined : `${id}-error`,
    'data-testid': `inspector.field.${name}`,
  };
  return (
    <div className={`field${error === null ? '' : ' is-invalid'}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...props}
          rows={3}
          onChange={(e) => {
            setText(e.target.value);
            apply(e.target.value);
          }}
        />
      ) : (
        <input
          {...props}
          type="text"
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            if (!commitOnBlur) apply(e.target.value);
          }}
          onBlur={() => commitOnBlur && apply(text)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && commitOnBlur) apply(text);
            if (e.key === 'Escape') setText(value);
          }}
        />
      )}
      {error !== null && (
        <p id={`${id}-error`} className="field-error" data-testid={`inspector.field.${name}.error`}>
          {error}
        </p>
      )}
    </div>
  );
}
