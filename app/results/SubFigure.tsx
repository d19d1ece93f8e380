/**
 * A secondary figure inside a headline card, on one compact line: its label and its value (the
 * exact number in `data-value`). A figure that is not exactly computable reads `—` with the
 * engine's reason as a tooltip.
 */
import type { ReportFigure } from '../../src/index.ts';
import './results.css';

interface SubFigureProps {
  readonly figure: ReportFigure;
  /** `data-testid` of the value (`results.metric.meanAvailability`). */
  readonly testId: string;
}

export function SubFigure({ figure, testId }: SubFigureProps) {
  const reason = figure.exactness.kind === 'notComputable' ? figure.exactness.reason : undefined;
  return (
    <span className="results-subfigure" title={reason ?? figure.detail}>
      {figure.label}{' '}
      <span
        className="results-subfigure-value"
        data-testid={testId}
        data-value={figure.value === null ? '' : String(figure.value)}
      >
        {figure.text}
      </span>
    </span>
  );
}
