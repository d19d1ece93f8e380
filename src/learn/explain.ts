/**
 * "Explain this design": the system availability of a design derived step by step where its
 * diagram reduces to series and parallel groups (series product, 1 − ∏(1 − A)), from each
 * block's own steady-state availability as the engine computed it (a block of n units, k needed,
 * standby or not, is the engine's block figure). A bridge is split on a pivotal block (the
 * system's availability with it up and with it down, each reduced again); a unit drawn more than
 * once (`repeatOf`) is split on first, every drawing of it up together and down together, since
 * its drawings are not independent of each other. Where the diagram does not reduce (paths that
 * cross more than once, a zone or common cause, a vote over paths, a subsystem) it says so and why.
 * Every number is the engine's or a product of the engine's; the last step is compared with the
 * engine's system figure. Runs anywhere; no DOM.
 */
import type { AnalysisResult } from '../analysis/result.ts';
import type { DesignFile, NodeFile } from '../model/file.ts';
import { formatNumber } from '../report/format.ts';
import { formatPlainPercent, formatTexNumber, formatTexPercent } from './lessonDesign.ts';

/** The state of a pivot a step assumes, inside the states of the pivots split on before it. */
export interface ExplainCondition {
  readonly pivot: string;
  readonly state: 'up' | 'down';
  readonly within?: ExplainCondition;
}

/** A condition in words, outermost pivot first: "e is up and c is down". */
export function describeCondition(condition: ExplainCondition): string {
  const here = `${condition.pivot} is ${condition.state}`;
  return condition.within === undefined
    ? here
    : `${describeCondition(condition.within)} and ${here}`;
}

/** One step of the derivation. */
export interface ExplainStep {
  /** The name the step gives its result (`A_{db}`, `S_1`, `P_1`). */
  readonly name: string;
  readonly kind: 'block' | 'series' | 'parallel' | 'pivot';
  /** For a step of a pivotal decomposition: the pivots' states it assumes. */
  readonly condition?: ExplainCondition;
  /** Block node ids the step covers. */
  readonly members: readonly string[];
  readonly tex: string;
  /** The step in words. */
  readonly label: string;
  readonly availability: number;
  readonly unavailability: number;
}

/** The derivation, or why there is none. */
export type DesignExplanation =
  | {
      readonly kind: 'reduced';
      readonly steps: readonly ExplainStep[];
      readonly availability: number;
      readonly unavailability: number;
      /** The engine's own system figures (the last step must equal them). */
      readonly engineAvailability: number;
      readonly engineUnavailability: number;
    }
  | {
      readonly kind: 'irreducible';
      readonly reason: string;
      readonly steps: readonly ExplainStep[];
    };

/** A part of the diagram between two points: a block, a wire, or a group already reduced. */
interface Element {
  readonly from: string;
  readonly to: string;
  readonly a: number;
  readonly u: number;
  /** TeX name, or null for a wire (a plain edge, availability 1). */
  readonly name: string | null;
  readonly members: readonly string[];
  /** The physical unit a block's drawing stands for (`repeatOf`, else its own id). */
  readonly unit?: string;
}

function getBlockNote(node: Extract<NodeFile, { kind: 'block' }>): string {
  const n = Number(node.quantity ?? 1);
  const k = Number(node.required ?? 1);
  if (n === 1) return '';
  const standby =
    node.redundancy?.type === 'standby' ? `${node.redundancy.standby ?? 'cold'} standby, ` : '';
  return `${standby}${k} of ${n}`;
}

/** Why the diagram cannot be reduced node by node, or null. */
function getObstacle(design: DesignFile): string | null {
  const d = design.diagram;
  if ((d.zones?.length ?? 0) > 0)
    return 'it has zones: a zone outage takes several blocks down at once';
  if ((d.commonCause?.length ?? 0) > 0)
    return 'it has common-cause groups: their blocks do not fail independently';
  for (const node of d.nodes) {
    if (node.kind === 'subsystem')
      return `node ${node.id} is a subsystem (open it to explain its own diagram)`;
    if (node.kind === 'block' && Number(node.inputs ?? 1) > 1)
      return `block ${node.id} needs ${String(node.inputs)} inputs (a vote over paths)`;
    if ((node.kind === 'junction' || node.kind === 'end') && Number(node.required ?? 1) > 1) {
      return `${node.kind} ${node.id} needs ${String(node.required)} of its paths (a vote over paths)`;
    }
  }
  return null;
}

