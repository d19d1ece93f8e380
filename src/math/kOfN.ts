/**
 * k-out-of-n probabilities with both sides summed directly: the "at least k work" side from the
 * binomial terms i ≥ k and the failure side from the terms i < k, never 1 − the other, so three
 * parallel units with unavailability 1e-5 give exactly 1e-15. Runs anywhere (worker, Node,
 * browser); no DOM. No allocation besides the returned pair (a module scratch buffer is reused).
 */
import type { Pair } from './pair.ts';
import { PAIR_FAILED, PAIR_WORKING } from './pair.ts';
import { binomialProbability, logBinomialCoefficient } from './special.ts';

/** Smallest positive normal double: below it a product has lost relative precision. */
const MIN_NORMAL = 2.2250738585072014e-308;
/** Up to this n the binomial coefficients are built by the exact-ish recurrence. */
const RECURRENCE_MAX_N = 1000;

/** A pair from two sums of probabilities, each capped at 1 (rounding can add an ulp). */
function clampPair(work: number, fail: number): Pair {
  return { work: work > 1 ? 1 : work, fail: fail > 1 ? 1 : fail };
}

/** One binomial term c·wⁱ·f^(n−i), in log space when the direct form under- or overflows. */
function binomialTermWithCoefficient(
  c: number,
  n: number,
  i: number,
  w: number,
  f: number,
): number {
  const direct = c * Math.pow(w, i) * Math.pow(f, n - i);
  if (direct >= MIN_NORMAL && direct < Infinity) return direct;
  if ((i > 0 && w === 0) || (i < n && f === 0)) return 0;
  return Math.exp(logBinomialCoefficient(n, i) + i * Math.log(w) + (n - i) * Math.log(f));
}

/**
 * One binomial term C(n, i)·wⁱ·f^(n−i): the probability that exactly i of n independent
 * identical units work, with w and f taken directly from the unit pair (no 1 − w).
 * Binomial law, Rausand & Høyland, *System Reliability Theory*, 2nd ed., §4.7.
 * @param n number of units (integer ≥ 0)
 * @param i number working (integer)
 * @param unit the pair {w, f} of one unit
 * @returns P(exactly i work); 0 when i < 0 or i > n
 * @example
 * computeBinomialTerm(3, 1, { work: 0.9, fail: 0.1 }); // 3·0.9·0.01 = 0.027
 */
export function computeBinomialTerm(n: number, i: number, unit: Pair): number {
  if (i < 0 || i > n) return 0;
  if (n > RECURRENCE_MAX_N) return binomialProbability(n, i, unit.work, unit.fail);
  const m = Math.min(i, n - i);
  let c = 1;
  for (let j = 1; j <= m; j++) c = (c * (n - m + j)) / j;
  return binomialTermWithCoefficient(c, n, i, unit.work, unit.fail);
}

/** Steps of the ratio recurrence between two terms computed directly (bounds its rounding). */
const REFRESH_STEPS = 64;
/** Relative size of a side's remaining terms below which they are left out. */
const TAIL_EPSILON = 2 ** -60;

/**
 * Σ_{i=lo..hi} C(n, i)·wⁱ·f^(n−i) for large n, in work proportional to the spread of the
 * binomial law (about 20 standard deviations at most), not to n: the terms are unimodal, so the
 * sum starts at the range's largest term (nearest the mode ⌊(n + 1)w⌋) and walks outward, each
 * term from the last by the ratio (n − i)/(i + 1)·w/f (and a term computed directly every
 * {@link REFRESH_STEPS}), until the geometric bound on what is left, term·r/(1 − r), is below
 * 2⁻⁶⁰ of the sum. Every term is non-negative, so the sum keeps its relative precision.
 */
function sumBinomialRange(n: number, lo: number, hi: number, unit: Pair): number {
  if (lo > hi) return 0;
  const w = unit.work;
  const f = unit.fail;
  if (w === 0) return lo === 0 ? 1 : 0;
  if (f === 0) return hi === n ? 1 : 0;
  const mode = Math.min(n, Math.floor((n + 1) * w));
  const start = Math.min(hi, Math.max(lo, mode));
  const first = computeBinomialTerm(n, start, unit);
  let sum = first;
  if (first === 0) return 0;
  const odds = w / f;
  let term = first;
  for (let i = start; i < hi; i++) {
    const next =
      (i + 1 - start) % REFRESH_STEPS === 0
        ? computeBinomialTerm(n, i + 1, unit)
        : term * ((n - i) / (i + 1)) * odds;
    sum += next;
    const r = next / term;
    term = next;
    if (next === 0 || (r < 1 && next * (r / (1 - r)) < sum * TAIL_EPSILON)) break;
  }
  term = first;
  for (let i = start; i > lo; i--) {
    const next =
      (start - i + 1) % REFRESH_STEPS === 0
        ? computeBinomialTerm(n, i - 1, unit)
        : (term * (i / (n - i + 1))) / odds;
    sum += next;
    const r = next / term;
    term = next;
    if (next === 0 || (r < 1 && next * (r / (1 - r)) < sum * TAIL_EPSILON)) break;
  }
  return sum;
}

