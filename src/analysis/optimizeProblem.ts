/**
 * The redundancy-allocation problem of a design: which blocks' quantities may change (the
 * variables), their bounds and unit costs, and a fast exact evaluation of the system's
 * steady-state unavailability for any choice of quantities. The structure function does not
 * depend on quantities (a block of n units, k needed, is one random element of the decision
 * diagram), so the diagram is compiled once and each evaluation is one pass over it with the
 * changed blocks' probabilities looked up in per-level tables (issue 11).
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import type { DesignFile } from '../model/file.ts';
import type { Design, Diagram } from '../model/types.ts';
import type { FlatBlock, FlatStructure } from '../model/structure.ts';
import { createFlatStructure } from '../model/structure.ts';
import type { DecisionDiagram } from '../diagram/bdd.ts';
import {
  DiagramTooLarge,
  compileDecisionDiagram,
  evaluateDecisionDiagram,
} from '../diagram/bdd.ts';
import type { Result } from '../util/result.ts';
import { computeBlockSteadyState, getBlockMethod } from './blockModel.ts';

/** Largest quantity tried by default. */
export const DEFAULT_MAX_QUANTITY = 6;

/** Largest quantity a variable may take (the standby chains grow with it). */
export const MAX_OPTIMIZE_QUANTITY = 100;

/** Bounds of one variable, as the caller asks for them. */
export interface VariableBounds {
  /** A top-level block node id, or `subsystem/node` for a block inside subsystem `subsystem`. */
  readonly id: string;
  /** Smallest quantity (default: the block's `required`). */
  readonly min?: number;
  /** Largest quantity (default: {@link DEFAULT_MAX_QUANTITY}, and at least `min`). */
  readonly max?: number;
}

/** One variable of the problem, resolved. */
export interface OptimizeVariable {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  /** The quantity the design has now. */
  readonly current: number;
  /** Price of one unit (0 when its component has none). */
  readonly unitCost: number;
  /** How many physical copies of the block there are (each use of its subsystem is one). */
  readonly copies: number;
}

/** A compiled problem: variables and an exact evaluation of unavailability. */
export interface OptimizeProblem {
  readonly variables: readonly OptimizeVariable[];
  /** The design's cost with every variable at its current quantity (0 when nothing has a cost). */
  readonly baseCost: number;
  /**
   * Whether every variable's own unavailability never rises with its quantity. The structure
   * function is coherent, so the system's unavailability then never rises when a quantity
   * does: the bound the exact search prunes with.
   */
  readonly monotone: boolean;
  /** Steady-state system {work, fail} at the given quantities (one per variable, in order). */
  evaluate(quantities: ArrayLike<number>): { work: number; fail: number };
  /** How many evaluations so far. */
  readonly evaluations: () => number;
}

/** The block node a variable id names, and the diagram it is in. */
function findBlockNode(
  design: Design,
  id: string,
): { diagram: Diagram; subsystem: string | null; node: string } | string {
  const slash = id.indexOf('/');
  const subsystem = slash < 0 ? null : id.slice(0, slash);
  const node = slash < 0 ? id : id.slice(slash + 1);
  const diagram = subsystem === null ? design.diagram : design.subsystems[subsystem];
  if (diagram === undefined) return `unknown subsystem "${subsystem}" in block "${id}"`;
  const found = diagram.nodes.find((n) => n.id === node);
  if (found === undefined) return `unknown block "${id}"`;
  if (found.kind !== 'block') return `"${id}" is a ${found.kind} node, not a block`;
  if (found.repeatOf !== null) {
    return `"${id}" repeats "${found.repeatOf}": choose the block it repeats`;
  }
  return { diagram, subsystem, node };
}

function withDiagramQuantities(diagram: Diagram, quantities: ReadonlyMap<string, number>): Diagram {
  return {
    ...diagram,
    nodes: diagram.nodes.map((n) =>
      n.kind === 'block' && quantities.has(n.id) ? { ...n, quantity: quantities.get(n.id)! } : n,
    ),
  };
}

/**
 * A copy of a design with some blocks' quantities changed.
 * @param design a validated design
 * @param quantities by variable id (a top-level block node id, or `subsystem/node`)
 * @returns the changed design (the others' nodes shared with the original)
 * @example
 * applyQuantities(design, { apps: 5 }).diagram.nodes; // apps now has 5 units
 */
