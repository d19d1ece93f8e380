/**
 * "Improve this first": the blocks ranked by how much of the system's downtime they explain
 * (criticality × downtime per year), as a bar chart and as a table with the exact figures.
 */
import type { AnalysisResult } from '../../src/index.ts';
import { formatDuration, formatNumber, formatPercent } from '../../src/index.ts';
import { ImportanceChart } from './ImportanceChart.tsx';
import { getImportanceRanking } from './importanceRanking.ts';
import { getTimeAxisUnit } from './timeAxis.ts';
import './results.css';
import './resultsTables.css';

interface ImportanceSectionProps {
  readonly result: AnalysisResult;
  readonly onSelectBlock: (blockId: string) => void;
}

export function ImportanceSection({ result, onSelectBlock }: ImportanceSectionProps) {
  const rows = getImportanceRanking(result);
  const downtimeBasis =
    result.importanceBasis === 'steady-state' && result.steadyState.downtimePerYear !== null;
  const maxDowntime = Math.max(0, ...rows.map((r) => r.downtimeHoursPerYear ?? 0));
  const unit = downtimeBasis && maxDowntime > 0 ? getTimeAxisUnit(maxDowntime) : null;
  return (
    <section className="results-section" aria-labelledby="results-importance-heading">
      <h3 id="results-importance-heading">Improve this first</h3>
      <p className="results-hint">
        {unit !== null
          ? 'Downtime per year each block explains: its criticality (the share of system downtime during which it is down and its failure matters) × the system downtime.'
          : 'Nothing is repairable: the share of mission unreliability each block explains (criticality).'}
      </p>
      {rows.length === 0 ? (
        <p className="results-empty">No block contributes to system failure.</p>
      ) : (
        <>
          <ImportanceChart rows={rows} unit={unit} onSelectBlock={onSelectBlock} />
          <table className="results-table" data-testid="results.importance">
            <caption className="results-sr-only">Blocks ranked by criticality</caption>
            <thead>
              <tr>
                <th scope="col">Block</th>
                <th scope="col">{unit !== null ? 'Downtime explained' : 'Share'}</th>
                <th scope="col">Criticality</th>
                <th scope="col">Birnbaum</th>
                <th scope="col">Block availability</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="results-link"
                      onClick={() => onSelectBlock(row.id)}
                      data-testid={`results.importance.${row.id}`}
                    >
                      {row.id}
                    </button>
                    {row.singlePointOfFailure && (
                      <span className="results-tag results-tag--danger">
                        single point of failure
                      </span>
                    )}
                  </th>
                  <td data-value={row.downtimeHoursPerYear ?? row.criticality}>
                    {row.downtimeHoursPerYear !== null && unit !== null
                      ? `${formatDuration(row.downtimeHoursPerYear)} / year`
                      : `${(row.criticality * 100).toFixed(1)}%`}
                  </td>
                  <td>{(row.criticality * 100).toFixed(1)}%</td>
                  <td>{formatNumber(row.birnbaum, 3)}</td>
                  <td>{formatPercent(row.availability, row.unavailability)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
