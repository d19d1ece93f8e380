/**
 * Minimal cut sets from the BDD: Rauzy's (1993) algorithm builds them as a ZBDD (Minato 1993),
 * then a best-first search picks the most probable ones without listing the (possibly
 * astronomically many) others.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import type { DecisionDiagram } from './bdd.ts';
import { assert } from '../util/assert.ts';
import { ZBDD_BASE, ZBDD_EMPTY, ZbddBudgetExceeded, ZbddBuilder } from './zbdd.ts';

/** Minimal cut sets of a structure: the exact count and the most probable ones. */
export interface MinimalCutSets {
  /** Number of minimal cut sets (a float; exact when `exact`). */
  readonly count: number;
  /** False when the count exceeds 2^53 and is only a floating-point approximation. */
  readonly exact: boolean;
  /** The selected cut sets, members (block indices) ascending; sorted by size, then probability. */
  readonly sets: number[][];
  /** Probability of each selected set: the product of its members' failure probabilities. */
  readonly probabilities: number[];
}

interface CutSetDiagram {
  readonly zbdd: ZbddBuilder;
  readonly root: number;
  readonly count: number;
}

/** Cut-set ZBDDs depend on the structure only: one per compiled diagram (`null`: over budget). */
const DIAGRAMS = new WeakMap<DecisionDiagram, CutSetDiagram | null>();

/**
 * Most expansions of Rauzy's `without` spent on one structure's minimal cut sets (about a
 * second): a lattice or a large vote can have astronomically many, and then they are refused.
 */
export const MAX_CUT_SET_STEPS = 1_000_000;

/**
 * Rauzy (1993) minimal solutions, read on the failure side of the BDD: for a node testing block v
 * with children high (v works) and low (v failed),
 * MCS(node) = { {v} ∪ S : S ∈ without(MCS(low), MCS(high)) } ∪ MCS(high),
 * MCS(false) = {∅}, MCS(true) = ∅. Correct for coherent (monotone) structures, which gate
 * networks are.
 */
function getCutSetDiagram(dd: DecisionDiagram): CutSetDiagram | null {
  const known = DIAGRAMS.get(dd);
  if (known !== undefined) return known;
  const { nodeCount, variable, low, high, levelOfBlock } = dd;
  const zbdd = new ZbddBuilder(dd.blockCount);
  zbdd.stepsLeft = MAX_CUT_SET_STEPS;
  const mcs = new Int32Array(nodeCount);
  mcs[0] = ZBDD_BASE;
  mcs[1] = ZBDD_EMPTY;
  try {
    for (let i = 2; i < nodeCount; i++) {
      const whenWorking = mcs[high[i]!]!;
      const withV = zbdd.without(mcs[low[i]!]!, whenWorking);
      mcs[i] = zbdd.mk(levelOfBlock[variable[i]!]!, withV, whenWorking);
    }
  } catch (error) {
    if (!(error instanceof ZbddBudgetExceeded)) throw error;
    DIAGRAMS.set(dd, null);
    return null;
  }
  const root = mcs[dd.root]!;
  // Children are numbered before parents: one ascending sweep counts every family.
  const counts = new Float64Array(zbdd.size);
  counts[ZBDD_BASE] = 1;
  for (let n = 2; n < zbdd.size; n++) {
    counts[n] = counts[zbdd.thenChild[n]!]! + counts[zbdd.elseChild[n]!]!;
  }
  const diagram = { zbdd, root, count: counts[root]! };
  DIAGRAMS.set(dd, diagram);
  return diagram;
}

/** Binary max-heap of search states keyed by (bound, depth). */
class StateHeap {
  private readonly items: number[] = [];
  constructor(
    private readonly key: number[],
    private readonly depth: number[],
  ) {}

  get size(): number {
    return this.items.length;
  }

  private above(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    // Ties (also -Infinity when a block never fails): prefer the state nearest completion.
    return (
      ka > kb ||
      (ka === kb && (this.depth[a]! > this.depth[b]! || (this.depth[a] === this.depth[b] && a < b)))
    );
  }

  push(s: number): void {
    const h = this.items;
    let i = h.length;
    h.push(s);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(s, h[parent]!)) break;
      h[i] = h[parent]!;
      i = parent;
    }
    h[i] = s;
  }

  pop(): number {
    const h = this.items;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const r = l + 1;
      const c = r < h.length && this.above(h[r]!, h[l]!) ? r : l;
      if (!this.above(h[c]!, last)) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
    return top;
  }
}

/**
 * The `limit` most probable sets of a ZBDD family by best-first search: per node the best
 * log-probability of a completion is precomputed (best = max(log q(v) + best(then), best(else))),
 * so each pop follows the best completion exactly and pushes the alternatives it passes; sets
 * leave the heap in order of decreasing probability.
 */
