/**
 * One headline figure: its label, the formatted value carrying the exact number in
 * `data-value`, and a line of detail chosen from the figure's own texts. A figure that is not
 * exactly computable reads `—` with the engine's reason as a tooltip.
 */
import type { ReactNode } from 'react';
import type { ReportFigure } from '../../src/index.ts';
import './results.css';

interface MetricCardProps {
  readonly figure: ReportFigure;
  /** `data-testid` of the value (`results.availability`). */
  readonly testId: string;
  /** The texts of the detail line, in order (missing ones and `—` are left out). */
  readonly aside?: readonly (string | undefined)[];
  readonly featured?: boolean;
  /** Shown on the value's line, after it (the nines beside the availability). */
  readonly beside?: ReactNode;
  /** Extra content under the value (nines, a secondary figure, the mission-time field). */
  readonly children?: ReactNode;
}

export function MetricCard({ figure, testId, aside, featured, beside, children }: MetricCardProps) {
  const detail = (aside ?? [figure.detail]).filter(
    (part): part is string => part !== undefined && part !== '—',
  );
  const reason = figure.exactness.kind === 'notComputable' ? figure.exactness.reason : undefined;
  return (
    <div
      className={featured === true ? 'results-metric results-metric--featured' : 'results-metric'}
    >
      <dt className="results-metric-label">{figure.label}</dt>
      <dd className="results-metric-body">
        <span className="results-metric-line">
          <span
            className="results-metric-value"
            data-testid={testId}
            data-value={figure.value === null ? '' : String(figure.value)}
            title={reason}
          >
            {figure.text}
          </span>
          {beside}
        </span>
        {detail.length > 0 && <span className="results-metric-detail">{detail.join(' · ')}</span>}
        {children}
      </dd>
    </div>
  );
}
