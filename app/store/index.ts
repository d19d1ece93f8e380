/**
 * The app store, built from slices (zustand slices pattern): the document (`designSlice`), the
 * view state (`uiSlice`), exact analyses by design (`analysisSlice`) and Monte Carlo runs by run
 * id (`simulationSlice`), the history being replayed (`replaySlice`). Devtools are applied only here. Components reach the store through
 * React context (xyflow's store-per-instance idea): the app provides its main store, and a view
 * that shows another design read-only (compare, report) provides a store of its own. Saving is
 * the library's job (app/library), which runs stored files through `parseDesign` before
 * `loadDesign`, so the store itself is not persisted.
 */
import { createContext, createElement, useContext } from 'react';
import type { ReactNode } from 'react';
import { createStore, useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { DesignFile } from '../../src/index.ts';
import { withAllPositions } from '../../src/index.ts';
import type { AppState } from './types.ts';
import { createDesignSlice } from './designSlice.ts';
import { createUiSlice } from './uiSlice.ts';
import { createAnalysisSlice } from './analysisSlice.ts';
import { createSimulationSlice } from './simulationSlice.ts';
import { createReplaySlice } from './replaySlice.ts';

export type { AppState } from './types.ts';
export type { DockTab, Notice, PanelName, Selection, ViewId } from './uiSlice.ts';
export type {
  AnalysisCurves,
  AnalysisEntry,
  AnalysisStatus,
  StoredAnalysis,
} from './analysisSlice.ts';
export { EDITOR_KEY, IDLE_ANALYSIS } from './analysisSlice.ts';
export type {
  ConvergencePoint,
  RunExactFigures,
  SimulationRunState,
  SimulationSettings,
  SimulationStatus,
} from './simulationSlice.ts';
export type { ReplayChoiceKind, ReplayEntry, ReplayStatus } from './replaySlice.ts';

/** An app store. */
export type AppStore = StoreApi<AppState>;

export interface AppStoreOptions {
  /** The design the store starts with (default: a new design); positions are filled in. */
  readonly design?: DesignFile;
  /** A name for the devtools (default `rbd-studio`). */
  readonly name?: string;
}

/**
 * A fresh store. The app makes one ({@link appStore}); tests make one each; a view showing
 * another design makes one for it.
 * @example
 * const store = createAppStore({ design });
 * store.getState().undo();
 */
export function createAppStore(options: AppStoreOptions = {}): AppStore {
  const store = createStore<AppState>()(
    devtools(
      (...args) => ({
        ...createDesignSlice(...args),
        ...createUiSlice(...args),
        ...createAnalysisSlice(...args),
        ...createSimulationSlice(...args),
        ...createReplaySlice(...args),
      }),
      { name: options.name ?? 'rbd-studio', enabled: import.meta.env.MODE === 'development' },
    ),
  );
  if (options.design !== undefined) store.setState({ design: withAllPositions(options.design) });
  return store;
}

/** The app's main store. */
export const appStore = createAppStore();

const StoreContext = createContext<AppStore | null>(null);

/** Provides a store to the components below it. */
export function StoreProvider({
  store,
  children,
}: {
  readonly store: AppStore;
  readonly children?: ReactNode;
}) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/**
 * The store of the nearest {@link StoreProvider}, for event handlers (`getState()`).
 * Throws outside a provider: that is a bug, not a user error.
 */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (store === null) {
    throw new Error('store001: a component read the app store outside a <StoreProvider>');
  }
  return store;
}

/** Reads the store of the nearest provider in a component; pass a named selector. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreApi(), selector);
}
