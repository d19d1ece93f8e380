/**
 * Drawing lives and repair times from a unit's laws, as numeric codes and three parameters that
 * the event loops keep in typed arrays. The codes say how a law is drawn, not which law it is:
 *
 * - a few codes stand for what a law exposes (src/laws): a constant rate (memoryless: the loops
 *   write L = −m·ln(u) out inline, and build birth-death chains on it), a unit that never
 *   fails, a time-independent state (drawn once per history), no repair, instant repair;
 * - every other law is drawn by its module's sampler, whose code is its place in the registry
 *   plus a fixed offset, with parameters its module packed.
 *
 * Laws whose modules are invertible (and memoryless and never-failing ones) draw a life from one
 * uniform v with "failed before H" exactly "v > R(H)": the mission fast path compares uniforms
 * to thresholds and computes lives only for units that did fail.
 * A repair time of 0 is "instant repair" (handled by the engine: the unit fails, is counted,
 * and is never down).
 * Runs anywhere; no DOM.
 */
import type { FailureLaw, RepairLaw } from '../model/types.ts';
import type { Inverse, LifeSampler, Sampler } from '../laws/lawModule.ts';
import {
  FAILURE_MODULES,
  REPAIR_MODULES,
  getFailureModule,
  getRepairModule,
} from '../laws/registry.ts';
import { getMeanLife, getMeanRepair } from '../laws/figures.ts';
import { assert } from '../util/assert.ts';
import type { Rng } from './rng.ts';

/** Life codes: a constant rate, a = mean life (drawn inline: −a·ln u). */
export const LIFE_MEMORYLESS = 0;
/** Never fails (the law's survival at infinity is 1). */
export const LIFE_NEVER = 1;
/** A time-independent law: works with probability a for the whole history (drawn once). */
export const LIFE_STATIC = 2;
/** Code of the first registered failure module's sampler. */
const FIRST_LIFE_SAMPLER = 3;

/** Repair codes: never repaired. */
export const REPAIR_NONE = 0;
/** Mean repair time 0: the unit is renewed at the moment it fails. */
export const REPAIR_INSTANT = 1;
/** A constant repair rate, a = mean repair time (drawn inline: −a·ln u). */
export const REPAIR_MEMORYLESS = 2;
/** Code of the first registered repair module's sampler. */
const FIRST_REPAIR_SAMPLER = 3;

/** The life samplers by code − {@link FIRST_LIFE_SAMPLER} (`null`: the module has none). */
const LIFE_SAMPLERS: readonly (LifeSampler<FailureLaw> | null)[] = FAILURE_MODULES.map(
  (m) => m.sampler,
);
/** The repair samplers by code − {@link FIRST_REPAIR_SAMPLER}. */
const REPAIR_SAMPLERS: readonly (Sampler<RepairLaw> | null)[] = REPAIR_MODULES.map(
  (m) => m.sampler,
);
/** The inverses of invertible life samplers, by code − {@link FIRST_LIFE_SAMPLER}. */
const INVERSES: readonly (Inverse | null)[] = LIFE_SAMPLERS.map((s) => s?.inverse ?? null);

/** A law as a code, three parameters (meaning depends on the code) and its mean. */
export interface LawCode {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  /** Mean life or mean repair time, design time units (Infinity: never fails, never repaired). */
  readonly mean: number;
}

/**
 * Encodes a failure law, by what its module says of it: time-independent, never failing,
 * constant rate, or else drawn by its sampler.
 * @param law the component's failure law (times in design time units)
 * @returns the code and parameters (memoryless: a = mean life; static: a = p)
 */
