/**
 * A small typed window API for end-to-end tests and debugging (tldraw's typed window API idea):
 * read the design being edited and its revision. Read-only: tests change the design only
 * through the UI or the library's import.
 */
import type { DesignFile } from '../src/index.ts';
import type { AppStore } from './store/index.ts';

export interface RbdStudioTestApi {
  /** A deep copy of the design being edited. */
  getDesign(): DesignFile;
  getRevision(): number;
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
  };
}
