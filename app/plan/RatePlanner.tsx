/** Failure rate from observations: rate, MTBF and the two-sided chi-square interval. */
import { useId, useState } from 'react';
import type { ComponentFile } from '../../src/index.ts';
import {
  formatNumber,
  formatShortPercent,
  planObservedRate,
  setLawField,
} from '../../src/index.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import { selectComponents } from '../store/selectors.ts';
import { Formula, tex } from '../components/Formula.tsx';
import { NumberInput, readNumber } from '../components/NumberInput.tsx';
import type { PlanInputs } from './usePlanInputs.ts';

interface Props {
  readonly inputs: PlanInputs;
  readonly setField: (field: keyof PlanInputs, text: string) => void;
}

export function RatePlanner({ inputs, setField }: Props) {
  const failuresRead = readNumber(inputs.rateFailures, 0, 1e9);
  const failures =
    failuresRead.value !== null && !Number.isInteger(failuresRead.value)
      ? { value: null, error: 'Must be a whole number.' }
      : failuresRead;
  const time = readNumber(inputs.rateTime, 0, Infinity, true);
  const confidenceRead = readNumber(inputs.rateConfidence, 0, 1, true);
  const confidence =
    confidenceRead.value === 1 ? { value: null, error: 'Must be less than 1.' } : confidenceRead;
  const plan =
    failures.value !== null && time.value !== null && confidence.value !== null
      ? planObservedRate(failures.value, time.value, confidence.value)
      : null;
  return (
    <section className="plan-card" aria-labelledby="plan-rate" data-testid="plan.rate">
      <h2 id="plan-rate">Failure rate from observations</h2>
      <p className="hint">
        “3 failures in 24 unit-years”: the rate and MTBF they give, and how uncertain they are.
      </p>
      <div className="plan-fields">
        <NumberInput
          testId="plan.rateFailures"
          label="Failures seen N"
          unit="failures"
          value={inputs.rateFailures}
          onChange={(t) => setField('rateFailures', t)}
          error={failures.error}
        />
        <NumberInput
          testId="plan.rateTime"
          label="Total operating time T"
          unit="unit-years"
          value={inputs.rateTime}
          onChange={(t) => setField('rateTime', t)}
          error={time.error}
        />
        <NumberInput
          testId="plan.rateConfidence"
          label="Confidence C"
          unit="probability"
          value={inputs.rateConfidence}
          onChange={(t) => setField('rateConfidence', t)}
          error={confidence.error}
        />
      </div>
      {plan !== null && failures.value !== null && time.value !== null && (
        <>
          <Formula
            className="plan-formula"
            tex={`\\hat\\lambda = \\frac{N}{T} = \\frac{${failures.value}}{${tex(time.value)}} = ${tex(plan.rate)}`}
            label={`rate N over T = ${formatNumber(plan.rate)} per unit-year`}
          />
          <Formula
            className="plan-formula"
            tex={`\\lambda \\in \\left[\\frac{\\chi^2_{(1-C)/2;\\,2N}}{2T},\\ \\frac{\\chi^2_{(1+C)/2;\\,2N+2}}{2T}\\right] = \\left[${tex(plan.lower)},\\ ${tex(plan.upper)}\\right]`}
            label={`interval of the rate ${formatNumber(plan.lower)} to ${formatNumber(plan.upper)} per unit-year`}
          />
          <dl className="plan-results">
            <div>
              <dt>Rate</dt>
              <dd data-testid="plan.rate.rate">{formatNumber(plan.rate)} per unit-year</dd>
            </div>
            <div>
              <dt>MTBF</dt>
              <dd data-testid="plan.rate.mtbf">
                {plan.mtbf === null
                  ? 'none seen yet (no failure)'
                  : `${formatNumber(plan.mtbf)} years`}
              </dd>
            </div>
            <div>
              <dt>{formatShortPercent(plan.confidence)} interval of the MTBF</dt>
              <dd data-testid="plan.rate.interval">
                {formatNumber(1 / plan.upper)} to{' '}
                {plan.lower > 0 ? formatNumber(1 / plan.lower) : '∞'} years
              </dd>
            </div>
          </dl>
        </>
      )}
      {plan !== null && <UseInDesign mtbf={plan.mtbf} worst={1 / plan.upper} />}
      <p className="hint">
        Assumes a constant failure rate and a test that ran for a fixed time (time-terminated). For
        a what-if, use the worst end of the interval as the component’s MTBF.
      </p>
    </section>
  );
}

/** Component types whose failure law is exponential by MTBF (the ones an MTBF can be set on). */
function isByMtbf(c: ComponentFile): boolean {
  return c.failure.distribution === 'exponential' && Object.hasOwn(c.failure, 'mtbf');
}

/** Sets the estimate or the worst case as the MTBF (in years) of a component of the design. */
function UseInDesign({ mtbf, worst }: { readonly mtbf: number | null; readonly worst: number }) {
  const store = useStoreApi();
  const components = useAppStore(selectComponents).filter(isByMtbf);
  const [chosen, setChosen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  if (components.length === 0) return null;
  const target = components.find((c) => c.id === chosen) ?? components[0]!;
  const use = (years: number, what: string) => {
    const text = `${Number(years.toPrecision(6))} years`;
    store
      .getState()
      .setComponentField(target.id, 'failure', setLawField(target.failure, 'mtbf', text));
    setDone(`${target.name}: MTBF set to ${text} (${what}).`);
  };
  return (
    <div className="plan-use" data-testid="plan.rate.use">
      <div className="field plan-field">
        <label htmlFor={id}>Use in the design, as the MTBF of</label>
        <select
          id={id}
          value={target.id}
          data-testid="plan.rate.component"
          onChange={(e) => {
            setChosen(e.target.value);
            setDone(null);
          }}
        >
          {components.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="plan-use-actions">
        {mtbf !== null && (
          <button
            type="button"
            className="button"
            data-testid="plan.rate.useEstimate"
            onClick={() => use(mtbf, 'the estimate')}
          >
            The estimate ({formatNumber(mtbf)} years)
          </button>
        )}
        <button
          type="button"
          className="button"
          data-testid="plan.rate.useWorst"
          onClick={() => use(worst, 'the worst end of the interval')}
        >
          The worst case ({formatNumber(worst)} years)
        </button>
      </div>
      <p className="hint" role="status" data-testid="plan.rate.used">
        {done ?? ''}
      </p>
    </div>
  );
}
