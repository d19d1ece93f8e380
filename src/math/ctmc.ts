/**
 * Small dense continuous-time Markov chains (up to a few hundred states), solved without
 * subtraction so that the probability of a rarely visited down state (1e-15) keeps its full
 * relative precision:
 * - steady state by GTH (Grassmann–Taksar–Heyman) state reduction;
 * - transient distribution by uniformisation (all terms non-negative), with Fox–Glynn-style
 *   Poisson weights (no e^(−Λt) underflow) and, for large Λt, scaling and squaring of the
 *   non-negative matrix e^(Qh);
 * - mean time to absorption by GTH-style elimination of the transient states.
 * A chain is given by its off-diagonal rates only (`Transition`s); no diagonal is ever formed by
 * subtraction. Runs anywhere (worker, Node, browser); no DOM.
 */
import { assert } from '../util/assert.ts';
import type { Chain, Transition } from './markovChain.ts';
import { computeReachability, createChain, createRateMatrix } from './markovChain.ts';
import type { Pair } from './pair.ts';
import type { PoissonWindow } from './poisson.ts';
import { computePoissonWindow } from './poisson.ts';

export type { Transition } from './markovChain.ts';

/** Λh of one step of the scaling-and-squaring path. */
const SQUARING_STEP = 2;

/**
 * GTH state reduction on a dense m×m off-diagonal rate matrix (destroyed). Returns the
 * normalised stationary vector, or null when a reduced state has no exit to lower states (the
 * chain is not irreducible). Grassmann, Taksar & Heyman, "Regenerative analysis and steady
 * state distributions for Markov chains", Operations Research 33 (1985) 1107–1116.
 */
function solveGth(a: Float64Array, m: number): Float64Array | null {
  for (let k = m - 1; k > 0; k--) {
    const rowK = k * m;
    let exitRate = 0;
    for (let j = 0; j < k; j++) exitRate += a[rowK + j]!;
    if (!(exitRate > 0)) return null;
    for (let i = 0; i < k; i++) {
      const index = i * m + k;
      const factor = a[index]! / exitRate;
      a[index] = factor;
      if (factor === 0) continue;
      const rowI = i * m;
      // The diagonal a[i][i] also receives a share; it is never read (exit rates are sums).
      for (let j = 0; j < k; j++) a[rowI + j] = a[rowI + j]! + factor * a[rowK + j]!;
    }
  }
  const pi = new Float64Array(m);
  pi[0] = 1;
  let total = 1;
  for (let k = 1; k < m; k++) {
    let s = 0;
    for (let i = 0; i < k; i++) s += pi[i]! * a[i * m + k]!;
    pi[k] = s;
    total += s;
  }
  for (let k = 0; k < m; k++) pi[k] = pi[k]! / total;
  return pi;
}

/**
 * Steady state of a chain that GTH could not reduce in index order: finds the closed classes;
 * with exactly one (a unichain), solves it alone (transient states get 0); otherwise NaN.
 */
function solveUnichain(chain: Chain): Float64Array {
  const n = chain.size;
  const reach = computeReachability(chain);
  const result = new Float64Array(n);
  let closed: number[] | null = null;
  for (let i = 0; i < n; i++) {
    let recurrent = true;
    for (let j = 0; j < n && recurrent; j++) {
      if (reach[i * n + j] === 1 && reach[j * n + i] === 0) recurrent = false;
    }
    if (!recurrent) continue;
    if (closed === null) {
      closed = [];
      for (let j = 0; j < n; j++) if (reach[i * n + j] === 1) closed.push(j);
    } else if (reach[closed[0]! * n + i] === 0) {
      return result.fill(NaN); // a second closed class: the limit depends on the start
    }
  }
  assert(closed !== null, 'a finite chain has a closed class');
  const m = closed.length;
  const q = createRateMatrix(chain);
  const a = new Float64Array(m * m);
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < m; c++) if (r !== c) a[r * m + c] = q[closed[r]! * n + closed[c]!]!;
  }
  const pi = solveGth(a, m);
  assert(pi !== null, 'a closed class is irreducible');
  for (let r = 0; r < m; r++) result[closed[r]!] = pi[r]!;
  return result;
}