function findMostProbable(
  cut: CutSetDiagram,
  dd: DecisionDiagram,
  fail: Float64Array,
  limit: number,
): number[][] {
  const { zbdd, root } = cut;
  if (limit <= 0 || root === ZBDD_EMPTY) return [];
  const logQ = new Float64Array(dd.blockCount);
  for (let level = 0; level < dd.blockCount; level++) {
    logQ[level] = Math.log(fail[dd.blockAtLevel[level]!]!);
  }
  const best = new Float64Array(zbdd.size);
  best[ZBDD_EMPTY] = -Infinity;
  for (let n = 2; n < zbdd.size; n++) {
    const viaThen = logQ[zbdd.level[n]!]! + best[zbdd.thenChild[n]!]!;
    best[n] = Math.max(viaThen, best[zbdd.elseChild[n]!]!);
  }
  // Search states: partial log-probability, node, chosen members as a shared linked list.
  const score: number[] = [];
  const node: number[] = [];
  const list: number[] = [];
  const key: number[] = [];
  const depth: number[] = [];
  const memberLevel: number[] = [];
  const memberNext: number[] = [];
  const heap = new StateHeap(key, depth);
  const addState = (s: number, n: number, l: number): void => {
    const id = score.length;
    score.push(s);
    node.push(n);
    list.push(l);
    key.push(s + best[n]!);
    depth.push(zbdd.level[n]!);
    heap.push(id);
  };
  addState(0, root, -1);
  const found: number[][] = [];
  while (heap.size > 0 && found.length < limit) {
    const id = heap.pop();
    let s = score[id]!;
    let n = node[id]!;
    let l = list[id]!;
    while (n !== ZBDD_BASE) {
      const v = zbdd.level[n]!;
      const t = zbdd.thenChild[n]!;
      const e = zbdd.elseChild[n]!;
      const viaThen = s + logQ[v]! + best[t]!;
      const viaElse = e === ZBDD_EMPTY ? -Infinity : s + best[e]!;
      memberLevel.push(v);
      memberNext.push(l);
      const withV = memberLevel.length - 1;
      if (viaThen >= viaElse) {
        if (e !== ZBDD_EMPTY) addState(s, e, l);
        s += logQ[v]!;
        l = withV;
        n = t;
      } else {
        addState(s + logQ[v]!, t, withV);
        n = e;
      }
    }
    const members: number[] = [];
    for (let m = l; m >= 0; m = memberNext[m]!) members.push(dd.blockAtLevel[memberLevel[m]!]!);
    found.push(members.sort((a, b) => a - b));
  }
  return found;
}

/**
 * Minimal cut sets (minimal sets of blocks whose joint failure fails the system) by Rauzy's
 * (1993) BDD-to-ZBDD algorithm (ZBDDs: Minato 1993), their exact count, and the `limit` most
 * probable ones by best-first search on the ZBDD. The ZBDD is built once per compiled diagram.
 * @param dd a compiled diagram
 * @param fail per block, probability (0..1) that the block has failed
 * @param limit how many of the most probable cut sets to return (0 for the count only)
 * @returns the count and the selected sets, sorted by size, then by probability descending;
 *   `null` when finding them would take more than {@link MAX_CUT_SET_STEPS}
 * @example
 * const { count, sets } = computeMinimalCutSets(dd, blockFail, 100)!;
 */
export function computeMinimalCutSets(
  dd: DecisionDiagram,
  fail: Float64Array,
  limit: number,
): MinimalCutSets | null {
  assert(fail.length >= dd.blockCount, 'failure probability array too short');
  const cut = getCutSetDiagram(dd);
  if (cut === null) return null;
  const found = findMostProbable(cut, dd, fail, Math.floor(limit));
  const rows = found.map((set) => {
    let probability = 1;
    for (const b of set) probability *= fail[b]!;
    return { set, probability };
  });
  rows.sort(
    (a, b) =>
      a.set.length - b.set.length ||
      b.probability - a.probability ||
      compareLexicographic(a.set, b.set),
  );
  return {
    count: cut.count,
    exact: Number.isSafeInteger(cut.count),
    sets: rows.map((r) => r.set),
    probabilities: rows.map((r) => r.probability),
  };
}

/**
 * Every block whose failure alone fails the system (the minimal cut sets of size 1, however
 * many cut sets there are), read off the else-chain of the cut-set ZBDD (Rauzy 1993).
 * @param dd a compiled diagram
 * @returns block indices, ascending
 * @example
 * const spof = computeSinglePointsOfFailure(dd); // [3, 17]
 */
export function computeSinglePointsOfFailure(dd: DecisionDiagram): number[] {
  const cut = getCutSetDiagram(dd);
  if (cut === null) return findSinglePointsOnPaths(dd);
  const { zbdd, root } = cut;
  const blocks: number[] = [];
  for (let n = root; n > ZBDD_BASE; n = zbdd.elseChild[n]!) {
    if (zbdd.hasEmpty[zbdd.thenChild[n]!] === 1) blocks.push(dd.blockAtLevel[zbdd.level[n]!]!);
  }
  return blocks.sort((a, b) => a - b);
}

function compareLexicographic(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Single points of failure without the cut-set ZBDD: block b is one when the path that takes
 * every other block working and b failed ends at false. One walk per block, each at most as
 * long as the diagram is deep.
 */
function findSinglePointsOnPaths(dd: DecisionDiagram): number[] {
  const { variable, low, high, root } = dd;
  const blocks: number[] = [];
  for (let b = 0; b < dd.blockCount; b++) {
    let node = root;
    while (node > 1) node = variable[node] === b ? low[node]! : high[node]!;
    if (node === 0) blocks.push(b);
  }
  return blocks;
}