export function createLifeCode(law: FailureLaw): LawCode {
  const module = getFailureModule(law);
  const mean = getMeanLife(law);
  if (module.timeIndependent) {
    return { kind: LIFE_STATIC, a: module.getSurvival(law, 0), b: 0, c: 0, mean };
  }
  if (module.getSurvivalAtInfinity(law) === 1) {
    return { kind: LIFE_NEVER, a: Infinity, b: 0, c: 0, mean: Infinity };
  }
  const rate = module.getConstantRate(law);
  if (rate !== null) return { kind: LIFE_MEMORYLESS, a: 1 / rate, b: 0, c: 0, mean };
  const index = FAILURE_MODULES.indexOf(module);
  const sampler = LIFE_SAMPLERS[index];
  assert(sampler, `failure law ${law.kind} has no sampler`);
  return { kind: FIRST_LIFE_SAMPLER + index, ...sampler.pack(law), mean };
}

/**
 * Encodes a repair law.
 * @param law the component's repair law, or `null` (never repaired)
 * @returns the code and parameters (memoryless: a = mean)
 */
export function createRepairCode(law: RepairLaw | null): LawCode {
  if (law === null) return { kind: REPAIR_NONE, a: 0, b: 0, c: 0, mean: Infinity };
  const mean = getMeanRepair(law);
  if (mean === 0) return { kind: REPAIR_INSTANT, a: 0, b: 0, c: 0, mean };
  const module = getRepairModule(law);
  if (module.getConstantRate(law) !== null) {
    return { kind: REPAIR_MEMORYLESS, a: mean, b: 0, c: 0, mean };
  }
  const index = REPAIR_MODULES.indexOf(module);
  const sampler = REPAIR_SAMPLERS[index];
  assert(sampler, `repair law ${law.kind} has no sampler`);
  return { kind: FIRST_REPAIR_SAMPLER + index, ...sampler.pack(law), mean };
}

/**
 * Draws a life (in age units: running time, or dormant time scaled by the dormant factor).
 * @param kind a life code other than {@link LIFE_STATIC}
 * @returns a life ≥ 0, `Infinity` for {@link LIFE_NEVER}
 */
export function sampleLife(kind: number, a: number, b: number, c: number, rng: Rng): number {
  if (kind === LIFE_MEMORYLESS) return -a * Math.log(rng.uniform());
  if (kind < FIRST_LIFE_SAMPLER) return Infinity;
  return LIFE_SAMPLERS[kind - FIRST_LIFE_SAMPLER]!.sample(a, b, c, rng);
}

/**
 * Draws a repair time.
 * @param kind a repair code other than {@link REPAIR_NONE}
 * @returns a duration ≥ 0 in design time units
 */
export function sampleRepair(kind: number, a: number, b: number, c: number, rng: Rng): number {
  if (kind === REPAIR_MEMORYLESS) return -a * Math.log(rng.uniform());
  if (kind < FIRST_REPAIR_SAMPLER) return 0;
  return REPAIR_SAMPLERS[kind - FIRST_REPAIR_SAMPLER]!.sample(a, b, c, rng);
}

/**
 * Survival R(t) of an invertible life code: the threshold of the mission fast path, where a
 * unit with uniform v has failed before t exactly when v > R(t).
 * @returns R(t), or NaN for codes drawn otherwise (laws without an inverse, static ones)
 */
export function getInvertibleSurvival(
  kind: number,
  a: number,
  b: number,
  c: number,
  t: number,
): number {
  if (kind === LIFE_MEMORYLESS) return Math.exp(-t / a);
  if (kind === LIFE_NEVER) return 1;
  const inverse = kind < FIRST_LIFE_SAMPLER ? null : INVERSES[kind - FIRST_LIFE_SAMPLER];
  return inverse ? inverse.getSurvival(a, b, c, t) : NaN;
}

/**
 * The life of an invertible code for the uniform v (the same formula as {@link sampleLife}).
 * @param v the uniform drawn for the unit
 */
export function getLifeFromUniform(
  kind: number,
  a: number,
  b: number,
  c: number,
  v: number,
): number {
  if (kind === LIFE_MEMORYLESS) return -a * Math.log(v);
  if (kind < FIRST_LIFE_SAMPLER) return Infinity;
  return INVERSES[kind - FIRST_LIFE_SAMPLER]!.getLife(a, b, c, v);
}
