/**
 * The headline figures of the report: availability (percent and nines, and the mean over the
 * mission time), reliability at the (editable) mission time, downtime per year, unavailability,
 * system MTBF and mean down time, MTTF (and the B10 life) and cost. Every value carries its
 * exact number in `data-value`: times in the result's time unit, downtime in hours per year.
 * The two figures added last sit inside existing cards, so the dock keeps its height.
 */
import type { ReportFigure, TimeUnit } from '../../src/index.ts';
import { MetricCard } from './MetricCard.tsx';
import { MissionTimeField } from './MissionTimeField.tsx';
import { SubFigure } from './SubFigure.tsx';
import './results.css';

interface HeadlineMetricsProps {
  /** The report's headline figures (`Report.headline`). */
  readonly figures: readonly ReportFigure[];
  /** The design's current time unit (for the mission-time field). */
  readonly timeUnit: TimeUnit;
  /** The design's current mission time, design time units. */
  readonly missionTime: number;
  readonly onMissionTimeChange: (missionTime: number) => void;
}

export function HeadlineMetrics({
  figures,
  timeUnit,
  missionTime,
  onMissionTimeChange,
}: HeadlineMetricsProps) {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const get = (id: string): ReportFigure | undefined => byId.get(id);
  const availability = get('availability');
  const nines = availability?.companion;
  const reliability = get('reliability');
  const mean = get('meanAvailability');
  const mtbf = get('mtbf');
  const mdt = get('mdt');
  const mttf = get('mttf');
  const b10 = get('bLife.b10');
  const simple = (id: string) => {
    const figure = get(id);
    return figure && <MetricCard key={id} figure={figure} testId={`results.${id}`} />;
  };
  return (
    <dl className="results-metrics">
      {availability && (
        <MetricCard
          figure={availability}
          testId="results.availability"
          featured
          beside={
            nines && (
              <span
                className="results-nines"
                data-testid="results.nines"
                data-value={nines.value === null ? '' : String(nines.value)}
              >
                {nines.text}
              </span>
            )
          }
        >
          {mean && <SubFigure figure={mean} testId="results.metric.meanAvailability" />}
        </MetricCard>
      )}
      {reliability && (
        <MetricCard figure={reliability} testId="results.reliability" featured>
          <MissionTimeField
            key={`${missionTime}:${timeUnit}`}
            missionTime={missionTime}
            timeUnit={timeUnit}
            onChange={onMissionTimeChange}
          />
        </MetricCard>
      )}
      {simple('downtime')}
      {simple('unavailability')}
      {mtbf && (
        <MetricCard
          figure={mtbf}
          testId="results.mtbf"
          aside={[mtbf.altText, mtbf.companion?.text]}
        />
      )}
      {mdt && <MetricCard figure={mdt} testId="results.mdt" aside={[mdt.altText, mdt.detail]} />}
      {mttf && (
        <MetricCard figure={mttf} testId="results.mttf" aside={[mttf.altText, mttf.detail]}>
          {b10 && <SubFigure figure={b10} testId="results.metric.bLife.b10" />}
        </MetricCard>
      )}
      {simple('cost')}
    </dl>
  );
}
