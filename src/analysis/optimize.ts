/**
 * The cheapest redundancy that meets an availability target, and the Pareto front of cost
 * against unavailability (the `optimize` contract of src/cli/README.md; issue 11).
 *
 * Variables are quantities of chosen blocks, each within bounds; everything else stays. Methods:
 * - branch and bound (exact, proven optimal) when every variable's own unavailability never
 *   rises with its quantity: the structure function is coherent, so the system's unavailability
 *   with every undecided variable at its largest quantity bounds a branch from below (prune
 *   when it misses the target), and every undecided one at its smallest gives the branch's
 *   cheapest design (stop when it meets the target) — the "maximal allocations" argument of
 *   RePyability's exact_min_cost (anchors.md §3.1–3.2);
 * - exhaustive enumeration (exact) when monotonicity fails and the space is small enough;
 * - greedy (largest drop of ln U per unit of cost, then dropping what is not needed), labelled
 *   not proven optimal, beyond that or when the exact search runs past its evaluation budget.
 * The Pareto front is found exactly by ε-constraint: the cheapest design of the whole space,
 * then again and again the cheapest design strictly better than the last one found.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import { HOURS_PER_YEAR } from '../model/types.ts';
import type { Design } from '../model/types.ts';
import type { Result } from '../util/result.ts';
import type {
  OptimizeIssue,
  OptimizeProblem,
  OptimizeVariable,
  VariableBounds,
} from './optimizeProblem.ts';
import { createOptimizeProblem } from './optimizeProblem.ts';

/** Evaluations the exact search may spend on the best design (then it says it stopped). */
export const DEFAULT_EVALUATION_LIMIT = 2_000_000;

/** Largest search space enumerated when branch and bound does not apply. */
export const EXHAUSTIVE_LIMIT = 1_000_000;

/** Most points of the Pareto front listed. */
export const DEFAULT_PARETO_LIMIT = 400;

/** How often (in evaluations) progress is reported. */
const PROGRESS_EVERY = 4096;

/** One design of the search space. */
export interface OptimizeCandidate {
  readonly cost: number;
  readonly availability: number;
  readonly unavailability: number;
  /** Hours per year of 8766 h. */
  readonly downtimePerYear: number;
  /** −log10(unavailability); `null` when the design never fails. */
  readonly nines: number | null;
  /** Quantity of each variable, by its id. */
  readonly quantities: Readonly<Record<string, number>>;
}

/** How the best design was found. */
export type OptimizeMethod = 'branch-and-bound' | 'exhaustive' | 'greedy';

/** What the search is asked. */
export interface OptimizeOptions {
  /** The most steady-state unavailability the design may have. */
  readonly maxUnavailability: number;
  /** The variables and their bounds (default: every block with a cost, required … 6). */
  readonly variables?: readonly VariableBounds[];
  /** The most the design may cost (default: no limit). */
  readonly budget?: number;
  /** Evaluations the exact search of the best design may spend. */
  readonly evaluationLimit?: number;
  /** Evaluations the Pareto front may spend (default: the same as `evaluationLimit`). */
  readonly paretoEvaluationLimit?: number;
  /** Most front points (default {@link DEFAULT_PARETO_LIMIT}). */
  readonly paretoLimit?: number;
  /**
   * `auto` (default): branch and bound where it applies, else exhaustive while the space is
   * small, else greedy. `exhaustive` and `greedy` force one (tests and benchmarks compare them).
   */
  readonly strategy?: 'auto' | 'exhaustive' | 'greedy';
  /** Called every few thousand evaluations with the count so far and the phase. */
  readonly onProgress?: (evaluated: number, phase: 'best' | 'pareto') => void;
}

/** The answer. */
export interface OptimizeResult {
  readonly maxUnavailability: number;
  readonly variables: readonly OptimizeVariable[];
  /** The cheapest design meeting the target (ties: the lowest unavailability), or `null`. */
  readonly best: OptimizeCandidate | null;
  /** What the greedy heuristic alone found (for comparison), or `null`. */
  readonly heuristic: OptimizeCandidate | null;
  /** Every design no other beats on both cost and unavailability, by cost. */
  readonly pareto: readonly OptimizeCandidate[];
  /** Whether `best` is proven cheapest. */
  readonly optimal: boolean;
  /** Whether `pareto` is the whole front (not cut by its limits). */
  readonly paretoComplete: boolean;
  readonly method: OptimizeMethod;
  /** The method in words, and why it is or is not proven optimal. */
  readonly methodNote: string;
  /** System evaluations made. */
  readonly evaluated: number;
  /** Number of designs in the search space. */
  readonly spaceSize: number;
}

