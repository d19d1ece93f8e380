/**
 * The results dashboard of the design being edited: status, headline figures (each with its
 * exact value in `data-value`), curves over time, the "improve this first" ranking, minimal cut
 * sets and warnings. It renders the engine's report model (src/report), the same one "Copy
 * results" and the command line render as text. Store-agnostic: everything comes in through
 * props.
 */

/** Ranking rows and cut sets "Copy results" lists. */
const COPY_ROWS = 5;
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { AnalysisResult, TimeUnit } from '../../src/index.ts';
import { createReport, getSection, renderReportText } from '../../src/index.ts';
import type { AnalysisEntry } from '../store/index.ts';
import { CopyResultsButton } from './CopyResultsButton.tsx';
import { CurvesSection } from './CurvesSection.tsx';
import { CutSetTable } from './CutSetTable.tsx';
import { HeadlineMetrics } from './HeadlineMetrics.tsx';
import { ImportanceSection } from './ImportanceSection.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { WarningList } from './WarningList.tsx';
import { SharedFateSection } from './SharedFateSection.tsx';
import { getBlockKinds } from './sharedFateText.ts';
import './results.css';

export interface ResultsPanelProps {
  /** The analysis to show (a store entry: app/store/analysisSlice.ts). */
  readonly analysis: AnalysisEntry;
  /** Called with the block ids whose own curves to draw. */
  readonly onCurveBlocksChange: (blockIds: readonly string[]) => void;
  /** The design's current time unit. */
  readonly timeUnit: TimeUnit;
  /** The design's current mission time, design time units. */
  readonly missionTime: number;
  /** Called with a new positive mission time, design time units. */
  readonly onMissionTimeChange: (missionTime: number) => void;
  /** Called with a block's path id (`lb1`, or `site1/db` inside a subsystem). */
  readonly onSelectBlock: (blockId: string) => void;
  /** Shows the Monte Carlo tab (offered when nothing could be computed exactly). */
  readonly onShowSimulation?: () => void;
  /** More actions for the header, after "Copy results" (the PDF export). */
  readonly actions?: ReactNode;
}

/**
 * Why no figure at all is exact (a structure past the engine's budget), or `null` when some are:
 * the engine's first warning, said as a sentence.
 */
function getRefusal(result: AnalysisResult | null): string | null {
  if (result === null || result.importanceBasis !== 'none') return null;
  if (result.steadyState.availability !== null) return null;
  if (result.points.some((p) => p.reliability !== null || p.availability !== null)) return null;
  const reason = result.warnings[0]?.message;
  if (reason === undefined) return null;
  return reason.charAt(0).toUpperCase() + reason.slice(1) + '.';
}

export function ResultsPanel({
  analysis,
  timeUnit,
  missionTime,
  onMissionTimeChange,
  onSelectBlock,
  onCurveBlocksChange,
  onShowSimulation,
  actions,
}: ResultsPanelProps) {
  const { result, status, issues } = analysis;
  const refusal = getRefusal(result);
  const dimmed = status === 'stale' || status === 'error';
  // With status `error` the issues are the errors (shown in the banner), not design warnings.
  const designWarnings = status === 'error' ? null : issues;
  const report = useMemo(
    () => (result === null ? null : createReport(result, { designWarnings: designWarnings ?? [] })),
    [result, designWarnings],
  );
  const kinds = useMemo(() => (result === null ? null : getBlockKinds(result)), [result]);
  const copyText = () =>
    result === null
      ? ''
      : renderReportText(
          createReport(result, {
            designWarnings: designWarnings ?? [],
            notice:
              status === 'current'
                ? null
                : `status: ${status}; these figures may not match the design`,
          }),
          { rows: COPY_ROWS },
        );
  return (
    <section
      className="results-panel"
      aria-labelledby="results-heading"
      aria-busy={analysis.busy}
      data-status={status}
      data-testid="results.panel"
    >
      <header className="results-header">
        <div className="results-title">
          <h2 id="results-heading">Results</h2>
          {result !== null && <p className="results-design-name">{result.name}</p>}
        </div>
        <StatusBadge status={status} busy={analysis.busy} />
        {analysis.elapsedMs !== null && (
          <p className="results-elapsed">
            exact,{' '}
            {analysis.elapsedMs < 10
              ? analysis.elapsedMs.toFixed(1)
              : Math.round(analysis.elapsedMs)}{' '}
            ms
          </p>
        )}
        {result !== null && <CopyResultsButton getText={copyText} />}
        {result !== null && actions}
      </header>

      {status === 'error' && (
        <div className="results-error" role="alert" data-testid="results.error">
          <h3>The design cannot be analysed</h3>
          <ul>
            {analysis.issues.slice(0, 20).map((issue, i) => (
              <li key={i}>
                {issue.path !== '' && <code>{issue.path}</code>} {issue.message}
              </li>
            ))}
          </ul>
          {analysis.issues.length > 20 && <p>and {analysis.issues.length - 20} more</p>}
          {result !== null && <p>The figures below are the last good ones.</p>}
        </div>
      )}

      {result === null || report === null ? (
        <p className="results-empty results-empty--large">
          {status === 'idle'
            ? 'Open or build a design to see its reliability and availability.'
            : status === 'error'
              ? 'No figures yet.'
              : 'Computing…'}
        </p>
      ) : (
        <div className={dimmed ? 'results-body results-dimmed' : 'results-body'}>
          {refusal !== null && (
            <div className="results-refusal" role="status" data-testid="results.refusal">
              <h3>No exact figures for this design</h3>
              <p>{refusal}</p>
              {onShowSimulation !== undefined && (
                <button type="button" className="results-button" onClick={onShowSimulation}>
                  Simulate it with Monte Carlo
                </button>
              )}
            </div>
          )}
          <HeadlineMetrics
            figures={report.headline}
            timeUnit={timeUnit}
            missionTime={missionTime}
            onMissionTimeChange={onMissionTimeChange}
          />
          <CurvesSection
            result={result}
            curves={analysis.curves}
            curvesStatus={analysis.curvesStatus}
            curvesIssues={analysis.curvesIssues}
            selected={analysis.blockCurves}
            onSelectedChange={onCurveBlocksChange}
          />
          <ImportanceSection report={report} onSelectBlock={onSelectBlock} kinds={kinds} />
          <SharedFateSection result={result} onSelectBlock={onSelectBlock} />
          <CutSetTable report={report} onSelectBlock={onSelectBlock} kinds={kinds} />
          <WarningList
            warnings={getSection(report, 'warnings')?.warnings ?? []}
            onSelectBlock={onSelectBlock}
          />
        </div>
      )}
    </section>
  );
}
