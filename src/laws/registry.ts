/**
 * The registry of laws: every failure and repair law module, in the order the parser's messages
 * and the inspector's law menus list them. The parser, the exact engine, the simulation compiler,
 * `createDesignFile` and the inspector forms all find a law here by its name, and the law and
 * file unions of the engine are derived from these lists. To add a law, write its module and its
 * test and add one line below (see README.md).
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import { exponentialFailure, exponentialRepair } from './exponential.ts';
import { fixedFailure, fixedRepair } from './fixed.ts';
import { gammaFailure } from './gamma.ts';
import type { FailureLawModule, FileOf, LawOf, RepairLawModule } from './lawModule.ts';
import { lognormalFailure, lognormalRepair } from './lognormal.ts';
import { loglogisticFailure } from './loglogistic.ts';
import { weibullFailure } from './weibull.ts';

/** Every failure law, in menu order. */
export const FAILURE_LAWS = [
  exponentialFailure,
  weibullFailure,
  lognormalFailure,
  gammaFailure,
  loglogisticFailure,
  fixedFailure,
] as const;

/** Every repair law, in menu order. */
export const REPAIR_LAWS = [exponentialRepair, lognormalRepair, fixedRepair] as const;

/** Failure law of one unit, normalised (rates per design time unit, times in design time units). */
export type FailureLaw = LawOf<(typeof FAILURE_LAWS)[number]>;
/** Repair law of one unit, normalised (times in design time units). */
export type RepairLaw = LawOf<(typeof REPAIR_LAWS)[number]>;
/** Failure law of a component in a design file. */
export type FailureFile = FileOf<(typeof FAILURE_LAWS)[number]>;
/** Repair law of a component in a design file. */
export type RepairFile = FileOf<(typeof REPAIR_LAWS)[number]>;

/** A failure module seen through the registry's unions (each is called with its own kind only). */
export type AnyFailureModule = FailureLawModule<FailureLaw, FailureFile>;
/** A repair module seen through the registry's unions. */
export type AnyRepairModule = RepairLawModule<RepairLaw, RepairFile>;

/** {@link FAILURE_LAWS} as modules of the union types. */
export const FAILURE_MODULES: readonly AnyFailureModule[] = FAILURE_LAWS;
/** {@link REPAIR_LAWS} as modules of the union types. */
export const REPAIR_MODULES: readonly AnyRepairModule[] = REPAIR_LAWS;

const FAILURE_BY_KIND = new Map<string, AnyFailureModule>(FAILURE_MODULES.map((m) => [m.kind, m]));
const REPAIR_BY_KIND = new Map<string, AnyRepairModule>(REPAIR_MODULES.map((m) => [m.kind, m]));

/**
 * The failure module of a law name (`distribution` of a file, `kind` of a law).
 * @returns the module, or `undefined` for a name no module has
 * @example
 * findFailureModule('weibull')?.forms[0].label; // 'Weibull (wear-out)'
 */
export function findFailureModule(kind: string): AnyFailureModule | undefined {
  return FAILURE_BY_KIND.get(kind);
}

/**
 * The repair module of a law name.
 * @returns the module, or `undefined` for a name no module has
 */
export function findRepairModule(kind: string): AnyRepairModule | undefined {
  return REPAIR_BY_KIND.get(kind);
}

/**
 * The module of a normalised failure law (every `FailureLaw` has one).
 * @example
 * getFailureModule({ kind: 'lognormal', mean: 20, sd: 5 }).getMean(law); // 20
 */
export function getFailureModule(law: FailureLaw): AnyFailureModule {
  return FAILURE_BY_KIND.get(law.kind)!;
}

/** The module of a normalised repair law. */
export function getRepairModule(law: RepairLaw): AnyRepairModule {
  return REPAIR_BY_KIND.get(law.kind)!;
}
