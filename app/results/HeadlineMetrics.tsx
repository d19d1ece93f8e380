/**
 * The headline figures: availability (percent and nines), downtime per year, unavailability,
 * system MTBF and mean down time, MTTF, reliability at the (editable) mission time and cost.
 * Every value carries its exact number in `data-value`: times in the result's time unit,
 * downtime in hours per year.
 */
import type { AnalysisResult, TimeUnit } from '../../src/index.ts';
import { formatDuration, formatPercent, formatTime } from '../../src/index.ts';
import {
  formatCost,
  formatFailuresPerYear,
  formatInUnit,
  formatNines,
  formatProbability,
} from './formatFigures.ts';
import { MetricCard } from './MetricCard.tsx';
import { MissionTimeField } from './MissionTimeField.tsx';
import './results.css';

interface HeadlineMetricsProps {
  readonly result: AnalysisResult;
  /** The design's current time unit (for the mission-time field). */
  readonly timeUnit: TimeUnit;
  /** The design's current mission time, design time units. */
  readonly missionTime: number;
  readonly onMissionTimeChange: (missionTime: number) => void;
}

export function HeadlineMetrics({
  result,
  timeUnit,
  missionTime,
  onMissionTimeChange,
}: HeadlineMetricsProps) {
  const s = result.steadyState;
  // The result's own unit: its numbers are in it even when the design's unit has just changed.
  const unit = result.timeUnit;
  const point = result.points[0];
  return (
    <dl className="results-metrics">
      <MetricCard
        id="availability"
        label="Availability"
        value={s.availability}
        text={formatPercent(s.availability, s.unavailability)}
        featured
        detail="long run, with repair"
      >
        <span
          className="results-nines"
          data-testid="results.nines"
          data-value={s.nines === null ? '' : String(s.nines)}
        >
          {formatNines(s.nines)}
        </span>
      </MetricCard>
      <MetricCard
        id="reliability"
        label={`Reliability at ${formatTime(point?.t ?? null, unit)}`}
        value={point?.reliability ?? null}
        text={formatPercent(point?.reliability ?? null, point?.unreliability ?? null)}
        detail="no system failure in [0, t], no repair"
        featured
      >
        <MissionTimeField
          key={`${missionTime}:${timeUnit}`}
          missionTime={missionTime}
          timeUnit={timeUnit}
          onChange={onMissionTimeChange}
        />
      </MetricCard>
      <MetricCard
        id="downtime"
        label="Downtime"
        value={s.downtimePerYear}
        text={s.downtimePerYear === null ? '—' : `${formatDuration(s.downtimePerYear)} / year`}
        detail={s.downtimePerYear === null ? undefined : `expected, over a year of 8766 h`}
      />
      <MetricCard
        id="unavailability"
        label="Unavailability"
        value={s.unavailability}
        text={formatProbability(s.unavailability)}
        detail="chance it is down at a random moment"
      />
      <MetricCard
        id="mtbf"
        label="System MTBF"
        value={s.mtbf}
        text={formatTime(s.mtbf, unit)}
        detail={`${formatInUnit(s.mtbf, unit)} · ${formatFailuresPerYear(s.failureFrequency, unit)}`}
      />
      <MetricCard
        id="mdt"
        label="Mean down time"
        value={s.mdt}
        text={formatTime(s.mdt, unit)}
        detail={`${formatInUnit(s.mdt, unit)} per system failure`}
      />
      <MetricCard
        id="mttf"
        label="MTTF"
        value={result.mttf}
        text={formatTime(result.mttf, unit)}
        detail={`${formatInUnit(result.mttf, unit)} to the first failure, no repair`}
      />
      <MetricCard
        id="cost"
        label="Cost"
        value={result.cost}
        text={formatCost(result.cost)}
        detail={result.cost === null ? 'no component has a cost' : 'sum of unit prices'}
      />
    </dl>
  );
}
