/**
 * Checkboxes to overlay per-block reliability curves. Blocks whose curve cannot be computed on
 * the main thread (standby, lognormal lives) are listed disabled with the reason.
 */
import { useId } from 'react';
import './results.css';
import './resultsCharts.css';

/** A block that may be overlaid. */
export interface BlockChoice {
  readonly id: string;
  /** Why it cannot be drawn, `null` when it can. */
  readonly unavailableReason: string | null;
  /** Its line colour when selected. */
  readonly color: string | null;
}

interface BlockCurvePickerProps {
  readonly choices: readonly BlockChoice[];
  readonly selected: readonly string[];
  readonly max: number;
  readonly onToggle: (blockId: string) => void;
}

export function BlockCurvePicker({ choices, selected, max, onToggle }: BlockCurvePickerProps) {
  const hintId = useId();
  if (choices.length === 0) return null;
  const full = selected.length >= max;
  return (
    <fieldset className="results-picker" aria-describedby={hintId}>
      <legend>Overlay block curves</legend>
      <p id={hintId} className="results-hint">
        Reliability of single blocks (no repair), up to {max} at a time. Computed here for
        exponential, Weibull and fixed lives with active redundancy.
      </p>
      <ul>
        {choices.map((choice) => {
          const checked = selected.includes(choice.id);
          const disabled = choice.unavailableReason !== null || (full && !checked);
          return (
            <li key={choice.id}>
              <label
                className={disabled ? 'results-chip results-chip--disabled' : 'results-chip'}
                title={choice.unavailableReason ?? undefined}
              >
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={disabled}
                  data-testid={`results.blockCurve.${choice.id}`}
                  onChange={() => onToggle(choice.id)}
                />
                {checked && choice.color !== null && (
                  <span className="results-swatch" style={{ background: choice.color }} />
                )}
                {choice.id}
                {choice.unavailableReason !== null && (
                  <span className="results-sr-only"> ({choice.unavailableReason})</span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
