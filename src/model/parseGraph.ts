/**
 * Graph checks of a design file: repeats, one start and one end, predecessor thresholds, cycles,
 * nodes off every start→end path, recursive and oversized subsystem nesting. All loops are
 * iterative, so a long chain of nodes cannot overflow the stack.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { DiagramContext, DiagramDraft } from './parseDiagram.ts';
import { checkRepeatFields } from './parseDiagram.ts';
import { fieldPath } from './parseRead.ts';
import type { IssueList } from './parseRead.ts';
import { showInput } from './expression.ts';

/** Most nodes a design may have once every subsystem use is expanded into its own copy. */
export const MAX_EXPANDED_NODES = 1_000_000;

/** Most node names shown in one cycle message. */
const MAX_CYCLE_SHOWN = 12;

/** `"a" → "b" → "a"` (or with another separator), shortened in the middle when long. */
function chain(ids: readonly string[], separator = ' → '): string {
  const shown =
    ids.length <= MAX_CYCLE_SHOWN
      ? ids.map((id) => showInput(id))
      : [
          ...ids.slice(0, MAX_CYCLE_SHOWN - 2).map((id) => showInput(id)),
          '…',
          showInput(ids[ids.length - 1]),
        ];
  return shown.join(separator);
}

/** Checks every `repeatOf` of a diagram: it names another block that is not itself a repeat. */
function checkRepeats(draft: DiagramDraft, ctx: DiagramContext): void {
  const byId = new Map(draft.nodes.map((n) => [n.id, n]));
  for (const node of draft.nodes) {
    if (node.repeatOf === null) continue;
    const at = fieldPath(node.path, 'repeatOf');
    const target = byId.get(node.repeatOf);
    const name = showInput(node.repeatOf);
    if (node.repeatOf === node.id) {
      ctx.issues.error('bad-repeat', at, `${node.owner} repeats itself`);
    } else if (target === undefined) {
      // With a broken node list the target may exist but have been rejected: say nothing more.
      if (draft.nodesOk) {
        ctx.issues.error('unknown-node', at, `${node.owner} repeats unknown node ${name}`);
      }
    } else if (target.kind !== 'block') {
      ctx.issues.error(
        'bad-repeat',
        at,
        `${node.owner} repeats ${name}, which is a ${target.kind}, not a block`,
      );
    } else if (target.repeatOf !== null) {
      ctx.issues.error(
        'bad-repeat',
        at,
        `${node.owner} repeats ${name}, which is itself a repeat ` +
          `(repeat ${showInput(target.repeatOf)} instead)`,
      );
    } else if (target.block !== null) {
      checkRepeatFields(node, target.block, ctx);
    }
  }
}

/** Checks there is exactly one start and one end; returns their ids when so. */
function checkStartEnd(
  draft: DiagramDraft,
  issues: IssueList,
): { start: string; end: string } | null {
  const found: { start?: string; end?: string } = {};
  for (const kind of ['start', 'end'] as const) {
    const nodes = draft.nodes.filter((n) => n.kind === kind);
    const first = nodes[0];
    if (first === undefined) {
      issues.error(
        'start-end',
        fieldPath(draft.path, 'nodes'),
        `${draft.label} has no ${kind} node`,
      );
      continue;
    }
    if (nodes.length > 1) {
      const extra = nodes[1]!;
      issues.error(
        'start-end',
        extra.path,
        `${draft.label} has ${nodes.length} ${kind} nodes (${chain(
          nodes.map((n) => n.id),
          ', ',
        )}); it needs exactly one`,
      );
      continue;
    }
    found[kind] = first.id;
  }
  return found.start !== undefined && found.end !== undefined
    ? { start: found.start, end: found.end }
    : null;
}

/** Adjacency of a diagram whose edges are known to be valid. */
interface Adjacency {
  readonly succ: ReadonlyMap<string, readonly string[]>;
  readonly pred: ReadonlyMap<string, readonly string[]>;
}

function adjacency(draft: DiagramDraft): Adjacency {
  const succ = new Map<string, string[]>();
  const pred = new Map<string, string[]>();
  for (const node of draft.nodes) {
    succ.set(node.id, []);
    pred.set(node.id, []);
  }
  for (const edge of draft.edges) {
    succ.get(edge.from)?.push(edge.to);
    pred.get(edge.to)?.push(edge.from);
  }
  return { succ, pred };
}

/** Checks `inputs` / `required` of each node against its number of predecessors. */
function checkPredecessors(draft: DiagramDraft, adj: Adjacency, issues: IssueList): void {
  for (const node of draft.nodes) {
    const count = adj.pred.get(node.id)?.length ?? 0;
    const { field, value } = node.threshold;
    // A node without predecessors is reported as off every start→end path instead.
    if (node.kind === 'start' || value === null || count === 0 || value <= count) continue;
    issues.error(
      'too-few-predecessors',
      fieldPath(node.path, field),
      `${node.owner}: ${field} ${value} is larger than its ${count} predecessor${count === 1 ? '' : 's'}`,
    );
  }
}

