/**
 * The headline estimates of a run, each labelled with what it measures and compared only with
 * the exact figure that measures the same thing: with repair, the mean availability over the
 * horizon (against the exact mean over [0, H], or the long-run figure labelled as such); without
 * repair, the mission reliability R(H) against the exact R(H). Failure counts say whether
 * switch-over outages are in them.
 */
import type { SimulationResult, TimeUnit } from '../../src/index.ts';
import {
  HOURS_PER_UNIT,
  formatDuration,
  formatNumber,
  formatPercent,
  formatTime,
} from '../../src/index.ts';
import type { RunExactFigures } from '../store/index.ts';
import { EstimateCard } from './EstimateCard.tsx';

interface Props {
  readonly result: SimulationResult;
  readonly exact: RunExactFigures | null;
  readonly timeUnit: TimeUnit;
}

export function SimulationEstimates({ result, exact, timeUnit }: Props) {
  const h = formatTime(result.horizon, timeUnit);
  const availabilityExact =
    exact === null
      ? null
      : exact.meanAvailability !== null
        ? { value: exact.meanAvailability, label: `exact mean over [0, ${h}]` }
        : exact.steadyAvailability !== null
          ? { value: exact.steadyAvailability, label: 'exact long-run (the run starts new)' }
          : null;
  const reliabilityExact =
    exact === null || exact.reliability === null
      ? null
      : { value: exact.reliability, label: `exact R(${h})` };
  const downtime = [result.downtime.p50, result.downtime.p90, result.downtime.p99]
    .map((d) => formatDuration(d * HOURS_PER_UNIT[timeUnit]))
    .join(' / ');
  return (
    <dl className="sim-estimates">
      {result.repair ? (
        <>
          <EstimateCard
            id="availability"
            label={`Availability: share of [0, ${h}] up, with repair`}
            mean={result.availability.mean}
            lo={result.availability.ci95[0]}
            hi={result.availability.ci95[1]}
            exact={availabilityExact}
          />
          <EstimateCard
            id="reliability"
            label={`No system failure in [0, ${h}], with repair`}
            mean={result.reliability.mean}
            lo={result.reliability.ci95[0]}
            hi={result.reliability.ci95[1]}
            exact={null}
            note={
              reliabilityExact === null
                ? 'no exact counterpart with repair'
                : `the exact R(${h}) = ${formatNumber(reliabilityExact.value)} is without repair: run with Repair: none to compare`
            }
          />
        </>
      ) : (
        <>
          <EstimateCard
            id="reliability"
            label={`Reliability R(${h}): no system failure, no repair`}
            mean={result.reliability.mean}
            lo={result.reliability.ci95[0]}
            hi={result.reliability.ci95[1]}
            exact={reliabilityExact}
          />
          {!result.reliabilityOnly && (
            <EstimateCard
              id="availability"
              label={`Share of [0, ${h}] up, no repair`}
              mean={result.availability.mean}
              lo={result.availability.ci95[0]}
              hi={result.availability.ci95[1]}
              exact={null}
            />
          )}
        </>
      )}
      <div className="sim-estimate">
        <dt>System failures per history</dt>
        <dd className="sim-value" data-testid="simulation.failures">
          {formatNumber(result.failures.meanCountExcludingSwitchOvers)}
        </dd>
        <dd className="exact note">
          switch-over delays not counted as failures; {formatNumber(result.failures.meanCount)}{' '}
          outages when they are ·{' '}
          {formatPercent(result.reliability.mean, 1 - result.reliability.mean)} of histories had no
          failure
        </dd>
      </div>
      <div className="sim-estimate">
        <dt>Downtime per history, P50 / P90 / P99</dt>
        <dd className="sim-value" data-testid="simulation.downtime">
          {downtime}
        </dd>
        <dd className="exact note">
          worst {formatDuration(result.downtime.max * HOURS_PER_UNIT[timeUnit])}
        </dd>
      </div>
    </dl>
  );
}
