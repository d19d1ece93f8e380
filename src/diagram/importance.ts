/**
 * Importance measures of every block from one bottom-up and one top-down pass over the BDD.
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
 * Reuses the scratch arrays of `dd`; allocates only the three result arrays.
 * @param dd a compiled diagram
 * @param work per block, probability (0..1) that the block works
 * @param fail per block, probability (0..1) that the block has failed
 * @returns system probabilities and per-block measures (arrays indexed by block)
 * @example
 * const { birnbaum, criticality } = computeImportance(dd, blockWork, blockFail);
 */
export function computeImportance(
  dd: DecisionDiagram,
  work: Float64Array,
  fail: Float64Array,
): ImportanceResult {
  fillNodeProbabilities(dd, work, fail);
  const { nodeCount, variable, low, high, root, blockCount } = dd;
  const W = dd.scratch.work;
  const Q = dd.scratch.fail;
  const reach = dd.scratch.reach;
  reach.fill(0);
  reach[root] = 1;
  const birnbaum = new Float64Array(blockCount);
  // Parents have larger indices than their children: a descending sweep is top-down.
  for (let i = nodeCount - 1; i > TRUE_NODE; i--) {
    const r = reach[i]!;
    if (r === 0) continue;
    const v = variable[i]!;
    const lo = low[i]!;
    const hi = high[i]!;
    reach[hi]! += r * work[v]!;
    reach[lo]! += r * fail[v]!;
    const wHigh = W[hi]!;
    const qLow = Q[lo]!;
    const d = wHigh <= qLow ? wHigh - W[lo]! : qLow - Q[hi]!;
    if (d > 0) birnbaum[v]! += r * d;
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
  }
  return { work: systemWork, fail: systemFail, birnbaum, criticality, failedWithSystem };
}