export function applyQuantities(
  design: Design,
  quantities: Readonly<Record<string, number>>,
): Design {
  const top = new Map<string, number>();
  const inner = new Map<string, Map<string, number>>();
  for (const [id, n] of Object.entries(quantities)) {
    const slash = id.indexOf('/');
    if (slash < 0) top.set(id, n);
    else {
      const name = id.slice(0, slash);
      const map = inner.get(name) ?? new Map<string, number>();
      map.set(id.slice(slash + 1), n);
      inner.set(name, map);
    }
  }
  const subsystems = Object.fromEntries(
    Object.entries(design.subsystems).map(([name, d]) => {
      const map = inner.get(name);
      return [name, map === undefined ? d : withDiagramQuantities(d, map)];
    }),
  );
  return { ...design, diagram: withDiagramQuantities(design.diagram, top), subsystems };
}

/** The default variables: every block (not a repeat) whose component has a cost. */
export function getDefaultVariableIds(design: Design): string[] {
  const priced = new Set(design.components.filter((c) => c.cost !== null).map((c) => c.id));
  const ids: string[] = [];
  const add = (d: Diagram, prefix: string): void => {
    for (const n of d.nodes) {
      if (n.kind === 'block' && n.repeatOf === null && priced.has(n.component)) {
        ids.push(prefix + n.id);
      }
    }
  };
  add(design.diagram, '');
  for (const [name, d] of Object.entries(design.subsystems)) add(d, `${name}/`);
  return ids;
}

/** Flat block indices whose quantity differs between two flattenings of one structure. */
function changedBlocks(base: FlatStructure, changed: FlatStructure): number[] {
  const out: number[] = [];
  base.blocks.forEach((b, i) => {
    if (changed.blocks[i]!.quantity !== b.quantity) out.push(i);
  });
  return out;
}

interface Level {
  readonly work: number;
  readonly fail: number;
}

/**
 * Why the optimiser cannot run, and what it is about, so a form can show it next to the field
 * that is wrong: `target` (the availability target), `budget`, `variables` (the blocks to vary;
 * `block` names the one at fault when there is one) or `design` (the design itself).
 */
export interface OptimizeIssue {
  readonly field: 'target' | 'budget' | 'variables' | 'design';
  /** The block (variable id or block path id) the problem is about, when there is one. */
  readonly block?: string;
  readonly message: string;
}

function resolveBounds(
  design: Design,
  asked: VariableBounds,
): Result<{ id: string; min: number; max: number; current: number; unitCost: number }, string> {
  const found = findBlockNode(design, asked.id);
  if (typeof found === 'string') return { ok: false, error: found };
  const node = found.diagram.nodes.find((n) => n.id === found.node);
  if (node?.kind !== 'block') return { ok: false, error: `unknown block "${asked.id}"` };
  const min = asked.min ?? node.required;
  const max = asked.max ?? Math.max(DEFAULT_MAX_QUANTITY, min);
  const bad = (what: string): Result<never, string> => ({
    ok: false,
    error: `block "${asked.id}": ${what}`,
  });
  if (!Number.isInteger(min) || !Number.isInteger(max)) {
    return bad(`quantities must be whole numbers (got ${min} to ${max})`);
  }
  if (min < node.required) {
    return bad(`smallest quantity ${min} is below its required ${node.required}`);
  }
  if (max < min) return bad(`largest quantity ${max} is below the smallest ${min}`);
  if (max > MAX_OPTIMIZE_QUANTITY) {
    return bad(`largest quantity ${max} is above ${MAX_OPTIMIZE_QUANTITY}`);
  }
  return {
    ok: true,
    value: {
      id: asked.id,
      min,
      max,
      current: node.quantity,
      unitCost: design.components.find((c) => c.id === node.component)?.cost ?? 0,
    },
  };
}

/**
 * Compiles the allocation problem of a design.
 * @param design a validated design
 * @param bounds the variables (default: {@link getDefaultVariableIds}, each from its `required`
 *   to {@link DEFAULT_MAX_QUANTITY})
 * @returns the problem, or why it cannot be posed exactly (an unknown block, bounds that do not
 *   fit, a block whose long-run availability is not exactly computable, a structure too large)
 * @example
 * const problem = createOptimizeProblem(design);
 * if (problem.ok) problem.value.evaluate(problem.value.variables.map((v) => v.max)).fail;
 */