/**
 * Stationary distribution π of a continuous-time Markov chain (πQ = 0, Σπ = 1) by the GTH
 * algorithm: state reduction in which every exit rate is a sum of rates and every update adds
 * non-negative terms, so each πᵢ, however small, has full relative precision (Grassmann, Taksar
 * & Heyman, Operations Research 33 (1985); Stewart, *Introduction to the Numerical Solution of
 * Markov Chains*, Princeton 1994, §2.7). Cost O(n³) for n states.
 *
 * A chain with transient states and a single closed class gets 0 on the transient states. With
 * several closed classes the long-run distribution depends on the start: every entry is NaN.
 * @param nStates number of states
 * @param transitions off-diagonal rates, per design time unit (self-loops ignored, duplicates
 *   summed)
 * @returns π, indexed by state
 * @example
 * // one unit, λ = 1e-3, μ = 0.1: π = [μ/(λ+μ), λ/(λ+μ)]
 * computeSteadyState(2, [{ from: 0, to: 1, rate: 1e-3 }, { from: 1, to: 0, rate: 0.1 }]);
 */
export function computeSteadyState(
  nStates: number,
  transitions: readonly Transition[],
): Float64Array {
  const chain = createChain(nStates, transitions);
  if (nStates === 1) return Float64Array.of(1);
  const pi = solveGth(createRateMatrix(chain), nStates);
  return pi ?? solveUnichain(chain);
}

/** One uniformised step next = v·P with P = I + Q/Λ: all terms non-negative. */
function stepUniformised(chain: Chain, lambda: number, v: Float64Array, next: Float64Array): void {
  const n = chain.size;
  for (let j = 0; j < n; j++) {
    // Λ − exitⱼ is exact when it is small (Sterbenz), so the stay probability keeps its precision.
    next[j] = (v[j]! * (lambda - chain.exit[j]!)) / lambda;
  }
  const { from, to, rate } = chain;
  for (let e = 0; e < from.length; e++) {
    const target = to[e]!;
    next[target] = next[target]! + (v[from[e]!]! * rate[e]!) / lambda;
  }
}

/** out = Σₖ wₖ·v·Pᵏ over the Poisson window (v is overwritten; scratch is n long). */
function uniformise(
  chain: Chain,
  window: PoissonWindow,
  v: Float64Array,
  scratch: Float64Array,
  out: Float64Array,
): void {
  const { left, weights } = window;
  const right = left + weights.length - 1;
  out.fill(0);
  let current = v;
  let next = scratch;
  for (let k = 0; ; k++) {
    if (k >= left) {
      const w = weights[k - left]!;
      for (let j = 0; j < current.length; j++) out[j] = out[j]! + w * current[j]!;
    }
    if (k === right) break;
    stepUniformised(chain, chain.maxExit, current, next);
    const swap = current;
    current = next;
    next = swap;
  }
}

/** C = A·B for dense non-negative n×n matrices (row-major); zero entries of A are skipped. */
function multiplyNonNegative(a: Float64Array, b: Float64Array, c: Float64Array, n: number): void {
  c.fill(0);
  for (let i = 0; i < n; i++) {
    const rowI = i * n;
    for (let k = 0; k < n; k++) {
      const aik = a[rowI + k]!;
      if (aik === 0) continue;
      const rowK = k * n;
      for (let j = 0; j < n; j++) c[rowI + j] = c[rowI + j]! + aik * b[rowK + j]!;
    }
  }
}

/**
 * Rescales v[offset .. offset + length) to total `mass`. e^(Qt) is stochastic, so this only
 * removes the rounding drift of the total (which would otherwise grow with the number of steps
 * or squarings); the sum has non-negative terms, so it is itself accurate.
 */
function normaliseMass(v: Float64Array, offset: number, length: number, mass: number): void {
  let total = 0;
  for (let j = offset; j < offset + length; j++) total += v[j]!;
  if (!(total > 0) || total === mass) return;
  const factor = mass / total;
  for (let j = offset; j < offset + length; j++) v[j] = v[j]! * factor;
}

/** Vector operations needed to sum a Poisson window of mean L (a rough count). */
function getWindowLength(L: number): number {
  return L + 10 * Math.sqrt(L) + 50;
}

/** x·2^e, exact (no intermediate 2^e overflows: 2^1100 is not a double, 2^−1100·x may be). */
function scaleByPowerOfTwo(x: number, e: number): number {
  let y = x;
  let rest = e;
  while (rest !== 0) {
    const step = Math.max(-1000, Math.min(1000, rest));
    y *= Math.pow(2, step);
    rest -= step;
  }
  return y;
}

