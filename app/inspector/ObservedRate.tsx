/**
 * An MTBF from observations: "3 failures in 24 unit-years" gives the rate, the MTBF and the
 * MTBF's two-sided chi-square interval (time-terminated test), and either the estimate or the
 * worst end of the interval can be used as the component's MTBF (a what-if on the uncertainty).
 */
import { useId, useState } from 'react';
import type { TimeUnit } from '../../src/index.ts';
import {
  evaluateQuantity,
  formatInUnit,
  formatShortPercent,
  formatTime,
  planObservedRate,
} from '../../src/index.ts';

/** A time in the design's unit with a readable form: `70,128 hours (8 y)`. */
function showTime(value: number, unit: TimeUnit): string {
  return `${formatInUnit(value, unit)} (${formatTime(value, unit)})`;
}

interface Props {
  readonly unit: TimeUnit;
  /** Sets the component's MTBF, design time units. */
  readonly onUse: (mtbf: number) => void;
}

type Read =
  | { readonly value: number; readonly error: null }
  | { readonly value: null; readonly error: string };

function readFailures(text: string): Read {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(value) || value < 0) {
    return { value: null, error: 'A whole number of failures, 0 or more.' };
  }
  return { value, error: null };
}

function readTime(text: string, unit: TimeUnit): Read {
  const read = evaluateQuantity(text, 'time', unit);
  if (!read.ok) return { value: null, error: read.error };
  if (!(read.value > 0)) return { value: null, error: 'Must be more than 0.' };
  return { value: read.value, error: null };
}

function readConfidence(text: string): Read {
  const value = Number(text.trim());
  if (text.trim() === '' || !(value > 0 && value < 1)) {
    return { value: null, error: 'Between 0 and 1, e.g. 0.9.' };
  }
  return { value, error: null };
}

export function ObservedRate({ unit, onUse }: Props) {
  const [open, setOpen] = useState(false);
  const [failures, setFailures] = useState('3');
  const [time, setTime] = useState('24 years');
  const [confidence, setConfidence] = useState('0.9');
  const id = useId();
  const n = readFailures(failures);
  const t = readTime(time, unit);
  const c = readConfidence(confidence);
  const plan =
    n.value !== null && t.value !== null && c.value !== null
      ? planObservedRate(n.value, t.value, c.value)
      : null;
  return (
    <div className="observed-rate" data-testid="inspector.observed">
      <button
        type="button"
        className="button is-small"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        data-testid="inspector.observed.toggle"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide the observed failures' : 'MTBF from observed failures…'}
      </button>
      {open && (
        <div id={`${id}-panel`} className="observed-rate-panel">
          <ObservedField
            id={`${id}-n`}
            label="Failures seen"
            value={failures}
            onChange={setFailures}
            error={n.error}
            testId="inspector.observed.failures"
          />
          <ObservedField
            id={`${id}-t`}
            label="Total operating time (all units)"
            value={time}
            onChange={setTime}
            error={t.error}
            testId="inspector.observed.time"
          />
          <ObservedField
            id={`${id}-c`}
            label="Confidence"
            value={confidence}
            onChange={setConfidence}
            error={c.error}
            testId="inspector.observed.confidence"
          />
          {plan !== null && (
            <>
              <dl className="observed-rate-figures" aria-live="polite">
                <div>
                  <dt>Rate</dt>
                  <dd data-testid="inspector.observed.rate">
                    {plan.rate < 1e-3 ? plan.rate.toExponential(3) : plan.rate.toPrecision(4)} per{' '}
                    {unit}
                  </dd>
                </div>
                <div>
                  <dt>MTBF</dt>
                  <dd data-testid="inspector.observed.mtbf">
                    {plan.mtbf === null ? 'none seen yet' : showTime(plan.mtbf, unit)}
                  </dd>
                </div>
                <div>
                  <dt>{formatShortPercent(plan.confidence)} interval</dt>
                  <dd data-testid="inspector.observed.interval">
                    {formatTime(1 / plan.upper, unit)} to{' '}
                    {plan.lower > 0 ? formatTime(1 / plan.lower, unit) : '∞'} MTBF
                  </dd>
                </div>
              </dl>
              <div className="observed-rate-actions">
                {plan.mtbf !== null && (
                  <button
                    type="button"
                    className="button is-small"
                    data-testid="inspector.observed.use"
                    onClick={() => plan.mtbf !== null && onUse(plan.mtbf)}
                  >
                    Use the estimate
                  </button>
                )}
                <button
                  type="button"
                  className="button is-small"
                  data-testid="inspector.observed.worst"
                  onClick={() => onUse(1 / plan.upper)}
                >
                  Use the worst case ({formatTime(1 / plan.upper, unit)})
                </button>
              </div>
              <p className="hint">
                Assumes a constant failure rate over a test of fixed length (chi-square interval).
                With few failures the interval is wide: the worst case is the prudent what-if.
              </p>
            </>
          )}
        </div>
      )}
    </div>
  );
}

function ObservedField({
  id,
  label,
  value,
  onChange,
  error,
  testId,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly error: string | null;
  readonly testId: string;
}) {
  return (
    <div className={`field${error === null ? '' : ' is-invalid'}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : `${id}-error`}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
      {error !== null && (
        <p id={`${id}-error`} className="field-error" data-testid={`${testId}.error`}>
          {error}
        </p>
      )}
    </div>
  );
}
