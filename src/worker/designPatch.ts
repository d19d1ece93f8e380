/**
 * A design file sent to a worker as an edit of the one sent before it: the page finds what
 * changed by identity (the store replaces only the objects an edit touches, so an unchanged
 * subtree is the same object) and posts those values alone; the worker applies them to the copy
 * it keeps, copying only the objects on the changed paths, so its incremental reader sees every
 * other subtree as the same object and compares nothing twice. `ui` fields are never sent (the
 * engine does not read them; see withoutUi.ts). Runs anywhere; no DOM.
 */
import { MAX_COPY_DEPTH, withoutUi } from '../model/withoutUi.ts';

/** One changed value: its path from the file's root and its new value (without `ui` fields). */
export interface DesignChange {
  readonly path: readonly (string | number)[];
  readonly value: unknown;
}

/** A design as the edit of an earlier one the worker holds. */
export interface DesignPatch {
  /** Id of the design this edit applies to. */
  readonly base: number;
  /** Id of the design it makes. */
  readonly id: number;
  readonly changes: readonly DesignChange[];
}

/** More changed values than this and the whole design is sent instead. */
export const MAX_PATCH_CHANGES = 64;

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/**
 * The changes that turn design file `before` into `after`, found by identity: an object that is
 * the same on both sides is not looked into. `null` when more than {@link MAX_PATCH_CHANGES}
 * values changed (send the whole file).
 * @param before the file sent last (as the page holds it, `ui` fields included)
 * @param after the file to send
 * @example
 * const changes = diffDesign(sent, next); // [{ path: ['components', 0, 'failure', 'mtbf'], value: 21000 }]
 */
export function diffDesign(before: unknown, after: unknown): DesignChange[] | null {
  const changes: DesignChange[] = [];
  const path: (string | number)[] = [];
  const walk = (a: unknown, b: unknown, depth: number): boolean => {
    if (a === b) return true;
    const bothLists = Array.isArray(a) && Array.isArray(b) && a.length === b.length;
    const bothFields = isFields(a) && isFields(b);
    if (depth >= MAX_COPY_DEPTH || (!bothLists && !bothFields)) {
      changes.push({ path: [...path], value: withoutUi(b, depth) });
      return changes.length <= MAX_PATCH_CHANGES;
    }
    if (bothLists) {
      for (let i = 0; i < b.length; i++) {
        path.push(i);
        const ok = walk(a[i], b[i], depth + 1);
        path.pop();
        if (!ok) return false;
      }
      return true;
    }
    const x = a as Fields;
    const y = b as Fields;
    // The same fields in the same order, or the object is sent whole: the worker's copy then
    // keeps the order of the page's (the validator's messages follow it).
    const keys = Object.keys(y).filter((key) => key !== 'ui');
    const keysBefore = Object.keys(x).filter((key) => key !== 'ui');
    if (keys.length !== keysBefore.length || keys.some((key, i) => key !== keysBefore[i])) {
      changes.push({ path: [...path], value: withoutUi(b, depth) });
      return changes.length <= MAX_PATCH_CHANGES;
    }
    for (const key of keys) {
      path.push(key);
      const ok = walk(x[key], y[key], depth + 1);
      path.pop();
      if (!ok) return false;
    }
    return true;
  };
  return walk(before, after, 0) ? changes : null;
}

function setOwn(target: Fields | unknown[], key: string | number, value: unknown): void {
  // defineProperty: a "__proto__" key stays a plain field for the validator to refuse.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * Applies changes to a design file without changing it: the objects on the changed paths are
 * copied, everything else is shared with `base`. `null` when a change does not fit the file
 * (a path through a missing field, a malformed change: the sender then sends the whole file).
 * @param base the file the changes were found against (as the worker keeps it, without `ui`)
 * @param changes untrusted, as received
 */
export function applyDesignPatch(base: unknown, changes: unknown): unknown {
  if (!Array.isArray(changes) || changes.length > MAX_PATCH_CHANGES) return null;
  let root = base;
  /** Objects already copied by this patch: changed in place from then on. */
  const copied = new Set<unknown>();
  const copyOf = (value: Fields | unknown[]): Fields | unknown[] => {
    if (copied.has(value)) return value;
    const copy = Array.isArray(value) ? [...value] : { ...value };
    copied.add(copy);
    return copy;
  };
  for (const change of changes as unknown[]) {
    if (!isFields(change)) return null;
    const path = change['path'];
    if (!Array.isArray(path) || !hasOwn(change, 'value')) return null;
    const value = change['value'];
    if (path.length === 0) {
      root = value;
      continue;
    }
    if (typeof root !== 'object' || root === null) return null;
    root = copyOf(root as Fields);
    let node = root as Fields | unknown[];
    for (let i = 0; i < path.length; i++) {
      const key: unknown = path[i];
      if (Array.isArray(node)) {
        if (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key >= node.length) {
          return null;
        }
      } else if (typeof key !== 'string') {
        return null;
      }
      // Only fields the file has: a change never adds one (that object is sent whole).
      if (!hasOwn(node, String(key))) return null;
      if (i === path.length - 1) {
        setOwn(node, key, value);
        break;
      }
      const child = (node as Fields)[key as string];
      if (typeof child !== 'object' || child === null) return null;
      const copy = copyOf(child as Fields);
      setOwn(node, key, copy);
      node = copy;
    }
  }
  return root;
}