export function createOptimizeProblem(
  design: Design,
  bounds?: readonly VariableBounds[],
): Result<OptimizeProblem, OptimizeIssue> {
  const asked = bounds ?? getDefaultVariableIds(design).map((id) => ({ id }));
  if (asked.length === 0) {
    return {
      ok: false,
      error: {
        field: 'variables',
        message: 'no block to optimise: no component has a cost (give the blocks to vary)',
      },
    };
  }
  const seen = new Set<string>();
  const resolved = [];
  for (const a of asked) {
    if (seen.has(a.id)) {
      return {
        ok: false,
        error: { field: 'variables', block: a.id, message: `block "${a.id}" is named twice` },
      };
    }
    seen.add(a.id);
    const r = resolveBounds(design, a);
    if (!r.ok) return { ok: false, error: { field: 'variables', block: a.id, message: r.error } };
    resolved.push(r.value);
  }
  const flat = createFlatStructure(design);
  let dd: DecisionDiagram;
  try {
    dd = compileDecisionDiagram(flat);
  } catch (error) {
    if (!(error instanceof DiagramTooLarge)) throw error;
    return {
      ok: false,
      error: { field: 'design', message: "this design's structure is too large to solve exactly" },
    };
  }
  const n = flat.blocks.length;
  const work = new Float64Array(n);
  const fail = new Float64Array(n);
  const steadyOf = (block: FlatBlock): Result<Level, string> => {
    const s = computeBlockSteadyState(block, getBlockMethod(block));
    return s.ok ? { ok: true, value: { work: s.value.work, fail: s.value.fail } } : s;
  };
  let baseCost = 0;
  for (const b of flat.blocks) {
    const s = steadyOf(b);
    if (!s.ok) return { ok: false, error: { field: 'design', block: b.id, message: s.error } };
    work[b.index] = s.value.work;
    fail[b.index] = s.value.fail;
    if (b.component.cost !== null) baseCost += b.component.cost * b.quantity;
  }
  const variables: OptimizeVariable[] = [];
  /** Per variable: its flat blocks and, per level from min, the {work, fail} of each copy. */
  const tables: { blocks: number[]; levels: Level[][] }[] = [];
  let monotone = true;
  for (const r of resolved) {
    // The flat blocks of this variable: those whose quantity follows the node's.
    const probe = createFlatStructure(applyQuantities(design, { [r.id]: r.current + 1 }));
    const blocks = changedBlocks(flat, probe);
    const levels: Level[][] = [];
    for (let q = r.min; q <= r.max; q++) {
      const row: Level[] = [];
      for (const i of blocks) {
        const s = steadyOf({ ...flat.blocks[i]!, quantity: q });
        if (!s.ok) {
          const message = `at quantity ${q}: ${s.error}`;
          return { ok: false, error: { field: 'variables', block: r.id, message } };
        }
        row.push(s.value);
      }
      const previous = levels[levels.length - 1];
      if (previous?.some((p, k) => row[k]!.fail > p.fail)) monotone = false;
      levels.push(row);
    }
    variables.push({ ...r, copies: blocks.length });
    tables.push({ blocks, levels });
  }
  let evaluations = 0;
  return {
    ok: true,
    value: {
      variables,
      baseCost,
      monotone,
      evaluate(quantities) {
        evaluations++;
        for (let v = 0; v < tables.length; v++) {
          const { blocks, levels } = tables[v]!;
          const row = levels[quantities[v]! - variables[v]!.min]!;
          for (let k = 0; k < blocks.length; k++) {
            work[blocks[k]!] = row[k]!.work;
            fail[blocks[k]!] = row[k]!.fail;
          }
        }
        return evaluateDecisionDiagram(dd, work, fail);
      },
      evaluations: () => evaluations,
    },
  };
}

/**
 * A copy of a design *file* with some blocks' quantities written in (everything else as it was
 * written: layout, notes, expressions), for `optimize --out` and the compare view's variants.
 * @param file a design file (validated or not: ids that name no block node are skipped)
 * @param quantities by variable id (a top-level block node id, or `subsystem/node`)
 * @returns the changed copy
 * @example
 * setFileQuantities(file, { apps: 5 }).diagram.nodes; // apps written with quantity 5
 */
export function setFileQuantities(
  file: DesignFile,
  quantities: Readonly<Record<string, number>>,
): DesignFile {
  const copy = structuredClone(file);
  for (const [id, n] of Object.entries(quantities)) {
    const slash = id.indexOf('/');
    const diagram = slash < 0 ? copy.diagram : copy.subsystems?.[id.slice(0, slash)];
    const nodeId = slash < 0 ? id : id.slice(slash + 1);
    const node = diagram?.nodes.find((x) => x.id === nodeId);
    if (node?.kind === 'block') node.quantity = n;
  }
  return copy;
}
