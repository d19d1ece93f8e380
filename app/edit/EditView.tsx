/**
 * The edit view: catalogue | canvas with the results dock under it | inspector. Layout and
 * wiring only: the document lives in the store, the live analysis and the Monte Carlo runs are
 * driven by controllers (app/engine) that the shell starts.
 */
import { useState } from 'react';
import type { CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DiagramEditor } from '../editor/DiagramEditor.tsx';
import { Catalogue } from '../catalogue/Catalogue.tsx';
import { Inspector } from '../inspector/Inspector.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { DockResizer } from '../components/DockResizer.tsx';
import { useAppStore } from '../store/index.ts';
import { selectLoadCount, selectPanels } from '../store/selectors.ts';
import { ResultsDock } from './ResultsDock.tsx';

const DOCK_MIN = 140;

/**
 * The results dock starts at a bit over 40 % of the window height and at least 340 px, so the
 * headline figures and the running estimates fit without scrolling at 1280×720.
 */
function getInitialDock(): number {
  return Math.round(Math.max(340, Math.min(420, window.innerHeight * 0.43)));
}

export function EditView() {
  const loaded = useAppStore(selectLoadCount) > 0;
  const panels = useAppStore(useShallow(selectPanels));
  const [dock, setDock] = useState(getInitialDock);
  const columns = [
    panels.catalogue ? 'var(--catalogue-w)' : null,
    'minmax(0, 1fr)',
    panels.inspector ? 'var(--inspector-w)' : null,
  ]
    .filter((c) => c !== null)
    .join(' ');
  const layout = { gridTemplateColumns: columns, '--dock-h': `${dock}px` } as CSSProperties;

  return (
    <main className="workspace" style={layout}>
      {panels.catalogue && (
        <ErrorBoundary>
          <Catalogue />
        </ErrorBoundary>
      )}
      <div className={`centre${panels.results ? ' has-dock' : ''}`}>
        <div className="canvas-region" id="canvas-region" tabIndex={-1}>
          {loaded ? (
            <ErrorBoundary>
              <DiagramEditor />
            </ErrorBoundary>
          ) : (
            <p className="canvas-loading" role="status">
              Opening your design…
            </p>
          )}
        </div>
        {panels.results && loaded && (
          <>
            <DockResizer
              height={dock}
              min={DOCK_MIN}
              max={Math.round(window.innerHeight * 0.75)}
              onResize={setDock}
              controls="results-dock"
            />
            <ResultsDock id="results-dock" />
          </>
        )}
      </div>
      {panels.inspector && (
        <ErrorBoundary>{loaded ? <Inspector /> : <aside className="inspector" />}</ErrorBoundary>
      )}
    </main>
  );
}
