/**
 * The shell: the top bar (library, views, command tools) over the current view, the notices and
 * the shortcut help. It starts what runs whatever is on screen: the live exact analysis, the
 * watcher that retires a run when another design is loaded, the view in the address, and the
 * keyboard commands.
 */
import { useEffect, useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { DesignFile } from '../src/index.ts';
import type { CommandContext } from './commands.ts';
import { analyzeInWorker, restartEngine } from './engine/engineClient.ts';
import { startLiveAnalysis } from './engine/liveAnalysisController.ts';
import { followDesignLoads } from './engine/simulationController.ts';
import { useAutoLayout } from './editor/useAutoLayout.ts';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { useDesignLibrary } from './library/useDesignLibrary.ts';
import { LibraryBar } from './library/LibraryBar.tsx';
import { NoticeToast } from './shell/NoticeToast.tsx';
import { ShortcutHelp } from './shell/ShortcutHelp.tsx';
import { TopBar } from './shell/TopBar.tsx';
import { useCommandShortcuts } from './shell/useCommandShortcuts.ts';
import { startViewRoute } from './shell/viewRoute.ts';
import { useAppStore, useStoreApi } from './store/index.ts';
import {
  selectDesign,
  selectDesignName,
  selectHelpOpen,
  selectLoadCount,
  selectView,
} from './store/selectors.ts';
import { getView } from './views.ts';

export function App() {
  const store = useStoreApi();
  const loaded = useAppStore(selectLoadCount) > 0;
  const design = useAppStore(selectDesign);
  const name = useAppStore(selectDesignName);
  const helpOpen = useAppStore(selectHelpOpen);
  const view = getView(useAppStore(selectView));

  useEffect(
    () => startLiveAnalysis(store, { analyze: analyzeInWorker, restart: restartEngine }),
    [store],
  );
  useEffect(() => followDesignLoads(store), [store]);
  useEffect(() => startViewRoute(store), [store]);

  const { fitView } = useReactFlow();
  const layout = useAutoLayout();
  const ctx = useMemo(
    (): CommandContext => ({
      store,
      fitView: () =>
        void fitView({ padding: 0.2, maxZoom: 1.25, duration: 250, includeHiddenNodes: true }),
      autoLayout: () => void layout(),
    }),
    [store, fitView, layout],
  );
  useCommandShortcuts(ctx);

  const library = useDesignLibrary({
    design: loaded ? design : null,
    onLoad: (file: DesignFile) => store.getState().loadDesign(file),
    onRename: (newName: string) => store.getState().setDesignField('name', newName),
    onNotice: (message: string) => store.getState().showNotice(message),
  });
  const View = view.component;

  return (
    <div className="app">
      <a className="skip-link" href="#canvas-region">
        Skip to the diagram
      </a>
      <TopBar library={<LibraryBar library={library} designName={name} />} ctx={ctx} />
      <ErrorBoundary>
        <View />
      </ErrorBoundary>
      <NoticeToast />
      {helpOpen && <ShortcutHelp onClose={() => store.getState().setHelpOpen(false)} />}
    </div>
  );
}
