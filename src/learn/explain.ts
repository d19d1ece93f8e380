/**
 * "Explain this design": the system availability of a design derived step by step where its
 * diagram reduces to series and parallel groups (series product, 1 − ∏(1 − A)), from each
 * block's own steady-state availability as the engine computed it (a block of n units, k needed,
 * standby or not, is the engine's block figure). Where the diagram does not reduce (a bridge, a
 * repeated block, a zone or common cause, a vote over paths, a subsystem) it says so and why.
 * Every number is the engine's or a product of the engine's; the last step is compared with the
 * engine's system figure. Runs anywhere; no DOM.
 */
import type { AnalysisResult } from '../analysis/result.ts';
import type { DesignFile, NodeFile } from '../model/file.ts';
import { formatNumber } from '../report/format.ts';
import { formatPlainPercent, formatTexNumber, formatTexPercent } from './lessonDesign.ts';

/** One step of the derivation. */
export interface ExplainStep {
  /** The name the step gives its result (`A_{db}`, `S_1`, `P_1`). */
  readonly name: string;
  readonly kind: 'block' | 'series' | 'parallel';
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
    if (node.kind === 'block' && node.repeatOf !== undefined) {
      return `block ${node.id} repeats ${node.repeatOf}: one unit drawn twice is not independent of itself`;
    }
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
  let elements: Element[] = [];
  for (const node of design.diagram.nodes) {
    if (node.kind !== 'block') continue;
    const block = result.blocks.find((b) => b.id === node.id);
    if (block === undefined || block.availability === null || block.unavailability === null) {
      return {
        kind: 'irreducible',
        reason: `the engine has no long-run availability for block ${node.id}`,
        steps: [],
      };
    }
    const note = getBlockNote(node);
    steps.push({
      name: name(node.id),
      kind: 'block',
      members: [node.id],
      tex: `${name(node.id)}${note === '' ? '' : `\\ (\\text{${note}})`} = ${texAvailability(block.availability, block.unavailability)}`,
      label: `block ${node.id}${note === '' ? '' : ` (${note})`}: ${plainAvailability(block.availability, block.unavailability)}`,
      availability: block.availability,
      unavailability: block.unavailability,
    });
    elements.push({
      from: vertexIn(node.id),
      to: vertexOut(node.id),
      a: block.availability,
      u: block.unavailability,
      name: name(node.id),
      members: [node.id],
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
  const start = design.diagram.nodes.find((n) => n.kind === 'start')?.id ?? 'in';
  const end = design.diagram.nodes.find((n) => n.kind === 'end')?.id ?? 'out';
  let series = 0;
  let parallel = 0;
  for (;;) {
    const twins = mergeTwins(elements, start, end);
    if (twins !== null) {
      elements = twins;
      continue;
    }
    const merged = mergeSeries(elements, start, end) ?? mergeParallel(elements);
    if (merged === null) break;
    const [next, a, b, kind] = merged;
    if (a.name !== null && b.name !== null) {
      const stepName = kind === 'series' ? `S_{${++series}}` : `P_{${++parallel}}`;
      const joined = next[next.length - 1]!;
      const symbolic =
        kind === 'series' ? `${a.name} \\cdot ${b.name}` : `1 - (1 - ${a.name})(1 - ${b.name})`;
      const numeric =
        kind === 'series'
          ? `(${texAvailability(a.a, a.u)}) \\cdot (${texAvailability(b.a, b.u)})`
          : `1 - ${formatTexNumber(a.u)} \\cdot ${formatTexNumber(b.u)}`;
      steps.push({
        name: stepName,
        kind,
        members: joined.members,
        tex: `${stepName} = ${symbolic} = ${numeric} = ${texAvailability(joined.a, joined.u)}`,
        label: `${kind === 'series' ? 'in series' : 'in parallel'}, ${joined.members.join(', ')}: ${plainAvailability(joined.a, joined.u)}`,
        availability: joined.a,
        unavailability: joined.u,
      });
      next[next.length - 1] = { ...joined, name: stepName };
    }
    elements = next;
  }
  const last = elements.length === 1 ? elements[0]! : null;
  if (last === null || last.from !== start || last.to !== end) {
    return {
      kind: 'irreducible',
      reason:
        'the diagram does not reduce to series and parallel groups (a bridge: some block sits on paths that cross); the engine decomposes it exactly on a pivotal block instead',
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