/** An availability for TeX: a percent, or 1 − U when the percent would round to 100 %. */
function texAvailability(a: number, u: number): string {
  return u < 1e-6 ? `1 - ${formatTexNumber(u)}` : formatTexPercent(a, 8);
}

/** The same in plain text. */
function plainAvailability(a: number, u: number): string {
  return u < 1e-6 ? `1 − ${formatNumber(u)}` : formatPlainPercent(a, 8);
}

const name = (id: string): string => `A_{\\text{${id.replace(/[\\{}$&#^_%~]/g, '')}}}`;

/**
 * Explains a design's steady-state availability step by step.
 * @param design the design file the result was computed from
 * @param result the engine's analysis of it
 * @returns the steps and the system figure, or why the diagram does not reduce
 * @example
 * const e = explainDesign(file, analyzeDesign(parsed));
 * if (e.kind === 'reduced') console.log(e.steps.map((s) => s.tex));
 */
export function explainDesign(design: DesignFile, result: AnalysisResult): DesignExplanation {
  const obstacle = getObstacle(design);
  if (obstacle !== null)
    return { kind: 'irreducible', reason: `the diagram does not reduce: ${obstacle}`, steps: [] };
  const engineA = result.steadyState.availability;
  const engineU = result.steadyState.unavailability;
  if (engineA === null || engineU === null) {
    return {
      kind: 'irreducible',
      reason: 'the engine has no long-run availability for this design (see its warnings)',
      steps: [],
    };
  }
  const steps: ExplainStep[] = [];
  const kinds = new Map(design.diagram.nodes.map((n) => [n.id, n.kind]));
  const vertexIn = (id: string): string => (kinds.get(id) === 'block' ? `${id}:in` : id);
  const vertexOut = (id: string): string => (kinds.get(id) === 'block' ? `${id}:out` : id);
  const elements: Element[] = [];
  // A unit drawn more than once: its drawings, in the order drawn.
  const drawings = new Map<string, string[]>();
  for (const node of design.diagram.nodes) {
    if (node.kind !== 'block') continue;
    const unit = node.repeatOf ?? node.id;
    drawings.set(unit, [...(drawings.get(unit) ?? []), node.id]);
  }
  for (const node of design.diagram.nodes) {
    if (node.kind !== 'block') continue;
    const unit = node.repeatOf ?? node.id;
    const block = result.blocks.find((b) => b.id === unit);
    if (block === undefined || block.availability === null || block.unavailability === null) {
      return {
        kind: 'irreducible',
        reason: `the engine has no long-run availability for block ${unit}`,
        steps: [],
      };
    }
    elements.push({
      from: vertexIn(node.id),
      to: vertexOut(node.id),
      a: block.availability,
      u: block.unavailability,
      name: name(unit),
      members: [node.id],
      unit,
    });
    if (node.repeatOf !== undefined) continue;
    const drawn = drawings.get(unit)!;
    const note = [
      getBlockNote(node),
      drawn.length > 1 ? `one unit drawn ${drawn.length} times: ${drawn.join(', ')}` : '',
    ]
      .filter((t) => t !== '')
      .join('; ');
    steps.push({
      name: name(node.id),
      kind: 'block',
      members: drawn,
      tex: `${name(node.id)}${note === '' ? '' : `\\ (\\text{${note}})`} = ${texAvailability(block.availability, block.unavailability)}`,
      label: `block ${node.id}${note === '' ? '' : ` (${note})`}: ${plainAvailability(block.availability, block.unavailability)}`,
      availability: block.availability,
      unavailability: block.unavailability,
    });
  }
  for (const e of design.diagram.edges) {
    elements.push({
      from: vertexOut(e.from),
      to: vertexIn(e.to),
      a: 1,
      u: 0,
      name: null,
      members: [],
    });
  }
  const repeated = [...drawings.values()].filter((d) => d.length > 1).map((d) => d[0]!);
  if (repeated.length > MAX_PIVOT_DEPTH) {
    return {
      kind: 'irreducible',
      reason: `the diagram does not reduce: ${repeated.length} units are drawn more than once (${repeated.join(', ')}), and splitting on each would take ${2 ** repeated.length} cases; the engine decomposes it exactly in its decision diagram`,
      steps,
    };
  }
  const start = design.diagram.nodes.find((n) => n.kind === 'start')?.id ?? 'in';
  const end = design.diagram.nodes.find((n) => n.kind === 'end')?.id ?? 'out';
  const counter = { series: 0, parallel: 0, pivot: 0 };
  const last = decomposeOnUnits(elements, repeated, drawings, start, end, counter, steps);
  if (last === null) {
    return {
      kind: 'irreducible',
      reason:
        'the diagram does not reduce to series and parallel groups, even split on pivotal blocks (paths cross more than once); the engine decomposes it exactly in its decision diagram',
      steps,
    };
  }
  return {
    kind: 'reduced',
    steps,
    availability: last.a,
    unavailability: last.u,
    engineAvailability: engineA,
    engineUnavailability: engineU,
  };
}

