/**
 * The design library as one React hook, independent of the app's store: give it the design being
 * edited and a callback that loads a design into the editor; it opens the right design at start
 * (shared link, `?example=`, last opened, …), autosaves every change (debounced, flushed when the
 * page is hidden or closed), and offers the library actions (open, new, import, example, rename,
 * duplicate, delete with undo, export, share). Every design entering the editor has been
 * validated by `parseDesign`; a rejected file or link changes nothing and sets `problem`.
 * Browser only (window, history).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DesignFile, DesignIssue } from '../../src/index.ts';
import { createAutosaver, installFlushOnHide } from './autosave.ts';
import type { Autosaver, SaveStatus } from './autosave.ts';
import { openBrowserLibrary } from './browserLibrary.ts';
import type { DesignLibrary, DesignMeta, LibraryItem } from './designStore.ts';
import { MAX_NAME_LENGTH } from './designStore.ts';
import type { ChannelLike, CrossTab } from './crossTab.ts';
import { startCrossTab } from './crossTab.ts';
import { loadExample as fetchExample } from './examples.ts';
import type { DesignRead, FileLike, ShareLink } from './fileIo.ts';
import * as io from './fileIo.ts';
import {
  createEmptyDesign,
  designName,
  loadExpressionEngine,
  withExpressionEngine,
} from '../../src/index.ts';
import { consumedHref, damagedReport, startSession } from './startup.ts';
import { readDesignTextInWorker } from '../engine/engineClient.ts';
import type { ProblemReport } from './types.ts';

export interface UseDesignLibraryOptions {
  /** The design being edited (from the editor's store); null until one is loaded. */
  readonly design: DesignFile | null;
  /** Replaces the editor's design (open, new, import, example, link, undo of a delete). */
  readonly onLoad: (file: DesignFile, meta: DesignMeta) => void;
  /** The current design was renamed from the library; default: `onLoad` with the new name. */
  readonly onRename?: ((name: string) => void) | undefined;
  /** Tells the user something that is not a problem (an identical copy was reopened, …). */
  readonly onNotice?: ((message: string) => void) | undefined;
  /** Example opened on a first visit (empty library); null for a new empty design. */
  readonly firstRunExample?: string | null | undefined;
  /** Library to use (tests); default: the browser's (IndexedDB, else localStorage). */
  readonly library?: Promise<DesignLibrary> | undefined;
  readonly loadExample?: ((file: string) => Promise<DesignRead>) | undefined;
  readonly autosaveDelayMs?: number | undefined;
  /** The channel to the other tabs (tests); default: a BroadcastChannel. */
  readonly openChannel?: (() => ChannelLike | null) | undefined;
}

/** A deleted design that the undo toast can bring back. */
export interface DeletedDesign {
  readonly item: LibraryItem;
  readonly wasCurrent: boolean;
}

export interface DesignLibraryController {
  /** False until the start design is open. */
  readonly ready: boolean;
  /** Where designs are kept; 'memory' means they are lost on reload (tell the user). */
  readonly storageKind: DesignLibrary['storageKind'] | null;
  readonly items: readonly LibraryItem[];
  readonly trash: readonly LibraryItem[];
  readonly currentId: string | null;
  readonly saveStatus: SaveStatus;
  readonly problem: ProblemReport | null;
  readonly deleted: DeletedDesign | null;
  readonly refresh: () => Promise<void>;
  readonly open: (id: string) => Promise<boolean>;
  readonly createNew: () => Promise<void>;
  /**
   * Opens an already validated design: the identical design already in the library when there
   * is one (`reuse`, for imports, examples and links), else as a new entry.
   */
  readonly adopt: (file: DesignFile, options?: { readonly reuse?: boolean }) => Promise<void>;
  /** Imports a file: on any problem sets `problem`, changes nothing and resolves false. */
  readonly importFile: (file: FileLike) => Promise<boolean>;
  readonly openExample: (file: string) => Promise<boolean>;
  readonly rename: (id: string, name: string) => Promise<boolean>;
  readonly duplicate: (id: string) => Promise<DesignMeta | null>;
  readonly remove: (id: string) => Promise<void>;
  readonly undoRemove: () => Promise<void>;
  readonly restore: (id: string) => Promise<void>;
  /** Downloads the current design; returns the file name, or null when there is none. */
  readonly exportCurrent: () => string | null;
  /** A link to the current design (or why it cannot be made). */
  readonly shareCurrent: () => ShareLink;
  /** Downloads the raw text of a damaged entry. */
  readonly exportRaw: (item: LibraryItem) => void;
  readonly showProblem: (problem: ProblemReport | null) => void;
  readonly dismissDeleted: () => void;
}

