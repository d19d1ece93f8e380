/**
 * Importance measures of every block from one bottom-up and one top-down pass over the BDD:
 * Birnbaum, criticality, and the system's failure probability with each block perfect or failed
 * for good (for risk achievement and risk reduction worth), all without cancellation.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import type { DecisionDiagram } from './bdd.ts';
import { TRUE_NODE, fillNodeProbabilities } from './bdd.ts';

/** System probabilities and per-block importance measures, arrays indexed by block. */
export interface ImportanceResult {
  /** P(system works). */
  readonly work: number;
  /** P(system failed). */
  readonly fail: number;
  /** Birnbaum importance Iᵢ = P(works | i works) − P(works | i failed). */
  readonly birnbaum: Float64Array;
  /**
   * Criticality importance Iᵢ·qᵢ / Q = P(i critical and failed) / P(system failed);
   * 0 when the system never fails.
   */
  readonly criticality: Float64Array;
  /** P(system failed and block i failed) = qᵢ·(Q + pᵢ·Iᵢ), a sum of non-negative terms. */
  readonly failedWithSystem: Float64Array;
  /** P(system failed | block i works for sure): the system with block i perfect. */
  readonly failIfWorking: Float64Array;
  /** P(system failed | block i failed for good). */
  readonly failIfFailed: Float64Array;
}

/**
 * Sums of non-negative amounts added to ranges of levels, read back per level: a segment tree
 * whose range add touches O(log n) nodes and whose point query adds the O(log n) nodes above a
 * leaf. Unlike a difference array (add at the start, subtract after the end) it never subtracts,
 * so a tiny sum keeps its relative precision beside large ones at other levels.
 */
class LevelSums {
  private readonly size: number;
  private readonly tree: Float64Array;

  constructor(levels: number) {
    let size = 1;
    while (size < levels) size *= 2;
    this.size = size;
    this.tree = new Float64Array(2 * size);
  }

  /** Adds `amount` to every level in [from, to] (inclusive). */
  add(from: number, to: number, amount: number): void {
    let l = from + this.size;
    let r = to + this.size + 1;
    const tree = this.tree;
    while (l < r) {
      if ((l & 1) === 1) tree[l++]! += amount;
      if ((r & 1) === 1) tree[--r]! += amount;
      l >>= 1;
      r >>= 1;
    }
  }

  /** The total added to `level`. */
  get(level: number): number {
    let sum = 0;
    for (let i = level + this.size; i >= 1; i >>= 1) sum += this.tree[i]!;
    return sum;
  }
}

/**
 * Birnbaum importance (Birnbaum 1969) of every block as the derivative of the BDD's probability
 * (Bryant 1986 diagrams; the top-down "reach" pass as in Rauzy's Aralia): with reach(n) the
 * probability of the paths from the root to node n,
 * Iᵢ = Σ over nodes n testing i of reach(n)·(W(high n) − W(low n)).
 * A path that skips block i (reduced diagram) does not depend on i and adds 0. The difference is
 * taken on the working side or on the failed side, whichever holds the smaller values, as
 * W(high) − W(low) = Q(low) − Q(high): no cancellation when the system is nearly always up.
 * Criticality importance is Iᵢ·qᵢ/Q; P(system failed and i failed) is qᵢ·Q + qᵢ·pᵢ·Iᵢ.
 *
 * The system with block i set (conditional probabilities, for risk achievement and risk
 * reduction worth, Vesely et al., *Measures of Risk Importance*, NUREG/CR-3385, 1983): every
 * root-to-terminal path either passes a node testing i or jumps over i's level on an edge m → c.
 * So Q(system | i works) = Σ over nodes n testing i of reach(n)·Q(high n) + Σ over edges m → c
 * jumping over i's level of reach(m)·P(edge)·Q(c), and the same with low n for "i failed". The
 * jumping sums of every level come from one range-add tree over the levels (no subtraction), so
 * Q(system | i perfect) keeps its digits even when block i explains nearly all failures, where
 * Q − qᵢ·Iᵢ would cancel.
 * Reuses the scratch arrays of `dd`; allocates only the result arrays.
 * @param dd a compiled diagram
 * @param work per block, probability (0..1) that the block works
 * @param fail per block, probability (0..1) that the block has failed
 * @returns system probabilities and per-block measures (arrays indexed by block)
 * @example
 * const { birnbaum, criticality, failIfWorking } = computeImportance(dd, blockWork, blockFail);
 */
export function computeImportance(
  dd: DecisionDiagram,
  work: Float64Array,
  fail: Float64Array,
): ImportanceResult {
  fillNodeProbabilities(dd, work, fail);
  const { nodeCount, variable, low, high, root, blockCount, levelOfBlock } = dd;
  const W = dd.scratch.work;
  const Q = dd.scratch.fail;
  const reach = dd.scratch.reach;
  reach.fill(0);
  reach[root] = 1;
  const birnbaum = new Float64Array(blockCount);
  const failIfWorking = new Float64Array(blockCount);
  const failIfFailed = new Float64Array(blockCount);
  // Terminals sit below the deepest level; `jumps` collects the paths jumping over each level.
  const levelOf = (node: number): number =>
    node <= TRUE_NODE ? blockCount : levelOfBlock[variable[node]!]!;
  const jumps = new LevelSums(blockCount);
  const rootLevel = levelOf(root);
  if (rootLevel > 0 && Q[root]! > 0) jumps.add(0, rootLevel - 1, Q[root]!);
  // Parents have larger indices than their children: a descending sweep is top-down.
  for (let i = nodeCount - 1; i > TRUE_NODE; i--) {
    const r = reach[i]!;
    if (r === 0) continue;
    const v = variable[i]!;
    const lo = low[i]!;
    const hi = high[i]!;
    const toHigh = r * work[v]!;
    const toLow = r * fail[v]!;
    reach[hi]! += toHigh;
    reach[lo]! += toLow;
    const wHigh = W[hi]!;
    const qLow = Q[lo]!;
    const d = wHigh <= qLow ? wHigh - W[lo]! : qLow - Q[hi]!;
    if (d > 0) birnbaum[v]! += r * d;
    failIfWorking[v]! += r * Q[hi]!;
    failIfFailed[v]! += r * qLow;
    const level = levelOfBlock[v]!;
    const highLevel = levelOf(hi);
    if (highLevel > level + 1 && Q[hi]! > 0) jumps.add(level + 1, highLevel - 1, toHigh * Q[hi]!);
    const lowLevel = levelOf(lo);
    if (lowLevel > level + 1 && qLow > 0) jumps.add(level + 1, lowLevel - 1, toLow * qLow);
  }
  const systemWork = W[root]!;
  const systemFail = Q[root]!;
  const criticality = new Float64Array(blockCount);
  const failedWithSystem = new Float64Array(blockCount);
  for (let b = 0; b < blockCount; b++) {
    const q = fail[b]!;
    const critical = birnbaum[b]! * q;
    criticality[b] = systemFail > 0 ? Math.min(1, critical / systemFail) : 0;
    failedWithSystem[b] = q * systemFail + work[b]! * critical;
    const jumped = jumps.get(levelOfBlock[b]!);
    failIfWorking[b]! += jumped;
    failIfFailed[b]! += jumped;
  }
  return {
    work: systemWork,
    fail: systemFail,
    birnbaum,
    criticality,
    failedWithSystem,
    failIfWorking,
    failIfFailed,
  };
}
