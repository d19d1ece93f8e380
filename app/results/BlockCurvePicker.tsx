/**
 * Checkboxes to overlay per-block R(t) and A(t) curves, computed by the engine for any block.
 * A picked block whose figures are none exactly computable carries the engine's reason.
 */
import { useId } from 'react';
import './results.css';
import './resultsCharts.css';

/** A block that may be overlaid. */
export interface BlockChoice {
  readonly id: string;
  /** Why its curves are empty (no figure exactly computable), `null` otherwise. */
  readonly emptyReason: string | null;
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
        Single blocks on their own, up to {max} at a time: R(t) dashed (no repair), A(t) dotted
        (with repair). Gaps: not exactly computable.
      </p>
      <ul>
        {choices.map((choice) => {
          const checked = selected.includes(choice.id);
          const disabled = full && !checked;
          return (
            <li key={choice.id}>
              <label
                className={disabled ? 'results-chip results-chip--disabled' : 'results-chip'}
                title={choice.emptyReason ?? undefined}
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
                {choice.emptyReason !== null && (
                  <span className="results-sr-only"> ({choice.emptyReason})</span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
