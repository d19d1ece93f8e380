/**
 * The stored form of a library entry and its checks: stored data is untrusted (another version of
 * the app, a browser extension or a disk error may have written it), so every read is checked
 * and a damaged entry becomes a problem report carrying its raw text. Pure.
 */
import type { DesignIssue } from '../../src/index.ts';
import type { StoredProblem } from './types.ts';

/** Longest design name kept, in characters. */
export const MAX_NAME_LENGTH = 200;

/** What is stored under `design:<id>`. The id is the key's, never the record's. */
export interface StoredRecord {
  readonly v: 1;
  readonly name: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly deletedAt: number | null;
  readonly text: string;
}

export type RecordRead =
  | { readonly ok: true; readonly record: StoredRecord }
  | { readonly ok: false; readonly problem: StoredProblem; readonly name: string };

export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function damaged(message: string): DesignIssue[] {
  return [{ severity: 'error', code: 'damaged-entry', path: '', message }];
}

/** Raw text of any stored value, for export. */
function rawOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Checks the shape of a stored record (not the design inside it). */
export function readRecord(id: string, value: unknown): RecordRead {
  const fallbackName = `Damaged entry ${id.slice(0, 8)}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const problem = { issues: damaged('the stored entry is not a record'), raw: rawOf(value) };
    return { ok: false, problem, name: fallbackName };
  }
  const get = (key: string): unknown =>
    Object.prototype.hasOwnProperty.call(value, key) ? Reflect.get(value, key) : undefined;
  const text = get('text');
  const name = get('name');
  const deletedAt = get('deletedAt') ?? null;
  const createdAt = get('createdAt');
  const updatedAt = get('updatedAt');
  const shown = typeof name === 'string' && name.trim() !== '' ? name : fallbackName;
  if (typeof text !== 'string') {
    const problem = { issues: damaged('the stored entry has no design text'), raw: rawOf(value) };
    return { ok: false, problem, name: shown };
  }
  if (!isTime(createdAt) || !isTime(updatedAt) || !(deletedAt === null || isTime(deletedAt))) {
    const problem = { issues: damaged('the stored entry has invalid dates'), raw: text };
    return { ok: false, problem, name: shown };
  }
  return { ok: true, record: { v: 1, name: shown, createdAt, updatedAt, deletedAt, text } };
}

/** The design text with its `name` replaced, when the text is a JSON object. */
export function withName(text: string, name: string): string {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return text;
    return JSON.stringify({ ...value, name });
  } catch {
    return text;
  }
}

/** "X (copy)", or "X (copy 2)", … — the first not already taken. */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const candidate = `${base} (copy${n === 1 ? '' : ` ${n}`})`;
    if (!taken.has(candidate)) return candidate.slice(0, MAX_NAME_LENGTH);
  }
}

export function defaultId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The crash journal: the last unsaved design text, written synchronously on page exit. */
export interface JournalEntry {
  readonly id: string;
  readonly at: number;
  readonly text: string;
}

export function readJournal(raw: string | null): JournalEntry | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { id, at, text } = value as Partial<Record<keyof JournalEntry, unknown>>;
    return typeof id === 'string' && isTime(at) && typeof text === 'string'
      ? { id, at, text }
      : null;
  } catch {
    return null;
  }
}
