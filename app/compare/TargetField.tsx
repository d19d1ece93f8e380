/** The availability target of the comparison (the table's "target met" row and the optimiser). */
import { useId } from 'react';
import { useStore } from 'zustand';
import { compareStore } from './compareStore.ts';
import type { CompareState } from './compareStore.ts';
import { readTargetPercent } from './compareFigures.ts';

const selectTargetText = (s: CompareState) => s.targetText;

export function TargetField() {
  const id = useId();
  const text = useStore(compareStore, selectTargetText);
  const read = readTargetPercent(text);
  const error = 'error' in read ? read.error : null;
  return (
    <div className={`field compare-target${error === null ? '' : ' is-invalid'}`}>
      <label htmlFor={id}>Availability target</label>
      <div className="field-input">
        <input
          id={id}
          inputMode="decimal"
          value={text}
          aria-invalid={error !== null}
          aria-describedby={error === null ? `${id}-unit` : `${id}-unit ${id}-error`}
          data-testid="compare.target"
          onChange={(e) => compareStore.getState().setTargetText(e.target.value)}
        />
        <span id={`${id}-unit`} className="field-unit">
          %
        </span>
      </div>
      {error !== null && (
        <p id={`${id}-error`} className="field-error" data-testid="compare.target.error">
          {error}
        </p>
      )}
    </div>
  );
}
