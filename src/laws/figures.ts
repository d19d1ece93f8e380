/**
 * The figures and facts of any registered law, for the exact engine: survival pairs {R(t),
 * F(t)}, survival alone, means and limits, and the properties its specialisations key on
 * (a constant rate, a time-independent state). Each call finds the law's module in the registry;
 * no law is named here. Parameters are assumed valid (checked by the design parser); invalid
 * ones give NaN, never a throw.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Pair } from '../math/pair.ts';
import { PAIR_WORKING } from '../math/pair.ts';
import type { FailureLaw, RepairLaw } from './registry.ts';
import { getFailureModule, getRepairModule } from './registry.ts';

/**
 * Survival pair of a unit at age t: {work: R(t), fail: F(t) = 1 − R(t)}, both sides computed
 * directly by the law's module (so an unreliability of 1e-15 keeps its digits). At t ≤ 0 every
 * law that is not time-independent gives {1, 0}.
 * @param law the failure law (rates per design time unit)
 * @param t age, design time units
 * @returns {work: R(t), fail: F(t)}
 * @example
 * getSurvivalPair({ kind: 'exponential', rate: 1e-9 }, 1);
 * // { work: 0.999999999, fail: 9.999999995e-10 }
 */
export function getSurvivalPair(law: FailureLaw, t: number): Pair {
  const module = getFailureModule(law);
  if (t <= 0 && !module.timeIndependent) return PAIR_WORKING;
  return module.getSurvivalPair(law, t);
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
  const module = getFailureModule(law);
  if (t <= 0 && !module.timeIndependent) return 1;
  return module.getSurvival(law, t);
}

/**
 * Mean life (MTTF) E[T] = ∫₀^∞ R(t) dt of a unit: Infinity for a unit that may never fail, and
 * for a law whose mean is infinite although it fails surely (a heavy tail; tell the two apart
 * with {@link getSurvivalAtInfinity}).
 * @param law the failure law
 * @returns mean life, design time units
 * @example
 * getMeanLife({ kind: 'weibull', shape: 0.5, scale: 1000 }); // 2000 (= 1000·Γ(3))
 */
export function getMeanLife(law: FailureLaw): number {
  return getFailureModule(law).getMean(law);
}

/**
 * Probability that a unit never fails: lim R(t) as t → ∞ (p for a time-independent law; for any
 * other law 0, or 1 for a unit that never fails). A positive value means ∫ R dt diverges.
 * @param law the failure law
 * @returns lim_{t→∞} R(t)
 * @example
 * getSurvivalAtInfinity({ kind: 'fixed', reliability: 0.99 }); // 0.99
 */
export function getSurvivalAtInfinity(law: FailureLaw): number {
  return getFailureModule(law).getSurvivalAtInfinity(law);
}

/**
 * The constant failure rate λ of a memoryless law (per design time unit), or `null`: what exact
 * standby chains and the closed-form A(t) need.
 * @example
 * getFailureRate({ kind: 'weibull', shape: 1, scale: 100 }); // 0.01
 */
export function getFailureRate(law: FailureLaw): number | null {
  return getFailureModule(law).getConstantRate(law);
}

/**
 * The probability p of working of a time-independent law (the unit works with probability p at
 * every moment, takes no repair), or `null` for a law whose state changes with time.
 * @example
 * getStaticReliability({ kind: 'fixed', reliability: 0.9 }); // 0.9
 */
export function getStaticReliability(law: FailureLaw): number | null {
  const module = getFailureModule(law);
  return module.timeIndependent ? module.getSurvival(law, 0) : null;
}

/**
 * Mean time to repair of a repair law (Rausand & Høyland, 2nd ed., §2.10).
 * @param law the repair law
 * @returns MTTR, design time units (0: instant repair)
 * @example
 * getMeanRepair({ kind: 'fixed', time: 4 }); // 4
 */
export function getMeanRepair(law: RepairLaw): number {
  return getRepairModule(law).getMean(law);
}

/**
 * The constant repair rate μ = 1/MTTR of a memoryless repair law, or `null`.
 * @example
 * getRepairRate({ kind: 'exponential', mttr: 4 }); // 0.25
 */
export function getRepairRate(law: RepairLaw): number | null {
  return getRepairModule(law).getConstantRate(law);
}

/**
 * A law in words for messages, from its own fields: `weibull (shape 0.8, scale 1000)`.
 * @example
 * describeLaw({ kind: 'lognormal', mean: 20, sd: 5 }); // 'lognormal (mean 20, sd 5)'
 */
export function describeLaw(law: FailureLaw | RepairLaw): string {
  const fields = Object.entries(law)
    .filter(([key]) => key !== 'kind')
    .map(([key, value]) => `${key} ${String(value)}`);
  return `${law.kind} (${fields.join(', ')})`;
}
