/**
 * Redundancy allocation with a choice of component types: subsystems in series, each made of
 * active parallel units chosen among its types (mixed or one type), every unit independent;
 * the most reliable system within a cost limit and optionally a weight limit. This is the
 * classic problem of Fyffe, Hines & Lee (1968), with mixing as in Coit & Smith (1996).
 *
 * The search is exact: dynamic programming over the budget. The objective is a sum of one term
 * per subsystem (log R), the limits are sums too, so the best system within (cost c, weight w)
 * is, over the designs d of the last subsystem, the best of the others within (c − c_d, w − w_d)
 * plus d's term. Costs and weights are read on a grid (whole numbers, or hundredths when the
 * figures need them); a budget refuses problems whose grid or design count is too large.
 * A subsystem's unreliability is computed directly as ∏ (1 − r_j)^{k_j} and the system's as
 * −expm1(Σ log1p(−q_i)), so tiny unreliabilities stay exact.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import type { Result } from '../util/result.ts';

/** One component type a subsystem may use. */
export interface AllocationOption {
  readonly name: string;
  /** Probability that one unit works (at the mission time, or its availability). */
  readonly reliability: number;
  /** Price of one unit. */
  readonly cost: number;
  /** Weight of one unit (needed when the problem has a weight limit). */
  readonly weight?: number;
}

/** One subsystem: units of its types in active parallel; it works while one unit works. */
export interface AllocationSubsystem {
  readonly name: string;
  readonly options: readonly AllocationOption[];
}

export interface AllocationProblem {
  /** In series: the system works while every subsystem works. */
  readonly subsystems: readonly AllocationSubsystem[];
  readonly maxCost: number;
  /** No weight limit when absent. */
  readonly maxWeight?: number;
  /** Most units per subsystem (default {@link DEFAULT_MAX_UNITS}). */
  readonly maxUnits?: number;
  /** Whether a subsystem may mix types (default true); otherwise one type per subsystem. */
  readonly mixing?: boolean;
}

/** What one subsystem is made of in the answer. */
export interface AllocationChoice {
  readonly subsystem: string;
  /** How many units of each type, in the order of the options (types not used left out). */
  readonly units: readonly { readonly option: string; readonly count: number }[];
  readonly reliability: number;
  readonly unreliability: number;
  readonly cost: number;
  readonly weight: number;
}

export interface AllocationAnswer {
  readonly reliability: number;
  readonly unreliability: number;
  readonly cost: number;
  readonly weight: number;
  readonly choices: readonly AllocationChoice[];
  /** The search is exhaustive over the grid: the answer is proven best. */
  readonly optimal: true;
  readonly method: string;
  /** Designs of each subsystem left after removing those another beats on every count. */
  readonly designs: readonly number[];
}

/** A problem that cannot be solved, and where (`subsystems[2].options[0].cost`, `maxCost`). */
export interface AllocationIssue {
  readonly path: string;
  readonly message: string;
}

export const DEFAULT_MAX_UNITS = 8;
/** Most units per subsystem accepted. */
export const MAX_UNITS_LIMIT = 50;
/** Most designs of one subsystem (before pruning) the search enumerates. */
export const MAX_SUBSYSTEM_DESIGNS = 200_000;
/** Most cells of the budget grid (cost steps × weight steps). */
export const MAX_GRID_CELLS = 2_000_000;
/** Most cell updates of the whole search (Σ designs × cells). */
export const MAX_SEARCH_STEPS = 2e9;

interface Design {
  readonly counts: readonly number[];
  readonly cost: number;
  readonly weight: number;
  /** Grid steps of cost and weight. */
  readonly costSteps: number;
  readonly weightSteps: number;
  readonly unreliability: number;
  /** log R of the subsystem, computed as log1p(−unreliability). */
  readonly logReliability: number;
}

