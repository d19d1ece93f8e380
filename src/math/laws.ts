/**
 * Failure and repair laws of one unit: survival pairs {R(t), F(t)}, means and limits.
 * Both sides of every pair are computed directly (exp and −expm1, upper and lower normal tail),
 * so an unreliability of 1e-15 keeps its full relative precision. Parameters are assumed valid
 * (checked by the design parser); invalid ones give NaN, never a throw.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { FailureLaw, RepairLaw } from '../model/types.ts';
import { assertNever } from '../util/assert.ts';
import type { Pair } from './pair.ts';
import { PAIR_FAILED, PAIR_WORKING } from './pair.ts';
import { gamma, normalCdfPair } from './special.ts';

/** Parameters of the normal law of ln T for a lognormal T. */
export interface LognormalParameters {
  /** μ: mean of ln T. */
  readonly mu: number;
  /** σ: standard deviation of ln T (0: deterministic). */
  readonly sigma: number;
}

/**
 * Converts a lognormal law given by the mean m and standard deviation s of T itself into the
 * parameters of ln T: σ² = ln(1 + s²/m²), μ = ln m − σ²/2 (Johnson, Kotz & Balakrishnan,
 * *Continuous Univariate Distributions* vol. 1, 2nd ed., ch. 14). σ² uses log1p, so a small
 * coefficient of variation keeps its precision.
 * @param mean mean of T, design time units (> 0)
 * @param sd standard deviation of T, design time units (≥ 0)
 * @returns {mu, sigma}
 * @example
 * getLognormalParameters(10, 5); // { mu: 2.1910..., sigma: 0.4723... }
 */
export function getLognormalParameters(mean: number, sd: number): LognormalParameters {
  const cv = sd / mean;
  const variance = Math.log1p(cv * cv);
  return { mu: Math.log(mean) - 0.5 * variance, sigma: Math.sqrt(variance) };
}

/**
 * Survival pair of a lognormal T with mean m and sd s: R(t) = Q((ln t − μ)/σ),
 * F(t) = Φ((ln t − μ)/σ), both normal tails computed directly. With s = 0, T = m surely.
 */
function getLognormalSurvivalPair(mean: number, sd: number, t: number): Pair {
  if (Number.isNaN(t)) return { work: NaN, fail: NaN };
  if (sd === 0) return t < mean ? PAIR_WORKING : PAIR_FAILED;
  const { mu, sigma } = getLognormalParameters(mean, sd);
  const tails = normalCdfPair((Math.log(t) - mu) / sigma);
  return { work: tails.upper, fail: tails.lower };
}

/**
 * Survival pair of a unit at age t: {work: R(t), fail: F(t) = 1 − R(t)}, both sides direct.
 *
 * - exponential, rate λ: R = e^(−λt), F = −expm1(−λt);
 * - Weibull, shape β, scale η: x = (t/η)^β, R = e^(−x), F = −expm1(−x);
 * - lognormal, mean m, sd s: σ² = ln(1 + s²/m²), μ = ln m − σ²/2, R = Q((ln t − μ)/σ) and
 *   F = Φ((ln t − μ)/σ) (sd 0: deterministic life m, R = 1 for t < m, else 0);
 * - fixed reliability p (time-independent): {p, 1 − p}.
 *
 * Source: Rausand & Høyland, *System Reliability Theory*, 2nd ed., ch. 2 (life distributions).
 * @param law the failure law (rates per design time unit)
 * @param t age, design time units (≥ 0; t ≤ 0 gives {1, 0} except for a fixed law)
 * @returns {work: R(t), fail: F(t)}
 * @example
 * getSurvivalPair({ kind: 'exponential', rate: 1e-9 }, 1);
 * // { work: 0.999999999, fail: 9.999999995e-10 }
 */