/** Strongly connected components with a cycle (Tarjan's algorithm, iterative). */
function cyclicComponents(ids: readonly string[], succ: Adjacency['succ']): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let next = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const calls: { id: string; i: number }[] = [];
    const open = (id: string): void => {
      index.set(id, next);
      low.set(id, next);
      next++;
      stack.push(id);
      onStack.add(id);
      calls.push({ id, i: 0 });
    };
    open(root);
    while (calls.length > 0) {
      const frame = calls[calls.length - 1]!;
      const out = succ.get(frame.id) ?? [];
      if (frame.i < out.length) {
        const w = out[frame.i++]!;
        if (!index.has(w)) open(w);
        else if (onStack.has(w)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
        continue;
      }
      calls.pop();
      const parent = calls[calls.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== frame.id);
      if (component.length > 1 || out.includes(frame.id)) result.push(component);
    }
  }
  return result;
}

/** One cycle through the first node of a strongly connected component (breadth-first). */
function cycleIn(component: readonly string[], succ: Adjacency['succ']): string[] {
  const members = new Set(component);
  const startId = component[0]!;
  const parent = new Map<string, string>();
  const queue = [startId];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    for (const w of succ.get(id) ?? []) {
      if (w === startId) {
        const path = [startId];
        for (let at = id; at !== startId; at = parent.get(at)!) path.push(at);
        path.push(startId);
        return [startId, ...path.slice(1, -1).reverse(), startId];
      }
      if (members.has(w) && !parent.has(w)) {
        parent.set(w, id);
        queue.push(w);
      }
    }
  }
  return [startId, startId];
}

/** Reports each cycle of the diagram; returns true when there is none. */
function checkCycles(draft: DiagramDraft, adj: Adjacency, issues: IssueList): boolean {
  const edgePath = new Map(draft.edges.map((e) => [`${e.from}\u0000${e.to}`, e.path]));
  const components = cyclicComponents(
    draft.nodes.map((n) => n.id),
    adj.succ,
  );
  const order = new Map(draft.nodes.map((n, i) => [n.id, i]));
  for (const component of components) {
    // Start the cycle at its node listed first in the file.
    component.sort((a, b) => order.get(a)! - order.get(b)!);
    const cycle = cycleIn(component, adj.succ);
    const closing = `${cycle[cycle.length - 2]}\u0000${cycle[cycle.length - 1]}`;
    issues.error(
      'cycle',
      edgePath.get(closing) ?? fieldPath(draft.path, 'edges'),
      `${draft.label} has a cycle: ${chain(cycle)} (a diagram must be acyclic)`,
    );
  }
  return components.length === 0;
}

/** Nodes reachable from `from` along `next` (breadth-first). */
function reach(from: string, next: Adjacency['succ']): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    for (const w of next.get(queue[head]!) ?? []) {
      if (!seen.has(w)) {
        seen.add(w);
        queue.push(w);
      }
    }
  }
  return seen;
}

/** Reports every node that is not on a path from start to end. */
function checkPaths(
  draft: DiagramDraft,
  adj: Adjacency,
  ends: { start: string; end: string },
  issues: IssueList,
): void {
  const fromStart = reach(ends.start, adj.succ);
  const toEnd = reach(ends.end, adj.pred);
  for (const node of draft.nodes) {
    const reached = fromStart.has(node.id);
    const leads = toEnd.has(node.id);
    if (reached && leads) continue;
    const why =
      !reached && !leads
        ? `it is connected to neither start ${showInput(ends.start)} nor end ${showInput(ends.end)}`
        : !reached
          ? `it cannot be reached from start ${showInput(ends.start)}`
          : `it does not lead to end ${showInput(ends.end)}`;
    issues.error(
      'off-path',
      node.path,
      `${node.owner} is not on any path from start to end (${why})`,
    );
  }
}

/**
 * Checks one diagram as a graph: repeats, a single start and end, predecessor thresholds, cycles
 * and start→end paths. Graph checks are skipped when nodes or edges already failed, to avoid a
 * cascade of follow-up errors.
 */
export function checkDiagram(draft: DiagramDraft, ctx: DiagramContext): void {
  checkRepeats(draft, ctx);
  if (!draft.nodesOk) return;
  const ends = checkStartEnd(draft, ctx.issues);
  if (!draft.edgesOk) return;
  const adj = adjacency(draft);
  checkPredecessors(draft, adj, ctx.issues);
  checkCycles(draft, adj, ctx.issues);
  if (ends !== null) checkPaths(draft, adj, ends, ctx.issues);
}