/** The smallest scale in 1, 10, 100 that puts every value on whole numbers, or null. */
function findScale(values: readonly number[]): number | null {
  for (const scale of [1, 10, 100]) {
    if (values.every((v) => Math.abs(v * scale - Math.round(v * scale)) <= 1e-9 * scale)) {
      return scale;
    }
  }
  return null;
}

function validate(problem: AllocationProblem): AllocationIssue[] {
  const issues: AllocationIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const finiteAtLeast = (v: unknown, min: number) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min;
  if (!finiteAtLeast(problem.maxCost, 0)) add('maxCost', 'the cost limit must be a number ≥ 0');
  const weighed = problem.maxWeight !== undefined;
  if (weighed && !finiteAtLeast(problem.maxWeight, 0)) {
    add('maxWeight', 'the weight limit must be a number ≥ 0');
  }
  const maxUnits = problem.maxUnits ?? DEFAULT_MAX_UNITS;
  if (!Number.isInteger(maxUnits) || maxUnits < 1 || maxUnits > MAX_UNITS_LIMIT) {
    add(
      'maxUnits',
      `the most units per subsystem must be a whole number from 1 to ${MAX_UNITS_LIMIT}`,
    );
  }
  if (problem.subsystems.length === 0) add('subsystems', 'there is no subsystem');
  problem.subsystems.forEach((subsystem, i) => {
    const at = `subsystems[${i}]`;
    if (subsystem.options.length === 0) add(`${at}.options`, `${subsystem.name} has no type`);
    const names = new Set<string>();
    subsystem.options.forEach((option, j) => {
      const path = `${at}.options[${j}]`;
      if (names.has(option.name))
        add(`${path}.name`, `${subsystem.name}: two types are named ${option.name}`);
      names.add(option.name);
      const r = option.reliability;
      if (typeof r !== 'number' || !(r >= 0 && r <= 1)) {
        add(
          `${path}.reliability`,
          `${subsystem.name} · ${option.name}: the reliability must be in [0, 1]`,
        );
      }
      if (!finiteAtLeast(option.cost, 0)) {
        add(`${path}.cost`, `${subsystem.name} · ${option.name}: the cost must be a number ≥ 0`);
      }
      if (weighed && !finiteAtLeast(option.weight, 0)) {
        add(
          `${path}.weight`,
          `${subsystem.name} · ${option.name}: the weight must be a number ≥ 0 (the problem has a weight limit)`,
        );
      }
    });
  });
  return issues;
}

/** Every design of one subsystem: unit counts per type, 1 … maxUnits units in all. */
function enumerateDesigns(
  options: readonly AllocationOption[],
  maxUnits: number,
  mixing: boolean,
): number[][] {
  const designs: number[][] = [];
  if (!mixing) {
    options.forEach((_, j) => {
      for (let k = 1; k <= maxUnits; k++) {
        const counts = new Array<number>(options.length).fill(0);
        counts[j] = k;
        designs.push(counts);
      }
    });
    return designs;
  }
  const counts = new Array<number>(options.length).fill(0);
  const walk = (j: number, left: number) => {
    if (j === options.length) {
      if (left < maxUnits) designs.push([...counts]);
      return;
    }
    for (let k = 0; k <= left; k++) {
      counts[j] = k;
      walk(j + 1, left - k);
    }
    counts[j] = 0;
  };
  walk(0, maxUnits);
  return designs;
}

/** How many designs one subsystem has: C(m + n, m) − 1 with mixing, m·n without. */
function countDesigns(types: number, maxUnits: number, mixing: boolean): number {
  if (!mixing) return types * maxUnits;
  let c = 1;
  for (let i = 1; i <= types; i++) c = (c * (maxUnits + i)) / i;
  return Math.round(c) - 1;
}

/** Most designs compared pairwise when removing the beaten ones. */
const PAIRWISE_PRUNE_LIMIT = 5_000;

