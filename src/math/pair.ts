/**
 * The probability pair: the working and the failed probability of one thing, each computed
 * directly so that a tiny side (1e-15) keeps its full relative precision. `work + fail ≈ 1`
 * (within rounding), but neither side is ever obtained as `1 − other` when the other is near 1.
 * Runs anywhere (worker, Node, browser); no DOM.
 */

/**
 * Probability that something works (`work`) and that it has failed (`fail`), both computed
 * directly; `work + fail = 1` up to rounding.
 * @example
 * const unit: Pair = { work: Math.exp(-1e-9), fail: -Math.expm1(-1e-9) };
 */
export interface Pair {
  /** Probability of working, in [0, 1]. */
  readonly work: number;
  /** Probability of being failed, in [0, 1]; accurate to full relative precision when tiny. */
  readonly fail: number;
}

/** The pair of something that surely works: {1, 0}. */
export const PAIR_WORKING: Pair = Object.freeze({ work: 1, fail: 0 });

/** The pair of something that has surely failed: {0, 1}. */
export const PAIR_FAILED: Pair = Object.freeze({ work: 0, fail: 1 });

/**
 * Builds a pair from a probability of working that was *given* (typed in by a user), where no
 * more accurate failure side exists: {p, 1 − p}. Do not use it for computed probabilities.
 * @param work probability of working, in [0, 1]
 * @returns {work, 1 − work}
 * @example
 * getPairFromGivenWork(0.999); // { work: 0.999, fail: 0.001 (as exact as 0.999 allows) }
 */
export function getPairFromGivenWork(work: number): Pair {
  return { work, fail: 1 - work };
}

/**
 * Series of two independent items: work = w₁w₂, fail = f₁ + w₁f₂ (a sum of non-negative
 * terms; no 1 − w₁w₂). Standard series-system reliability, e.g. Rausand & Høyland, *System
 * Reliability Theory*, 2nd ed., §4.
 * @param a first item
 * @param b second item
 * @returns the pair of "both work"
 */
export function combineSeriesPair(a: Pair, b: Pair): Pair {
  return { work: a.work * b.work, fail: a.fail + a.work * b.fail };
}

/**
 * Parallel (1-of-2) of two independent items: fail = f₁f₂, work = w₁ + f₁w₂ (no 1 − f₁f₂).
 * Rausand & Høyland, *System Reliability Theory*, 2nd ed., §4.
 * @param a first item
 * @param b second item
 * @returns the pair of "at least one works"
 */
export function combineParallelPair(a: Pair, b: Pair): Pair {
  return { work: a.work + a.fail * b.work, fail: a.fail * b.fail };
}
