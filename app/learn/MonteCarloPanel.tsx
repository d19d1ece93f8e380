/**
 * The Monte Carlo lesson's live part: run the ladder of simulations, see each estimate and its
 * interval against the exact value (on the chart and in a table, each width against the one
 * before), then the coverage count over many seeds.
 */
import { COVERAGE_SEEDS, formatNumber } from '../../src/index.ts';
import type { MonteCarloState } from './useMonteCarloRun.ts';
import { COVERAGE_TRIALS } from './useMonteCarloRun.ts';

interface Props {
  readonly state: MonteCarloState;
  readonly onRun: () => void;
  readonly onCancel: () => void;
  readonly disabled: boolean;
}

const percent = (p: number): string => `${formatNumber(100 * p, 4)} %`;

export function MonteCarloPanel({ state, onRun, onCancel, disabled }: Props) {
  const runs = state.ladder;
  return (
    <section className="learn-mc" aria-label="Simulation" data-testid="learn.mc">
      <div className="learn-mc-head">
        <button
          type="button"
          className="button is-primary"
          disabled={disabled || state.status === 'running'}
          data-testid="learn.mc.run"
          onClick={onRun}
        >
          {state.status === 'running'
            ? 'Simulating…'
            : state.status === 'idle'
              ? 'Run the simulations'
              : 'Run again'}
        </button>
        {state.status === 'running' && (
          <button type="button" className="button" data-testid="learn.mc.cancel" onClick={onCancel}>
            Cancel
          </button>
        )}
        <span className="hint" role="status" data-testid="learn.mc.status">
          {state.status === 'idle'
            ? 'Runs N/64, N/16, N/4 and N histories with your seed, then 100 more seeds.'
            : state.status === 'running'
              ? `Running: ${runs.length} ladder runs, ${state.coverageRuns} of ${COVERAGE_SEEDS} seeds…`
              : state.status === 'cancelled'
                ? `Cancelled after ${runs.length} ladder runs and ${state.coverageRuns} seeds.`
                : state.status === 'failed'
                  ? `The simulation failed: ${state.error ?? 'unknown error'}.`
                  : 'Done.'}
        </span>
      </div>
      {runs.length > 0 && (
        <table className="learn-mc-table" data-testid="learn.mc.table">
          <thead>
            <tr>
              <th scope="col">N</th>
              <th scope="col">failed by t</th>
              <th scope="col">95 % interval</th>
              <th scope="col">width vs previous</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r, i) => {
              const previous = runs[i - 1];
              const ratio =
                previous === undefined ? null : (r.high - r.low) / (previous.high - previous.low);
              return (
                <tr key={r.trials}>
                  <td>{formatNumber(r.trials)}</td>
                  <td>{percent(r.failed)}</td>
                  <td>
                    {percent(r.low)} – {percent(r.high)}
                  </td>
                  <td data-testid={`learn.mc.ratio.${i}`}>
                    {ratio === null ? '—' : `× ${formatNumber(ratio, 3)}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {state.coverageRuns > 0 && (
        <p data-testid="learn.mc.coverage">
          {state.covered} of {state.coverageRuns} seeds ({formatNumber(COVERAGE_TRIALS)} histories
          each) have an interval containing the exact value
          {state.status === 'done' ? ' (about 95 expected; between 91 and 99 in most runs).' : '.'}
        </p>
      )}
    </section>
  );
}