type Merge = [Element[], Element, Element, 'series' | 'parallel'];

/** The numbers of the series, parallel and pivot steps written so far. */
interface Counter {
  series: number;
  parallel: number;
  pivot: number;
}

/** How many pivots deep a decomposition goes (a bridge of bridges takes two). */
const MAX_PIVOT_DEPTH = 3;

/** The one element from start to end the parts reduced to, or null. */
function getWhole(elements: readonly Element[], start: string, end: string): Element | null {
  const last = elements.length === 1 ? elements[0]! : null;
  return last !== null && last.from === start && last.to === end ? last : null;
}

/**
 * Reduces the parts by series and parallel merges (and twin points) as far as they go, writing a
 * step for every merge of two named parts.
 * @param counter the numbers of the series and parallel steps so far (advanced)
 * @param condition the pivot's state the steps assume, for a branch of a decomposition
 */
function reduceElements(
  start0: readonly Element[],
  start: string,
  end: string,
  counter: Counter,
  steps: ExplainStep[],
  condition?: ExplainCondition,
): Element[] {
  let elements = [...start0];
  for (;;) {
    // A wire from a point to itself (twin points made one) carries nothing.
    elements = elements.filter((e) => e.name !== null || e.from !== e.to);
    const twins = mergeTwins(elements, start, end) ?? contractWire(elements, start, end);
    if (twins !== null) {
      elements = twins;
      continue;
    }
    const merged = mergeSeries(elements, start, end) ?? mergeParallel(elements);
    if (merged === null) return elements;
    const [next, a, b, kind] = merged;
    if (a.name !== null && b.name !== null) {
      const stepName = kind === 'series' ? `S_{${++counter.series}}` : `P_{${++counter.parallel}}`;
      const joined = next[next.length - 1]!;
      const symbolic =
        kind === 'series' ? `${a.name} \\cdot ${b.name}` : `1 - (1 - ${a.name})(1 - ${b.name})`;
      const numeric =
        kind === 'series'
          ? `(${texAvailability(a.a, a.u)}) \\cdot (${texAvailability(b.a, b.u)})`
          : `1 - ${formatTexNumber(a.u)} \\cdot ${formatTexNumber(b.u)}`;
      const prefix = condition === undefined ? '' : `if ${describeCondition(condition)}, `;
      steps.push({
        name: stepName,
        kind,
        members: joined.members,
        tex: `${stepName} = ${symbolic} = ${numeric} = ${texAvailability(joined.a, joined.u)}`,
        label: `${prefix}${kind === 'series' ? 'in series' : 'in parallel'}, ${joined.members.join(', ')}: ${plainAvailability(joined.a, joined.u)}`,
        availability: joined.a,
        unavailability: joined.u,
        ...(condition === undefined ? {} : { condition }),
      });
      next[next.length - 1] = { ...joined, name: stepName };
    }
    elements = next;
  }
}

/** The points reached from `origin` along the parts, forwards or backwards. */
function getReached(
  elements: readonly Element[],
  origin: string,
  direction: 'forward' | 'backward',
): Set<string> {
  const seen = new Set([origin]);
  const queue = [origin];
  while (queue.length > 0) {
    const at = queue.pop()!;
    for (const e of elements) {
      const [here, there] = direction === 'forward' ? [e.from, e.to] : [e.to, e.from];
      if (here === at && !seen.has(there)) {
        seen.add(there);
        queue.push(there);
      }
    }
  }
  return seen;
}

