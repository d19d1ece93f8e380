/**
 * Autosave: every change is journaled synchronously (localStorage, at the end of the task that
 * made it) and schedules a debounced write of the whole design file; a change to
 * another design first writes the pending one; `flushOnExit` (page hidden or closing) writes the
 * pending design to the synchronous journal and starts the write at once, so a reload or a crash
 * right after an edit keeps it. Pure (timers and the library are injected); the DOM wiring is
 * `installFlushOnHide`.
 */
import type { DesignFile } from '../../src/index.ts';
import type { DesignLibrary } from './designStore.ts';

/** Debounce of autosave, in milliseconds. */
export const AUTOSAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** What the save indicator shows. */
export interface SaveStatus {
  readonly state: SaveState;
  /** Why the last write failed (state 'error'), else null. */
  readonly message: string | null;
}

export interface Autosaver {
  /** A design changed: write it after the debounce (the latest version wins). */
  schedule(id: string, file: DesignFile): void;
  /** Writes the pending design now; resolves when every started write has ended. */
  flush(): Promise<void>;
  /** The page is going away: journal the unsaved design synchronously, then flush. */
  flushOnExit(): void;
  /** Forgets the pending design for `id` (it was deleted), or every pending one. */
  cancel(id?: string): void;
  status(): SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  dispose(): void;
}

export interface AutosaverOptions {
  readonly delayMs?: number | undefined;
  /** The design being saved no longer exists in the library (deleted elsewhere). */
  readonly onMissing?: ((id: string) => void) | undefined;
  /** A write landed (tell the other tabs). */
  readonly onSaved?: ((id: string) => void) | undefined;
  /**
   * Another tab wrote a newer version of the design first: nothing was written; `file` is this
   * tab's version, to be kept as a copy.
   */
  readonly onConflict?: ((id: string, file: DesignFile) => void) | undefined;
  readonly setTimer?: ((run: () => void, ms: number) => unknown) | undefined;
  readonly clearTimer?: ((handle: unknown) => void) | undefined;
}

interface Pending {
  readonly id: string;
  readonly file: DesignFile;
}

/** Creates an autosaver writing through `library.save` and `library.journal`. */
export function createAutosaver(
  library: Pick<DesignLibrary, 'save' | 'journal'>,
  options: AutosaverOptions = {},
): Autosaver {
  const {
    delayMs = AUTOSAVE_DELAY_MS,
    onMissing,
    onSaved,
    onConflict,
    setTimer = (run, ms) => setTimeout(run, ms),
    clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  } = options;
  let pending: Pending | null = null;
  /** The design whose write has started and not ended (journaled on exit too). */
  let writing: Pending | null = null;
  let timer: unknown = null;
  /** A journal write is queued for the end of this task (one per task, the latest design). */
  let journalQueued = false;
  let chain: Promise<void> = Promise.resolve();
  let current: SaveStatus = { state: 'idle', message: null };
  const listeners = new Set<(status: SaveStatus) => void>();

  function setStatus(next: SaveStatus): void {
    if (next.state === current.state && next.message === current.message) return;
    current = next;
    for (const listener of listeners) listener(next);
  }

  function stopTimer(): void {
    if (timer !== null) clearTimer(timer);
    timer = null;
  }

  async function write(item: Pending): Promise<void> {
    writing = item;
    setStatus({ state: 'saving', message: null });
    try {
      const result = await library.save(item.id, item.file);
      if (result === 'missing') onMissing?.(item.id);
      if (result === 'saved') onSaved?.(item.id);
      if (result === 'conflict') onConflict?.(item.id, item.file);
      if (pending === null) setStatus({ state: 'saved', message: null });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error('autosave failed', error);
      setStatus({ state: 'error', message: reason });
    } finally {
      if (writing === item) writing = null;
    }
  }

  function flush(): Promise<void> {
    stopTimer();
    const item = pending;
    pending = null;
    if (item !== null) chain = chain.then(() => write(item));
    return chain;
  }

  return {
    schedule(id, file) {
      if (pending !== null && pending.id !== id) void flush();
      pending = { id, file };
      // Into the synchronous journal before the next frame: a crash right after an edit (which
      // fires no page-exit event) finds it there on the next load.
      if (!journalQueued) {
        journalQueued = true;
        queueMicrotask(() => {
          journalQueued = false;
          const item = pending;
          if (item !== null) library.journal(item.id, item.file);
        });
      }
      setStatus({ state: 'pending', message: null });
      stopTimer();
      timer = setTimer(() => void flush(), delayMs);
    },
    flush,
    flushOnExit() {
      const item = pending ?? writing;
      if (item !== null) library.journal(item.id, item.file);
      void flush();
    },
    cancel(id) {
      if (pending !== null && (id === undefined || pending.id === id)) {
        pending = null;
        stopTimer();
        if (current.state === 'pending') setStatus({ state: 'idle', message: null });
      }
    },
    status: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      stopTimer();
      listeners.clear();
    },
  };
}

/**
 * Flushes the autosaver when the page is hidden or closed (`visibilitychange`, `pagehide`,
 * `beforeunload`). Never asks the user to confirm leaving: the work is already kept.
 * @returns a function removing the listeners
 */
export function installFlushOnHide(autosaver: Autosaver, win: Window = window): () => void {
  const doc = win.document;
  const onExit = (): void => autosaver.flushOnExit();
  const onVisibility = (): void => {
    if (doc.visibilityState === 'hidden') autosaver.flushOnExit();
  };
  win.addEventListener('beforeunload', onExit);
  win.addEventListener('pagehide', onExit);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('beforeunload', onExit);
    win.removeEventListener('pagehide', onExit);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
