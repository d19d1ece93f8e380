/**
 * Monte Carlo panel: run N failure/recovery histories of the design in the worker pool and watch
 * the running estimates converge, with their 95% intervals, on the exact values.
 */
import { useState } from 'react';
import type { AnalysisResult, TimeUnit } from '../../src/index.ts';
import {
  evaluateQuantity,
  formatDuration,
  formatNumber,
  formatPercent,
  formatTime,
} from '../../src/index.ts';
import { ConvergenceChart } from './ConvergenceChart.tsx';
import { isInsideInterval } from './convergence.ts';
import { useSimulation } from './useSimulation.ts';
import { HOURS_PER_UNIT } from '../../src/index.ts';
import './simulation.css';

interface Props {
  readonly design: unknown;
  readonly revision: number;
  readonly exact: AnalysisResult | null;
  readonly timeUnit: TimeUnit;
  readonly missionTime: number;
}

const TRIAL_CHOICES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];

export function SimulationPanel({ design, revision, exact, timeUnit, missionTime }: Props) {
  const { state, start, cancel } = useSimulation();
  const [trials, setTrials] = useState(100_000);
  const [horizonText, setHorizonText] = useState('');
  const [seed, setSeed] = useState(1);
  const [crewsText, setCrewsText] = useState('');
  const horizonInput = horizonText.trim() === '' ? missionTime : horizonText;
  const horizon = evaluateQuantity(horizonInput, 'time', timeUnit);
  const crews = crewsText.trim() === '' ? null : evaluateQuantity(crewsText, 'count', timeUnit);
  const crewsValid = crews === null || (crews.ok && crews.value >= 1);
  const valid = horizon.ok && horizon.value > 0 && crewsValid;
  const running = state.status === 'running';
  const result = state.result;
  const stale = result !== null && state.revision !== revision;
  const exactA = exact?.steadyState.availability ?? null;
  const exactPoint = exact?.points.find(
    (p) => horizon.ok && Math.abs(p.t - horizon.value) <= 1e-9 * p.t,
  );
  const exactR = exactPoint?.reliability ?? null;

  const run = () => {
    if (!valid) return;
    start(design, revision, {
      trials,
      horizon: horizon.value,
      seed,
      ...(crews !== null && crews.ok ? { crews: crews.value } : {}),
    });
  };

  return (
    <section className="simulation" aria-labelledby="simulation-heading">
      <header className="simulation-head">
        <h2 id="simulation-heading">Monte Carlo simulation</h2>
        <span
          className={`sim-status ${state.status}`}
          data-testid="simulation.status"
          aria-live="polite"
        >
          {state.status}
        </span>
      </header>
      <form
        className="simulation-controls"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <label>
          Histories
          <select
            value={trials}
            onChange={(e) => setTrials(Number(e.target.value))}
            data-testid="simulation.trials"
          >
            {TRIAL_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n.toLocaleString('en-US')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Horizon
          <input
            value={horizonText}
            placeholder={`${formatNumber(missionTime)} ${timeUnit}s`}
            onChange={(e) => setHorizonText(e.target.value)}
            aria-invalid={!horizon.ok}
            aria-describedby="simulation-horizon-hint"
            data-testid="simulation.horizon"
          />
          <span id="simulation-horizon-hint" className={horizon.ok ? 'hint' : 'hint error'}>
            {horizon.ok ? `= ${formatTime(horizon.value, timeUnit)}` : horizon.error}
          </span>
        </label>
        <label>
          Seed
          <input
            type="number"
            value={seed}
            min={0}
            onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))}
            data-testid="simulation.seed"
          />
        </label>
        <label>
          Repair crews
          <input
            value={crewsText}
            placeholder="one per unit"
            onChange={(e) => setCrewsText(e.target.value)}
            aria-invalid={!crewsValid}
            data-testid="simulation.crews"
          />
          {!crewsValid && (
            <span className="hint error">a whole number ≥ 1, or empty for one crew per unit</span>
          )}
        </label>
        <div className="simulation-buttons">
          <button type="submit" disabled={!valid || design === null} data-testid="simulation.run">
            {running ? 'Restart' : 'Run'}
          </button>
          <button
            type="button"
            onClick={cancel}
            disabled={!running}
            data-testid="simulation.cancel"
          >
            Cancel
          </button>
        </div>
      </form>
      <progress
        max={Math.max(1, state.total)}
        value={state.completed}
        data-testid="simulation.progress"
        aria-label="Histories simulated"
      />
      <p className="hint">
        {state.completed.toLocaleString('en-US')} of {state.total.toLocaleString('en-US')} histories
        {result ? ` · ${formatNumber(result.eventsPerSecond / 1e6, 3)} M events/s` : ''}
        {stale ? ' · the design changed since this run' : ''}
      </p>
      {state.issues.length > 0 && (
        <ul role="alert" className="sim-issues">
          {state.issues.map((i, k) => (
            <li key={k}>
              {i.path !== '' && <code>{i.path}</code>} {i.message}
            </li>
          ))}
        </ul>
      )}
      {result && (
        <div className={`simulation-results${stale ? ' stale' : ''}`}>
          <dl className="sim-estimates">
            <Estimate
              id="availability"
              label="Availability (mean fraction of the horizon up)"
              mean={result.availability.mean}
              lo={result.availability.ci95[0]}
              hi={result.availability.ci95[1]}
              exact={exactA}
              exactLabel="exact long-run"
            />
            <Estimate
              id="reliability"
              label="Reliability (no system failure in the horizon)"
              mean={result.reliability.mean}
              lo={result.reliability.ci95[0]}
              hi={result.reliability.ci95[1]}
              exact={exactR}
              exactLabel="exact R(horizon)"
            />
            <div>
              <dt>System failures per history</dt>
              <dd>{formatNumber(result.failures.meanCount)}</dd>
            </div>
            <div>
              <dt>Downtime per history (P50 / P90 / P99)</dt>
              <dd>
                {[result.downtime.p50, result.downtime.p90, result.downtime.p99]
                  .map((d) => formatDuration(d * HOURS_PER_UNIT[timeUnit]))
                  .join(' / ')}
              </dd>
            </div>
          </dl>
          <ConvergenceChart
            title="Availability estimate as histories accumulate"
            points={state.availability}
            exact={exactA}
          />
          <h3>Bad actors: share of system downtime</h3>
          <table className="sim-blocks">
            <thead>
              <tr>
                <th scope="col">Block</th>
                <th scope="col">Down while system down</th>
                <th scope="col">Block down</th>
                <th scope="col">Failures / history</th>
              </tr>
            </thead>
            <tbody>
              {[...result.perBlock]
                .sort((a, b) => b.downtimeShare - a.downtimeShare)
                .slice(0, 6)
                .map((b) => (
                  <tr key={b.id}>
                    <th scope="row">{b.id}</th>
                    <td>{formatPercent(b.downtimeShare, 1 - b.downtimeShare)}</td>
                    <td>{formatNumber(b.downFraction)}</td>
                    <td>{formatNumber(b.failures / result.trials)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <p className="hint">
            Plain Monte Carlo cannot resolve an unavailability far below 1/N; the interval says how
            far to trust the estimate, and the exact value stands beside it.
          </p>
        </div>
      )}
    </section>
  );
}

interface EstimateProps {
  readonly id: string;
  readonly label: string;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
  readonly exact: number | null;
  readonly exactLabel: string;
}

function Estimate({ id, label, mean, lo, hi, exact, exactLabel }: EstimateProps) {
  const inside = isInsideInterval(exact, lo, hi);
  const known = Number.isFinite(mean);
  return (
    <div>
      <dt>{label}</dt>
      <dd
        data-testid={`simulation.${id}`}
        data-value={known ? String(mean) : ''}
        data-lo={String(lo)}
        data-hi={String(hi)}
      >
        {known ? formatPercent(mean, 1 - mean) : '—'}
        {known && (
          <span className="ci">
            {' '}
            95% CI [{formatPercent(lo, 1 - lo)}, {formatPercent(hi, 1 - hi)}]
          </span>
        )}
      </dd>
      {exact !== null && (
        <dd className={`exact ${inside === false ? 'outside' : ''}`}>
          {exactLabel}: {formatPercent(exact, 1 - exact)}
          {inside !== null && (inside ? ' · inside the interval' : ' · outside the interval')}
        </dd>
      )}
    </div>
  );
}