/** A use of a subsystem by a subsystem node. */
interface SubsystemUse {
  readonly target: string;
  /** Path of the node's `subsystem` field. */
  readonly path: string;
}

function uses(draft: DiagramDraft): SubsystemUse[] {
  const result: SubsystemUse[] = [];
  for (const node of draft.nodes) {
    if (node.subsystem !== null) {
      result.push({ target: node.subsystem, path: fieldPath(node.path, 'subsystem') });
    }
  }
  return result;
}

/**
 * Checks how subsystems use each other: no recursion (direct or through others, reported with
 * the chain), unused ones (a warning), and the size of the design once every use is expanded.
 * @param subsystems drafts of the subsystems that could be read, by name
 * @returns true when the nesting is sound
 */
export function checkSubsystems(
  root: DiagramDraft,
  subsystems: ReadonlyMap<string, DiagramDraft>,
  subsystemPath: (name: string) => string,
  issues: IssueList,
): boolean {
  const usesOf = new Map<string, SubsystemUse[]>();
  for (const [name, draft] of subsystems) usesOf.set(name, uses(draft));
  // Depth-first search with colours; a use of a subsystem still open closes a cycle.
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  let sound = true;
  for (const startName of subsystems.keys()) {
    if (state.has(startName)) continue;
    const calls: { name: string; i: number }[] = [{ name: startName, i: 0 }];
    state.set(startName, 'open');
    while (calls.length > 0) {
      const frame = calls[calls.length - 1]!;
      const list = usesOf.get(frame.name) ?? [];
      if (frame.i >= list.length) {
        state.set(frame.name, 'done');
        calls.pop();
        continue;
      }
      const use = list[frame.i++]!;
      if (!usesOf.has(use.target)) continue;
      const seen = state.get(use.target);
      if (seen === undefined) {
        state.set(use.target, 'open');
        calls.push({ name: use.target, i: 0 });
      } else if (seen === 'open') {
        sound = false;
        const from = calls.findIndex((c) => c.name === use.target);
        const names = [...calls.slice(from).map((c) => c.name), use.target];
        const key = JSON.stringify([...new Set(names)].sort());
        if (!reported.has(key)) {
          reported.add(key);
          issues.error('recursive-subsystem', use.path, `recursive subsystem: ${chain(names)}`);
        }
      }
    }
  }
  // Unused subsystems: not reachable from the root diagram.
  const used = new Set<string>();
  const queue = uses(root).map((u) => u.target);
  for (let head = 0; head < queue.length; head++) {
    const name = queue[head]!;
    if (used.has(name) || !usesOf.has(name)) continue;
    used.add(name);
    for (const u of usesOf.get(name) ?? []) queue.push(u.target);
  }
  for (const name of subsystems.keys()) {
    if (!used.has(name)) {
      issues.warn(
        'unused-subsystem',
        subsystemPath(name),
        `subsystem ${showInput(name)} is not used`,
      );
    }
  }
  if (!sound) return false;
  return checkExpandedSize(root, subsystems, usesOf, issues);
}

/** Counts the nodes of the design with every subsystem use expanded; rejects huge expansions. */
function checkExpandedSize(
  root: DiagramDraft,
  subsystems: ReadonlyMap<string, DiagramDraft>,
  usesOf: ReadonlyMap<string, readonly SubsystemUse[]>,
  issues: IssueList,
): boolean {
  // The nesting is acyclic here: size each subsystem after the ones it uses (post-order).
  const size = new Map<string, number>();
  const sizeOf = (draft: DiagramDraft, list: readonly SubsystemUse[]): number =>
    list.reduce((sum, u) => Math.min(sum + (size.get(u.target) ?? 0), 1e18), draft.nodes.length);
  for (const startName of subsystems.keys()) {
    if (size.has(startName)) continue;
    const calls: { name: string; i: number }[] = [{ name: startName, i: 0 }];
    while (calls.length > 0) {
      const frame = calls[calls.length - 1]!;
      const list = usesOf.get(frame.name) ?? [];
      const use = list[frame.i];
      if (use !== undefined) {
        frame.i++;
        if (usesOf.has(use.target) && !size.has(use.target)) calls.push({ name: use.target, i: 0 });
        continue;
      }
      calls.pop();
      size.set(frame.name, sizeOf(subsystems.get(frame.name)!, list));
    }
  }
  const total = sizeOf(root, uses(root));
  if (total <= MAX_EXPANDED_NODES) return true;
  issues.error(
    'too-large',
    'subsystems',
    `the design has ${total} nodes once every subsystem use is expanded ` +
      `(at most ${MAX_EXPANDED_NODES})`,
  );
  return false;
}
