/**
 * Continuous-time Markov chains of one standby block (n identical exponential units, k must
 * run, n − k wait as spares). Follows the switching rule of src/model/FORMAT.md: when a
 * running unit fails each spare is tried in turn; an attempt works with probability p, a failed
 * attempt is that spare failing on demand (it goes to repair). With no good spare left the block
 * is down until a repair brings a unit back; a repaired unit goes straight into service when
 * fewer than k units run, otherwise it waits as a spare. Each unit has its own repair crew.
 *
 * The switch-over delay D is a "switching" copy of every up state, left at rate 1/D: the long-run
 * share of time spent switching is exact in the mean when failures during a switch-over are rare
 * (D·nλ ≪ 1), which is the case the delay is meant for.
 * Runs anywhere; no DOM.
 */
import type { Transition } from '../math/ctmc.ts';
import { computeTransient } from '../math/ctmc.ts';
import { lgamma } from '../math/special.ts';

/** Inputs of a standby chain; rates per design time unit. */
export interface StandbyChainInput {
  readonly quantity: number;
  readonly required: number;
  /** Failure rate of a running unit. */
  readonly failureRate: number;
  /** Failure rate of a waiting unit = dormant factor × running rate. */
  readonly dormantRate: number;
  /** Probability that one switch-over attempt works. */
  readonly switchSuccess: number;
  /** Repair rate of one failed unit (0: no repair). */
  readonly repairRate: number;
  /** Switch-over delay (0: none). */
  readonly switchDelay: number;
}

/** A built chain: states, transitions, which states are up, and the initial state. */
export interface StandbyChain {
  readonly size: number;
  readonly transitions: Transition[];
  /** `up[s]`: the block works in state s. */
  readonly up: readonly boolean[];
  /** Index of the all-new state. */
  readonly initial: number;
}

/**
 * Builds the mission chain (no repair): states f = 0..n−k failed units are up, one absorbing
 * down state. Two cold units with switch success p give R(t) = e^(−λt)(1 + pλt).
 * @param input block parameters (repair and delay are ignored)
 * @returns the chain; the block's reliability is the probability of the up states
 */
export function createStandbyMissionChain(input: StandbyChainInput): StandbyChain {
  const { quantity: n, required: k, failureRate: lambda, dormantRate, switchSuccess: p } = input;
  const spareCount = n - k;
  const down = spareCount + 1;
  const transitions: Transition[] = [];
  for (let f = 0; f <= spareCount; f++) {
    const spares = spareCount - f;
    const runRate = k * lambda;
    if (runRate > 0) {
      let miss = 1;
      for (let j = 0; j < spares; j++) {
        if (p > 0) transitions.push({ from: f, to: f + 1 + j, rate: runRate * miss * p });
        miss *= 1 - p;
      }
      if (miss > 0) transitions.push({ from: f, to: down, rate: runRate * miss });
    }
    if (spares > 0 && dormantRate > 0) {
      transitions.push({ from: f, to: f + 1, rate: spares * dormantRate });
    }
  }
  const up = Array.from({ length: down + 1 }, (_, s) => s < down);
  return { size: down + 1, transitions, up, initial: 0 };
}

/**
 * Builds the availability chain with repair. State `f` (0..n) counts failed units; state
 * `n + 1 + f` (for up f ≤ n − k) is the same during a switch-over (down). Starts with all units new.
 * @param input block parameters
 * @returns the chain; availability is the probability of the up states
 */
export function createStandbyRepairChain(input: StandbyChainInput): StandbyChain {
  const { quantity: n, required: k, failureRate: lambda, dormantRate, switchSuccess: p } = input;
  const { repairRate: mu, switchDelay } = input;
  const hasDelay = switchDelay > 0;
  const switching = (f: number): number => n + 1 + f;
  const size = hasDelay ? n + 1 + (n - k + 1) : n + 1;
  const transitions: Transition[] = [];
  const add = (from: number, to: number, rate: number): void => {
    if (rate > 0) transitions.push({ from, to, rate });
  };
  for (let f = 0; f <= n; f++) {
    const good = n - f;
    const running = Math.min(k, good);
    const spares = good - running;
    for (const inSwitch of hasDelay && good >= k ? [false, true] : [false]) {
      const from = inSwitch ? switching(f) : f;
      // A landing state keeps an ongoing switch-over, or starts one after a successful switch.
      const land = (to: number, switched: boolean): number =>
        hasDelay && (inSwitch || switched) && n - to >= k ? switching(to) : to;
      const runRate = running * lambda;
      if (runRate > 0) {
        if (good >= k && spares > 0) {
          let miss = 1;
          for (let j = 0; j < spares; j++) {
            add(from, land(f + 1 + j, true), runRate * miss * p);
            miss *= 1 - p;
          }
          add(from, land(f + 1 + spares, false), runRate * miss);
        } else {
          add(from, land(f + 1, false), runRate);
        }
      }
      add(from, land(f + 1, false), spares * dormantRate);
      add(from, land(f - 1, false), f * mu);
      if (inSwitch) add(from, f, 1 / switchDelay);
    }
  }
  const up = Array.from({ length: size }, (_, s) => s <= n && n - s >= k);
  return { size, transitions, up, initial: 0 };
}

/** Largest Λt for which e^(−Λt) does not underflow (with margin). */
const DIRECT_POISSON_LIMIT = 600;

/**
 * Largest Λt summed step by step: beyond it the cost of uniformisation, which grows with Λt
 * (`analyze --t 1e15` ran for minutes, issue 16), gives way to scaling and squaring.
 */
const STEPPED_MAX_L = 1e4;

