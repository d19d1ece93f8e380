/**
 * "Export PDF report": builds the design review of the design being edited (the same report as
 * `rbd report`) and downloads it. The PDF code is loaded on the first click only; the work runs
 * in a worker while a progress bar shows how far it is. The latest Monte Carlo run is included
 * when it belongs to the design as it is now.
 */
import { useState } from 'react';
import type { SimulationResult } from '../../src/index.ts';
import { designFileName } from '../library/fileIo.ts';
import { useStoreApi } from '../store/index.ts';
import type { AppState } from '../store/types.ts';
import { selectEditorRun } from '../store/selectors.ts';
import './report.css';

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'building'; readonly done: number }
  | { readonly kind: 'done'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly message: string };

/** The latest finished run of the design as it is now, without its traces (not reported). */
export function getCurrentSimulation(state: AppState): SimulationResult | null {
  const run = selectEditorRun(state);
  if (run === undefined || run.status !== 'done' || run.result === null) return null;
  if (run.revision !== state.revision) return null;
  return { ...run.result, traces: [] };
}

/** `Three-tier web service.json` → `Three-tier web service review.pdf`. */
export function getReportFileName(designName: string): string {
  return designFileName(designName).replace(/\.json$/, ' review.pdf');
}

export function ExportPdfButton() {
  const store = useStoreApi();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const exportPdf = async () => {
    const s = store.getState();
    const fileName = designFileName(s.design.name);
    setState({ kind: 'building', done: 0 });
    try {
      const { buildReviewPdf, downloadPdf } = await import('./exportReviewPdf.ts');
      const built = await buildReviewPdf(
        {
          file: s.design,
          fileName,
          simulation: getCurrentSimulation(s),
          date: new Date().toISOString(),
        },
        (done) => setState({ kind: 'building', done }),
      );
      if (!built.ok) {
        const first = built.error[0];
        setState({
          kind: 'failed',
          message: `the design cannot be reported: ${first === undefined ? 'it is not valid' : `${first.path === '' ? '' : `${first.path}: `}${first.message}`}`,
        });
        return;
      }
      const pdfName = getReportFileName(s.design.name);
      downloadPdf(built.value, pdfName);
      setState({ kind: 'done', fileName: pdfName });
    } catch (error) {
      setState({ kind: 'failed', message: `the report could not be built: ${String(error)}` });
    }
  };
  const building = state.kind === 'building';
  return (
    <div className="report-export">
      <button
        type="button"
        className="results-button"
        onClick={() => void exportPdf()}
        disabled={building}
        aria-describedby="report-export-status"
        data-testid="report.export"
      >
        Export PDF report
      </button>
      <span
        id="report-export-status"
        className={`report-export-status${state.kind === 'failed' ? ' report-export-status--error' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="report.status"
        data-state={state.kind}
      >
        {building && (
          <>
            <progress
              value={state.done}
              max={1}
              aria-label="Building the PDF report"
              data-testid="report.progress"
            />{' '}
            Building the report… {Math.round(state.done * 100)}%
          </>
        )}
        {state.kind === 'done' && `Saved “${state.fileName}”`}
        {state.kind === 'failed' && `Not saved: ${state.message}`}
      </span>
    </div>
  );
}
