/**
 * Point availability of one standby block at the quadrature points of dyadic panels, cheaply:
 * the mean-availability integral asks for A(s) at some hundreds of times, and one transient
 * solve of a stiff standby chain (a 0.05 h switch-over next to a 24 h repair) costs tens of
 * microseconds. Here every panel is [i·w, (i + 1)·w] with w = h·2^m, so
 * p(i·w + y·w) = p₀·e^(Q·i·w)·e^(Q·y·w), where e^(Q·i·w) is a product over the binary digits of i
 * of e^(Q·h·2^(m+b)), and the matrices of level m + 1 are the squares of those of level m. Only
 * the finest levels need a transient solve (uniformisation at a small Λt); every other step
 * multiplies non-negative matrices, so small probabilities keep their relative precision.
 * Runs anywhere; no DOM.
 */
import { computeSteadyState, computeTransientSeries } from '../math/ctmc.ts';
import type { StandbyChain } from './standbyChain.ts';

/** The matrices of one level: e^(Q·w·y) for every panel offset y, then e^(Q·w). */
type LevelMatrices = Float64Array;

/** Point availability of a standby block on dyadic panels. */
export interface StandbyAvailabilityGrid {
  /**
   * Writes the block's availability pair at the points i·w + y·w of panel (i, m), w = h·2^m, for
   * each offset y of the grid, into `work[at + j]` and `fail[at + j]`.
   */
  panel(index: number, level: number, work: Float64Array, fail: Float64Array, at: number): void;
  /**
   * ‖p(i·w) − π‖₁, w = h·2^m: the distance of the state distribution at that time from the
   * steady state. It never grows with time (a Markov chain contracts in total variation), so it
   * bounds |U(s) − U(∞)| for every later s.
   */
  distanceFromSteadyState(index: number, level: number): number;
}

/** Up to this Λτ the matrices of a level come from one shared series of powers of P. */
const DIRECT_UNIFORMISATION_LIMIT = 40;
/** Poisson weights below this share of the largest are dropped (as in `computeTransient`). */
const POISSON_CUTOFF = 1e-50;

/** The largest total rate out of a state, Λ. */
function getMaxExitRate(chain: StandbyChain): number {
  const exit = new Float64Array(chain.size);
  for (const tr of chain.transitions) exit[tr.from]! += tr.rate;
  return Math.max(0, ...exit);
}

/**
 * e^(Q·τ) for several τ at once by uniformisation (Jensen 1953): with P = I + Q/Λ, which is
 * non-negative, e^(Qτ) = Σₖ Poisson(k; Λτ)·Pᵏ. The powers Pᵏ are shared by every τ, so a level
 * of 16 matrices costs one series. Only non-negative terms are added; rows are renormalised.
 * @param chain the chain
 * @param exitRate Λ, the largest exit rate (0: the chain never moves)
 * @param times the τ (design time units), each with Λτ ≤ {@link DIRECT_UNIFORMISATION_LIMIT}
 * @returns the matrices one after the other, row-major
 */
function uniformiseMatrices(
  chain: StandbyChain,
  exitRate: number,
  times: readonly number[],
): LevelMatrices {
  const n = chain.size;
  const size = n * n;
  const out = new Float64Array(times.length * size);
  if (exitRate === 0) {
    for (let k = 0; k < times.length; k++)
      for (let i = 0; i < n; i++) out[k * size + i * n + i] = 1;
    return out;
  }
  const step = new Float64Array(size);
  const exit = new Float64Array(n);
  for (const tr of chain.transitions) {
    step[tr.from * n + tr.to]! += tr.rate / exitRate;
    exit[tr.from]! += tr.rate;
  }
  for (let i = 0; i < n; i++) step[i * n + i]! += (exitRate - exit[i]!) / exitRate;
  let power = new Float64Array(size);
  let next = new Float64Array(size);
  for (let i = 0; i < n; i++) power[i * n + i] = 1;
  const count = times.length;
  const rates = Float64Array.from(times, (t) => exitRate * t);
  const weights = rates.map((rate) => Math.exp(-rate));
  const largest = new Float64Array(count);
  for (let m = 0; ; m++) {
    let alive = false;
    for (let k = 0; k < count; k++) {
      const weight = weights[k]!;
      if (weight > largest[k]!) largest[k] = weight;
      // A time whose series has ended adds nothing more (its weights only shrink from here).
      if (weight > POISSON_CUTOFF * largest[k]! || m <= rates[k]!) alive = true;
      else weights[k] = 0;
      if (weights[k] === 0) continue;
      const base = k * size;
      for (let e = 0; e < size; e++) out[base + e] = out[base + e]! + weight * power[e]!;
      weights[k] = (weight * exitRate * times[k]!) / (m + 1);
    }
    if (!alive) break;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let l = 0; l < n; l++) sum += power[i * n + l]! * step[l * n + j]!;
        next[i * n + j] = sum;
      }
    }
    const swap = power;
    power = next;
    next = swap;
  }
  for (let k = 0; k < times.length; k++) {
    for (let i = 0; i < n; i++) {
      let total = 0;
      for (let j = 0; j < n; j++) total += out[k * size + i * n + j]!;
      if (total > 0) for (let j = 0; j < n; j++) out[k * size + i * n + j]! /= total;
    }
  }
  return out;
}

