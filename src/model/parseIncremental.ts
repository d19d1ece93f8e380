/**
 * Validation that costs what an edit changes. A reader keeps the last design file it accepted
 * and its normalised {@link Design}; given the next file, it finds what differs and, when only
 * header fields, `ui` fields, components or the parameters of plain blocks changed, checks the
 * new values for refused keys and re-reads just those items with the same readers `parseDesign` uses and
 * patches the previous design. Anything else (a structural change, a repeat involved, a time
 * unit changed, an error found, many changes) falls back to `parseDesign` of the whole file, so
 * the answer always equals `parseDesign`'s (property-tested, warnings compared as a set).
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Component, Design, DesignIssue, DiagramNode } from './types.ts';
import { buildNode, parseDesign, readHeader } from './parse.ts';
import type { ParseResult } from './parse.ts';
import { readComponent } from './parseComponents.ts';
import { readNode } from './parseDiagram.ts';
import type { DiagramContext, NodeDraft } from './parseDiagram.ts';
import { IssueList, isFields, itemPath, own } from './parseRead.ts';
import { showInput } from './expression.ts';
import { findUnsafeKeys } from './jsonText.ts';
import type { Fields } from './parseRead.ts';

/** More changed items than this and the whole file is read again. */
const MAX_PATCHED_ITEMS = 64;
/** More warnings than this and the whole file is read again (the issue list's limits apply). */
const MAX_PATCHED_WARNINGS = 200;
const HEADER_FIELDS = ['name', 'description', 'missionTime', 'timeUnit'];

/** Reads successive versions of one design file. */
export interface DesignReader {
  /**
   * Validates and normalises a design file, reusing the previous one's work where it can.
   * @param input the file as parsed JSON (untrusted)
   * @returns exactly what `parseDesign(input)` returns (warnings possibly in another order)
   */
  read(input: unknown): ParseResult;
  /** How the last call was answered (for benchmarks and tests). */
  readonly lastPath: 'full' | 'patched' | 'same';
}

/**
 * Equal as JSON (`ui` fields included: they may hold keys the parser refuses). Throws on nesting
 * deep enough to overflow the stack (the caller then reads the whole file).
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return false;
    if (!sameJson((a as Fields)[k], (b as Fields)[k])) return false;
  }
  return true;
}

/** Indices where two lists of the same length differ, or `null` if too many or not lists. */
function changedIndices(a: unknown, b: unknown): number[] | null {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (sameJson(a[i], b[i])) continue;
    changed.push(i);
    if (changed.length > MAX_PATCHED_ITEMS) return null;
  }
  return changed;
}

/** True when `path` is `root` or inside it (`root.x`, `root[3]`). */
function isWithin(path: string, root: string): boolean {
  return (
    path === root ||
    (path.startsWith(root) && (path[root.length] === '.' || path[root.length] === '['))
  );
}

interface Accepted {
  readonly input: Fields;
  readonly design: Design;
  readonly warnings: readonly DesignIssue[];
}

/** What changed between two accepted-shape files, or `null` when the change is not patchable. */
interface Change {
  /** New values to check for keys the parser refuses (`__proto__`, `constructor.prototype`). */
  readonly fresh: readonly unknown[];
  readonly header: boolean;
  readonly components: readonly number[];
  readonly nodes: readonly number[];
}

function findChange(before: Fields, after: Fields): Change | null {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  let header = false;
  const fresh: unknown[] = [];
  for (const key of keys) {
    if (key === 'components' || key === 'diagram') continue;
    if (sameJson(own(before, key), own(after, key))) continue;
    if (key === 'ui') fresh.push(own(after, key));
    else if (!HEADER_FIELDS.includes(key) || key === 'timeUnit') return null;
    else header = true;
  }
  const components = changedIndices(own(before, 'components'), own(after, 'components'));
  const d0 = own(before, 'diagram');
  const d1 = own(after, 'diagram');
  if (components === null || !isFields(d0) || !isFields(d1)) return null;
  const diagramKeys = new Set([...Object.keys(d0), ...Object.keys(d1)]);
  for (const key of diagramKeys) {
    if (key === 'nodes' || sameJson(own(d0, key), own(d1, key))) continue;
    if (key !== 'ui') return null;
    fresh.push(own(d1, key));
  }
  const nodes = changedIndices(own(d0, 'nodes'), own(d1, 'nodes'));
  if (nodes === null || nodes.length + components.length > MAX_PATCHED_ITEMS) return null;
  const rawComponents = own(after, 'components') as readonly unknown[];
  const rawNodes = own(d1, 'nodes') as readonly unknown[];
  fresh.push(...components.map((i) => rawComponents[i]), ...nodes.map((i) => rawNodes[i]));
  return { fresh, header, components, nodes };
}

/** True when some diagram of the design has a common-cause group (its checks read components). */
function hasCommonCause(design: Design): boolean {
  if (design.diagram.commonCause !== undefined) return true;
  return Object.values(design.subsystems).some((d) => d.commonCause !== undefined);
}