/** True when a and b hold the same numbers, bit for bit (NaN never occurs here). */
function isSameMatrix(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** p(t) = p0·e^(Qt) for a built chain, choosing plain uniformisation or scaling and squaring. */
function computeTransientOfChain(chain: Chain, p0: ArrayLike<number>, t: number): Float64Array {
  const n = chain.size;
  const result = Float64Array.from(p0);
  const lambda = chain.maxExit;
  if (t === 0 || lambda === 0) return result;
  // Λt may overflow (t near 1e308, issue 16): the number of squarings and the step come from
  // log₂Λ + log₂t and t/2^s, each finite, and L only chooses the method.
  const L = lambda * t;
  const squarings = Math.max(
    0,
    Math.ceil(Math.log2(lambda) + Math.log2(t) - Math.log2(SQUARING_STEP)),
  );
  const stepL = lambda * scaleByPowerOfTwo(t, -squarings);
  const work = n + chain.from.length;
  const vectorCost = getWindowLength(L) * work;
  const squaringCost = n * getWindowLength(stepL) * work + squarings * n * n * n;
  const scratch = new Float64Array(n);
  if (squarings === 0 || vectorCost <= squaringCost) {
    const v = Float64Array.from(p0);
    uniformise(chain, computePoissonWindow(L), v, scratch, result);
    let mass = 0;
    for (let i = 0; i < n; i++) mass += p0[i]!;
    normaliseMass(result, 0, n, mass);
    return result;
  }
  // Scaling and squaring: M = e^(Qh), h = t/2^s, by uniformisation row by row (non-negative),
  // then M ← M·M s times; products of non-negative matrices need no subtraction.
  const window = computePoissonWindow(stepL);
  let m = new Float64Array(n * n);
  let other = new Float64Array(n * n);
  // The matrix before the last squaring: a squaring that gives it back (a fixed point, or a
  // cycle of two in the last bits) repeats for ever, so the rest of the s squarings are known
  // without being done: far beyond the chain's mixing time the cost stops growing with t.
  let before = new Float64Array(n * n);
  const unit = new Float64Array(n);
  const row = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    unit.fill(0);
    unit[i] = 1;
    uniformise(chain, window, unit, scratch, row);
    m.set(row, i * n);
    normaliseMass(m, i * n, n, 1);
  }
  for (let s = 0; s < squarings; s++) {
    multiplyNonNegative(m, m, other, n);
    for (let i = 0; i < n; i++) normaliseMass(other, i * n, n, 1);
    if (isSameMatrix(other, m)) break;
    const left = squarings - s - 1;
    if (s > 0 && isSameMatrix(other, before)) {
      // A two-cycle: `other` after an even number of the squarings left, `m` after an odd one.
      if (left % 2 === 1) other.set(m);
      m = other;
      break;
    }
    const swap = before;
    before = m;
    m = other;
    other = swap;
  }
  result.fill(0);
  for (let i = 0; i < n; i++) {
    const pi = p0[i]!;
    if (pi === 0) continue;
    const rowI = i * n;
    for (let j = 0; j < n; j++) result[j] = result[j]! + pi * m[rowI + j]!;
  }
  return result;
}

/**
 * Transient distribution p(t) = p(0)·e^(Qt) by uniformisation: with Λ = max exit rate and
 * P = I + Q/Λ (non-negative), p(t) = Σₖ Poisson(k; Λt)·p(0)·Pᵏ (Jensen 1953; Stewart,
 * *Introduction to the Numerical Solution of Markov Chains*, 1994, §8.5; Grassmann,
 * "Transient solutions in Markovian queueing systems", Comput. Oper. Res. 4 (1977)). Every term
 * is non-negative, so small probabilities keep their relative precision. The Poisson weights
 * are built from the mode outwards (Fox & Glynn, Comm. ACM 31, 1988), truncated at 1e-50 of the
 * modal weight; for large Λt the cheaper of plain summation and scaling-and-squaring of the
 * non-negative matrix e^(Qh) (h = t/2^s, Λh ≤ 2) is used.
 * @param nStates number of states
 * @param transitions off-diagonal rates, per design time unit
 * @param p0 initial distribution (length nStates)
 * @param t time, design time units (≥ 0)
 * @returns p(t), indexed by state
 * @example
 * // one unit starting up, λ = 1e-3, μ = 0.1: p(t)[0] = A(t)
 * computeTransient(2, [{ from: 0, to: 1, rate: 1e-3 }, { from: 1, to: 0, rate: 0.1 }], [1, 0], 5);
 */