/** Squares each of the `count` n×n matrices of `from` into `to`, rows renormalised to 1. */
function squareLevel(from: LevelMatrices, to: LevelMatrices, n: number, count: number): void {
  const size = n * n;
  for (let k = 0; k < count; k++) {
    const base = k * size;
    for (let i = 0; i < n; i++) {
      let total = 0;
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let l = 0; l < n; l++) sum += from[base + i * n + l]! * from[base + l * n + j]!;
        to[base + i * n + j] = sum;
        total += sum;
      }
      if (total > 0) for (let j = 0; j < n; j++) to[base + i * n + j]! /= total;
    }
  }
}

/** out = v·M for the matrix at `offset` of `m` (n×n), renormalised to total mass 1. */
function multiplyRow(
  v: Float64Array,
  m: LevelMatrices,
  offset: number,
  n: number,
  out: Float64Array,
): void {
  let total = 0;
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += v[i]! * m[offset + i * n + j]!;
    out[j] = sum;
    total += sum;
  }
  if (total > 0) for (let j = 0; j < n; j++) out[j]! /= total;
}

/**
 * Creates the grid of a standby repair chain.
 * @param chain the block's availability chain (`createStandbyRepairChain`)
 * @param width the width h of a level-0 panel, design time units (small enough that e^(Q·h) is a
 *   cheap transient solve: the engine takes a fraction of the block's shortest time constant)
 * @param offsets the points of a panel as fractions y ∈ [0, 1] of its width
 * @returns the grid; its matrices are built on demand and kept
 * @example
 * const grid = createStandbyAvailabilityGrid(chain, 0.25, Float64Array.of(0.5));
 * grid.panel(3, 2, work, fail, 0); // A at 3·1 + 0.5 = 3.5
 */
export function createStandbyAvailabilityGrid(
  chain: StandbyChain,
  width: number,
  offsets: Float64Array,
): StandbyAvailabilityGrid {
  const n = chain.size;
  const size = n * n;
  const count = offsets.length + 1;
  const full = offsets.length * size;
  const levels = new Map<number, LevelMatrices>();
  // Offsets in ascending order, for one transient series per starting state.
  const order = Array.from({ length: count }, (_, k) => k).sort(
    (a, b) => (offsets[a] ?? 1) - (offsets[b] ?? 1),
  );
  const unit = new Float64Array(n);

  const exitRate = getMaxExitRate(chain);
  const solveLevel = (level: number): LevelMatrices => {
    const w = width * 2 ** level;
    if (exitRate * w <= DIRECT_UNIFORMISATION_LIMIT) {
      const times = Array.from({ length: count }, (_, k) => w * (offsets[k] ?? 1));
      return uniformiseMatrices(chain, exitRate, times);
    }
    const matrices = new Float64Array(count * size);
    const times = order.map((k) => w * (offsets[k] ?? 1));
    for (let i = 0; i < n; i++) {
      unit.fill(0);
      unit[i] = 1;
      const rows = computeTransientSeries(n, chain.transitions, unit, times);
      rows.forEach((row, r) => matrices.set(row, order[r]! * size + i * n));
    }
    return matrices;
  };
  // Level 0 and finer levels (bisected panels) are solved; coarser ones are squares of finer.
  const getLevel = (level: number): LevelMatrices => {
    const known = levels.get(level);
    if (known !== undefined) return known;
    let matrices: LevelMatrices;
    if (level <= 0) matrices = solveLevel(level);
    else {
      matrices = new Float64Array(count * size);
      squareLevel(getLevel(level - 1), matrices, n, count);
    }
    levels.set(level, matrices);
    return matrices;
  };

  const start = new Float64Array(n);
  const next = new Float64Array(n);
  const point = new Float64Array(n);
  /** Sets `start` to p(i·w) = p₀·Π over the binary digits b of i of e^(Q·w·2^b). */
  const fillStart = (index: number, level: number): void => {
    start.fill(0);
    start[chain.initial] = 1;
    let rest = index;
    // Level m + b builds on level m + b − 1: ask for every level up to the top digit.
    for (let bit = 0; rest > 0; bit++, rest = Math.floor(rest / 2)) {
      const matrices = getLevel(level + bit);
      if (rest % 2 === 1) {
        multiplyRow(start, matrices, full, n, next);
        start.set(next);
      }
    }
  };
  let steady: Float64Array | null = null;
  return {
    distanceFromSteadyState(index, level) {
      steady ??= computeSteadyState(n, chain.transitions);
      fillStart(index, level);
      let distance = 0;
      for (let s = 0; s < n; s++) distance += Math.abs(start[s]! - steady[s]!);
      return Number.isNaN(distance) ? Infinity : distance;
    },
    panel(index, level, work, fail, at) {
      const base = getLevel(level);
      fillStart(index, level);
      for (let k = 0; k < offsets.length; k++) {
        multiplyRow(start, base, k * size, n, point);
        let up = 0;
        let down = 0;
        for (let s = 0; s < n; s++) {
          if (chain.up[s]) up += point[s]!;
          else down += point[s]!;
        }
        const total = up + down;
        work[at + k] = up / total;
        fail[at + k] = down / total;
      }
    },
  };
}