/** Keeps the designs no other design beats on cost, weight and reliability at once. */
function prune(designs: Design[]): Design[] {
  // The best of each (cost, weight) first; then pairwise, when few enough remain.
  const bestAt = new Map<string, Design>();
  for (const d of designs) {
    const key = `${d.costSteps}/${d.weightSteps}`;
    const held = bestAt.get(key);
    if (held === undefined || d.logReliability > held.logReliability) bestAt.set(key, d);
  }
  if (bestAt.size > PAIRWISE_PRUNE_LIMIT) return [...bestAt.values()];
  const sorted = [...bestAt.values()].sort(
    (a, b) =>
      a.costSteps - b.costSteps ||
      a.weightSteps - b.weightSteps ||
      b.logReliability - a.logReliability,
  );
  const kept: Design[] = [];
  for (const d of sorted) {
    const beaten = kept.some(
      (k) =>
        k.costSteps <= d.costSteps &&
        k.weightSteps <= d.weightSteps &&
        k.logReliability >= d.logReliability,
    );
    if (!beaten) kept.push(d);
  }
  return kept;
}

/**
 * The most reliable system within the limits.
 * @returns the answer (proven best), or the issues that stop the search: bad figures, a problem
 *   past the budget (named, with what to change), or limits no design fits
 * @example
 * allocateRedundancy({ subsystems: [{ name: 'db', options: [{ name: 'std', reliability: 0.9, cost: 1 }] }], maxCost: 3 })
 */