/** The parts on some path from start to end (a part left hanging by a removal goes). */
function prune(elements: readonly Element[], start: string, end: string): Element[] {
  const fromStart = getReached(elements, start, 'forward');
  const toEnd = getReached(elements, end, 'backward');
  return elements.filter((e) => fromStart.has(e.from) && toEnd.has(e.to));
}

/** What a decomposition splits on: one part, or every drawing of one unit. */
interface Pivot {
  readonly parts: ReadonlySet<Element>;
  readonly a: number;
  readonly u: number;
  readonly name: string;
  readonly label: string;
  readonly members: readonly string[];
}

/** Works out one branch's parts as far as it can: the whole as one element, or null. */
type BranchSolver = (
  parts: readonly Element[],
  counter: Counter,
  steps: ExplainStep[],
  condition: ExplainCondition,
) => Element | null;

/**
 * Reduces the parts by series and parallel steps and, where they stop, splits on a pivotal
 * part (up to MAX_PIVOT_DEPTH splits deep in all).
 * @param depth the splits already taken on the way here
 * @returns the whole as one element, or null when it does not reduce
 */
function solve(
  parts: readonly Element[],
  start: string,
  end: string,
  counter: Counter,
  steps: ExplainStep[],
  condition: ExplainCondition | undefined,
  depth: number,
): Element | null {
  const reduced = reduceElements(parts, start, end, counter, steps, condition);
  // Only wires left (every block on the way held up): the whole is up.
  const allUp: Element | null = reduced.every((e) => e.name === null)
    ? { from: start, to: end, a: 1, u: 0, name: null, members: [] }
    : null;
  return (
    getWhole(reduced, start, end) ??
    allUp ??
    (depth < MAX_PIVOT_DEPTH
      ? decomposeOnPivot(reduced, start, end, counter, steps, condition, depth + 1)
      : null)
  );
}

/**
 * The pivotal decomposition (factoring) on X: A = A_X · A(X up) + (1 − A_X) · A(X down), where
 * "X up" makes X's parts wires and "X down" takes them away, each branch then worked out by
 * `solveBranch` (a branch with no path left is 0). Writes the branches' steps and the
 * decomposition's step only when both branches are worked out.
 * @returns the whole as one element, or null when a branch is not worked out
 */
function splitOn(
  elements: readonly Element[],
  pivot: Pivot,
  start: string,
  end: string,
  counter: Counter,
  steps: ExplainStep[],
  condition: ExplainCondition | undefined,
  solveBranch: BranchSolver,
): Element | null {
  // The down branch numbers its steps after the up branch's, so every name is used once.
  const branch = (state: 'up' | 'down', base: Counter) => {
    const trial = { ...base };
    const branchSteps: ExplainStep[] = [];
    const parts = prune(
      state === 'up'
        ? elements.map((e): Element =>
            pivot.parts.has(e)
              ? { from: e.from, to: e.to, a: 1, u: 0, name: null, members: [] }
              : e,
          )
        : elements.filter((e) => !pivot.parts.has(e)),
      start,
      end,
    );
    const at: ExplainCondition = {
      pivot: pivot.label,
      state,
      ...(condition === undefined ? {} : { within: condition }),
    };
    if (parts.length === 0) {
      const none: Element = { from: start, to: end, a: 0, u: 1, name: '0', members: [] };
      return { whole: none, trial, branchSteps };
    }
    return { whole: solveBranch(parts, trial, branchSteps, at), trial, branchSteps };
  };
  const up = branch('up', counter);
  if (up.whole === null) return null;
  const down = branch('down', up.trial);
  if (down.whole === null) return null;
  steps.push(...up.branchSteps, ...down.branchSteps);
  counter.series = down.trial.series;
  counter.parallel = down.trial.parallel;
  counter.pivot = down.trial.pivot + 1;
  const a1 = up.whole;
  const a0 = down.whole;
  const a = pivot.a * a1.a + pivot.u * a0.a;
  // The complement carried through: U = A_X · U(X up) + U_X · U(X down).
  const u = pivot.a * a1.u + pivot.u * a0.u;
  const nameOf = (e: Element): string => e.name ?? texAvailability(e.a, e.u);
  const stepName = `F_{${counter.pivot}}`;
  const prefix = condition === undefined ? '' : `if ${describeCondition(condition)}, `;
  steps.push({
    name: stepName,
    kind: 'pivot',
    members: [...new Set([...pivot.members, ...a1.members, ...a0.members])],
    tex: `${stepName} = ${pivot.name} \\cdot ${nameOf(a1)} + (1 - ${pivot.name}) \\cdot ${nameOf(a0)} = ${texAvailability(a, u)}`,
    label: `${prefix}split on ${pivot.label}: its availability times the system's with ${pivot.label} up, plus its unavailability times the system's with ${pivot.label} down: ${plainAvailability(a, u)}`,
    availability: a,
    unavailability: u,
    ...(condition === undefined ? {} : { condition }),
  });
  return { from: start, to: end, a, u, name: stepName, members: [] };
}

