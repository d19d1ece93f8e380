/**
 * One lesson setting: a slider (on the setting's scale) and a number field with its unit, kept
 * in step; a message next to the field when the text is not a valid value.
 */
import { useId } from 'react';
import type { LessonParam } from '../../src/index.ts';
import { fromSliderPosition, getSliderRange, toSliderPosition } from './sliderScale.ts';

interface Props {
  readonly param: LessonParam;
  readonly text: string;
  /** The value the text reads as, or null when invalid. */
  readonly value: number | null;
  readonly error: string | null;
  readonly onChange: (text: string) => void;
}

export function ParamControl({ param, text, value, error, onChange }: Props) {
  const id = useId();
  const range = getSliderRange(param);
  const position = toSliderPosition(param, value ?? param.initial);
  const unit = param.unit === '' ? '' : ` ${param.unit}`;
  return (
    <div
      className={`learn-param${error === null ? '' : ' is-invalid'}`}
      data-testid={`learn.param.${param.key}`}
    >
      <label htmlFor={id}>{param.label}</label>
      <div className="learn-param-row">
        <input
          type="range"
          className="learn-slider"
          aria-label={`${param.label} slider`}
          aria-valuetext={`${value ?? param.initial}${unit}`}
          min={range.min}
          max={range.max}
          step={range.step}
          value={position}
          data-testid={`learn.slider.${param.key}`}
          onChange={(e) => onChange(String(fromSliderPosition(param, Number(e.target.value))))}
        />
        <input
          id={id}
          className="learn-number"
          inputMode="decimal"
          value={text}
          aria-invalid={error !== null}
          aria-describedby={error === null ? `${id}-unit` : `${id}-unit ${id}-error`}
          data-testid={`learn.field.${param.key}`}
          onChange={(e) => onChange(e.target.value)}
        />
        <span id={`${id}-unit`} className="learn-unit">
          {param.unit === '' ? '\u00a0' : param.unit}
        </span>
      </div>
      {error !== null && (
        <p
          id={`${id}-error`}
          className="field-error"
          role="alert"
          data-testid={`learn.error.${param.key}`}
        >
          {error}
        </p>
      )}
    </div>
  );
}
