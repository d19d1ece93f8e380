/**
 * The design library: several designs kept in browser storage (IndexedDB, localStorage
 * fallback), each the whole design file as JSON text with its name and times. Deleting moves a
 * design to a trash that lasts for the session (emptied by `init` at the next start); the last
 * opened design is remembered; a synchronous journal (localStorage) catches the last edit when
 * the page is closed before the asynchronous write ends. Stored data is untrusted: every record
 * is checked when listed and every design re-validated with `parseDesign` when opened; a damaged
 * entry is reported with its raw text, never dropped. Pure and async: storage is injected.
 */
import type { DesignFile, DesignIssue } from '../../src/index.ts';
import { readDesignText } from './fileIo.ts';
import { designName } from '../../src/index.ts';
import type { KeyValueStorage, SyncStorage } from './storage.ts';
import type { DesignMeta, LibraryItem, LibraryList, StoredProblem } from './types.ts';
import {
  MAX_NAME_LENGTH,
  copyName,
  damaged,
  defaultId,
  readJournal,
  readRecord,
  withName,
} from './storedRecord.ts';
import type { JournalEntry, RecordRead, StoredRecord } from './storedRecord.ts';

export { MAX_NAME_LENGTH, copyName } from './storedRecord.ts';

export type { DesignMeta, LibraryItem, LibraryList, StoredProblem } from './types.ts';

/** Outcome of opening a stored design. */
export type OpenResult =
  | {
      readonly ok: true;
      readonly meta: DesignMeta;
      readonly file: DesignFile;
      readonly warnings: readonly DesignIssue[];
    }
  | {
      readonly ok: false;
      readonly id: string;
      readonly name: string;
      readonly issues: readonly DesignIssue[];
      /** The stored text, for export; null when there is nothing stored. */
      readonly raw: string | null;
    };

/**
 * Outcome of a save: written, identical to what is stored, no such live design, or refused
 * because another tab wrote a newer version since this library last read or wrote it (nothing
 * is overwritten: the caller keeps its version elsewhere).
 */
export type SaveResult = 'saved' | 'unchanged' | 'missing' | 'conflict';

/** The library's operations. Every method is async, serialised, and never rejects on bad data. */
export interface DesignLibrary {
  readonly storageKind: KeyValueStorage['kind'];
  /**
   * Start of a session: replays the crash journal, then empties the previous session's trash.
   * @returns the name of the design whose unsaved edit the journal brought back, or null
   */
  init(): Promise<string | null>;
  list(): Promise<LibraryList>;
  create(file: DesignFile): Promise<DesignMeta>;
  /**
   * A live design whose stored file is exactly this one (same JSON), or null: opening the same
   * example, link or file again reopens it instead of adding an identical copy.
   */
  findIdentical(file: DesignFile): Promise<DesignMeta | null>;
  open(id: string): Promise<OpenResult>;
  save(id: string, file: DesignFile): Promise<SaveResult>;
  /** Renames the entry and the design inside it; null if no such live design or blank name. */
  rename(id: string, name: string): Promise<DesignMeta | null>;
  /** A copy named "… (copy)"; null if no such live design. */
  duplicate(id: string): Promise<DesignMeta | null>;
  /** Moves to the trash (restorable this session). */
  remove(id: string): Promise<boolean>;
  restore(id: string): Promise<boolean>;
  purgeTrash(): Promise<void>;
  getLastOpened(): Promise<string | null>;
  setLastOpened(id: string | null): Promise<void>;
  /** Synchronous emergency write of an unsaved design (page closing); false if it failed. */
  journal(id: string, file: DesignFile): boolean;
}

export interface LibraryOptions {
  readonly storage: KeyValueStorage;
  /** Synchronous storage for the crash journal (localStorage); null to go without. */
  readonly journal?: SyncStorage | null;
  readonly now?: () => number;
  readonly newId?: () => string;
}