/**
 * ln of a probability below which R(t) is 0 in double precision: e^(−750) is under half the
 * smallest subnormal (e^(−744.4)), so a true value below it rounds to 0.
 */
const LOG_UNDERFLOW = -750;

/**
 * ln of an upper bound on R(t) of a standby block: it is up at t only if at most s = n − k of
 * its running units have failed, and running failures come at rate kλ in every up state, so
 * R(t) ≤ P(Poisson(kλt) ≤ s) ≤ e^(−x)·xˢ/s!·1/(1 − s/x) for x = kλt > s (the terms below s
 * fall at least geometrically, by s/x). +∞ (no bound) when x ≤ s.
 */
function getLogReliabilityBound(input: StandbyChainInput, t: number): number {
  const s = input.quantity - input.required;
  const x = input.required * input.failureRate * t;
  if (!(x > s)) return Infinity;
  return -x + (s === 0 ? 0 : s * Math.log(x)) - lgamma(s + 1) - Math.log1p(-s / x);
}

/**
 * Mission reliability at large Λt, in work that does not grow with t: 0 when the bound of
 * {@link getLogReliabilityBound} is below the underflow of a double (the exact value rounds to
 * 0, and the failure probability to 1), else p(t) = e₀·e^(Qt) of the mission chain by scaling
 * and squaring of the non-negative matrix e^(Qh) (src/math/ctmc.ts): log₂(Λt) products of a
 * matrix of n − k + 2 states. The squarings add relative rounding of at most about Λt·n·2⁻⁵³,
 * and the bound caps Λt at about (n − k + 1200)·n/k wherever R(t) does not underflow.
 */
function computeStandbyMissionPairLong(
  input: StandbyChainInput,
  t: number,
): { work: number; fail: number } {
  if (getLogReliabilityBound(input, t) < LOG_UNDERFLOW) return { work: 0, fail: 1 };
  const chain = createStandbyMissionChain(input);
  const p0 = new Float64Array(chain.size);
  p0[chain.initial] = 1;
  const p = computeTransient(chain.size, chain.transitions, p0, t);
  let work = 0;
  let fail = 0;
  for (let state = 0; state < chain.size; state++) {
    if (chain.up[state]) work += p[state]!;
    else fail += p[state]!;
  }
  const total = work + fail;
  return { work: work / total, fail: fail / total };
}

/**
 * Mission reliability of a standby block, fast: uniformisation of the mission chain specialised
 * to its triangular shape (Jensen 1953). With Λ = kλ + sλ_d (the exit rate of the all-good state)
 * and P = I + Q/Λ, p(t) = Σₘ Poisson(m; Λt)·e₀Pᵐ; every term is non-negative, so both the up
 * and the down probability keep their relative precision. Stops when the Poisson tail bound is
 * below 1e-17 of the smaller of the two. Beyond Λt = 10⁴ the cost would grow with t: there
 * R(t) is 0 when it provably underflows, else it comes from scaling and squaring (see
 * `computeStandbyMissionPairLong`), so any finite t costs the same.
 * @param input block parameters (repair and delay are ignored)
 * @param t time, design time units
 * @returns {work: R(t), fail: 1 − R(t)}, each summed directly
 */
export function computeStandbyMissionPair(
  input: StandbyChainInput,
  t: number,
): { work: number; fail: number } {
  const { quantity: n, required: k, failureRate: lambda, dormantRate, switchSuccess: p } = input;
  const spareCount = n - k;
  const run = k * lambda;
  const big = run + spareCount * dormantRate;
  if (t === 0 || big === 0) return { work: 1, fail: 0 };
  const L = big * t;
  if (L > STEPPED_MAX_L) return computeStandbyMissionPairLong(input, t);
  // v[f], f = 0..spareCount: probability of f spent spares and the block up; `down` absorbs.
  let v = new Float64Array(spareCount + 1);
  let next = new Float64Array(spareCount + 1);
  v[0] = 1;
  let down = 0;
  let upSum = 0;
  let downSum = 0;
  // Poisson weights: direct for moderate L, in log space beyond (no underflow).
  const logL = Math.log(L);
  let weight = L <= DIRECT_POISSON_LIMIT ? Math.exp(-L) : 0;
  let logWeight = -L;
  for (let m = 0; ; m++) {
    if (L > DIRECT_POISSON_LIMIT) weight = Math.exp(logWeight);
    if (weight > 0) {
      let up = 0;
      for (let f = 0; f <= spareCount; f++) up += v[f]!;
      upSum += weight * up;
      downSum += weight * down;
    }
    if (m > L) {
      const tailBound = (weight * L) / (m + 1 - L);
      const smaller = Math.min(upSum, downSum);
      if (tailBound <= 1e-17 * smaller || (smaller === 0 && m > L + 50 * Math.sqrt(L) + 50)) break;
    }
    // One uniformised step: next = v·P.
    next.fill(0);
    let nextDown = down;
    for (let f = 0; f <= spareCount; f++) {
      const mass = v[f]!;
      if (mass === 0) continue;
      const spares = spareCount - f;
      next[f] = next[f]! + (mass * (f * dormantRate)) / big;
      const onRun = (mass * run) / big;
      let miss = 1;
      for (let j = 0; j < spares; j++) {
        next[f + 1 + j] = next[f + 1 + j]! + onRun * miss * p;
        miss *= 1 - p;
      }
      nextDown += onRun * miss;
      if (spares > 0) next[f + 1] = next[f + 1]! + (mass * spares * dormantRate) / big;
    }
    const swap = v;
    v = next;
    next = swap;
    down = nextDown;
    logWeight += logL - Math.log(m + 1);
    weight = (weight * L) / (m + 1);
  }
  const total = upSum + downSum;
  return { work: upSum / total, fail: downSum / total };
}
