/**
 * Small dense continuous-time Markov chains (up to a few hundred states), solved without
 * subtraction so that the probability of a rarely visited down state (1e-15) keeps its full
 * relative precision:
 * - steady state by GTH (Grassmann–Taksar–Heyman) state reduction;
 * - transient distribution by uniformisation (all terms non-negative), with Fox–Glynn-style
 *   Poisson weights (no e^(−Λt) underflow) and, for large Λt, products of the non-negative
 *   powers e^(Q·h·2ⁱ) of a fixed step h, kept for the chains last solved (a curve asks one
 *   chain at a hundred times: each then costs a few vector–matrix products);
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

/** Largest Λh of the step whose powers are squared. */
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

/**
 * The uniformised chain P = I + Q/Λ, divided out once: `stay[j]` = (Λ − exitⱼ)/Λ (exact when
 * small, by Sterbenz) and `move[e]` = rateₑ/Λ. All entries non-negative.
 */
interface Uniformised {
  readonly stay: Float64Array;
  readonly move: Float64Array;
}

function createUniformised(chain: Chain): Uniformised {
  const lambda = chain.maxExit;
  const stay = new Float64Array(chain.size);
  for (let j = 0; j < chain.size; j++) stay[j] = (lambda - chain.exit[j]!) / lambda;
  const move = new Float64Array(chain.rate.length);
  for (let e = 0; e < move.length; e++) move[e] = chain.rate[e]! / lambda;
  return { stay, move };
}

/** One uniformised step next = v·P: all terms non-negative. */
function stepUniformised(
  chain: Chain,
  { stay, move }: Uniformised,
  v: Float64Array,
  next: Float64Array,
): void {
  const n = chain.size;
  for (let j = 0; j < n; j++) next[j] = v[j]! * stay[j]!;
  const { from, to } = chain;
  for (let e = 0; e < from.length; e++) {
    const target = to[e]!;
    next[target] = next[target]! + v[from[e]!]! * move[e]!;
  }
}