/**
 * Splits on each unit drawn more than once, in turn (all its drawings up, then all down: they
 * are one unit), then works out each case with no repeated unit left.
 * @param units the units still to split on
 * @param drawings every unit's drawings (block node ids)
 */
function decomposeOnUnits(
  elements: readonly Element[],
  units: readonly string[],
  drawings: ReadonlyMap<string, readonly string[]>,
  start: string,
  end: string,
  counter: Counter,
  steps: ExplainStep[],
  condition?: ExplainCondition,
  depth = 0,
): Element | null {
  const [unit, ...rest] = units;
  if (unit === undefined) return solve(elements, start, end, counter, steps, condition, depth);
  const parts = elements.filter((e) => e.unit === unit);
  // A drawing pruned away already (off every path in this case) leaves nothing to split on.
  if (parts.length === 0) {
    return decomposeOnUnits(elements, rest, drawings, start, end, counter, steps, condition, depth);
  }
  const first = parts[0]!;
  const drawn = drawings.get(unit) ?? [unit];
  return splitOn(
    elements,
    {
      parts: new Set(parts),
      a: first.a,
      u: first.u,
      name: first.name!,
      label: unit,
      members: drawn,
    },
    start,
    end,
    counter,
    steps,
    condition,
    (branchParts, trial, branchSteps, at) =>
      decomposeOnUnits(branchParts, rest, drawings, start, end, trial, branchSteps, at, depth + 1),
  );
}

/**
 * Splits parts that do not reduce on the first block on which both branches reduce.
 * @returns the whole as one element, or null when no block splits it
 */
function decomposeOnPivot(
  elements: readonly Element[],
  start: string,
  end: string,
  counter: Counter,
  steps: ExplainStep[],
  condition: ExplainCondition | undefined,
  depth: number,
): Element | null {
  for (const part of elements) {
    if (part.name === null) continue;
    const pivot: Pivot = {
      parts: new Set([part]),
      a: part.a,
      u: part.u,
      name: part.name,
      label: part.members.join(', '),
      members: part.members,
    };
    const whole = splitOn(
      elements,
      pivot,
      start,
      end,
      counter,
      steps,
      condition,
      (parts, trial, branchSteps, at) => solve(parts, start, end, trial, branchSteps, at, depth),
    );
    if (whole !== null) return whole;
  }
  return null;
}

/**
 * Merges points reached under the same condition: points whose incoming parts are all wires
 * from the same points (or whose outgoing parts are all wires to the same points). A full mesh
 * (two balancers each wired to both of two servers) then reads as parallel-then-series.
 * @returns the elements with one twin renamed into the other (duplicate wires kept, merged as
 * parallel wires later), or null when there are no twins
 */
