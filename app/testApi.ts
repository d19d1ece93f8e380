/**
 * A small typed window API for end-to-end tests and debugging (tldraw's typed window API idea):
 * read the design being edited, its revision, the latest run and the view. Read-only: tests
 * change the design only through the UI or the library's import.
 */
import type { DesignFile } from '../src/index.ts';
import type { AppStore } from './store/index.ts';
import { selectEditorRun } from './store/selectors.ts';

export interface RbdStudioTestApi {
  /** A deep copy of the design being edited. */
  getDesign(): DesignFile;
  getRevision(): number;
  /** The editor's latest Monte Carlo run (status and progress), seen even with the dock closed. */
  getRun(): { status: string; completed: number; total: number } | null;
  /** The view shown. */
  getView(): string;
}

declare global {
  interface Window {
    rbdStudio?: RbdStudioTestApi;
  }
}

export function installTestApi(store: AppStore): void {
  window.rbdStudio = {
    getDesign: () => structuredClone(store.getState().design),
    getRevision: () => store.getState().revision,
    getRun: () => {
      const run = selectEditorRun(store.getState());
      return run === undefined
        ? null
        : { status: run.status, completed: run.completed, total: run.total };
    },
    getView: () => store.getState().view,
  };
}