/** Thrown inside a search when it runs out of evaluations; caught by the search. */
class SearchBudgetSpent extends Error {}

interface Found {
  readonly x: Int32Array;
  readonly cost: number;
  readonly work: number;
  readonly fail: number;
}

/** The search kernel over one compiled problem. */
function createSearch(problem: OptimizeProblem, options: OptimizeOptions) {
  const vars = problem.variables;
  const m = vars.length;
  const step = vars.map((v) => v.unitCost * v.copies);
  // Free variables (no cost) are always at their largest: the same price, never worse.
  const cheapest = vars.map((v, i) => (step[i] === 0 ? v.max : v.min));
  // Decide the dearest variables first: their choices prune most.
  const order = vars.map((_, i) => i).sort((a, b) => step[b]! - step[a]!);
  const costOf = (x: ArrayLike<number>): number => {
    let cost = problem.baseCost;
    for (let i = 0; i < m; i++) cost += step[i]! * (x[i]! - vars[i]!.current);
    return cost;
  };
  // restCheapest[j]: the cost change of the variables order[j…] at their cheapest.
  const restCheapest = new Float64Array(m + 1);
  for (let j = m - 1; j >= 0; j--) {
    const v = order[j]!;
    restCheapest[j] = restCheapest[j + 1]! + step[v]! * (cheapest[v]! - vars[v]!.current);
  }
  const maxCost = options.budget ?? Infinity;
  let limit = Infinity;
  let sinceProgress = 0;
  let phase: 'best' | 'pareto' = 'best';
  const evaluate = (x: Int32Array): { work: number; fail: number } => {
    if (problem.evaluations() >= limit) throw new SearchBudgetSpent();
    if (++sinceProgress >= PROGRESS_EVERY) {
      sinceProgress = 0;
      options.onProgress?.(problem.evaluations(), phase);
    }
    return problem.evaluate(x);
  };
  const better = (cost: number, fail: number, best: Found | null): boolean =>
    best === null || cost < best.cost || (cost === best.cost && fail < best.fail);

  /**
   * The cheapest design whose unavailability is below `bound` (or at it, unless `strict`),
   * ties broken by the lowest unavailability; `complete` false when the budget ran out.
   */
  const minCost = (
    bound: number,
    strict: boolean,
    incumbent: Found | null,
  ): { found: Found | null; complete: boolean } => {
    const feasible = (fail: number): boolean => (strict ? fail < bound : fail <= bound);
    const x = new Int32Array(m);
    let best = incumbent;
    const dfs = (j: number, fixedCost: number): void => {
      const lowest = fixedCost + restCheapest[j]!;
      if (lowest > maxCost || (best !== null && lowest > best.cost)) return;
      for (let k = j; k < m; k++) x[order[k]!] = cheapest[order[k]!]!;
      const atCheapest = evaluate(x);
      if (feasible(atCheapest.fail)) {
        // No other completion of this branch is as cheap (every undecided priced variable is
        // at its least).
        const cost = costOf(x);
        if (better(cost, atCheapest.fail, best)) best = { x: x.slice(), cost, ...atCheapest };
        return;
      }
      if (j === m) return;
      for (let k = j; k < m; k++) x[order[k]!] = vars[order[k]!]!.max;
      if (!feasible(evaluate(x).fail)) return; // monotone: nothing in this branch meets it
      const v = order[j]!;
      const from = step[v] === 0 ? vars[v]!.max : vars[v]!.min;
      for (let q = from; q <= vars[v]!.max; q++) {
        x[v] = q;
        const cost = fixedCost + step[v]! * (q - vars[v]!.current);
        const least = cost + restCheapest[j + 1]!;
        if (least > maxCost || (best !== null && least > best.cost)) break;
        dfs(j + 1, cost);
      }
    };
    try {
      dfs(0, problem.baseCost);
      return { found: best, complete: true };
    } catch (error) {
      if (!(error instanceof SearchBudgetSpent)) throw error;
      return { found: best, complete: false };
    }
  };

  /** Greedy: raise the quantity with the largest drop of ln U per unit of cost, then trim. */
  const greedy = (bound: number): Found | null => {
    const x = Int32Array.from(cheapest);
    let current = evaluate(x);
    while (current.fail > bound) {
      let pick = -1;
      let pickScore = -Infinity;
      let pickResult = current;
      for (let v = 0; v < m; v++) {
        if (x[v]! >= vars[v]!.max) continue;
        x[v]!++;
        const next = evaluate(x);
        x[v]!--;
        if (costOf(x) + step[v]! > maxCost) continue;
        const drop = next.fail === 0 ? Infinity : Math.log(current.fail) - Math.log(next.fail);
        const score = step[v] === 0 ? Infinity : drop / step[v]!;
        if (score > pickScore) {
          pick = v;
          pickScore = score;
          pickResult = next;
        }
      }
      if (pick < 0) return null;
      x[pick]!++;
      current = pickResult;
    }
    // Drop units that the target does not need, the dearest first.
    for (const v of order) {
      while (x[v]! > vars[v]!.min && step[v]! > 0) {
        x[v]!--;
        const next = evaluate(x);
        if (next.fail > bound) {
          x[v]!++;
          break;
        }
        current = next;
      }
    }
    const cost = costOf(x);
    return cost > maxCost ? null : { x, cost, ...current };
  };

  /** Every design, for the non-monotone case: the best and the front in one pass. */
  const enumerate = (bound: number): { best: Found | null; front: Found[] } => {
    const x = Int32Array.from(vars, (v) => v.min);
    const all: Found[] = [];
    for (;;) {
      const r = evaluate(x);
      const cost = costOf(x);
      if (cost <= maxCost) all.push({ x: x.slice(), cost, ...r });
      // Next design, as an odometer.
      let i = 0;
      while (i < m && x[i] === vars[i]!.max) {
        x[i] = vars[i]!.min;
        i++;
      }
      if (i === m) break;
      x[i]!++;
    }
    let best: Found | null = null;
    for (const f of all) if (f.fail <= bound && better(f.cost, f.fail, best)) best = f;
    all.sort((a, b) => a.cost - b.cost || a.fail - b.fail);
    const front: Found[] = [];
    for (const f of all)
      if (front.length === 0 || f.fail < front[front.length - 1]!.fail) front.push(f);
    return { best, front };
  };

  return {
    minCost,
    greedy,
    enumerate,
    setLimit(evaluations: number, next: 'best' | 'pareto') {
      limit = problem.evaluations() + evaluations;
      phase = next;
    },
  };
}

