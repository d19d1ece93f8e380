/**
 * Monte Carlo panel: run N failure/recovery histories of the design in the worker pool and watch
 * the running estimates converge, with their 95% intervals, on the exact values that measure the
 * same thing. The run lives in the store (app/engine/simulationController.ts): closing the dock
 * or switching views keeps it going.
 */
import { useDeferredValue, useMemo } from 'react';
import { HOURS_PER_YEAR, formatNumber } from '../../src/index.ts';
import { analyzeInWorker } from '../engine/engineClient.ts';
import { getSimulationPool } from '../engine/simulationClient.ts';
import { cancelSimulation, startSimulation } from '../engine/simulationController.ts';
import { useAppStore, useStoreApi } from '../store/index.ts';
import {
  selectEditorRun,
  selectMissionTime,
  selectRevision,
  selectSimulationSettings,
  selectTimeUnit,
} from '../store/selectors.ts';
import { BadActorsTable } from './BadActorsTable.tsx';
import { ReplayLinks } from './ReplayLinks.tsx';
import { ConvergenceChart } from '../results/lazyCharts.tsx';
import { SimulationEstimates } from './SimulationEstimates.tsx';
import { SimulationForm } from './SimulationForm.tsx';
import { readSimulationSettings } from './simulationForm.ts';
import './simulation.css';

export function SimulationPanel() {
  const store = useStoreApi();
  const run = useAppStore(selectEditorRun);
  const settings = useAppStore(selectSimulationSettings);
  const revision = useAppStore(selectRevision);
  const unit = useAppStore(selectTimeUnit);
  const missionTime = useAppStore(selectMissionTime) ?? HOURS_PER_YEAR;
  const read = useMemo(
    () => readSimulationSettings(settings, missionTime, unit),
    [settings, missionTime, unit],
  );
  const running = run?.status === 'running';
  const result = run?.result ?? null;
  const stale = run !== undefined && run.revision !== revision;
  const exactChart =
    result?.repair === false
      ? (run?.exact?.reliability ?? null)
      : (run?.exact?.meanAvailability ?? run?.exact?.steadyAvailability ?? null);

  // The chart draws a deferred copy, in a render of its own after the figures (as the curves do).
  const chartPoints = useDeferredValue(result?.repair ? run?.availability : run?.reliability);

  const start = () => {
    if (read.options === null) return;
    startSimulation(store, { pool: getSimulationPool(), analyze: analyzeInWorker }, read.options);
  };

  return (
    <section className="simulation" aria-labelledby="simulation-heading">
      <header className="sim-head">
        <h2 id="simulation-heading">Monte Carlo simulation</h2>
        <span
          className={`sim-status ${run?.status ?? 'idle'}`}
          data-testid="simulation.status"
          aria-live="polite"
        >
          {run?.status ?? 'idle'}
        </span>
        <SimulationForm
          read={read}
          missionTime={missionTime}
          timeUnit={unit}
          running={running}
          onRun={start}
          onCancel={() => run !== undefined && cancelSimulation(run.id)}
        />
      </header>
      {run !== undefined && (
        <div className="sim-progress">
          <progress
            max={Math.max(1, run.total)}
            value={run.completed}
            data-testid="simulation.progress"
            aria-label="Histories simulated"
          />
          <p className="hint">
            {run.completed.toLocaleString('en-US')} of {run.total.toLocaleString('en-US')} histories
            {result ? ` · ${formatNumber(result.eventsPerSecond / 1e6, 3)} M events/s` : ''}
            {stale ? ' · the design changed since this run' : ''}
            {result?.workersRestarted
              ? ` · ${result.workersRestarted === 1 ? 'a worker' : `${result.workersRestarted} workers`} stopped and ${result.workersRestarted === 1 ? 'was' : 'were'} replaced; the lost histories were run again, with the same results`
              : ''}
          </p>
        </div>
      )}
      {run !== undefined && run.issues.length > 0 && (
        <ul role="alert" className="sim-issues">
          {run.issues.map((i, k) => (
            <li key={k}>
              {i.path !== '' && <code>{i.path}</code>} {i.message}
            </li>
          ))}
        </ul>
      )}
      {run === undefined && (
        <p className="hint sim-empty">
          Simulate failure and recovery histories of this design and watch the estimates converge on
          the exact figures.
        </p>
      )}
      {run !== undefined && result !== null && (
        <div className={`sim-results${stale ? ' stale' : ''}`}>
          <SimulationEstimates result={result} exact={run.exact} timeUnit={unit} />
          <ReplayLinks run={run} />
          <div className="sim-details">
            <ConvergenceChart
              title={
                result.repair
                  ? 'Availability estimate as histories accumulate'
                  : 'Reliability estimate as histories accumulate'
              }
              points={chartPoints ?? (result.repair ? run.availability : run.reliability)}
              exact={exactChart}
            />
            <BadActorsTable result={result} />
          </div>
          <p className="hint">
            Plain Monte Carlo cannot resolve an unavailability far below 1/N; the interval says how
            far to trust the estimate, and the exact value stands beside it.
          </p>
        </div>
      )}
    </section>
  );
}