export function computeTransient(
  nStates: number,
  transitions: readonly Transition[],
  p0: ArrayLike<number>,
  t: number,
): Float64Array {
  assert(
    p0.length === nStates,
    `initial distribution has ${p0.length} entries, expected ${nStates}`,
  );
  assert(t >= 0, `invalid time: ${t} (must be ≥ 0)`);
  return computeTransientOfChain(createChain(nStates, transitions), p0, t);
}

/**
 * Transient distributions at several times (for curves): p(tᵢ) = p(tᵢ₋₁)·e^(Q(tᵢ − tᵢ₋₁)) for
 * ascending times, restarting from p(0) where a time goes backwards. Same method and accuracy as
 * {@link computeTransient}; the chain is built once.
 * @param nStates number of states
 * @param transitions off-diagonal rates, per design time unit
 * @param p0 initial distribution
 * @param times times, design time units (≥ 0), best ascending
 * @returns one distribution per time
 * @example
 * computeTransientSeries(2, transitions, [1, 0], [0, 1, 2, 4, 8]);
 */
export function computeTransientSeries(
  nStates: number,
  transitions: readonly Transition[],
  p0: ArrayLike<number>,
  times: readonly number[],
): Float64Array[] {
  assert(
    p0.length === nStates,
    `initial distribution has ${p0.length} entries, expected ${nStates}`,
  );
  const chain = createChain(nStates, transitions);
  const out: Float64Array[] = [];
  let previous: ArrayLike<number> = p0;
  let previousTime = 0;
  for (const t of times) {
    assert(t >= 0, `invalid time: ${t} (must be ≥ 0)`);
    if (t < previousTime) {
      previous = p0;
      previousTime = 0;
    }
    const p = computeTransientOfChain(chain, previous, t - previousTime);
    out.push(p);
    previous = p;
    previousTime = t;
  }
  return out;
}

/**
 * Mean time to absorption from every state: τᵢ = 0 on absorbing states, and on the others the
 * solution of exitᵢ·τᵢ − Σⱼ qᵢⱼτⱼ = 1. Solved by GTH-style elimination (each reduced state keeps
 * its rate to absorption as a separate non-negative "slack", and its exit rate is a sum), so no
 * subtraction occurs (Grassmann, Taksar & Heyman, Oper. Res. 33, 1985; Kemeny & Snell, *Finite
 * Markov Chains*, 1960, ch. 3 for the equations). τᵢ = Infinity where absorption is not certain.
 * @param nStates number of states
 * @param transitions off-diagonal rates, per design time unit
 * @param absorbing `absorbing[i]`: state i is absorbing (its own transitions are ignored)
 * @returns τ, design time units, indexed by state
 * @example
 * // two active units, no repair: τ₀ = 3/(2λ)
 * const chain = [{ from: 0, to: 1, rate: 2e-3 }, { from: 1, to: 2, rate: 1e-3 }];
 * computeMeanTimesToAbsorption(3, chain, [false, false, true]); // [1500, 1000, 0]
 */
