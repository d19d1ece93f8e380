/** Retries: the success of K independent attempts, the attempts a target needs, and the per-attempt success K attempts need. */
import { formatNumber, planRetry } from '../../src/index.ts';
import { Formula, tex } from '../components/Formula.tsx';
import { NumberInput, readNumber } from './NumberInput.tsx';
import type { PlanInputs } from './usePlanInputs.ts';

interface Props {
  readonly inputs: PlanInputs;
  readonly setField: (field: keyof PlanInputs, text: string) => void;
}

export function RetryPlanner({ inputs, setField }: Props) {
  const p = readNumber(inputs.retryP, 0, 1);
  const attemptsRead = readNumber(inputs.retryAttempts, 1, 1000);
  const attempts =
    attemptsRead.value !== null && !Number.isInteger(attemptsRead.value)
      ? { value: null, error: 'Must be a whole number.' }
      : attemptsRead;
  const target = readNumber(inputs.retryTarget, 0, 1);
  const plan =
    p.value !== null && attempts.value !== null && target.value !== null
      ? planRetry(p.value, attempts.value, target.value)
      : null;
  return (
    <section className="plan-card" aria-labelledby="plan-retry" data-testid="plan.retry">
      <h2 id="plan-retry">Retries</h2>
      <p className="hint">
        A call that fails is tried again. If attempts fail independently, each retry multiplies the
        chance of failing by 1 − P.
      </p>
      <div className="plan-fields">
        <NumberInput
          name="retryP"
          label="Success of one attempt P"
          unit="probability"
          value={inputs.retryP}
          onChange={(t) => setField('retryP', t)}
          error={p.error}
        />
        <NumberInput
          name="retryAttempts"
          label="Attempts K"
          unit="attempts"
          value={inputs.retryAttempts}
          onChange={(t) => setField('retryAttempts', t)}
          error={attempts.error}
        />
        <NumberInput
          name="retryTarget"
          label="Target"
          unit="probability"
          value={inputs.retryTarget}
          onChange={(t) => setField('retryTarget', t)}
          error={target.error}
        />
      </div>
      {plan !== null && p.value !== null && attempts.value !== null && (
        <>
          <Formula
            className="plan-formula"
            tex={`1 - (1 - P)^K = 1 - (1 - ${tex(p.value)})^{${attempts.value}} = ${tex(plan.pSuccess ?? null, 6)}`}
            label={`1 minus (1 minus P) to the power K = ${formatNumber(plan.pSuccess ?? null, 6)}`}
          />
          <dl className="plan-results">
            <div>
              <dt>Success within {attempts.value} attempts</dt>
              <dd data-testid="plan.retry.success">{formatNumber(plan.pSuccess ?? null, 6)}</dd>
            </div>
            <div>
              <dt>Attempts needed for {formatNumber(target.value)}</dt>
              <dd data-testid="plan.retry.attempts">
                {plan.minAttempts === null ? 'no number of attempts reaches it' : plan.minAttempts}
              </dd>
            </div>
            <div>
              <dt>Success per attempt needed with {attempts.value} attempts</dt>
              <dd data-testid="plan.retry.perAttempt">
                {formatNumber(plan.minPSuccess ?? null, 6)}
              </dd>
            </div>
          </dl>
        </>
      )}
      <p className="hint">
        Retries help only against independent failures: a call that fails because its server is down
        fails again on every retry to that server.
      </p>
    </section>
  );
}
