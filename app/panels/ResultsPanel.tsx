/**
 * Headline figures of the exact analysis. Each figure carries its exact value in `data-value`
 * (a plain number in the design's time unit) beside its formatted text.
 */
import type { AnalysisResult } from '../../src/index.ts';
import { formatDuration, formatNumber, formatPercent, formatTime } from '../../src/index.ts';
import type { AnalysisState } from '../engine/useAnalysis.ts';
import { IssueList } from './IssueList.tsx';

interface Props {
  readonly analysis: AnalysisState;
}

interface MetricProps {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
  readonly hint?: string;
}

function Metric({ id, label, value, text, hint }: MetricProps) {
  return (
    <div className="metric">
      <dt>{label}</dt>
      <dd data-testid={`results.${id}`} data-value={value === null ? '' : String(value)}>
        {text}
      </dd>
      {hint !== undefined && <p className="hint">{hint}</p>}
    </div>
  );
}

function Headline({ result }: { readonly result: AnalysisResult }) {
  const s = result.steadyState;
  const unit = result.timeUnit;
  const point = result.points[0];
  return (
    <dl className="metrics">
      <Metric id="availability" label="Availability" value={s.availability} text={formatPercent(s.availability, s.unavailability)} />
      <Metric id="unavailability" label="Unavailability" value={s.unavailability} text={formatNumber(s.unavailability)} />
      <Metric id="nines" label="Nines" value={s.nines} text={s.nines === null ? '—' : s.nines.toFixed(2)} />
      <Metric id="downtime" label="Downtime per year" value={s.downtimePerYear} text={formatDuration(s.downtimePerYear)} hint="hours in data-value" />
      <Metric id="mtbf" label="System MTBF" value={s.mtbf} text={formatTime(s.mtbf, unit)} />
      <Metric id="mdt" label="Mean down time" value={s.mdt} text={formatTime(s.mdt, unit)} />
      <Metric id="mttf" label="MTTF (no repair)" value={result.mttf} text={formatTime(result.mttf, unit)} />
      <Metric
        id="reliability"
        label={`Reliability at ${formatTime(point?.t ?? null, unit)}`}
        value={point?.reliability ?? null}
        text={formatPercent(point?.reliability ?? null, point?.unreliability ?? null)}
      />
    </dl>
  );
}

export function ResultsPanel({ analysis }: Props) {
  const { result, status } = analysis;
  return (
    <section className="panel results" aria-labelledby="results-heading" aria-busy={status === 'computing'}>
      <h2 id="results-heading">
        Results{result ? `: ${result.name}` : ''}
        <span className={`status ${status}`} data-testid="results.status">
          {status}
        </span>
      </h2>
      {status === 'error' && <IssueList title="The design has problems" issues={analysis.issues} />}
      {result && (
        <>
          <Headline result={result} />
          <h3>Improve these first</h3>
          <table className="importance">
            <thead>
              <tr>
                <th scope="col">Block</th>
                <th scope="col">Criticality</th>
                <th scope="col">Birnbaum</th>
                <th scope="col">Availability</th>
              </tr>
            </thead>
            <tbody>
              {[...result.blocks]
                .sort((a, b) => b.criticality - a.criticality)
                .slice(0, 8)
                .map((b) => (
                  <tr key={b.id}>
                    <th scope="row">
                      {b.id}
                      {b.singlePointOfFailure && <span className="badge">single point of failure</span>}
                    </th>
                    <td>{formatNumber(b.criticality, 3)}</td>
                    <td>{formatNumber(b.birnbaum, 3)}</td>
                    <td>{formatPercent(b.availability, b.unavailability)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <h3>Minimal cut sets ({result.minimalCutSetCount})</h3>
          <ul className="cutsets">
            {result.minimalCutSets.slice(0, 12).map((set, i) => (
              <li key={i}>{set.join(' + ')}</li>
            ))}
          </ul>
          {result.warnings.length > 0 && (
            <ul className="warnings" aria-label="Warnings">
              {result.warnings.map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
          )}
          {analysis.elapsedMs !== null && (
            <p className="hint">Computed exactly in a web worker in {analysis.elapsedMs.toFixed(1)} ms.</p>
          )}
        </>
      )}
    </section>
  );
}
