/**
 * Reading and validating a design file (src/model/FORMAT.md) into the normalised
 * {@link Design}: every problem is reported with a code, a path such as
 * `diagram.nodes[3].required` and a plain message; nothing throws on any input.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { IssueCode } from '../errors.ts';
import { HOURS_PER_UNIT, HOURS_PER_YEAR } from './types.ts';
import type { Component, Design, DesignIssue, Diagram, DiagramNode, TimeUnit } from './types.ts';
import {
  IssueList,
  POSITIVE,
  checkFields,
  describeValue,
  fieldPath,
  isFields,
  own,
  readNumber,
  readString,
  MAX_STRING_LENGTH,
} from './parseRead.ts';
import type { Fields } from './parseRead.ts';
import { readComponents } from './parseComponents.ts';
import { readTargets } from './parseTargets.ts';
import { readDiagram } from './parseDiagram.ts';
import type { DiagramContext, DiagramDraft, NodeDraft } from './parseDiagram.ts';
import { checkDiagram, checkSubsystems } from './parseGraph.ts';
import { readSharedFate } from './parseSharedFate.ts';
import type { SharedFateContext, SharedFateDraft } from './parseSharedFate.ts';
import { showInput } from './expression.ts';
import { findUnsafeKeys, parseJsonText } from './jsonText.ts';
import { assert } from '../util/assert.ts';

/**
 * Outcome of reading a design file: the normalised design and its warnings, or every issue found
 * (errors and warnings, in file order).
 */
export type ParseResult =
  | { readonly ok: true; readonly value: Design; readonly warnings: readonly DesignIssue[] }
  | ParseFailure;

/** A design file that cannot be read, with every issue found. */
export interface ParseFailure {
  readonly ok: false;
  readonly issues: readonly DesignIssue[];
}

/** Most nodes a file may hold (the root diagram and every subsystem together). */
export const MAX_NODES = 100_000;
/** Most edges a file may hold. */
export const MAX_EDGES = 1_000_000;
/** Most components, and most subsystems, a file may hold. */
export const MAX_ENTRIES = 100_000;
/** Name used when the file gives none. */
export const DEFAULT_NAME = 'Untitled design';

const TIME_UNITS: readonly TimeUnit[] = ['hour', 'day', 'week', 'month', 'year'];
const TOP_FIELDS = [
  'format',
  'version',
  'name',
  'description',
  'timeUnit',
  'missionTime',
  'components',
  'diagram',
  'subsystems',
  'targets',
];

/** A failed result with a single file-level error. */
function fail(code: IssueCode, message: string): ParseFailure {
  return { ok: false, issues: [{ severity: 'error', code, path: '', message }] };
}

/** Checks `format` and `version`; a file failing them is not read further. */
function checkFormat(input: Fields, issues: IssueList): boolean {
  const format = own(input, 'format');
  if (format !== 'rbd-design') {
    issues.error(
      'bad-format',
      'format',
      format === undefined
        ? 'missing field "format" (must be "rbd-design")'
        : `format must be "rbd-design", got ${describeValue(format)}`,
    );
  }
  const version = own(input, 'version');
  if (version !== 1) {
    issues.error(
      'bad-version',
      'version',
      version === undefined
        ? 'missing field "version" (must be 1)'
        : `unknown version ${describeValue(version)} (only version 1 is supported)`,
    );
  }
  return issues.errors === 0;
}

/** Rejects files too large to analyse before reading them: nodes, edges, entries. */
function checkSize(input: Fields, issues: IssueList): boolean {
  let nodes = 0;
  let edges = 0;
  const count = (diagram: unknown): void => {
    if (!isFields(diagram)) return;
    const n = own(diagram, 'nodes');
    const e = own(diagram, 'edges');
    if (Array.isArray(n)) nodes += n.length;
    if (Array.isArray(e)) edges += e.length;
  };
  count(own(input, 'diagram'));
  const subsystems = own(input, 'subsystems');
  if (isFields(subsystems)) {
    const names = Object.keys(subsystems);
    if (names.length > MAX_ENTRIES) {
      issues.error(
        'too-large',
        'subsystems',
        `file has ${names.length} subsystems (at most ${MAX_ENTRIES})`,
      );
      return false;
    }
    for (const name of names) count(own(subsystems, name));
  }
  const components = own(input, 'components');
  if (Array.isArray(components) && components.length > MAX_ENTRIES) {
    issues.error(
      'too-large',
      'components',
      `file has ${components.length} components (at most ${MAX_ENTRIES})`,
    );
  }
  if (nodes > MAX_NODES) {
    issues.error('too-large', '', `file has ${nodes} nodes (at most ${MAX_NODES})`);
  }
  if (edges > MAX_EDGES) {
    issues.error('too-large', '', `file has ${edges} edges (at most ${MAX_EDGES})`);
  }
  return issues.errors === 0;
}

