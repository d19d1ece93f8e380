/**
 * The exponential law: a constant failure rate λ (life) or a constant repair rate μ = 1/MTTR
 * (repair), memoryless. R(t) = e^(−λt), F(t) = −expm1(−λt); mean 1/λ (Rausand & Høyland,
 * *System Reliability Theory*, 2nd ed., §2.7). Its constant rate is what the exact engine's
 * Markov chains and closed forms, and the simulation's inline draws −m·ln(u), key on, so it needs
 * no sampler of its own.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Quantity, TimeQuantity, UiData } from '../model/file.ts';
import { NON_NEGATIVE, POSITIVE, fieldPath, own } from '../model/parseRead.ts';
import type { Pair } from '../math/pair.ts';
import { PAIR_WORKING } from '../math/pair.ts';
import type { FailureLawModule, FieldSpec, RepairLawModule } from './lawModule.ts';
import { invertQuantity, showTimeQuantity, sumTimeParts } from './quantity.ts';
import { createPlainLaw, readLawFields } from './read.ts';

/** Exponential failure, rate λ per design time unit (0: never fails). */
export interface ExponentialFailure {
  readonly kind: 'exponential';
  readonly rate: number;
}

/** Exponential failure in a file: by its MTBF (1/λ) or by its rate, exactly one of the two. */
export type ExponentialFailureFile =
  | { distribution: 'exponential'; mtbf: TimeQuantity; ui?: UiData }
  | { distribution: 'exponential'; rate: Quantity; ui?: UiData };

const MTBF: FieldSpec<'mtbf'> = {
  key: 'mtbf',
  kind: 'time',
  range: POSITIVE,
  label: 'MTBF (mean up time)',
  inputName: 'mtbf',
  parts: true,
  hint: 'e.g. "50000", "5 years", "1/2e-5"',
};

const RATE: FieldSpec<'rate'> = {
  key: 'rate',
  kind: 'rate',
  range: NON_NEGATIVE,
  label: 'Failure rate',
  inputName: 'rate',
  hint: 'e.g. "2e-5", "250 FIT", "1 / (3 years)"',
};

/** True when a field is given (absent and `null` are not). */
function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** The exponential failure law. */
export const exponentialFailure: FailureLawModule<ExponentialFailure, ExponentialFailureFile> = {
  kind: 'exponential',
  adjective: 'exponential',
  timeIndependent: false,
  forms: [
    { id: 'mtbf', label: 'Exponential, by MTBF', fields: [MTBF] },
    { id: 'rate', label: 'Exponential, by failure rate', fields: [RATE] },
  ],
  getFormId: (file) => ('mtbf' in file ? 'mtbf' : 'rate'),
  read(ctx) {
    const { path, owner, issues } = ctx;
    const hasMtbf = isGiven(own(ctx.fields, 'mtbf'));
    const hasRate = isGiven(own(ctx.fields, 'rate'));
    if (hasMtbf === hasRate) {
      issues.error(
        'exponential-parameters',
        path,
        hasMtbf
          ? `exponential failure of ${owner} takes either mtbf or rate, not both`
          : `exponential failure of ${owner} needs mtbf or rate`,
      );
      return null;
    }
    if (hasMtbf) {
      const v = readLawFields(ctx, [MTBF]);
      if (v === null) return null;
      const rate = 1 / v.mtbf;
      if (!Number.isFinite(rate)) {
        issues.error(
          'out-of-range',
          fieldPath(path, 'mtbf'),
          `invalid mtbf for ${owner}: ${v.mtbf} (too small: 1/mtbf is not a finite rate)`,
        );
        return null;
      }
      return { kind: 'exponential', rate };
    }
    const v = readLawFields(ctx, [RATE]);
    if (v === null) return null;
    if (v.rate === 0) {
      issues.warn(
        'never-fails',
        fieldPath(path, 'rate'),
        `${owner} has failure rate 0: it never fails`,
      );
    }
    return { kind: 'exponential', rate: v.rate };
  },
  write: (law) => ({ distribution: 'exponential', rate: law.rate }),
  getSurvivalPair(law, t): Pair {
    if (law.rate === 0) return PAIR_WORKING;
    const x = law.rate * t;
    return { work: Math.exp(-x), fail: -Math.expm1(-x) };
  },
  getSurvival: (law, t) => (law.rate === 0 ? 1 : Math.exp(-law.rate * t)),
  getMean: (law) => (law.rate === 0 ? Infinity : 1 / law.rate),
  getSurvivalAtInfinity: (law) => (law.rate === 0 ? 1 : 0),
  getConstantRate: (law) => law.rate,
  sampler: null,
  summarize: (file, show) =>
    'mtbf' in file ? `MTBF ${showTimeQuantity(file.mtbf, show)}` : `rate ${String(file.rate)}`,
  getFileMean: (file) => ('mtbf' in file ? sumTimeParts(file.mtbf) : invertQuantity(file.rate)),
  createFile: (formId, mean) =>
    formId === 'rate'
      ? { distribution: 'exponential', rate: invertQuantity(mean) }
      : { distribution: 'exponential', mtbf: mean },
};

/** Exponential repair with mean time to repair `mttr` (0: instant repair). */
export interface ExponentialRepair {
  readonly kind: 'exponential';
  readonly mttr: number;
}

/** Exponential repair in a file. */
export interface ExponentialRepairFile {
  distribution: 'exponential';
  mttr: TimeQuantity;
  ui?: UiData;
}

const MTTR: FieldSpec<'mttr'> = {
  key: 'mttr',
  kind: 'time',
  range: NON_NEGATIVE,
  label: 'MTTR (mean time to repair)',
  inputName: 'mttr',
  parts: true,
  hint: 'e.g. "4", "30 min", "2 days"',
};

/** The exponential repair law. */
export const exponentialRepair: RepairLawModule<ExponentialRepair, ExponentialRepairFile> = {
  kind: 'exponential',
  forms: [{ id: 'exponential', label: 'Exponential, by MTTR', fields: [MTTR] }],
  getFormId: () => 'exponential',
  ...createPlainLaw('exponential', [MTTR]),
  getMean: (law) => law.mttr,
  getConstantRate: (law) => 1 / law.mttr,
  sampler: null,
  summarize: (file, show) => `MTTR ${showTimeQuantity(file.mttr, show)}`,
  getFileMean: (file) => sumTimeParts(file.mttr),
  createFile: (_, mean) => ({ distribution: 'exponential', mttr: mean }),
};
