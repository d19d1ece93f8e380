/**
 * Laws as design-file objects, for `createDesignFile` and for the inspector: writing a law back,
 * the forms of the law menus and their fields, switching a component to another law (keeping its
 * mean where the two laws share one), the catalogue summary, and reading or setting one field.
 * Each works through the law's module in the registry; a file naming no known law (a bad import
 * held by the editor) gets no form and a plain summary, never a throw.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Quantity } from '../model/file.ts';
import type { LawForm, ShowTime } from './lawModule.ts';
import type { FailureFile, FailureLaw, RepairFile, RepairLaw } from './registry.ts';
import {
  FAILURE_LAWS,
  REPAIR_LAWS,
  findFailureModule,
  findRepairModule,
  getFailureModule,
  getRepairModule,
} from './registry.ts';

/** Mean life given to a law switched to from one without a mean (a fixed probability). */
const DEFAULT_MEAN_LIFE = '10000 h';
/** Mean repair time of a repair law added to a component that had none. */
const DEFAULT_MEAN_REPAIR = '4 h';

/**
 * Writes a failure law as file fields (`parseDesign` reads them back into an equal law).
 * @example
 * createFailureFile({ kind: 'exponential', rate: 1e-4 }); // { distribution: 'exponential', rate: 1e-4 }
 */
export function createFailureFile(law: FailureLaw): FailureFile {
  return getFailureModule(law).write(law);
}

/** Writes a repair law as file fields. */
export function createRepairFile(law: RepairLaw): RepairFile {
  return getRepairModule(law).write(law);
}

/** Every form of the failure-law menu, in registry order (`mtbf`, `rate`, `weibull`, …). */
export const FAILURE_FORMS: readonly LawForm[] = FAILURE_LAWS.flatMap((m) => m.forms);
/** Every form of the repair-law menu, in registry order. */
export const REPAIR_FORMS: readonly LawForm[] = REPAIR_LAWS.flatMap((m) => m.forms);

/**
 * The form a failure law of a file is written in, with its fields.
 * @returns the form, or `null` when the file names no known law
 * @example
 * getFailureForm({ distribution: 'exponential', rate: 1e-4 })?.id; // 'rate'
 */
export function getFailureForm(file: FailureFile): LawForm | null {
  const module = findFailureModule(file.distribution);
  const id = module?.getFormId(file);
  return module?.forms.find((f) => f.id === id) ?? null;
}

/** The form a repair law of a file is written in, or `null` for an unknown law. */
export function getRepairForm(file: RepairFile): LawForm | null {
  const module = findRepairModule(file.distribution);
  const id = module?.getFormId(file);
  return module?.forms.find((f) => f.id === id) ?? null;
}

/**
 * A failure law in form `formId`, starting from the old law's mean life where it has one (rate ⇄
 * MTBF, Weibull β = 1 with η = the mean, …) and from 10000 h otherwise.
 * @param formId an id of {@link FAILURE_FORMS}; any other id returns `old`
 * @example
 * switchFailureLaw({ distribution: 'exponential', mtbf: 5000 }, 'weibull');
 * // { distribution: 'weibull', shape: 1, scale: 5000 }
 */
export function switchFailureLaw(old: FailureFile, formId: string): FailureFile {
  const target = FAILURE_LAWS.find((m) => m.forms.some((f) => f.id === formId));
  if (target === undefined || getFailureForm(old)?.id === formId) return old;
  const mean = findFailureModule(old.distribution)?.getFileMean(old) ?? DEFAULT_MEAN_LIFE;
  return target.createFile(formId, mean);
}

/**
 * A repair law in form `formId`, starting from the old law's mean repair time (4 h when there
 * was no repair).
 * @param old the current repair law, `undefined` for none
 * @param formId an id of {@link REPAIR_FORMS}; any other id returns `old`
 */
export function switchRepairLaw(
  old: RepairFile | undefined,
  formId: string,
): RepairFile | undefined {
  const target = REPAIR_LAWS.find((m) => m.forms.some((f) => f.id === formId));
  if (target === undefined || (old !== undefined && getRepairForm(old)?.id === formId)) return old;
  const mean =
    (old === undefined ? null : findRepairModule(old.distribution)?.getFileMean(old)) ??
    DEFAULT_MEAN_REPAIR;
  return target.createFile(formId, mean);
}

/**
 * The catalogue's one-line summary of a failure law ("MTBF 35,000 h", "Weibull β 3, η 20,000 h").
 * @param showTime formats a time quantity with its unit
 */
export function summarizeFailure(file: FailureFile, showTime: ShowTime): string {
  const module = findFailureModule(file.distribution);
  return module === undefined
    ? `unknown law ${file.distribution}`
    : module.summarize(file, showTime);
}

/** The catalogue's one-line summary of a repair law ("MTTR 4 h"). */
export function summarizeRepair(file: RepairFile, showTime: ShowTime): string {
  const module = findRepairModule(file.distribution);
  return module === undefined
    ? `unknown law ${file.distribution}`
    : module.summarize(file, showTime);
}

/**
 * Whether a component with this failure law takes a repair law (a time-independent law, such as
 * a fixed probability, does not).
 */
export function takesRepair(file: FailureFile): boolean {
  return findFailureModule(file.distribution)?.timeIndependent !== true;
}

/** One field of a law in a file, when it holds a number or an expression. */
export function getLawField(file: FailureFile | RepairFile, key: string): Quantity | undefined {
  const value: unknown = Object.hasOwn(file, key)
    ? (file as unknown as Record<string, unknown>)[key]
    : undefined;
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}

/**
 * The law with one field set, or removed when `value` is `undefined` (its default applies).
 * @example
 * setLawField(weibull, 'scale', 500); // { ...weibull, scale: 500 }
 */
export function setLawField<F extends FailureFile | RepairFile>(
  file: F,
  key: string,
  value: Quantity | undefined,
): F {
  const next: Record<string, unknown> = { ...file };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as F;
}