export function allocateRedundancy(
  problem: AllocationProblem,
): Result<AllocationAnswer, readonly AllocationIssue[]> {
  const issues = validate(problem);
  if (issues.length > 0) return { ok: false, error: issues };
  const maxUnits = problem.maxUnits ?? DEFAULT_MAX_UNITS;
  const mixing = problem.mixing ?? true;
  const weighed = problem.maxWeight !== undefined;
  const options = problem.subsystems.flatMap((s) => s.options);
  const costScale = findScale([problem.maxCost, ...options.map((o) => o.cost)]);
  const weightScale = weighed
    ? findScale([problem.maxWeight, ...options.map((o) => o.weight ?? 0)])
    : 1;
  if (costScale === null || weightScale === null) {
    const what = costScale === null ? 'cost' : 'weight';
    return {
      ok: false,
      error: [
        {
          path: costScale === null ? 'maxCost' : 'maxWeight',
          message: `every ${what} must be a whole number or have at most two decimals (the exact search runs on that grid)`,
        },
      ],
    };
  }
  const costCells = Math.round(problem.maxCost * costScale) + 1;
  const weightCells = weighed ? Math.round(problem.maxWeight * weightScale) + 1 : 1;
  const cells = costCells * weightCells;
  if (cells > MAX_GRID_CELLS) {
    return {
      ok: false,
      error: [
        {
          path: weighed ? 'maxWeight' : 'maxCost',
          message: `the exact search would need a grid of ${cells.toLocaleString('en-US')} budget cells (at most ${MAX_GRID_CELLS.toLocaleString('en-US')}): use whole-number costs and weights or smaller limits`,
        },
      ],
    };
  }
  // Every subsystem's designs, with those another beats on every count removed.
  const designsBySubsystem: Design[][] = [];
  for (const [i, subsystem] of problem.subsystems.entries()) {
    const count = countDesigns(subsystem.options.length, maxUnits, mixing);
    if (count > MAX_SUBSYSTEM_DESIGNS) {
      return {
        ok: false,
        error: [
          {
            path: `subsystems[${i}]`,
            message: `${subsystem.name} has ${count.toLocaleString('en-US')} designs of up to ${maxUnits} units (at most ${MAX_SUBSYSTEM_DESIGNS.toLocaleString('en-US')}): allow fewer units or fewer types`,
          },
        ],
      };
    }
    const logFail = subsystem.options.map((o) => Math.log1p(-o.reliability));
    const designs = enumerateDesigns(subsystem.options, maxUnits, mixing).map((counts) => {
      let cost = 0;
      let weight = 0;
      let logUnreliability = 0;
      counts.forEach((k, j) => {
        if (k === 0) return;
        const option = subsystem.options[j]!;
        cost += k * option.cost;
        weight += k * (option.weight ?? 0);
        logUnreliability += k * logFail[j]!;
      });
      const unreliability = Math.exp(logUnreliability);
      return {
        counts,
        cost,
        weight,
        costSteps: Math.round(cost * costScale),
        weightSteps: weighed ? Math.round(weight * weightScale) : 0,
        unreliability,
        logReliability: Math.log1p(-unreliability),
      };
    });
    const fitting = designs.filter((d) => d.costSteps < costCells && d.weightSteps < weightCells);
    if (fitting.length === 0) {
      return {
        ok: false,
        error: [
          {
            path: `subsystems[${i}]`,
            message: `no design of ${subsystem.name} fits the limits on its own`,
          },
        ],
      };
    }
    designsBySubsystem.push(prune(fitting));
  }
  const steps = designsBySubsystem.reduce((sum, d) => sum + d.length * cells, 0);
  if (steps > MAX_SEARCH_STEPS) {
    return {
      ok: false,
      error: [
        {
          path: 'subsystems',
          message: `the exact search would take ${steps.toExponential(1)} steps (at most ${MAX_SEARCH_STEPS.toExponential(0)}): allow fewer units, fewer types or smaller limits`,
        },
      ],
    };
  }

  // best[c · weightCells + w]: the largest Σ log R of the subsystems so far within (c, w).
  let best = new Float64Array(cells); // no subsystem yet: log 1 = 0 everywhere
  const picks: Int32Array[] = [];
  for (const designs of designsBySubsystem) {
    const next = new Float64Array(cells).fill(-Infinity);
    const pick = new Int32Array(cells).fill(-1);
    designs.forEach((d, index) => {
      for (let c = d.costSteps; c < costCells; c++) {
        const row = c * weightCells;
        const from = (c - d.costSteps) * weightCells - d.weightSteps;
        for (let w = d.weightSteps; w < weightCells; w++) {
          const value = best[from + w]! + d.logReliability;
          if (value > next[row + w]!) {
            next[row + w] = value;
            pick[row + w] = index;
          }
        }
      }
    });
    best = next;
    picks.push(pick);
  }
  const total = best[cells - 1]!;
  if (total === -Infinity) {
    return {
      ok: false,
      error: [{ path: 'maxCost', message: 'no system fits the limits: raise them' }],
    };
  }
  // Walk back from the full budget to what each subsystem took.
  const chosen: Design[] = [];
  let c = costCells - 1;
  let w = weightCells - 1;
  for (let i = designsBySubsystem.length - 1; i >= 0; i--) {
    const d = designsBySubsystem[i]![picks[i]![c * weightCells + w]!]!;
    chosen.unshift(d);
    c -= d.costSteps;
    w -= d.weightSteps;
  }
  const logReliability = chosen.reduce((sum, d) => sum + d.logReliability, 0);
  return {
    ok: true,
    value: {
      reliability: Math.exp(logReliability),
      unreliability: -Math.expm1(logReliability),
      cost: chosen.reduce((sum, d) => sum + d.cost, 0),
      weight: chosen.reduce((sum, d) => sum + d.weight, 0),
      choices: chosen.map((d, i) => {
        const subsystem = problem.subsystems[i]!;
        return {
          subsystem: subsystem.name,
          units: d.counts.flatMap((count, j) =>
            count === 0 ? [] : [{ option: subsystem.options[j]!.name, count }],
          ),
          reliability: 1 - d.unreliability,
          unreliability: d.unreliability,
          cost: d.cost,
          weight: d.weight,
        };
      }),
      optimal: true,
      method: `exact: dynamic programming over ${weighed ? 'cost and weight' : 'cost'} (${cells.toLocaleString('en-US')} budget cells)`,
      designs: designsBySubsystem.map((d) => d.length),
    },
  };
}