function mergeTwins(elements: readonly Element[], start: string, end: string): Element[] | null {
  for (const side of ['to', 'from'] as const) {
    const other = side === 'to' ? 'from' : 'to';
    const parts = new Map<string, Element[]>();
    for (const e of elements) parts.set(e[side], [...(parts.get(e[side]) ?? []), e]);
    const byKey = new Map<string, string>();
    for (const [vertex, list] of parts) {
      if (vertex === start || vertex === end || list.some((e) => e.name !== null)) continue;
      const key = [...new Set(list.map((e) => e[other]))].sort().join('\u0000');
      const twin = byKey.get(key);
      if (twin === undefined) {
        byKey.set(key, vertex);
        continue;
      }
      const rename = (v: string): string => (v === vertex ? twin : v);
      const renamed = elements.map((e) => ({ ...e, from: rename(e.from), to: rename(e.to) }));
      // Two wires between the same points are one wire.
      const seen = new Set<string>();
      return renamed.filter((e) => {
        if (e.name !== null) return true;
        const id = `${e.from}\u0000${e.to}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    }
  }
  return null;
}

/**
 * Contracts a wire (a part that always works) u → v when v is reached only through it (v is
 * then reached exactly when u is) or u leads only into it (whatever reaches u reaches v): the
 * two points become one.
 * @returns the parts with the wire gone and the point renamed, or null when no wire contracts
 */
function contractWire(elements: readonly Element[], start: string, end: string): Element[] | null {
  const into = new Map<string, number>();
  const out = new Map<string, number>();
  for (const e of elements) {
    into.set(e.to, (into.get(e.to) ?? 0) + 1);
    out.set(e.from, (out.get(e.from) ?? 0) + 1);
  }
  for (const wire of elements) {
    if (wire.name !== null || wire.from === wire.to) continue;
    let gone: string;
    let kept: string;
    if (wire.to !== end && wire.to !== start && into.get(wire.to) === 1) {
      [gone, kept] = [wire.to, wire.from];
    } else if (wire.from !== start && wire.from !== end && out.get(wire.from) === 1) {
      [gone, kept] = [wire.from, wire.to];
    } else {
      continue;
    }
    const rename = (v: string): string => (v === gone ? kept : v);
    return elements
      .filter((e) => e !== wire)
      .map((e) => ({ ...e, from: rename(e.from), to: rename(e.to) }));
  }
  return null;
}

/** Joins two elements meeting at a point no other element touches. */
function mergeSeries(elements: readonly Element[], start: string, end: string): Merge | null {
  const into = new Map<string, Element[]>();
  const out = new Map<string, Element[]>();
  for (const e of elements) {
    into.set(e.to, [...(into.get(e.to) ?? []), e]);
    out.set(e.from, [...(out.get(e.from) ?? []), e]);
  }
  for (const [vertex, ins] of into) {
    const outs = out.get(vertex) ?? [];
    if (vertex === start || vertex === end || ins.length !== 1 || outs.length !== 1) continue;
    const a = ins[0]!;
    const b = outs[0]!;
    const joined: Element = {
      from: a.from,
      to: b.to,
      a: a.a * b.a,
      // 1 − (1 − Ua)(1 − Ub), kept exact for tiny unavailabilities.
      u: a.u + b.u - a.u * b.u,
      name: a.name ?? b.name,
      members: [...a.members, ...b.members],
    };
    return [[...elements.filter((e) => e !== a && e !== b), joined], a, b, 'series'];
  }
  return null;
}

/** Joins two elements between the same two points. */
function mergeParallel(elements: readonly Element[]): Merge | null {
  const seen = new Map<string, Element>();
  for (const e of elements) {
    const key = `${e.from}\u0000${e.to}`;
    const other = seen.get(key);
    if (other === undefined) {
      seen.set(key, e);
      continue;
    }
    const joined: Element = {
      from: e.from,
      to: e.to,
      a: other.a + e.a * other.u,
      u: other.u * e.u,
      name: other.name === null || e.name === null ? null : other.name,
      members: [...other.members, ...e.members],
    };
    return [[...elements.filter((x) => x !== e && x !== other), joined], other, e, 'parallel'];
  }
  return null;
}

/** A one-line summary of the comparison with the engine. */
export function describeExplanation(explanation: DesignExplanation): string {
  if (explanation.kind === 'irreducible') return explanation.reason;
  const relative =
    Math.abs(explanation.unavailability - explanation.engineUnavailability) /
    Math.max(explanation.engineUnavailability, 1e-300);
  return relative < 1e-9
    ? `equals the engine’s system availability, ${formatPlainPercent(explanation.engineAvailability, 8)} (unavailability ${formatNumber(explanation.engineUnavailability)})`
    : `differs from the engine’s ${formatPlainPercent(explanation.engineAvailability, 8)}: the steps assume independent blocks`;
}
