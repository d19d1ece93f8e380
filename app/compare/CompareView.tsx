/**
 * The compare view (`#view=compare`): the design being edited (the baseline) beside up to three
 * others — library designs or variants made here in one click — in one table of exact figures
 * with each change against the baseline, A(t) of all of them on one chart, the cut sets that
 * appear or disappear, the Monte Carlo check of the differences, and the optimiser. Every figure is computed in the compare worker.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useAppStore } from '../store/index.ts';
import { selectDesign } from '../store/selectors.ts';
import { CompareCurves } from './CompareCurves.tsx';
import { CompareTable } from './CompareTable.tsx';
import { ComparePdfButton } from './ComparePdfButton.tsx';
import { CutSetChanges } from './CutSetChanges.tsx';
import { DesignPicker } from './DesignPicker.tsx';
import { MonteCarloPanel } from './MonteCarloPanel.tsx';
import { OptimizerPanel } from './OptimizerPanel.tsx';
import { TargetField } from './TargetField.tsx';
import { TornadoPanel } from './TornadoPanel.tsx';
import { VariantEditor } from './VariantEditor.tsx';
import { WaterfallPanel } from './WaterfallPanel.tsx';
import { compareStore } from './compareStore.ts';
import type { CompareState } from './compareStore.ts';
import { readTargetPercent } from './compareFigures.ts';
import { useCompareAnalysis } from './useCompareAnalysis.ts';
import './compare.css';

const selectEntries = (s: CompareState) => s.entries;
const selectTargetText = (s: CompareState) => s.targetText;

export function CompareView() {
  const design = useAppStore(selectDesign);
  const entries = useStore(compareStore, selectEntries);
  const targetText = useStore(compareStore, selectTargetText);
  const files = useMemo(() => [design, ...entries.map((e) => e.file)], [design, entries]);
  const names = useMemo(() => [design.name, ...entries.map((e) => e.name)], [design, entries]);
  const analysis = useCompareAnalysis(files, names);
  const target = readTargetPercent(targetText);
  const targetValue = 'value' in target ? target.value : null;
  const response = analysis.response;
  // A late answer may still describe fewer designs than are listed.
  const results = response !== null && response.results.length === files.length ? response : null;

  return (
    <main className="compare-view" data-testid="compare.view" aria-labelledby="compare-heading">
      <header className="compare-head">
        <div>
          <h1 id="compare-heading">Compare designs</h1>
          <p className="hint">
            “{design.name}” (the design you are editing) is the baseline; every change is against
            it. The same figures as <code>rbd compare</code>.
          </p>
        </div>
        <div className="compare-head-actions">
          <TargetField />
          <ComparePdfButton files={files} />
        </div>
      </header>
      <div className="compare-layout">
        <aside className="compare-side" aria-label="Designs compared">
          <DesignPicker baselineName={design.name} baseline={design} />
          {entries.map((entry, i) =>
            entry.kind === 'variant' ? (
              <VariantEditor key={entry.key} entry={entry} index={i + 1} />
            ) : null,
          )}
        </aside>
        <section className="compare-main" aria-label="Figures side by side">
          <p
            className="compare-status"
            data-testid="compare.status"
            data-state={results === null ? 'computing' : analysis.status}
            role="status"
          >
            {analysis.status === 'error'
              ? analysis.message
              : analysis.status === 'computing' || results === null
                ? 'Computing…'
                : `Exact figures of ${files.length} designs (${response!.elapsedMs.toFixed(0)} ms in the worker).`}
          </p>
          {results !== null && (
            <>
              <CompareTable
                names={names}
                files={files}
                kinds={['baseline', ...entries.map((e) => e.kind)]}
                results={results.results}
                deltas={results.deltas}
                target={targetValue}
              />
              <div className="compare-pair">
                <CompareCurves names={names} results={results.results} />
                <CutSetChanges names={names} results={results.results} />
              </div>
            </>
          )}
          {entries.length > 0 && <WaterfallPanel baseline={design} entries={entries} />}
          <MonteCarloPanel files={files} names={names} exact={results?.results ?? null} />
          <OptimizerPanel baseline={design} target={targetValue} />
          <TornadoPanel baseline={design} />
        </section>
      </div>
    </main>
  );
}