export function computeMeanTimesToAbsorption(
  nStates: number,
  transitions: readonly Transition[],
  absorbing: readonly boolean[],
): Float64Array {
  assert(
    absorbing.length === nStates,
    `absorbing has ${absorbing.length} entries, expected ${nStates}`,
  );
  const chain = createChain(nStates, transitions);
  const n = nStates;
  const q = createRateMatrix(chain);
  const tau = new Float64Array(n);
  // States that can reach absorption (reverse search from the absorbing states).
  const canAbsorb = new Uint8Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  for (let i = 0; i < n; i++) {
    if (absorbing[i]) {
      canAbsorb[i] = 1;
      stack[top++] = i;
    }
  }
  while (top > 0) {
    const j = stack[--top]!;
    for (let i = 0; i < n; i++) {
      if (!absorbing[i] && canAbsorb[i] === 0 && q[i * n + j]! > 0) {
        canAbsorb[i] = 1;
        stack[top++] = i;
      }
    }
  }
  // States that can reach a trap (a state that cannot be absorbed) have τ = ∞.
  const infinite = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (canAbsorb[i] === 0) {
      infinite[i] = 1;
      stack[top++] = i;
    }
  }
  while (top > 0) {
    const j = stack[--top]!;
    for (let i = 0; i < n; i++) {
      if (!absorbing[i] && infinite[i] === 0 && q[i * n + j]! > 0) {
        infinite[i] = 1;
        stack[top++] = i;
      }
    }
  }
  const states: number[] = [];
  for (let i = 0; i < n; i++) {
    if (infinite[i] === 1) tau[i] = Infinity;
    else if (!absorbing[i]) states.push(i);
  }
  const m = states.length;
  if (m === 0) return tau;
  const a = new Float64Array(m * m);
  const slack = new Float64Array(m);
  const rhs = new Float64Array(m).fill(1);
  for (let r = 0; r < m; r++) {
    const rowQ = states[r]! * n;
    for (let c = 0; c < m; c++) if (r !== c) a[r * m + c] = q[rowQ + states[c]!]!;
    let s = 0;
    for (let j = 0; j < n; j++) if (absorbing[j]) s += q[rowQ + j]!;
    slack[r] = s;
  }
  const exitRate = new Float64Array(m);
  for (let k = m - 1; k >= 0; k--) {
    const rowK = k * m;
    let s = slack[k]!;
    for (let j = 0; j < k; j++) s += a[rowK + j]!;
    assert(s > 0, 'a state that can be absorbed has a positive reduced exit rate');
    exitRate[k] = s;
    for (let i = 0; i < k; i++) {
      const share = a[i * m + k]! / s;
      if (share === 0) continue;
      const rowI = i * m;
      for (let j = 0; j < k; j++) a[rowI + j] = a[rowI + j]! + share * a[rowK + j]!;
      slack[i] = slack[i]! + share * slack[k]!;
      rhs[i] = rhs[i]! + share * rhs[k]!;
    }
  }
  const solved = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    let s = rhs[k]!;
    for (let j = 0; j < k; j++) s += a[k * m + j]! * solved[j]!;
    solved[k] = s / exitRate[k]!;
    tau[states[k]!] = solved[k]!;
  }
  return tau;
}

/**
 * Mean time to absorption from an initial distribution: Σᵢ p0ᵢ·τᵢ with τ from
 * {@link computeMeanTimesToAbsorption} (e.g. MTTF when the failed states are absorbing).
 * @param nStates number of states
 * @param transitions off-diagonal rates, per design time unit
 * @param p0 initial distribution
 * @param absorbing `absorbing[i]`: state i is absorbing
 * @returns mean time to absorption, design time units (Infinity when absorption is not certain)
 * @example
 * // cold standby pair, λ = 1e-3: MTTF = 2/λ = 2000
 * const chain = [{ from: 0, to: 1, rate: 1e-3 }, { from: 1, to: 2, rate: 1e-3 }];
 * computeMeanTimeToAbsorption(3, chain, [1, 0, 0], [false, false, true]); // 2000
 */
export function computeMeanTimeToAbsorption(
  nStates: number,
  transitions: readonly Transition[],
  p0: ArrayLike<number>,
  absorbing: readonly boolean[],
): number {
  assert(
    p0.length === nStates,
    `initial distribution has ${p0.length} entries, expected ${nStates}`,
  );
  const tau = computeMeanTimesToAbsorption(nStates, transitions, absorbing);
  let mean = 0;
  for (let i = 0; i < nStates; i++) {
    const p = p0[i]!;
    if (p > 0) mean += p * tau[i]!;
  }
  return mean;
}

/**
 * Splits a distribution over states into the probability of the up states and of the down
 * states, each summed from its own terms (never 1 − the other).
 * @param distribution probabilities indexed by state
 * @param up `up[i]`: the system works in state i
 * @returns {work: Σ_up pᵢ, fail: Σ_down pᵢ}
 * @example
 * getUpDownPair(computeSteadyState(2, transitions), [true, false]); // {A, U}
 */
export function getUpDownPair(distribution: ArrayLike<number>, up: readonly boolean[]): Pair {
  assert(
    up.length === distribution.length,
    `up has ${up.length} entries, expected ${distribution.length}`,
  );
  let work = 0;
  let fail = 0;
  for (let i = 0; i < distribution.length; i++) {
    if (up[i]) work += distribution[i]!;
    else fail += distribution[i]!;
  }
  return { work, fail };
}