const IDLE: SaveStatus = { state: 'idle', message: null };

/** Says that a file opened with warnings, naming the first ones (fields ignored, …). */
export function warningsMessage(fileName: string, warnings: readonly DesignIssue[]): string {
  const shown = warnings
    .slice(0, 2)
    .map((w) => (w.path === '' ? w.message : `${w.path}: ${w.message}`))
    .join('; ');
  const more = warnings.length > 2 ? ` and ${warnings.length - 2} more` : '';
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  return `“${fileName}” opened with ${count}: ${shown}${more} (all under Results › Warnings).`;
}

/** Says that an identical design was opened instead of adding a copy. */
function reusedMessage(name: string): string {
  return `“${name}” is already in your library, unchanged: opened it instead of adding a copy.`;
}

/** See the module comment. Use once, at the top of the app. */
export function useDesignLibrary(options: UseDesignLibraryOptions): DesignLibraryController {
  const { design, autosaveDelayMs } = options;
  const [ready, setReady] = useState(false);
  const [storageKind, setStorageKind] = useState<DesignLibrary['storageKind'] | null>(null);
  const [list, setList] = useState<{
    items: readonly LibraryItem[];
    trash: readonly LibraryItem[];
  }>({ items: [], trash: [] });
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>(IDLE);
  const [problem, setProblem] = useState<ProblemReport | null>(null);
  const [deleted, setDeleted] = useState<DeletedDesign | null>(null);

  const optionsRef = useRef(options);
  const notifyReused = useCallback((name: string) => {
    optionsRef.current.onNotice?.(reusedMessage(name));
  }, []);
  const libraryRef = useRef<DesignLibrary | null>(null);
  const saverRef = useRef<Autosaver | null>(null);
  const tabsRef = useRef<CrossTab | null>(null);
  const currentRef = useRef<string | null>(null);
  const startedRef = useRef(false);
  useEffect(() => {
    optionsRef.current = options;
  });

  const refresh = useCallback(async () => {
    const library = libraryRef.current;
    if (library !== null) setList(await library.list());
  }, []);

  /** Makes `meta` the current design and hands its file to the editor. */
  const switchTo = useCallback((meta: DesignMeta, file: DesignFile) => {
    currentRef.current = meta.id;
    setCurrentId(meta.id);
    optionsRef.current.onLoad(file, meta);
    void libraryRef.current?.setLastOpened(meta.id);
  }, []);

  /** The library once ready, with the pending autosave written first. */
  const settled = useCallback(async (): Promise<DesignLibrary | null> => {
    await saverRef.current?.flush();
    return libraryRef.current;
  }, []);

  const adopt = useCallback(
    async (file: DesignFile, options: { readonly reuse?: boolean } = {}) => {
      const library = await settled();
      if (library === null) return;
      const existing = options.reuse === true ? await library.findIdentical(file) : null;
      switchTo(existing ?? (await library.create(file)), file);
      if (existing !== null) notifyReused(existing.name);
      await refresh();
    },
    [settled, switchTo, refresh, notifyReused],
  );

  const open = useCallback(
    async (id: string) => {
      const library = await settled();
      if (library === null) return false;
      const result = await library.open(id);
      if (result.ok) switchTo(result.meta, result.file);
      else setProblem(damagedReport(result.name, result.issues, result.raw));
      await refresh();
      return result.ok;
    },
    [settled, switchTo, refresh],
  );

  /**
   * Another tab wrote the open design first: this tab's version goes on as a copy (the other
   * version stays under the original name), without reloading the editor.
   */
  const keepAsCopy = useCallback(async (library: DesignLibrary, file: DesignFile) => {
    const name = `${designName(file)} (edited in another tab)`.slice(0, MAX_NAME_LENGTH);
    const copy = await library.create({ ...file, name });
    currentRef.current = copy.id;
    setCurrentId(copy.id);
    void library.setLastOpened(copy.id);
    const options = optionsRef.current;
    if (options.onRename !== undefined) options.onRename(name);
    else options.onLoad({ ...file, name }, copy);
    options.onNotice?.(
      `“${designName(file)}” was changed in another tab first. Your edits go on in “${name}”; the other version is kept.`,
    );
  }, []);

  /** Opens the most recent other design, or a new one. */
  const openSomethingElse = useCallback(async () => {
    const library = libraryRef.current;
    if (library === null) return;
    for (const item of (await library.list()).items) {
      const result = await library.open(item.id);
      if (result.ok) return switchTo(result.meta, result.file);
    }
    const file = createEmptyDesign();
    switchTo(await library.create(file), file);
  }, [switchTo]);

  // Start: open the right design once (a ref guard keeps StrictMode from doing it twice).
  useEffect(() => {
    if (startedRef.current) return;
    startedRef.current = true;
    void (async () => {
      const given = optionsRef.current.library;
      // Designs are read once the expression reader is loaded (in parallel with the storage).
      const [opened] = await Promise.all([
        given === undefined
          ? openBrowserLibrary()
          : given.then((library) => ({ library, recovered: null })),
        loadExpressionEngine(),
      ]);
      const { library } = opened;
      libraryRef.current = library;
      setStorageKind(library.storageKind);
      saverRef.current = createAutosaver(library, {
        delayMs: autosaveDelayMs,
        onMissing: (id) => {
          if (id === currentRef.current) void openSomethingElse().then(refresh);
        },
        onSaved: (id) => tabsRef.current?.announceSaved(id),
        onConflict: (id, file) => {
          if (id === currentRef.current) void keepAsCopy(library, file).then(refresh);
        },
      });
      tabsRef.current = startCrossTab({
        ...(optionsRef.current.openChannel === undefined
          ? {}
          : { openChannel: optionsRef.current.openChannel }),
        currentId: () => currentRef.current,
        hasUnsavedEdits: () => {
          const state = saverRef.current?.status().state;
          return state === 'pending' || state === 'saving';
        },
        // Nothing unsaved here: show the other tab's newer version.
        follow: (id) => {
          void library.open(id).then((result) => {
            if (!result.ok || id !== currentRef.current) return;
            switchTo(result.meta, result.file);
            optionsRef.current.onNotice?.(
              `“${result.meta.name}” was changed in another tab: showing that version.`,
            );
          });
        },
        // Unsaved edits here: write them now; the write finds the conflict and forks a copy.
        fork: () => void saverRef.current?.flush(),
      });
      const outcome = await startSession({
        library,
        href: window.location.href,
        loadExample: optionsRef.current.loadExample ?? ((file) => fetchExample(file)),
        firstRunExample:
          optionsRef.current.firstRunExample === undefined
            ? 'three-tier.json'
            : optionsRef.current.firstRunExample,
      });
      if (outcome.cleanHref !== null)
        window.history.replaceState(window.history.state, '', outcome.cleanHref);
      switchTo(outcome.meta, outcome.file);
      if (outcome.reused) notifyReused(outcome.meta.name);
      setProblem(outcome.problem);
      if (opened.recovered !== null) {
        optionsRef.current.onNotice?.(
          `Unsaved work in “${opened.recovered}” was recovered: the last edit before the page closed is back.`,
        );
      }
      await refresh();
      setReady(true);
    })();
  }, [autosaveDelayMs, openSomethingElse, refresh, switchTo, notifyReused, keepAsCopy]);

  useEffect(() => () => tabsRef.current?.close(), []);

  // While ready: save status, flush on hide/close, links pasted into the address bar.
  useEffect(() => {
    const saver = saverRef.current;
    if (!ready || saver === null) return;
    const unsubscribe = saver.subscribe(setSaveStatus);
    // An edit made before this effect ran (the first frames after load) already set a status.
    setSaveStatus(saver.status());
    const uninstall = installFlushOnHide(saver);
    const onHash = (): void => {
      const read = io.readShareHash(window.location.hash);
      if (read === null) return;
      const clean = consumedHref(window.location.href);
      if (clean !== null) window.history.replaceState(window.history.state, '', clean);
      if (read.ok) void adopt(read.file, { reuse: true });
      else
        setProblem({ title: 'The shared link cannot be opened', issues: read.issues, raw: null });
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      unsubscribe();
      uninstall();
      window.removeEventListener('hashchange', onHash);
      void saver.flush();
    };
  }, [ready, adopt]);

  // Autosave every change of the design being edited (a design just loaded is compared with
  // what is stored and not written again). A layout effect runs in the task that commits the
  // change, so once the page shows an edit it is pending and journaled: a passive effect ran a
  // frame later, and a reload in between (a loaded machine) lost the edit.
  useLayoutEffect(() => {
    const id = currentRef.current;
    if (design === null || id === null) return;
    saverRef.current?.schedule(id, design);
  }, [design]);

  const controller = useMemo((): DesignLibraryController => {
    /**
     * An imported file is parsed and validated in the engine worker, so a large one never blocks
     * the page; on this thread if the worker cannot answer.
     */
    const readImportedText = async (text: string): Promise<DesignRead> => {
      try {
        const read = await readDesignTextInWorker(text);
        return read.ok
          ? { ok: true, file: read.file as DesignFile, warnings: read.warnings }
          : read;
      } catch (error) {
        console.warn('import: the engine worker did not answer, reading on the page', error);
        return withExpressionEngine(() => io.readDesignText(text));
      }
    };
    const current = (): DesignFile | null => optionsRef.current.design;
    return {
      ready,
      storageKind,
      items: list.items,
      trash: list.trash,
      currentId,
      saveStatus,
      problem,
      deleted,
      refresh,
      open,
      adopt,
      createNew: () => adopt(createEmptyDesign()),
      async importFile(file) {
        const read = await io.readDesignFile(file, io.MAX_IMPORT_BYTES, readImportedText);
        if (!read.ok) {
          setProblem({ title: `“${file.name}” cannot be opened`, issues: read.issues, raw: null });
          return false;
        }
        await adopt(read.file, { reuse: true });
        if (read.warnings.length > 0) {
          optionsRef.current.onNotice?.(warningsMessage(file.name, read.warnings));
        }
        return true;
      },
      async openExample(file) {
        const read = await (optionsRef.current.loadExample ?? fetchExample)(file);
        if (!read.ok) {
          setProblem({
            title: `The example “${file}” cannot be opened`,
            issues: read.issues,
            raw: null,
          });
          return false;
        }
        await adopt(read.file, { reuse: true });
        return true;
      },
      async rename(id, name) {
        const library = await settled();
        const meta = await library?.rename(id, name);
        if (meta === undefined || meta === null) return false;
        const file = current();
        if (id === currentRef.current && file !== null) {
          const onRename = optionsRef.current.onRename;
          if (onRename !== undefined) onRename(meta.name);
          else switchTo(meta, { ...file, name: meta.name });
        }
        await refresh();
        return true;
      },
      async duplicate(id) {
        const library = await settled();
        const meta = (await library?.duplicate(id)) ?? null;
        await refresh();
        return meta;
      },
      async remove(id) {
        const library = await settled();
        if (library === null) return;
        const item = (await library.list()).items.find((i) => i.id === id);
        const wasCurrent = id === currentRef.current;
        if (!(await library.remove(id))) return;
        if (item !== undefined) setDeleted({ item, wasCurrent });
        if (wasCurrent) await openSomethingElse();
        await refresh();
      },
      async undoRemove() {
        const library = libraryRef.current;
        if (deleted === null || library === null) return;
        setDeleted(null);
        await library.restore(deleted.item.id);
        if (deleted.wasCurrent) await open(deleted.item.id);
        else await refresh();
      },
      async restore(id) {
        await libraryRef.current?.restore(id);
        await refresh();
      },
      exportCurrent() {
        const file = current();
        return file === null ? null : io.downloadDesign(file);
      },
      shareCurrent() {
        const file = current();
        if (file === null) return { ok: false, message: 'there is no design to share' };
        return io.createShareLink(file, window.location.href);
      },
      exportRaw(item) {
        if (item.problem !== null) {
          io.downloadText(
            item.problem.raw,
            io.designFileName(`${item.name} (damaged)`),
            'text/plain',
          );
        }
      },
      showProblem: setProblem,
      dismissDeleted: () => setDeleted(null),
    };
  }, [
    ready,
    storageKind,
    list,
    currentId,
    saveStatus,
    problem,
    deleted,
    refresh,
    open,
    adopt,
    settled,
    switchTo,
    openSomethingElse,
  ]);
  return controller;
}