/** out = Σₖ wₖ·v·Pᵏ over the Poisson window (v is overwritten; scratch is n long). */
function uniformise(
  chain: Chain,
  p: Uniformised,
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
    stepUniformised(chain, p, current, next);
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

/** out = v·M for a dense non-negative n×n matrix (row-major); zero entries of v are skipped. */
function multiplyVector(v: Float64Array, m: Float64Array, out: Float64Array, n: number): void {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const vi = v[i]!;
    if (vi === 0) continue;
    const rowI = i * n;
    for (let j = 0; j < n; j++) out[j] = out[j]! + vi * m[rowI + j]!;
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

/** True when a and b hold the same numbers, bit for bit (NaN never occurs here). */
function isSameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** e^(Qh) for Λh = L (dense, row-major) by uniformisation row by row: non-negative. */
function createStepMatrix(chain: Chain, p: Uniformised, L: number): Float64Array<ArrayBuffer> {
  const n = chain.size;
  const window = computePoissonWindow(L);
  const m = new Float64Array(n * n);
  const unit = new Float64Array(n);
  const scratch = new Float64Array(n);
  const row = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    unit.fill(0);
    unit[i] = 1;
    uniformise(chain, p, window, unit, scratch, row);
    m.set(row, i * n);
    normaliseMass(m, i * n, n, 1);
  }
  return m;
}

/**
 * The powers e^(Q·h·2ⁱ) of one chain, i = 0, 1, …, for a step h = 2^e with 1 < Λh ≤
 * SQUARING_STEP: the first by uniformisation row by row, each next one the square of the one
 * before (non-negative products, no subtraction). Squared on demand. A square that gives back
 * the one before (a fixed point) or the one before that (a cycle of two in the last bits)
 * repeats for ever, so the powers above it are known without being computed: far beyond the
 * chain's mixing time the cost stops growing with t. A pure function of the chain, so a ladder
 * kept for later calls gives every call the same doubles as a fresh one.
 */
class PowerLadder {
  readonly step: number;
  private readonly powers: Float64Array[] = [];
  /** 1 or 2 once the squares repeat (from `powers.length − period` on), else 0. */
  private period = 0;

  constructor(
    readonly chain: Chain,
    p: Uniformised,
  ) {
    this.step = 2 ** Math.floor(Math.log2(SQUARING_STEP / chain.maxExit));
    this.powers.push(createStepMatrix(chain, p, chain.maxExit * this.step));
  }

  /** e^(Q·h·2ⁱ). */
  get(i: number): Float64Array {
    const n = this.chain.size;
    while (this.period === 0 && this.powers.length <= i) {
      const last = this.powers[this.powers.length - 1]!;
      const square = new Float64Array(n * n);
      multiplyNonNegative(last, last, square, n);
      for (let r = 0; r < n; r++) normaliseMass(square, r * n, n, 1);
      if (isSameArray(square, last)) this.period = 1;
      else if (this.powers.length > 1 && isSameArray(square, this.powers[this.powers.length - 2]!))
        this.period = 2;
      else this.powers.push(square);
    }
    if (i < this.powers.length) return this.powers[i]!;
    const base = this.powers.length - this.period;
    return this.powers[base + ((i - base) % this.period)]!;
  }
}

/** Ladders kept for the chains last solved (a curve asks one chain at many times). */
const ladders: PowerLadder[] = [];
const MAX_LADDERS = 8;
/** Chains above this many states get a ladder per call (a kept one would hold n² per power). */
const MAX_KEPT_LADDER_STATES = 40;
/** Calls a kept ladder is assumed to serve (a curve asks a hundred times, an integral dozens). */
const LADDER_USES = 16;

function isSameChain(a: Chain, b: Chain): boolean {
  return (
    a.size === b.size &&
    isSameArray(a.from, b.from) &&
    isSameArray(a.to, b.to) &&
    isSameArray(a.rate, b.rate)
  );
}

function getLadder(chain: Chain, p: Uniformised): PowerLadder {
  if (chain.size > MAX_KEPT_LADDER_STATES) return new PowerLadder(chain, p);
  for (let i = 0; i < ladders.length; i++) {
    const ladder = ladders[i]!;
    if (!isSameChain(ladder.chain, chain)) continue;
    if (i > 0) {
      ladders.splice(i, 1);
      ladders.unshift(ladder);
    }
    return ladder;
  }
  const ladder = new PowerLadder(chain, p);
  ladders.unshift(ladder);
  if (ladders.length > MAX_LADDERS) ladders.pop();
  return ladder;
}

/** Largest t/h handled by the ladder (beyond it t/h is no longer an exact integer count). */
const MAX_LADDER_STEPS = 2 ** 52;

/**
 * p(t) = p0·e^(Qt) for a built chain, choosing plain uniformisation or, for large Λt, the
 * chain's ladder of powers: with t = q·h + r (q an integer, 0 ≤ r < h, both exact since h is a
 * power of two), p(t) = p0·e^(Qr)·Π over the bits i of q of e^(Q·h·2ⁱ), each a non-negative
 * product.
 */
function computeTransientOfChain(
  chain: Chain,
  p: Uniformised,
  p0: ArrayLike<number>,
  t: number,
): Float64Array {
  const n = chain.size;
  const result = Float64Array.from(p0);
  const lambda = chain.maxExit;
  if (t === 0 || lambda === 0) return result;
  // Λt may overflow (t near 1e308, issue 16): the number of squarings comes from log₂Λ + log₂t,
  // finite, and L only chooses the method.
  const L = lambda * t;
  const squarings = Math.max(
    0,
    Math.ceil(Math.log2(lambda) + Math.log2(t) - Math.log2(SQUARING_STEP)),
  );
  const work = n + chain.from.length;
  const vectorCost = getWindowLength(L) * work;
  // A kept ladder is built once and then costs a short uniformisation and a few vector–matrix
  // products per call: its build is counted as shared by LADDER_USES calls.
  const stepWindow = getWindowLength(SQUARING_STEP);
  const buildCost = n * stepWindow * work + squarings * n * n * n;
  const ladderCost =
    n <= MAX_KEPT_LADDER_STATES
      ? stepWindow * work + squarings * n * n + buildCost / LADDER_USES
      : buildCost;
  const scratch = new Float64Array(n);
  let mass = 0;
  for (let i = 0; i < n; i++) mass += p0[i]!;
  if (squarings === 0 || vectorCost <= ladderCost) {
    uniformise(chain, p, computePoissonWindow(L), Float64Array.from(p0), scratch, result);
    normaliseMass(result, 0, n, mass);
    return result;
  }
  const ladder = getLadder(chain, p);
  const q = Math.floor(t / ladder.step);
  if (!(q < MAX_LADDER_STEPS)) return computeByLongSquaring(chain, p, p0, t, squarings);
  const r = t - q * ladder.step;
  if (r > 0) {
    uniformise(chain, p, computePoissonWindow(lambda * r), Float64Array.from(p0), scratch, result);
    normaliseMass(result, 0, n, mass);
  }
  let v = result;
  let other = scratch;
  for (let i = 0, rest = q; rest > 0; i++, rest = Math.floor(rest / 2)) {
    if (rest % 2 === 0) continue;
    multiplyVector(v, ladder.get(i), other, n);
    normaliseMass(other, 0, n, mass);
    const swap = v;
    v = other;
    other = swap;
  }
  return v === result ? result : Float64Array.from(v);
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

/**
 * p(t) for t beyond the ladder's exact step count (t/h ≥ 2⁵²): M = e^(Qh'), h' = t/2^s, by
 * uniformisation row by row, then M ← M·M s times, stopping at a fixed point or a cycle of two.
 */
function computeByLongSquaring(
  chain: Chain,
  p: Uniformised,
  p0: ArrayLike<number>,
  t: number,
  squarings: number,
): Float64Array {
  const n = chain.size;
  let m = createStepMatrix(chain, p, chain.maxExit * scaleByPowerOfTwo(t, -squarings));
  let other = new Float64Array(n * n);
  let before = new Float64Array(n * n);
  for (let s = 0; s < squarings; s++) {
    multiplyNonNegative(m, m, other, n);
    for (let i = 0; i < n; i++) normaliseMass(other, i * n, n, 1);
    if (isSameArray(other, m)) break;
    const left = squarings - s - 1;
    if (s > 0 && isSameArray(other, before)) {
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
  const result = new Float64Array(n);
  multiplyVector(Float64Array.from(p0), m, result, n);
  return result;
}

/**
 * Transient distribution p(t) = p(0)·e^(Qt) by uniformisation: with Λ = max exit rate and
 * P = I + Q/Λ (non-negative), p(t) = Σₖ Poisson(k; Λt)·p(0)·Pᵏ (Jensen 1953; Stewart,
 * *Introduction to the Numerical Solution of Markov Chains*, 1994, §8.5; Grassmann,
 * "Transient solutions in Markovian queueing systems", Comput. Oper. Res. 4 (1977)). Every term
 * is non-negative, so small probabilities keep their relative precision. The Poisson weights
 * are built from the mode outwards (Fox & Glynn, Comm. ACM 31, 1988), truncated at 1e-50 of the
 * modal weight; for large Λt the cheaper of plain summation and products of the powers
 * e^(Q·h·2ⁱ) (h a power of two, 1 < Λh ≤ 2, each power the square of the one before) is used.
 * The powers are kept for the chains last solved; the answer is the same double either way.
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
  return createTransientSolver(nStates, transitions, p0)(t);
}

/**
 * The transient distribution of one chain from one start as a function of t: the chain is
 * built and uniformised once, for callers that ask it at many times (a curve). Each answer is
 * the double {@link computeTransient} gives.
 * @param nStates number of states
 * @param transitions off-diagonal rates, per design time unit (read once)
 * @param p0 initial distribution (length nStates; copied)
 * @returns t ↦ p(t)
 * @example
 * const at = createTransientSolver(2, [{ from: 0, to: 1, rate: 1e-3 }], [1, 0]);
 * at(5)[0]; // e^(−0.005)
 */
export function createTransientSolver(
  nStates: number,
  transitions: readonly Transition[],
  p0: ArrayLike<number>,
): (t: number) => Float64Array {
  if (p0.length !== nStates) {
    assert(false, `initial distribution has ${p0.length} entries, expected ${nStates}`);
  }
  const chain = createChain(nStates, transitions);
  const p = createUniformised(chain);
  const start = Float64Array.from(p0);
  return (t) => {
    if (!(t >= 0)) assert(false, `invalid time: ${t} (must be ≥ 0)`);
    return computeTransientOfChain(chain, p, start, t);
  };
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
  const uniformised = createUniformised(chain);
  const out: Float64Array[] = [];
  let previous: ArrayLike<number> = p0;
  let previousTime = 0;
  for (const t of times) {
    assert(t >= 0, `invalid time: ${t} (must be ≥ 0)`);
    if (t < previousTime) {
      previous = p0;
      previousTime = 0;
    }
    const p = computeTransientOfChain(chain, uniformised, previous, t - previousTime);
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
