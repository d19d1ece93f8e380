/**
 * Editable mission time: accepts a number in the design's time unit or an expression with
 * units ("5 years", "30 days", "8760 h"), evaluated with the engine's `evaluateQuantity`.
 * Commits on Enter or blur; Escape restores the current value.
 */
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { TimeUnit } from '../../src/index.ts';
import { TIME_UNIT_NAMES, evaluateQuantity, formatTime } from '../../src/index.ts';
import './results.css';

interface MissionTimeFieldProps {
  /** Design time units. */
  readonly missionTime: number;
  readonly timeUnit: TimeUnit;
  /** Called with a positive mission time in design time units. */
  readonly onChange: (missionTime: number) => void;
}

export function MissionTimeField({ missionTime, timeUnit, onChange }: MissionTimeFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const unitName = TIME_UNIT_NAMES[timeUnit][1];

  const commit = () => {
    if (draft === null) return;
    const parsed = evaluateQuantity(draft, 'time', timeUnit);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    if (!(parsed.value > 0)) {
      setError(`mission time must be > 0, got ${draft.trim()}`);
      return;
    }
    setError(null);
    setDraft(null);
    if (parsed.value !== missionTime) onChange(parsed.value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') {
      setDraft(null);
      setError(null);
    }
  };

  return (
    <div className="results-mission">
      <div className="results-mission-row">
        <label htmlFor={id} className="results-mission-label">
          Mission time
        </label>
        <input
          id={id}
          className="results-mission-input"
          data-testid="results.missionTime"
          type="text"
          inputMode="text"
          spellCheck={false}
          value={draft ?? String(missionTime)}
          aria-invalid={error !== null}
          aria-describedby={`${id}-hint`}
          title="A number in the design's time unit, or a time with its unit: “5 years”, “30 days”"
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        <span className="results-mission-unit">{unitName}</span>
        {error === null && (
          <span id={`${id}-hint`} className="results-metric-detail">
            = {formatTime(missionTime, timeUnit)}
            <span className="results-visually-hidden">
              ; a time with its unit works too: “5 years”
            </span>
          </span>
        )}
      </div>
      {error !== null && (
        <p id={`${id}-hint`} className="results-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
