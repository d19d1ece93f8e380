/** Tooltip of the ranking chart: the downtime a block explains, its criticality and Birnbaum. */
import type { TooltipContentProps } from 'recharts';
import { formatDowntimePerYear, formatNumber } from '../../src/index.ts';
import { isImportanceBar } from './importanceBars.ts';
import './results.css';
import './resultsCharts.css';

type ImportanceTooltipProps = Pick<TooltipContentProps, 'active' | 'payload'>;

export function ImportanceTooltip({ active, payload }: ImportanceTooltipProps) {
  const datum: unknown = payload[0]?.payload;
  if (!active || !isImportanceBar(datum)) return null;
  const { row } = datum;
  return (
    <div className="results-tooltip">
      <p className="results-tooltip-title">{row.id}</p>
      <ul>
        {row.downtimeHoursPerYear !== null && (
          <li>
            downtime explained: <strong>{formatDowntimePerYear(row.downtimeHoursPerYear)}</strong>
          </li>
        )}
        <li>
          criticality: <strong>{(row.criticality * 100).toFixed(1)}%</strong>
        </li>
        <li>
          Birnbaum importance: <strong>{formatNumber(row.birnbaum, 3)}</strong>
        </li>
        {row.singlePointOfFailure && <li>single point of failure</li>}
      </ul>
    </div>
  );
}
