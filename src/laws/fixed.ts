/**
 * The `fixed` laws. Failure: a time-independent probability p of working (a teaching and what-if
 * device): R(t) = p at every t ≥ 0 and in the long run; the unit takes no repair and adds
 * nothing to failure frequency; the simulation draws its state once per history. Repair: a
 * deterministic repair time T (0: instant repair).
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Quantity, TimeQuantity, UiData } from '../model/file.ts';
import { NON_NEGATIVE, PROBABILITY } from '../model/parseRead.ts';
import { getPairFromGivenWork } from '../math/pair.ts';
import type { FailureLawModule, FieldSpec, RepairLawModule } from './lawModule.ts';
import { showTimeQuantity, sumTimeParts } from './quantity.ts';
import { createPlainLaw } from './read.ts';

/** A fixed probability of working. */
export interface FixedFailure {
  readonly kind: 'fixed';
  /** p in [0, 1]. */
  readonly reliability: number;
}

/** A fixed probability of working in a file. */
export interface FixedFailureFile {
  distribution: 'fixed';
  reliability: Quantity;
  ui?: UiData;
}

const RELIABILITY: FieldSpec<'reliability'> = {
  key: 'reliability',
  kind: 'probability',
  range: PROBABILITY,
  label: 'Probability of working',
  inputName: 'reliability',
  help: 'Time-independent; takes no repair.',
};

/** Default p of a unit switched to a fixed law (it has no mean to keep). */
const DEFAULT_RELIABILITY = 0.99;

/** The fixed-probability failure law. */
export const fixedFailure: FailureLawModule<FixedFailure, FixedFailureFile> = {
  kind: 'fixed',
  adjective: 'fixed-probability',
  timeIndependent: true,
  forms: [{ id: 'fixed', label: 'Fixed reliability', fields: [RELIABILITY] }],
  getFormId: () => 'fixed',
  ...createPlainLaw('fixed', [RELIABILITY]),
  // The probability was given, so 1 − p is as exact as p allows.
  getSurvivalPair: (law) => getPairFromGivenWork(law.reliability),
  getSurvival: (law) => law.reliability,
  // Failed from the start with probability 1 − p, never failing otherwise: ∫ p dt.
  getMean: (law) => (law.reliability > 0 ? Infinity : 0),
  getSurvivalAtInfinity: (law) => law.reliability,
  getConstantRate: () => null,
  sampler: null,
  summarize: (file) => `works with p = ${String(file.reliability)}`,
  getFileMean: () => null,
  createFile: () => ({ distribution: 'fixed', reliability: DEFAULT_RELIABILITY }),
};

/** A deterministic repair time. */
export interface FixedRepair {
  readonly kind: 'fixed';
  /** T, design time units (≥ 0; 0: instant repair). */
  readonly time: number;
}

/** A deterministic repair time in a file. */
export interface FixedRepairFile {
  distribution: 'fixed';
  time: TimeQuantity;
  ui?: UiData;
}

const TIME: FieldSpec<'time'> = {
  key: 'time',
  kind: 'time',
  range: NON_NEGATIVE,
  label: 'Repair time',
  inputName: 'repairTime',
  parts: true,
};

/** The fixed repair time. */
export const fixedRepair: RepairLawModule<FixedRepair, FixedRepairFile> = {
  kind: 'fixed',
  forms: [{ id: 'fixed', label: 'Fixed time', fields: [TIME] }],
  getFormId: () => 'fixed',
  ...createPlainLaw('fixed', [TIME]),
  getMean: (law) => law.time,
  getConstantRate: () => null,
  // Packed as a = T.
  sampler: { pack: (law) => ({ a: law.time, b: 0, c: 0 }), sample: (a) => a },
  summarize: (file, show) => `repair ${showTimeQuantity(file.time, show)}`,
  getFileMean: (file) => sumTimeParts(file.time),
  createFile: (_, mean) => ({ distribution: 'fixed', time: mean }),
};