/** Reads name, description, time unit and mission time. */
export function readHeader(
  input: Fields,
  issues: IssueList,
): { name: string; description: string; timeUnit: TimeUnit; missionTime: number } {
  const name = readString(input, 'name', '', '', issues);
  if (name === undefined || name?.trim() === '') {
    issues.warn('default-name', 'name', `design has no name; using ${showInput(DEFAULT_NAME)}`);
  }
  const description = readString(input, 'description', '', '', issues);
  let timeUnit: TimeUnit = 'hour';
  const unit = readString(input, 'timeUnit', '', '', issues);
  if (typeof unit === 'string') {
    const known = TIME_UNITS.find((u) => u === unit);
    if (known === undefined) {
      issues.error(
        'bad-time-unit',
        'timeUnit',
        `unknown timeUnit ${showInput(unit)} (must be hour, day, week, month or year)`,
      );
    } else timeUnit = known;
  }
  const mission = readNumber(
    input,
    'missionTime',
    '',
    '',
    { kind: 'time', range: POSITIVE },
    timeUnit,
    issues,
  );
  let missionTime = mission ?? Number.NaN;
  if (mission === undefined) {
    missionTime = HOURS_PER_YEAR / HOURS_PER_UNIT[timeUnit];
    issues.warn(
      'default-mission-time',
      'missionTime',
      `design has no missionTime; using 1 year (${missionTime} ${timeUnit}${missionTime === 1 ? '' : 's'})`,
    );
  }
  return {
    name: typeof name === 'string' && name.trim() !== '' ? name : DEFAULT_NAME,
    description: description ?? '',
    timeUnit,
    missionTime,
  };
}

/** Reads the names of the `subsystems` map (the diagrams are read later). */
function readSubsystemNames(value: unknown, issues: IssueList): string[] {
  if (value === undefined || value === null) return [];
  if (!isFields(value)) {
    issues.error(
      'wrong-type',
      'subsystems',
      `invalid subsystems: ${describeValue(value)} (must be an object of diagrams by name)`,
    );
    return [];
  }
  const names: string[] = [];
  for (const name of Object.keys(value)) {
    if (name === 'ui') continue;
    if (name.trim() === '') {
      issues.error('wrong-type', fieldPath('subsystems', name), 'subsystem name must not be empty');
    } else if (name.length > MAX_STRING_LENGTH) {
      issues.error(
        'string-too-long',
        'subsystems',
        `subsystem name is ${name.length} characters long (at most ${MAX_STRING_LENGTH})`,
      );
    } else names.push(name);
  }
  return names;
}

/** Builds the normalised node of a draft, in a design known to have no error. */
export function buildNode(node: NodeDraft, byId: ReadonlyMap<string, NodeDraft>): DiagramNode {
  const threshold = node.threshold.value;
  assert(threshold !== null, `node ${node.id} has no threshold`);
  switch (node.kind) {
    case 'start':
      return { kind: 'start', id: node.id };
    case 'end':
      return { kind: 'end', id: node.id, required: threshold };
    case 'junction':
      return { kind: 'junction', id: node.id, required: threshold };
    case 'subsystem':
      assert(node.subsystem !== null, `node ${node.id} has no subsystem`);
      return { kind: 'subsystem', id: node.id, subsystem: node.subsystem, inputs: threshold };
    case 'block': {
      // A repeat is the same physical unit as the block it repeats: take that block's parameters.
      const b = (node.repeatOf === null ? node : byId.get(node.repeatOf))?.block;
      assert(b !== undefined && b !== null, `node ${node.id} has no block parameters`);
      assert(b.component !== null && b.quantity !== null && b.required !== null, 'bad block');
      assert(b.redundancy !== null, `node ${node.id} has no redundancy`);
      return {
        kind: 'block',
        id: node.id,
        component: b.component,
        quantity: b.quantity,
        required: b.required,
        inputs: threshold,
        redundancy: b.redundancy,
        repeatOf: node.repeatOf,
      };
    }
  }
}

/**
 * Builds a normalised diagram from a draft, in a design known to have no error. Empty shared-fate
 * lists are left out, so a design without zones has the same shape as before they existed.
 */
function buildDiagram(draft: DiagramDraft, shared: SharedFateDraft | null): Diagram {
  const byId = new Map(draft.nodes.map((n) => [n.id, n]));
  return {
    nodes: draft.nodes.map((n) => buildNode(n, byId)),
    edges: draft.edges.map((e) => ({ from: e.from, to: e.to })),
    ...(shared !== null && shared.zones.length > 0 ? { zones: shared.zones } : {}),
    ...(shared !== null && shared.commonCause.length > 0
      ? { commonCause: shared.commonCause }
      : {}),
  };
}

