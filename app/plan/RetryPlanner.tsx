/** Retries: the success of K independent attempts, the attempts a target needs, and the per-attempt success K attempts need. */
import { formatNumber, planRetry, planRetryLatency } from '../../src/index.ts';
import { Formula, tex } from '../components/Formula.tsx';
import { NumberInput, readNumber } from '../components/NumberInput.tsx';
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
  const timeout = readNumber(inputs.retryTimeout, 0, 1e9);
  const latencyRead = readNumber(inputs.retryLatency, 0, 1e9);
  const latency =
    latencyRead.value !== null && timeout.value !== null && latencyRead.value > timeout.value
      ? { value: null, error: 'At most the timeout (a slower call has timed out).' }
      : latencyRead;
  const backoff = readNumber(inputs.retryBackoff, 0, 1e9);
  const multiplier = readNumber(inputs.retryMultiplier, 1, 10);
  const timing =
    p.value !== null &&
    attempts.value !== null &&
    timeout.value !== null &&
    latency.value !== null &&
    backoff.value !== null &&
    multiplier.value !== null
      ? planRetryLatency(p.value, attempts.value, {
          timeout: timeout.value,
          successLatency: latency.value,
          backoff: backoff.value,
          multiplier: multiplier.value,
        })
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
          testId="plan.retryP"
          label="Success of one attempt P"
          unit="probability"
          value={inputs.retryP}
          onChange={(t) => setField('retryP', t)}
          error={p.error}
        />
        <NumberInput
          testId="plan.retryAttempts"
          label="Attempts K"
          unit="attempts"
          value={inputs.retryAttempts}
          onChange={(t) => setField('retryAttempts', t)}
          error={attempts.error}
        />
        <NumberInput
          testId="plan.retryTarget"
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
      <h3 className="plan-subhead">Latency of a call</h3>
      <div className="plan-fields">
        <NumberInput
          testId="plan.retryTimeout"
          label="Timeout per attempt T"
          unit="ms"
          value={inputs.retryTimeout}
          onChange={(t) => setField('retryTimeout', t)}
          error={timeout.error}
        />
        <NumberInput
          testId="plan.retryLatency"
          label="A successful attempt d"
          unit="ms"
          value={inputs.retryLatency}
          onChange={(t) => setField('retryLatency', t)}
          error={latency.error}
        />
        <NumberInput
          testId="plan.retryBackoff"
          label="First backoff b"
          unit="ms"
          value={inputs.retryBackoff}
          onChange={(t) => setField('retryBackoff', t)}
          error={backoff.error}
        />
        <NumberInput
          testId="plan.retryMultiplier"
          label="Backoff multiplier m"
          unit="× per retry"
          value={inputs.retryMultiplier}
          onChange={(t) => setField('retryMultiplier', t)}
          error={multiplier.error}
        />
      </div>
      {timing !== null && attempts.value !== null && (
        <>
          <Formula
            tex={`L_{\\max} = K\\,T + \\sum_{i=1}^{K-1} b\\,m^{i-1} = ${tex(timing.worst)}\\ \\text{ms}`}
            label={`worst-case latency K T plus the backoffs = ${formatNumber(timing.worst)} ms`}
          />
          <dl className="plan-results">
            <div>
              <dt>Expected latency of a call</dt>
              <dd data-testid="plan.retry.expected">{formatNumber(timing.expected)} ms</dd>
            </div>
            <div>
              <dt>… of the calls that succeed</dt>
              <dd data-testid="plan.retry.expectedIfSuccess">
                {timing.expectedIfSuccess === null
                  ? 'none succeed'
                  : `${formatNumber(timing.expectedIfSuccess)} ms`}
              </dd>
            </div>
            <div>
              <dt>Worst case ({attempts.value} timeouts and their waits)</dt>
              <dd data-testid="plan.retry.worst">{formatNumber(timing.worst)} ms</dd>
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
