/**
 * Key-value storage behind the design library: IndexedDB through idb-keyval when the browser
 * offers it, localStorage otherwise, memory as a last resort (and for tests). Values are plain
 * JSON-compatible data. Runs in the browser; the memory storage also runs in Node.
 */
import { createStore, del, entries, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';

/** Asynchronous key-value storage (the subset of idb-keyval the library uses). */
export interface KeyValueStorage {
  /** Which backend this is, shown to the user when it is not IndexedDB. */
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Every entry whose key starts with `prefix`. */
  entries(prefix: string): Promise<Array<[string, unknown]>>;
}

/** Synchronous string storage (the subset of Web Storage used for the crash journal). */
export interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Name of the IndexedDB database and object store. */
export const DB_NAME = 'rbd-studio';
export const STORE_NAME = 'library';
/** Prefix of the library's keys in localStorage (fallback backend). */
export const LOCAL_PREFIX = 'rbd-studio:library:';

/** Storage kept in memory: lost on reload. Values are copied in and out like a real store. */
export function createMemoryStorage(initial?: Iterable<[string, unknown]>): KeyValueStorage {
  const data = new Map<string, unknown>(initial);
  const copy = (value: unknown): unknown =>
    value === undefined ? undefined : structuredClone(value);
  return {
    kind: 'memory',
    get: (key) => Promise.resolve(copy(data.get(key))),
    set: (key, value) => {
      data.set(key, copy(value));
      return Promise.resolve();
    },
    del: (key) => {
      data.delete(key);
      return Promise.resolve();
    },
    entries: (prefix) =>
      Promise.resolve(
        [...data]
          .filter(([k]) => k.startsWith(prefix))
          .map(([k, v]): [string, unknown] => [k, copy(v)]),
      ),
  };
}

/** Reads a JSON value kept in Web Storage; text that is not JSON comes back as the raw string. */
function readJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Storage in Web Storage (localStorage): every value is kept as JSON text under a prefix. */
export function createWebStorage(store: Storage, prefix = LOCAL_PREFIX): KeyValueStorage {
  return {
    kind: 'localstorage',
    get: (key) => Promise.resolve(readJson(store.getItem(prefix + key))),
    set: (key, value) => {
      try {
        store.setItem(prefix + key, JSON.stringify(value));
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    del: (key) => {
      store.removeItem(prefix + key);
      return Promise.resolve();
    },
    entries: (sub) => {
      const out: Array<[string, unknown]> = [];
      for (let i = 0; i < store.length; i++) {
        const full = store.key(i);
        if (full?.startsWith(prefix + sub)) {
          out.push([full.slice(prefix.length), readJson(store.getItem(full))]);
        }
      }
      return Promise.resolve(out);
    },
  };
}

/** Storage in IndexedDB through idb-keyval, in its own database. */
export function createIdbStorage(
  store: UseStore = createStore(DB_NAME, STORE_NAME),
): KeyValueStorage {
  return {
    kind: 'indexeddb',
    get: (key) => get<unknown>(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: async (prefix) => {
      const all = await entries<IDBValidKey, unknown>(store);
      return all.flatMap(([k, v]): Array<[string, unknown]> =>
        typeof k === 'string' && k.startsWith(prefix) ? [[k, v]] : [],
      );
    },
  };
}

/** `window.localStorage`, or null where it is missing or blocked (private modes, sandboxes). */
export function browserLocalStorage(): Storage | null {
  try {
    const store = globalThis.localStorage;
    if (store === undefined) return null;
    const probe = `${LOCAL_PREFIX}probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

/**
 * Picks the best storage this browser allows: IndexedDB if a test write succeeds, else
 * localStorage, else memory (the user is told their work is not kept).
 */
export async function detectStorage(): Promise<KeyValueStorage> {
  if (typeof indexedDB !== 'undefined') {
    const storage = createIdbStorage();
    try {
      await storage.set('probe', 1);
      if ((await storage.get('probe')) === 1) return storage;
    } catch {
      // IndexedDB exists but refuses (Firefox private mode, blocked storage): fall back, unless
      // it already holds designs and only refuses writes (a full disk): then it stays, so the
      // user's designs are there, and the journal keeps the edits it will not take.
      try {
        if ((await storage.entries('design:')).length > 0) return storage;
      } catch {
        // Unreadable too: fall back.
      }
    }
  }
  const local = browserLocalStorage();
  return local === null ? createMemoryStorage() : createWebStorage(local);
}
