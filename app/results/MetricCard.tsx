/**
 * One headline figure: a label, the formatted value carrying the exact number in `data-value`
 * (`results.<id>`), and an optional line of detail.
 */
import type { ReactNode } from 'react';
import './results.css';

interface MetricCardProps {
  /** Test id suffix: the value gets `data-testid="results.<id>"`. */
  readonly id: string;
  readonly label: ReactNode;
  /** Exact value for `data-value` (`null`: undefined, written as an empty attribute). */
  readonly value: number | null;
  /** The value formatted for people, with its unit. */
  readonly text: string;
  readonly detail?: ReactNode;
  readonly featured?: boolean;
  /** Extra content under the value (e.g. the mission-time field). */
  readonly children?: ReactNode;
}

export function MetricCard({
  id,
  label,
  value,
  text,
  detail,
  featured,
  children,
}: MetricCardProps) {
  return (
    <div
      className={featured === true ? 'results-metric results-metric--featured' : 'results-metric'}
    >
      <dt className="results-metric-label">{label}</dt>
      <dd className="results-metric-body">
        <span
          className="results-metric-value"
          data-testid={`results.${id}`}
          data-value={value === null ? '' : String(value)}
        >
          {text}
        </span>
        {detail !== undefined && <span className="results-metric-detail">{detail}</span>}
        {children}
      </dd>
    </div>
  );
}
