/**
 * The one app store, built from slices (zustand slices pattern): the document (`designSlice`),
 * the view state (`uiSlice`) and the latest analysis (`analysisSlice`). Devtools are applied
 * only here. Saving is the library's job (app/library autosave), which runs stored files
 * through `parseDesign` before `loadDesign`, so the store itself is not persisted.
 */
import { createStore, useStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppState } from './types.ts';
import { createDesignSlice } from './designSlice.ts';
import { createUiSlice } from './uiSlice.ts';
import { createAnalysisSlice } from './analysisSlice.ts';

export type { AppState } from './types.ts';
export type { Notice, Selection } from './uiSlice.ts';
export type { AnalysisSnapshot, AnalysisStatus, AnalysisUpdate } from './analysisSlice.ts';
export type { PanelName } from './uiSlice.ts';

/** A fresh store (tests create one each; the app uses {@link appStore}). */
export function createAppStore(): StoreApi<AppState> {
  return createStore<AppState>()(
    devtools(
      (...args) => ({
        ...createDesignSlice(...args),
        ...createUiSlice(...args),
        ...createAnalysisSlice(...args),
      }),
      { name: 'rbd-studio', enabled: import.meta.env.MODE === 'development' },
    ),
  );
}

/** The app's store. Outside React: `appStore.getState().undo()`. */
export const appStore = createAppStore();

/** Reads the store in a component; pass a named selector from `selectors.ts`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