/** Reads a whole design; `null` when it has errors (all reported). */
function readDesign(input: unknown, issues: IssueList): Design | null {
  if (!isFields(input)) {
    issues.error(
      'not-object',
      '',
      `a design file must be a JSON object, got ${describeValue(input)}`,
    );
    return null;
  }
  if (!checkFormat(input, issues) || !checkSize(input, issues)) return null;
  checkFields(input, '', TOP_FIELDS, issues);
  const header = readHeader(input, issues);
  const targets = readTargets(own(input, 'targets'), header.timeUnit, issues);
  const catalogue = readComponents(own(input, 'components'), header.timeUnit, issues);
  const rawSubsystems = own(input, 'subsystems');
  const names = readSubsystemNames(rawSubsystems, issues);
  const ctx: DiagramContext = {
    componentIds: catalogue.ids,
    subsystemNames: new Set(names),
    timeUnit: header.timeUnit,
    issues,
  };
  const rawDiagram = own(input, 'diagram');
  let root: DiagramDraft | null = null;
  if (rawDiagram === undefined || rawDiagram === null) {
    issues.error('missing-field', 'diagram', 'missing field "diagram"');
  } else root = readDiagram(rawDiagram, 'diagram', null, ctx);
  const drafts = new Map<string, DiagramDraft>();
  if (isFields(rawSubsystems)) {
    for (const name of names) {
      const raw = own(rawSubsystems, name);
      const draft = readDiagram(raw, fieldPath('subsystems', name), name, ctx);
      if (draft !== null) drafts.set(name, draft);
    }
  }
  if (root !== null) checkDiagram(root, ctx);
  for (const draft of drafts.values()) checkDiagram(draft, ctx);
  const sharedCtx: SharedFateContext = {
    ...ctx,
    components: new Map(catalogue.components.map((c) => [c.id, c])),
  };
  const rootShared =
    root !== null && isFields(rawDiagram) ? readSharedFate(rawDiagram, root, sharedCtx) : null;
  const shared = new Map<string, SharedFateDraft | null>();
  if (isFields(rawSubsystems)) {
    for (const [name, draft] of drafts) {
      const raw = own(rawSubsystems, name);
      if (isFields(raw)) shared.set(name, readSharedFate(raw, draft, sharedCtx));
    }
  }
  if (root !== null) {
    checkSubsystems(root, drafts, (name) => fieldPath('subsystems', name), issues);
  }
  if (issues.errors > 0 || root === null) return null;
  // A null-prototype record: a subsystem named "__proto__" or "constructor" stays plain data.
  const subsystems = Object.create(null) as Record<string, Diagram>;
  for (const [name, draft] of drafts) {
    subsystems[name] = buildDiagram(draft, shared.get(name) ?? null);
  }
  const components: readonly Component[] = catalogue.components;
  return {
    ...header,
    components,
    diagram: buildDiagram(root, rootShared),
    subsystems,
    ...(targets === undefined || targets === null ? {} : { targets }),
  };
}

/**
 * Validates and normalises a design given as parsed JSON.
 * @param input any value, typically the result of `JSON.parse`
 * @returns the design (times in its time unit, rates per that unit, defaults filled in) with its
 *   warnings, or every issue found; never throws
 * @example
 * const result = parseDesign(JSON.parse(text));
 * if (result.ok) analyze(result.value);
 * else for (const i of result.issues) console.error(`${i.path}: ${i.message}`);
 */
export function parseDesign(input: unknown): ParseResult {
  const issues = new IssueList();
  let design: Design | null = null;
  try {
    // Keys that could reach a prototype are refused, naming each spot, before anything is read:
    // the app and the command line follow this one rule (issue 16).
    const unsafe = findUnsafeKeys(input);
    if (unsafe.length > 0) return { ok: false, issues: unsafe };
    design = readDesign(input, issues);
  } catch (e) {
    // Only a bug (or a hostile object such as a throwing proxy) gets here.
    const reason = e instanceof Error ? e.message : String(e);
    issues.error('internal', '', `cannot read the design: ${reason.slice(0, 200)}`);
  }
  if (design === null || issues.errors > 0) return { ok: false, issues: issues.items };
  return { ok: true, value: design, warnings: issues.items };
}

/**
 * Validates and normalises a design file given as text (JSON).
 * @param text the file's content; a leading byte-order mark is ignored
 * @returns as {@link parseDesign}; a syntax error gives one `not-json` issue
 * @example
 * const result = parseDesignText(readFileSync('design.json', 'utf8'));
 */
export function parseDesignText(text: string): ParseResult {
  const data = readDesignJson(text);
  return data.ok ? parseDesign(data.value) : data;
}

/**
 * Reads the JSON of a design file's text (a leading byte-order mark is allowed), without
 * validating it as a design: the first half of {@link parseDesignText}. The app's import and the
 * command line both read files here, so a syntax error says the same in both.
 * @param text the file's contents
 * @returns the parsed JSON value, or the `not-json` issue (with the line and column of the
 *   first bad character); `parseDesign` then refuses unsafe keys, each at its path
 * @example
 * readDesignJson('{"a": 1,}'); // not-json: "file is not valid JSON at line 1, column 9: …"
 */
export function readDesignJson(
  text: string,
): { readonly ok: true; readonly value: unknown } | ParseFailure {
  if (typeof text !== 'string') return fail('not-json', 'file is not text');
  return parseJsonText(text);
}
