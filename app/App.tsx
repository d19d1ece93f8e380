/**
 * Layout shell of the main screen: top bar (library, edit commands), catalogue | canvas |
 * inspector, and the results dock under the canvas. Wiring only: the document lives in the
 * store, the library (app/library) loads and autosaves it, the live analysis (app/engine)
 * feeds the results panel (app/results) and the diagram's nodes.
 */
import { useCallback, useState } from 'react';
import type { CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DesignFile } from '../src/index.ts';
import { appStore, useAppStore } from './store/index.ts';
import {
  selectDesign,
  selectDesignName,
  selectLoadCount,
  selectPanels,
} from './store/selectors.ts';
import { DiagramEditor } from './editor/DiagramEditor.tsx';
import { Catalogue } from './panels/Catalogue.tsx';
import { Inspector } from './panels/Inspector.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { TopBar } from './components/TopBar.tsx';
import { NoticeToast } from './components/NoticeToast.tsx';
import { ShortcutHelp } from './components/ShortcutHelp.tsx';
import { DockResizer } from './components/DockResizer.tsx';
import { useEditorShortcuts } from './hooks/useEditorShortcuts.ts';
import { useEditorActions } from './hooks/useEditorActions.ts';
import { useDesignLibrary } from './library/useDesignLibrary.ts';
import type { DesignMeta } from './library/designStore.ts';
import { LibraryBar } from './library/LibraryBar.tsx';
import { ResultsDock } from './components/ResultsDock.tsx';

const DOCK_MIN = 140;

/** The results dock starts at about a third of the window height. */
function getInitialDock(): number {
  return Math.round(Math.max(180, Math.min(340, window.innerHeight * 0.32)));
}

function loadIntoEditor(file: DesignFile, meta: DesignMeta) {
  appStore.getState().loadDesign(file, meta.id);
}

function renameInEditor(name: string) {
  appStore.getState().setDesignField('name', name);
}

export function App() {
  const loads = useAppStore(selectLoadCount);
  const loaded = loads > 0;
  const design = useAppStore(selectDesign);
  const name = useAppStore(selectDesignName);
  const panels = useAppStore(useShallow(selectPanels));
  const [help, setHelp] = useState(false);
  const [dock, setDock] = useState(getInitialDock);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const actions = useEditorActions(toggleHelp);
  useEditorShortcuts(actions);
  const library = useDesignLibrary({
    design: loaded ? design : null,
    onLoad: loadIntoEditor,
    onRename: renameInEditor,
  });

  const columns = [
    panels.catalogue ? 'var(--catalogue-w)' : null,
    'minmax(0, 1fr)',
    panels.inspector ? 'var(--inspector-w)' : null,
  ]
    .filter((c) => c !== null)
    .join(' ');
  const layout = { gridTemplateColumns: columns, '--dock-h': `${dock}px` } as CSSProperties;

  return (
    <div className="app">
      <a className="skip-link" href="#canvas-region">
        Skip to the diagram
      </a>
      <TopBar library={<LibraryBar library={library} designName={name} />} actions={actions} />
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
          {panels.results && (
            <DockResizer
              height={dock}
              min={DOCK_MIN}
              max={Math.round(window.innerHeight * 0.75)}
              onResize={setDock}
              controls="results-dock"
            />
          )}
          {loaded && <ResultsDock key={loads} open={panels.results} id="results-dock" />}
        </div>
        {panels.inspector && (
          <ErrorBoundary>{loaded ? <Inspector /> : <aside className="inspector" />}</ErrorBoundary>
        )}
      </main>
      <NoticeToast />
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
