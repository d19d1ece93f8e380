/**
 * The status of the figures on screen: a pill whose text is exactly the status word
 * (`results.status`), a spinner while new figures are on the way, and a polite live region.
 */
import type { AnalysisStatus } from '../store/index.ts';
import './results.css';

interface StatusBadgeProps {
  readonly status: AnalysisStatus;
  readonly busy: boolean;
}

const STATUS_TEXT: Readonly<Record<AnalysisStatus, string>> = {
  idle: 'No design to analyse.',
  computing: 'Computing the results.',
  current: 'The results are up to date.',
  stale: 'The results are out of date; new ones are being computed.',
  error: 'The design could not be analysed; the last good results are shown.',
};

export function StatusBadge({ status, busy }: StatusBadgeProps) {
  return (
    <div className="results-status" role="status" aria-live="polite">
      {busy && <span className="results-spinner" aria-hidden="true" />}
      <span className={`results-badge results-badge--${status}`} data-testid="results.status">
        {status}
      </span>
      <span className="results-sr-only">{STATUS_TEXT[status]}</span>
    </div>
  );
}