export function getSurvivalPair(law: FailureLaw, t: number): Pair {
  if (t <= 0 && law.kind !== 'fixed') return PAIR_WORKING;
  switch (law.kind) {
    case 'exponential': {
      if (law.rate === 0) return PAIR_WORKING;
      const x = law.rate * t;
      return { work: Math.exp(-x), fail: -Math.expm1(-x) };
    }
    case 'weibull': {
      const x = Math.pow(t / law.scale, law.shape);
      return { work: Math.exp(-x), fail: -Math.expm1(-x) };
    }
    case 'lognormal':
      return getLognormalSurvivalPair(law.mean, law.sd, t);
    case 'fixed':
      return { work: law.reliability, fail: 1 - law.reliability };
    default:
      return assertNever(law);
  }
}

/**
 * Survival probability R(t) alone (the work side of {@link getSurvivalPair}), without
 * allocating: for integrands evaluated many times.
 * @param law the failure law
 * @param t age, design time units
 * @returns R(t) in [0, 1]
 * @example
 * getSurvival({ kind: 'weibull', shape: 2, scale: 100 }, 100); // e^(−1)
 */
export function getSurvival(law: FailureLaw, t: number): number {
  if (t <= 0 && law.kind !== 'fixed') return 1;
  switch (law.kind) {
    case 'exponential':
      return law.rate === 0 ? 1 : Math.exp(-law.rate * t);
    case 'weibull':
      return Math.exp(-Math.pow(t / law.scale, law.shape));
    case 'lognormal':
      return getLognormalSurvivalPair(law.mean, law.sd, t).work;
    case 'fixed':
      return law.reliability;
    default:
      return assertNever(law);
  }
}

/**
 * Mean life (MTTF) E[T] = ∫₀^∞ R(t) dt of a unit.
 *
 * - exponential: 1/λ (Infinity for λ = 0);
 * - Weibull: η·Γ(1 + 1/β) (Rausand & Høyland, 2nd ed., §2.15);
 * - lognormal: m (the law is given by its mean);
 * - fixed p: the unit is failed from the start with probability 1 − p and never fails
 *   otherwise, so E[T] = Infinity for p > 0 and 0 for p = 0 (consistent with ∫ p dt).
 * @param law the failure law
 * @returns mean life, design time units
 * @example
 * getMeanLife({ kind: 'weibull', shape: 0.5, scale: 1000 }); // 2000 (= 1000·Γ(3))
 */
export function getMeanLife(law: FailureLaw): number {
  switch (law.kind) {
    case 'exponential':
      return law.rate === 0 ? Infinity : 1 / law.rate;
    case 'weibull':
      return law.scale * gamma(1 + 1 / law.shape);
    case 'lognormal':
      return law.mean;
    case 'fixed':
      return law.reliability > 0 ? Infinity : 0;
    default:
      return assertNever(law);
  }
}

/**
 * Mean time to repair of a repair law: the exponential law's MTTR, the lognormal mean, or the
 * fixed time (Rausand & Høyland, 2nd ed., §2.10).
 * @param law the repair law
 * @returns MTTR, design time units
 * @example
 * getMeanRepair({ kind: 'fixed', time: 4 }); // 4
 */
export function getMeanRepair(law: RepairLaw): number {
  switch (law.kind) {
    case 'exponential':
      return law.mttr;
    case 'lognormal':
      return law.mean;
    case 'fixed':
      return law.time;
    default:
      return assertNever(law);
  }
}

/**
 * Probability that a unit never fails: lim R(t) as t → ∞. It is 0 for every law except a
 * fixed reliability p (gives p) and an exponential law with rate 0 (gives 1). A positive value
 * means the MTTF integral ∫ R dt diverges.
 * @param law the failure law
 * @returns lim_{t→∞} R(t)
 * @example
 * survivalAtInfinity({ kind: 'fixed', reliability: 0.99 }); // 0.99
 */
export function survivalAtInfinity(law: FailureLaw): number {
  switch (law.kind) {
    case 'exponential':
      return law.rate === 0 ? 1 : 0;
    case 'weibull':
    case 'lognormal':
      return 0;
    case 'fixed':
      return law.reliability;
    default:
      return assertNever(law);
  }
}
