/**
 * "Export comparison PDF": the designs on the page (the baseline first) as the comparison report
 * of `rbd report A B …`, written in the report worker and downloaded, with progress. The PDF
 * code loads on the first click only.
 */
import { useState } from 'react';
import type { DesignFile } from '../../src/index.ts';
import { designFileName } from '../library/fileIo.ts';

interface Props {
  /** The baseline, then the designs compared with it. */
  readonly files: readonly DesignFile[];
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'building'; readonly done: number }
  | { readonly kind: 'done'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly message: string };

/** `Three-tier web service` (+ 2 more) → `Three-tier web service comparison.pdf`. */
export function getComparisonFileName(baselineName: string): string {
  return designFileName(baselineName).replace(/\.json$/, ' comparison.pdf');
}

export function ComparePdfButton({ files }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const build = async () => {
    setState({ kind: 'building', done: 0 });
    try {
      const { buildComparisonPdf, downloadPdf } = await import('../report/exportReviewPdf.ts');
      const built = await buildComparisonPdf(
        files.map((file) => ({ file, fileName: designFileName(file.name) })),
        (done) => setState({ kind: 'building', done }),
      );
      if (!built.ok) {
        const first = built.error[0];
        setState({
          kind: 'failed',
          message:
            first === undefined ? 'a design is not valid' : `${first.path}: ${first.message}`,
        });
        return;
      }
      const fileName = getComparisonFileName(files[0]?.name ?? 'designs');
      downloadPdf(built.value, fileName);
      setState({ kind: 'done', fileName });
    } catch (error) {
      setState({ kind: 'failed', message: `the report could not be built: ${String(error)}` });
    }
  };
  const building = state.kind === 'building';
  return (
    <div className="compare-pdf">
      <button
        type="button"
        className="button"
        onClick={() => void build()}
        disabled={building || files.length < 2}
        aria-describedby="compare-pdf-status"
        data-testid="compare.pdf"
      >
        Export comparison PDF
      </button>
      <span
        id="compare-pdf-status"
        className="hint"
        role="status"
        aria-live="polite"
        data-testid="compare.pdf.status"
        data-state={state.kind}
      >
        {files.length < 2 && 'Add a design to compare first.'}
        {building && `Writing the comparison… ${Math.round(state.done * 100)}%`}
        {state.kind === 'done' && `Saved “${state.fileName}”`}
        {state.kind === 'failed' && `Not saved: ${state.message}`}
      </span>
    </div>
  );
}