/** Key prefix of stored designs; the id follows. */
export const DESIGN_PREFIX = 'design:';
export const LAST_OPENED_KEY = 'last-opened';
export const JOURNAL_KEY = 'rbd-studio:journal';
/** The last opened design's id, kept synchronously beside the journal. */
export const QUICK_LAST_OPENED_KEY = 'rbd-studio:last-opened';
/** Creates a library over the given storage. Call `init()` once per session before use. */
export function createDesignLibrary(options: LibraryOptions): DesignLibrary {
  const { storage, journal = null, now = Date.now, newId = defaultId } = options;
  /** The stored version (`updatedAt`) this library last read or wrote, by id. */
  const seen = new Map<string, number>();
  /** Entries found damaged when opened this session, by id. */
  const damagedOnOpen = new Map<string, StoredProblem>();
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs storage work one operation at a time, so read-modify-write never interleaves. */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  const keyOf = (id: string): string => DESIGN_PREFIX + id;

  /**
   * A journal entry the storage refused to take at start (writes failing: quota, a broken
   * database): it stays in the journal, and reads of its design see it, so the work is kept.
   */
  let keptJournal: JournalEntry | null = null;

  async function getRecord(id: string): Promise<RecordRead | null> {
    const value = await storage.get(keyOf(id));
    const read = value === undefined ? null : readRecord(id, value);
    const kept = keptJournal;
    if (read?.ok !== true || kept === null || kept.id !== id) return read;
    if (kept.at < read.record.updatedAt) return read;
    const text = readDesignText(kept.text);
    const name = text.ok ? designName(text.file) : read.record.name;
    return { ...read, record: { ...read.record, name, updatedAt: kept.at, text: kept.text } };
  }

  async function live(id: string): Promise<StoredRecord | null> {
    const read = await getRecord(id);
    return read?.ok === true && read.record.deletedAt === null ? read.record : null;
  }

  const meta = (id: string, r: StoredRecord): DesignMeta => ({
    id,
    name: r.name,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });

  async function readAll(): Promise<LibraryItem[]> {
    const all = await storage.entries(DESIGN_PREFIX);
    return all.map(([key, value]): LibraryItem => {
      const id = key.slice(DESIGN_PREFIX.length);
      const read = readRecord(id, value);
      if (!read.ok) {
        return {
          id,
          name: read.name,
          createdAt: 0,
          updatedAt: 0,
          deletedAt: null,
          problem: read.problem,
        };
      }
      const problem = damagedOnOpen.get(id) ?? null;
      return { ...meta(id, read.record), deletedAt: read.record.deletedAt, problem };
    });
  }

  /** The last opened id from the synchronous storage: a string, null, or undefined (unknown). */
  function readQuickLastOpened(): string | null | undefined {
    if (journal === null) return undefined;
    try {
      const value = journal.getItem(QUICK_LAST_OPENED_KEY);
      return value === null ? undefined : value === '' ? null : value;
    } catch {
      return undefined;
    }
  }

  function writeQuickLastOpened(id: string | null): void {
    if (journal === null) return;
    try {
      journal.setItem(QUICK_LAST_OPENED_KEY, id ?? '');
    } catch {
      // Blocked Web Storage: the asynchronous write still happens.
    }
  }

  function clearJournal(id: string, text: string): void {
    if (journal === null) return;
    try {
      const entry = readJournal(journal.getItem(JOURNAL_KEY));
      if (entry !== null && entry.id === id && entry.text === text) journal.removeItem(JOURNAL_KEY);
    } catch {
      // Web Storage may throw when blocked; the journal is only a safety net.
    }
  }

  /** Applies the journal's edit when it is newer than the stored design; its name, or null. */
  async function replayJournal(): Promise<string | null> {
    if (journal === null) return null;
    let entry: JournalEntry | null;
    let recovered: string | null = null;
    try {
      entry = readJournal(journal.getItem(JOURNAL_KEY));
    } catch {
      return null;
    }
    if (entry !== null) {
      const record = await live(entry.id);
      if (record !== null && entry.at >= record.updatedAt && entry.text !== record.text) {
        const read = readDesignText(entry.text);
        const name = read.ok ? designName(read.file) : record.name;
        const next: StoredRecord = { ...record, name, updatedAt: entry.at, text: entry.text };
        recovered = name;
        try {
          await storage.set(keyOf(entry.id), next);
        } catch (error) {
          // The storage takes no writes: keep the journal, and read the design from it.
          console.warn(
            'design library: storage refused the recovered edit; kept in the journal',
            error,
          );
          keptJournal = entry;
          return recovered;
        }
      }
    }
    try {
      journal.removeItem(JOURNAL_KEY);
    } catch {
      // As above.
    }
    return recovered;
  }

  return {
    storageKind: storage.kind,
    init: () =>
      exclusive(async () => {
        const recovered = await replayJournal();
        for (const item of await readAll()) {
          if (item.deletedAt !== null) await storage.del(keyOf(item.id));
        }
        return recovered;
      }),
    list: () =>
      exclusive(async () => {
        const all = await readAll();
        return {
          items: all.filter((i) => i.deletedAt === null).sort((a, b) => b.updatedAt - a.updatedAt),
          trash: all
            .filter((i) => i.deletedAt !== null)
            .sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0)),
        };
      }),
    create: (file) =>
      exclusive(async () => {
        const id = newId();
        const t = now();
        const record: StoredRecord = {
          v: 1,
          name: designName(file).slice(0, MAX_NAME_LENGTH),
          createdAt: t,
          updatedAt: t,
          deletedAt: null,
          text: JSON.stringify(file),
        };
        await storage.set(keyOf(id), record);
        seen.set(id, t);
        return meta(id, record);
      }),
    findIdentical: (file) =>
      exclusive(async () => {
        const text = JSON.stringify(file);
        const all = await storage.entries(DESIGN_PREFIX);
        let best: DesignMeta | null = null;
        for (const [key, value] of all) {
          const read = readRecord(key.slice(DESIGN_PREFIX.length), value);
          if (!read.ok || read.record.deletedAt !== null || read.record.text !== text) continue;
          const found = meta(key.slice(DESIGN_PREFIX.length), read.record);
          if (best === null || found.updatedAt > best.updatedAt) best = found;
        }
        return best;
      }),
    open: (id) =>
      exclusive(async (): Promise<OpenResult> => {
        const read = await getRecord(id);
        if (read === null || (read.ok && read.record.deletedAt !== null)) {
          const issues = damaged('this design is no longer in the library');
          return {
            ok: false,
            id,
            name: read?.ok === true ? read.record.name : id,
            issues,
            raw: null,
          };
        }
        if (!read.ok) return { ok: false, id, name: read.name, ...read.problem };
        const design = readDesignText(read.record.text);
        if (!design.ok) {
          damagedOnOpen.set(id, { issues: design.issues, raw: read.record.text });
          const raw = read.record.text;
          return { ok: false, id, name: read.record.name, issues: design.issues, raw };
        }
        damagedOnOpen.delete(id);
        seen.set(id, read.record.updatedAt);
        return {
          ok: true,
          meta: meta(id, read.record),
          file: design.file,
          warnings: design.warnings,
        };
      }),
    save: (id, file) =>
      exclusive(async (): Promise<SaveResult> => {
        const record = await live(id);
        if (record === null) return 'missing';
        const text = JSON.stringify(file);
        if (text === record.text) {
          clearJournal(id, text);
          seen.set(id, record.updatedAt);
          return 'unchanged';
        }
        const known = seen.get(id);
        if (known !== undefined && known !== record.updatedAt) return 'conflict';
        const name = designName(file).slice(0, MAX_NAME_LENGTH);
        const updatedAt = now();
        await storage.set(keyOf(id), { ...record, name, updatedAt, text });
        seen.set(id, updatedAt);
        damagedOnOpen.delete(id);
        clearJournal(id, text);
        return 'saved';
      }),
    rename: (id, raw) =>
      exclusive(async () => {
        const name = raw.trim().slice(0, MAX_NAME_LENGTH);
        const record = await live(id);
        if (record === null || name === '') return null;
        const next = { ...record, name, updatedAt: now(), text: withName(record.text, name) };
        await storage.set(keyOf(id), next);
        if (seen.get(id) === record.updatedAt) seen.set(id, next.updatedAt);
        return meta(id, next);
      }),
    duplicate: (id) =>
      exclusive(async () => {
        const record = await live(id);
        if (record === null) return null;
        const taken = new Set((await readAll()).map((i) => i.name));
        const name = copyName(record.name, taken);
        const t = now();
        const copy: StoredRecord = {
          ...record,
          name,
          createdAt: t,
          updatedAt: t,
          text: withName(record.text, name),
        };
        const copyId = newId();
        await storage.set(keyOf(copyId), copy);
        return meta(copyId, copy);
      }),
    remove: (id) =>
      exclusive(async () => {
        const read = await getRecord(id);
        if (read === null || (read.ok && read.record.deletedAt !== null)) return false;
        const t = now();
        // A damaged entry goes to the trash too, wrapped with its raw text (never dropped).
        const record: StoredRecord = read.ok
          ? { ...read.record, deletedAt: t }
          : {
              v: 1,
              name: read.name,
              createdAt: 0,
              updatedAt: 0,
              deletedAt: t,
              text: read.problem.raw,
            };
        await storage.set(keyOf(id), record);
        if (readQuickLastOpened() === id) writeQuickLastOpened(null);
        if ((await storage.get(LAST_OPENED_KEY)) === id) await storage.del(LAST_OPENED_KEY);
        return true;
      }),
    restore: (id) =>
      exclusive(async () => {
        const read = await getRecord(id);
        if (read?.ok !== true || read.record.deletedAt === null) return false;
        await storage.set(keyOf(id), { ...read.record, deletedAt: null });
        return true;
      }),
    purgeTrash: () =>
      exclusive(async () => {
        for (const item of await readAll()) {
          if (item.deletedAt !== null) await storage.del(keyOf(item.id));
        }
      }),
    getLastOpened: () =>
      exclusive(async () => {
        const quick = readQuickLastOpened();
        if (quick !== undefined) return quick;
        const value = await storage.get(LAST_OPENED_KEY);
        return typeof value === 'string' ? value : null;
      }),
    setLastOpened: (id) => {
      // Written at once as well: a reload right after opening a design must reopen it, and the
      // asynchronous write may not have landed by then.
      writeQuickLastOpened(id);
      // A remembered choice, not work: a storage refusing writes must not stop the session.
      return exclusive(() =>
        (id === null ? storage.del(LAST_OPENED_KEY) : storage.set(LAST_OPENED_KEY, id)).catch(
          (error: unknown) => console.warn('design library: last opened not stored', error),
        ),
      );
    },
    journal: (id, file) => {
      if (journal === null) return false;
      try {
        const entry: JournalEntry = { id, at: now(), text: JSON.stringify(file) };
        journal.setItem(JOURNAL_KEY, JSON.stringify(entry));
        return true;
      } catch {
        return false;
      }
    },
  };
}