/** Tries to patch `previous` into the design of `input`; `null` when a full read is needed. */
function patch(previous: Accepted, input: Fields, change: Change): Accepted | null {
  const { design } = previous;
  // A common-cause group checks its members' components and laws: read it all again.
  if ((change.components.length > 0 || change.nodes.length > 0) && hasCommonCause(design)) {
    return null;
  }
  const issues = new IssueList();
  const touched: string[] = [];
  let next: Design = design;
  if (change.header) {
    const header = readHeader(input, issues);
    touched.push(...HEADER_FIELDS);
    next = { ...next, ...header };
  }
  if (change.components.length > 0) {
    const raw = own(input, 'components') as readonly unknown[];
    const components: Component[] = [...design.components];
    for (const i of change.components) {
      const item = raw[i];
      const old = design.components[i];
      if (!isFields(item) || old === undefined || own(item, 'id') !== old.id) return null;
      const path = itemPath('components', i);
      const read = readComponent(item, path, old.id, design.timeUnit, issues);
      if (read === null) return null;
      components[i] = read;
      touched.push(path);
    }
    next = { ...next, components };
  }
  if (change.nodes.length > 0) {
    const rawDiagram = own(input, 'diagram') as Fields;
    const raw = own(rawDiagram, 'nodes') as readonly unknown[];
    const nodes: DiagramNode[] = [...design.diagram.nodes];
    const repeated = new Set<string>();
    for (const n of design.diagram.nodes) {
      if (n.kind === 'block' && n.repeatOf !== null) repeated.add(n.repeatOf);
    }
    const ctx: DiagramContext = {
      componentIds: new Set(next.components.map((c) => c.id)),
      subsystemNames: new Set(Object.keys(design.subsystems)),
      timeUnit: design.timeUnit,
      issues,
    };
    for (const i of change.nodes) {
      const item = raw[i];
      const old = design.diagram.nodes[i];
      // Only plain blocks: a repeat, or a block that others repeat, is read with the others.
      if (!isFields(item) || old === undefined || old.kind !== 'block') return null;
      if (old.repeatOf !== null || repeated.has(old.id)) return null;
      if (own(item, 'id') !== old.id || own(item, 'kind') !== 'block') return null;
      const path = itemPath('diagram.nodes', i);
      const owner = `node ${showInput(old.id)}`;
      const draft: NodeDraft = readNode(item, old.id, 'block', path, owner, ctx);
      if (draft.repeatOf !== null || draft.block === null) return null;
      const threshold = draft.threshold.value;
      if (threshold === null || threshold > countPredecessors(design, old.id)) return null;
      const b = draft.block;
      if (b.component === null || b.quantity === null || b.required === null) return null;
      if (b.redundancy === null) return null;
      nodes[i] = buildNode(draft, new Map([[old.id, draft]]));
      touched.push(path);
    }
    next = { ...next, diagram: { ...design.diagram, nodes } };
  }
  if (issues.errors > 0) return null;
  const kept = previous.warnings.filter((w) => !touched.some((root) => isWithin(w.path, root)));
  return { input, design: next, warnings: [...kept, ...issues.items] };
}

/** Predecessors of a root-diagram node (the edges have not changed). */
function countPredecessors(design: Design, id: string): number {
  let count = 0;
  for (const e of design.diagram.edges) if (e.to === id) count++;
  return count;
}

/**
 * Creates a reader for successive versions of a design (one per editor or worker).
 * @example
 * const reader = createDesignReader();
 * reader.read(file); // full validation
 * reader.read(fileWithOneMtbfChanged); // re-reads that component only
 */
export function createDesignReader(): DesignReader {
  let accepted: Accepted | null = null;
  let lastPath: DesignReader['lastPath'] = 'full';
  const full = (input: unknown): ParseResult => {
    lastPath = 'full';
    const result = parseDesign(input);
    accepted =
      result.ok && isFields(input) && result.warnings.length <= MAX_PATCHED_WARNINGS
        ? { input, design: result.value, warnings: result.warnings }
        : null;
    return result;
  };
  return {
    read(input) {
      if (accepted === null || !isFields(input)) return full(input);
      let change: Change | null;
      try {
        change = findChange(accepted.input, input);
      } catch {
        return full(input); // nesting too deep to compare: let the parser say what it thinks
      }
      // A refused key in anything new: the whole file, so the answer names every spot.
      if (change === null || change.fresh.some((v) => findUnsafeKeys(v).length > 0)) {
        return full(input);
      }
      if (change.fresh.length === 0 && !change.header) {
        lastPath = 'same';
        accepted = { ...accepted, input };
        return { ok: true, value: accepted.design, warnings: accepted.warnings };
      }
      const patched = patch(accepted, input, change);
      if (patched === null) return full(input);
      lastPath = 'patched';
      accepted = patched;
      return { ok: true, value: patched.design, warnings: patched.warnings };
    },
    get lastPath() {
      return lastPath;
    },
  };
}
