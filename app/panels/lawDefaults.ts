/**
 * Switching a component's failure or repair law in the inspector: the new law starts from the
 * old one's figures where they translate (rate ⇄ MTBF, mean life, mean repair time).
 */
import type { FailureFile, Quantity, RepairFile } from '../../src/index.ts';

/** Failure laws offered, with the exponential split by how it is entered. */
export type FailureChoice = 'mtbf' | 'rate' | 'weibull' | 'lognormal' | 'fixed';
/** Repair laws offered. */
export type RepairChoice = 'none' | 'exponential' | 'lognormal' | 'fixed';

export function getFailureChoice(failure: FailureFile): FailureChoice {
  switch (failure.distribution) {
    case 'exponential':
      return 'mtbf' in failure ? 'mtbf' : 'rate';
    case 'weibull':
    case 'lognormal':
    case 'fixed':
      return failure.distribution;
  }
}

export function getRepairChoice(repair: RepairFile | undefined): RepairChoice {
  return repair === undefined ? 'none' : repair.distribution;
}

/** 1/x for a quantity: a number stays a number, an expression is wrapped. */
function invert(q: Quantity): Quantity {
  return typeof q === 'number' ? (q === 0 ? 0 : 1 / q) : `1/(${q})`;
}

/** The mean life of a failure law, when it has a plain one. */
function getMeanLife(failure: FailureFile): Quantity | null {
  switch (failure.distribution) {
    case 'exponential':
      return 'mtbf' in failure ? failure.mtbf : invert(failure.rate);
    case 'weibull':
      return failure.scale;
    case 'lognormal':
      return failure.mean;
    case 'fixed':
      return null;
  }
}

/** A failure law of the chosen kind, starting from the figures of the old one. */
export function switchFailure(old: FailureFile, choice: FailureChoice): FailureFile {
  if (getFailureChoice(old) === choice) return old;
  const life = getMeanLife(old) ?? '10000 h';
  switch (choice) {
    case 'mtbf':
      return { distribution: 'exponential', mtbf: life };
    case 'rate':
      return { distribution: 'exponential', rate: invert(life) };
    case 'weibull':
      return { distribution: 'weibull', shape: 1, scale: life };
    case 'lognormal':
      return { distribution: 'lognormal', mean: life, sd: life };
    case 'fixed':
      return { distribution: 'fixed', reliability: 0.99 };
  }
}

/** A repair law of the chosen kind (undefined: not repaired), from the old one's mean time. */
export function switchRepair(
  old: RepairFile | undefined,
  choice: RepairChoice,
): RepairFile | undefined {
  if (getRepairChoice(old) === choice) return old;
  const mean: Quantity =
    old === undefined
      ? '4 h'
      : old.distribution === 'exponential'
        ? old.mttr
        : old.distribution === 'fixed'
          ? old.time
          : old.mean;
  switch (choice) {
    case 'none':
      return undefined;
    case 'exponential':
      return { distribution: 'exponential', mttr: mean };
    case 'lognormal':
      return { distribution: 'lognormal', mean, sd: mean };
    case 'fixed':
      return { distribution: 'fixed', time: mean };
  }
}