/**
 * Probability that at least k of n independent identical units work, as a pair:
 * work = Σ_{i=k..n} C(n,i) wⁱ f^(n−i) and fail = Σ_{i=0..k−1} C(n,i) wⁱ f^(n−i), each side summed
 * from its own non-negative terms (Rausand & Høyland, *System Reliability Theory*, 2nd ed.,
 * §4.7). k = 1 is parallel, k = n is series. Above 1000 units only the terms that matter are
 * summed ({@link sumBinomialRange}), so a million or a billion units cost what their spread costs.
 * @param n number of units (integer ≥ 0)
 * @param k number that must work (integer; k ≤ 0 always works, k > n never does)
 * @param unit the pair {work, fail} of one unit (reliability or availability)
 * @returns the pair of the k-of-n block
 * @example
 * computeKOfNPair(3, 1, { work: 1 - 1e-5, fail: 1e-5 }).fail; // 1e-15
 */
export function computeKOfNPair(n: number, k: number, unit: Pair): Pair {
  if (k <= 0) return PAIR_WORKING;
  if (k > n) return PAIR_FAILED;
  const w = unit.work;
  const f = unit.fail;
  let work = 0;
  let fail = 0;
  if (n > RECURRENCE_MAX_N) {
    return clampPair(sumBinomialRange(n, k, n, unit), sumBinomialRange(n, 0, k - 1, unit));
  }
  let c = 1; // C(n, i), built by C(n, i+1) = C(n, i)·(n − i)/(i + 1)
  for (let i = 0; i <= n; i++) {
    const term = binomialTermWithCoefficient(c, n, i, w, f);
    if (i < k) fail += term;
    else work += term;
    c = (c * (n - i)) / (i + 1);
  }
  return clampPair(work, fail);
}

/** Scratch distribution of the k-of-n dynamic programme, grown on demand and reused. */
let scratch = new Float64Array(64);

/**
 * Probability that at least k of n independent, non-identical units work, as a pair, by
 * dynamic programming over the units (Barlow & Heidtmann, "Computing k-out-of-n system
 * reliability", IEEE Trans. Reliability R-33 (1984) 322–323). The programme counts the working
 * (or, when cheaper, the failed) units up to the threshold, lumping the rest in one absorbing
 * count; every entry is a sum of products of the units' own w and f, so both sides keep full
 * relative precision. Cost O(n · min(k, n − k + 1)).
 * @param k number that must work (integer; k ≤ 0 always works, k > n never does)
 * @param units the pair {work, fail} of each unit
 * @returns the pair of the block
 * @example
 * const units = [{ work: 0.9, fail: 0.1 }, { work: 0.8, fail: 0.2 }];
 * computeKOfNGeneral(2, units); // series: { work: 0.72, fail: 0.28 }
 */
export function computeKOfNGeneral(k: number, units: readonly Pair[]): Pair {
  const n = units.length;
  if (k <= 0) return PAIR_WORKING;
  if (k > n) return PAIR_FAILED;
  // Count "good" events up to `cap`: working units (cap k) or failed units (cap n − k + 1).
  const countFailures = n - k + 1 < k;
  const cap = countFailures ? n - k + 1 : k;
  if (scratch.length < cap + 1) scratch = new Float64Array(2 * (cap + 1));
  const dp = scratch;
  dp.fill(0, 0, cap + 1);
  dp[0] = 1;
  for (let m = 0; m < n; m++) {
    const unit = units[m]!;
    const hit = countFailures ? unit.fail : unit.work;
    const miss = countFailures ? unit.work : unit.fail;
    if (m + 1 >= cap) dp[cap] = dp[cap]! + dp[cap - 1]! * hit;
    for (let j = Math.min(m + 1, cap - 1); j > 0; j--) dp[j] = dp[j]! * miss + dp[j - 1]! * hit;
    dp[0] = dp[0] * miss;
  }
  let below = 0;
  for (let j = 0; j < cap; j++) below += dp[j]!;
  const reached = dp[cap]!;
  return countFailures ? clampPair(below, reached) : clampPair(reached, below);
}

/**
 * Steady-state failure frequency (up → down transitions per time unit) of a k-of-n block of
 * identical, independently repaired active units: ν = n·f·C(n−1, k−1)·A^(k−1)·U^(n−k), i.e.
 * ν = Σᵢ Birnbaumᵢ·fᵢ with Birnbaumᵢ = P(exactly k − 1 of the other n − 1 work) and the unit
 * failure frequency f = Aλ = 1/(MTTF + MTTR) (Rausand & Høyland, *System Reliability Theory*,
 * 2nd ed., §5.6 "frequency of system failures").
 * @param n number of units
 * @param k number that must work
 * @param unit the unit availability pair {A, U}
 * @param unitFailureFrequency unit failures per design time unit, 1/(MTTF + MTTR)
 * @returns block failures per design time unit (0 when k < 1 or k > n)
 * @example
 * computeKOfNFrequency(2, 1, { work: 0.99, fail: 0.01 }, 1e-3); // 2·1e-3·0.01 = 2e-5
 */
export function computeKOfNFrequency(
  n: number,
  k: number,
  unit: Pair,
  unitFailureFrequency: number,
): number {
  if (k < 1 || k > n) return 0;
  return n * unitFailureFrequency * computeBinomialTerm(n - 1, k - 1, unit);
}
