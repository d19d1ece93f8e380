/**
 * Drawing lives and repair times from a unit's laws, as numeric codes and parameters that the
 * event loop keeps in typed arrays.
 *
 * - exponential life, mean m: L = −m·ln(u) (inversion);
 * - Weibull life, shape β, scale η: L = η·(−ln u)^(1/β) (inversion of R(t) = exp(−(t/η)^β));
 * - lognormal (mean m, sd s of the life or repair time itself): σ² = ln(1 + s²/m²),
 *   μ = ln(m) − σ²/2, X = exp(μ + σ·Z) with Z from Marsaglia's polar method;
 * - fixed repair time T: T; a repair time of 0 is "instant repair" (handled by the engine:
 *   the unit fails, is counted, and is never down).
 *
 * Because exponential and Weibull lives come from inversion of the survival function with the
 * same uniform v, "failed before H" is exactly "v > R(H)": the mission fast path compares
 * uniforms to thresholds and takes a logarithm only for units that did fail.
 * Runs anywhere; no DOM.
 */
import type { FailureLaw, RepairLaw } from '../model/types.ts';
import { assertNever } from '../util/assert.ts';
import type { Rng } from './rng.ts';

/** Life law codes. */
export const LIFE_EXPONENTIAL = 0;
export const LIFE_WEIBULL = 1;
export const LIFE_LOGNORMAL = 2;
/** A `fixed` law: works with probability p for the whole history (drawn once). */
export const LIFE_FIXED = 3;
/** Never fails (rate 0). */
export const LIFE_NEVER = 4;

/** Repair law codes. */
export const REPAIR_NONE = 0;
export const REPAIR_EXPONENTIAL = 1;
export const REPAIR_LOGNORMAL = 2;
export const REPAIR_FIXED = 3;
/** Mean repair time 0: the unit is renewed at the moment it fails. */
export const REPAIR_INSTANT = 4;

/** A law as a code and two parameters (meaning depends on the code, see module comment). */
export interface LawCode {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
}

/** Parameters (μ, σ) of a lognormal variable with the given mean and standard deviation. */
function getLognormalParameters(mean: number, sd: number): { mu: number; sigma: number } {
  const ratio = sd / mean;
  const sigma2 = Math.log1p(ratio * ratio);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/**
 * Encodes a failure law.
 * @param law the component's failure law (times in design time units)
 * @returns exponential: a = mean life; Weibull: a = η, b = 1/β; lognormal: a = μ, b = σ;
 *   fixed: a = p
 */
export function createLifeCode(law: FailureLaw): LawCode {
  switch (law.kind) {
    case 'exponential':
      return law.rate === 0
        ? { kind: LIFE_NEVER, a: Infinity, b: 0 }
        : { kind: LIFE_EXPONENTIAL, a: 1 / law.rate, b: 0 };
    case 'weibull':
      return { kind: LIFE_WEIBULL, a: law.scale, b: 1 / law.shape };
    case 'lognormal': {
      const { mu, sigma } = getLognormalParameters(law.mean, law.sd);
      return { kind: LIFE_LOGNORMAL, a: mu, b: sigma };
    }
    case 'fixed':
      return { kind: LIFE_FIXED, a: law.reliability, b: 0 };
    default:
      return assertNever(law);
  }
}

/**
 * Encodes a repair law.
 * @param law the component's repair law, or `null` (never repaired)
 * @returns exponential: a = mean; lognormal: a = μ, b = σ; fixed: a = time
 */
export function createRepairCode(law: RepairLaw | null): LawCode {
  if (law === null) return { kind: REPAIR_NONE, a: 0, b: 0 };
  switch (law.kind) {
    case 'exponential':
      return law.mttr === 0
        ? { kind: REPAIR_INSTANT, a: 0, b: 0 }
        : { kind: REPAIR_EXPONENTIAL, a: law.mttr, b: 0 };
    case 'lognormal': {
      if (law.mean === 0) return { kind: REPAIR_INSTANT, a: 0, b: 0 };
      const { mu, sigma } = getLognormalParameters(law.mean, law.sd);
      return { kind: REPAIR_LOGNORMAL, a: mu, b: sigma };
    }
    case 'fixed':
      return law.time === 0
        ? { kind: REPAIR_INSTANT, a: 0, b: 0 }
        : { kind: REPAIR_FIXED, a: law.time, b: 0 };
    default:
      return assertNever(law);
  }
}

/**
 * Draws a life (in age units: running time, or dormant time scaled by the dormant factor).
 * @param kind a life code other than {@link LIFE_FIXED}
 * @returns a life ≥ 0, `Infinity` for {@link LIFE_NEVER}
 */
export function sampleLife(kind: number, a: number, b: number, rng: Rng): number {
  if (kind === LIFE_EXPONENTIAL) return -a * Math.log(rng.uniform());
  if (kind === LIFE_WEIBULL) return a * Math.pow(-Math.log(rng.uniform()), b);
  if (kind === LIFE_LOGNORMAL) return Math.exp(a + b * rng.normal());
  return Infinity;
}

/**
 * Draws a repair time.
 * @param kind {@link REPAIR_EXPONENTIAL}, {@link REPAIR_LOGNORMAL} or {@link REPAIR_FIXED}
 * @returns a duration ≥ 0 in design time units
 */
export function sampleRepair(kind: number, a: number, b: number, rng: Rng): number {
  if (kind === REPAIR_EXPONENTIAL) return -a * Math.log(rng.uniform());
  if (kind === REPAIR_LOGNORMAL) return Math.exp(a + b * rng.normal());
  if (kind === REPAIR_FIXED) return a;
  return 0;
}

/**
 * Survival R(t) of an invertible life law (exponential, Weibull): the threshold of the mission
 * fast path, where a unit with uniform v has failed before t exactly when v > R(t).
 * @returns R(t), or NaN for laws drawn otherwise (lognormal)
 */
export function getInvertibleSurvival(kind: number, a: number, b: number, t: number): number {
  if (kind === LIFE_EXPONENTIAL) return Math.exp(-t / a);
  if (kind === LIFE_WEIBULL) return Math.exp(-Math.pow(t / a, 1 / b));
  if (kind === LIFE_NEVER) return 1;
  return NaN;
}

/**
 * The life of an invertible law for the uniform v (the same formula as {@link sampleLife}).
 * @param v the uniform drawn for the unit
 */
export function getLifeFromUniform(kind: number, a: number, b: number, v: number): number {
  if (kind === LIFE_EXPONENTIAL) return -a * Math.log(v);
  if (kind === LIFE_WEIBULL) return a * Math.pow(-Math.log(v), b);
  return Infinity;
}