function toCandidate(problem: OptimizeProblem, f: Found): OptimizeCandidate {
  const quantities: Record<string, number> = {};
  problem.variables.forEach((v, i) => (quantities[v.id] = f.x[i]!));
  return {
    cost: f.cost,
    availability: f.work,
    unavailability: f.fail,
    downtimePerYear: f.fail * HOURS_PER_YEAR,
    nines: f.fail > 0 ? -Math.log10(f.fail) : null,
    quantities,
  };
}

/**
 * Finds the cheapest quantities of the chosen blocks that meet an availability target, and the
 * Pareto front of cost against unavailability over the whole search space.
 * @param design a validated design
 * @param options the target (most steady-state unavailability), variables, budget and limits
 * @returns the answer, or why the problem cannot be posed exactly (with the field it is about)
 * @example
 * const r = optimizeDesign(design, { maxUnavailability: 1e-4 });
 * if (r.ok && r.value.best) r.value.best.quantities; // { lb1: 1, lb2: 1, apps: 4, db: 2 }
 */
export function optimizeDesign(
  design: Design,
  options: OptimizeOptions,
): Result<OptimizeResult, OptimizeIssue> {
  const { maxUnavailability } = options;
  if (!(maxUnavailability >= 0 && maxUnavailability <= 1)) {
    return {
      ok: false,
      error: {
        field: 'target',
        message: `target unavailability ${maxUnavailability} is not in [0, 1]`,
      },
    };
  }
  if (options.budget !== undefined && !(options.budget >= 0)) {
    return {
      ok: false,
      error: { field: 'budget', message: `budget ${options.budget} must be ≥ 0` },
    };
  }
  const compiled = createOptimizeProblem(design, options.variables);
  if (!compiled.ok) return compiled;
  const problem = compiled.value;
  const search = createSearch(problem, options);
  const spaceSize = problem.variables.reduce((n, v) => n * (v.max - v.min + 1), 1);
  const limit = options.evaluationLimit ?? DEFAULT_EVALUATION_LIMIT;
  const paretoLimit = options.paretoLimit ?? DEFAULT_PARETO_LIMIT;
  const candidate = (f: Found | null): OptimizeCandidate | null =>
    f === null ? null : toCandidate(problem, f);

  search.setLimit(Infinity, 'best');
  const heuristic = search.greedy(maxUnavailability);

  const strategy = options.strategy ?? 'auto';
  if (strategy !== 'auto' || !problem.monotone) {
    if (strategy !== 'greedy' && spaceSize <= EXHAUSTIVE_LIMIT) {
      const all = search.enumerate(maxUnavailability);
      return {
        ok: true,
        value: {
          maxUnavailability,
          variables: problem.variables,
          best: candidate(all.best),
          heuristic: candidate(heuristic),
          pareto: all.front.slice(0, paretoLimit).map((f) => toCandidate(problem, f)),
          optimal: true,
          paretoComplete: all.front.length <= paretoLimit,
          method: 'exhaustive',
          methodNote: `exhaustive enumeration of all ${spaceSize} designs${problem.monotone ? '' : " (a block's unavailability rises with its quantity somewhere, so branch and bound does not apply)"}; proven optimal`,
          evaluated: problem.evaluations(),
          spaceSize,
        },
      };
    }
    return {
      ok: true,
      value: {
        maxUnavailability,
        variables: problem.variables,
        best: candidate(heuristic),
        heuristic: candidate(heuristic),
        pareto: [],
        optimal: false,
        paretoComplete: false,
        method: 'greedy',
        methodNote:
          strategy === 'greedy'
            ? 'greedy heuristic (asked for), not proven optimal'
            : `greedy heuristic, not proven optimal: a block's unavailability rises with its quantity somewhere, so branch and bound does not apply, and the ${spaceSize} designs are more than the ${EXHAUSTIVE_LIMIT} enumerated`,
        evaluated: problem.evaluations(),
        spaceSize,
      },
    };
  }

  search.setLimit(limit, 'best');
  const exact = search.minCost(maxUnavailability, false, heuristic);
  const best = exact.found;

  // The front: the cheapest design of all, then the cheapest strictly better, and so on.
  search.setLimit(options.paretoEvaluationLimit ?? limit, 'pareto');
  const front: Found[] = [];
  let paretoComplete = true;
  let bound = Infinity;
  let strict = false;
  for (;;) {
    if (front.length >= paretoLimit) {
      paretoComplete = false;
      break;
    }
    const next = search.minCost(bound, strict, null);
    if (!next.complete) paretoComplete = false;
    if (next.found === null || !next.complete) break;
    front.push(next.found);
    if (next.found.fail === 0) break;
    bound = next.found.fail;
    strict = true;
  }
  return {
    ok: true,
    value: {
      maxUnavailability,
      variables: problem.variables,
      best: candidate(best),
      heuristic: candidate(heuristic),
      pareto: front.map((f) => toCandidate(problem, f)),
      optimal: exact.complete,
      paretoComplete,
      method: exact.complete ? 'branch-and-bound' : 'greedy',
      methodNote: exact.complete
        ? `branch and bound over ${spaceSize} designs, pruned by monotonicity (a block's unavailability never rises with its quantity); proven optimal`
        : `greedy heuristic improved by branch and bound, which stopped after ${limit} evaluations: not proven optimal`,
      evaluated: problem.evaluations(),
      spaceSize,
    },
  };
}
