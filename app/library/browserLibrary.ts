/**
 * The library as the app uses it: the best storage the browser allows, the localStorage crash
 * journal, and `init()` done. If storage fails at start the library runs in memory, and its
 * `storageKind` ('memory') lets the UI tell the user that work is not kept. Browser only.
 */
import { createDesignLibrary } from './designStore.ts';
import type { DesignLibrary } from './designStore.ts';
import { browserLocalStorage, createMemoryStorage, detectStorage } from './storage.ts';

/** The library, and the design whose unsaved edit the crash journal brought back (or null). */
export interface OpenedLibrary {
  readonly library: DesignLibrary;
  readonly recovered: string | null;
}

let shared: Promise<OpenedLibrary> | null = null;

/** Opens (once per page) the browser's design library, ready to use. Never rejects. */
export function openBrowserLibrary(): Promise<OpenedLibrary> {
  shared ??= (async () => {
    const storage = await detectStorage();
    const library = createDesignLibrary({ storage, journal: browserLocalStorage() });
    try {
      const recovered = await library.init();
      return { library, recovered };
    } catch (error) {
      console.error('design library: storage failed at start, keeping designs in memory', error);
      return { library: createDesignLibrary({ storage: createMemoryStorage() }), recovered: null };
    }
  })();
  return shared;
}
