/**
 * The log-logistic failure law, shape β and scale α (the median life): with x = (t/α)^β,
 * R(t) = 1/(1 + x) and F(t) = x/(1 + x), both direct (F as 1/(1 + 1/x) once x > 1). Its mean
 * is (απ/β)/sin(π/β) for β > 1 and infinite for β ≤ 1: such a unit does fail (R(∞) = 0), only
 * ever more rarely, so its long-run figures are undefined, not those of a perfect unit
 * (Johnson, Kotz & Balakrishnan, *Continuous Univariate Distributions* vol. 2, 2nd ed., §23.10;
 * Rausand & Høyland, *System Reliability Theory*, 2nd ed., §2.16). Lives by inversion of one
 * uniform v: L = α((1 − v)/v)^(1/β), so the mission fast path applies.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Quantity, UiData } from '../model/file.ts';
import { POSITIVE } from '../model/parseRead.ts';
import type { Pair } from '../math/pair.ts';
import { sinPi } from '../math/special.ts';
import type { FailureLawModule, FieldSpec, Inverse } from './lawModule.ts';
import { scaleQuantity } from './quantity.ts';
import { createPlainLaw } from './read.ts';

/** A log-logistic failure law. */
export interface LoglogisticFailure {
  readonly kind: 'loglogistic';
  /** β (dimensionless, > 0); the mean is finite only for β > 1. */
  readonly shape: number;
  /** α, the median life, design time units (> 0). */
  readonly scale: number;
}

/** A log-logistic failure law in a file. */
export interface LoglogisticFailureFile {
  distribution: 'loglogistic';
  shape: Quantity;
  scale: Quantity;
  ui?: UiData;
}

const SHAPE: FieldSpec<'shape'> = {
  key: 'shape',
  kind: 'number',
  range: POSITIVE,
  label: 'Shape β',
  inputName: 'shape',
  help: 'β ≤ 1: infinite mean life, so long-run figures are undefined; β > 1: the failure rate rises, then falls',
};

const SCALE: FieldSpec<'scale'> = {
  key: 'scale',
  kind: 'time',
  range: POSITIVE,
  label: 'Scale α (median life)',
  inputName: 'scale',
};

/** Shape a unit switched to this law gets: a finite variance, a rate that rises then falls. */
const DEFAULT_SHAPE = 4;

/** Mean / α = (π/β)/sin(π/β) for β > 1, Infinity otherwise. */
function getMeanFactor(shape: number): number {
  return shape > 1 ? Math.PI / shape / sinPi(1 / shape) : Infinity;
}

/** Packed as a = α, b = 1/β, c = β. */
const INVERSE: Inverse = {
  getSurvival: (a, _b, c, t) => 1 / (1 + Math.pow(t / a, c)),
  getLife: (a, b, _c, v) => a * Math.pow((1 - v) / v, b),
};

/** The log-logistic failure law. */
export const loglogisticFailure: FailureLawModule<LoglogisticFailure, LoglogisticFailureFile> = {
  kind: 'loglogistic',
  adjective: 'log-logistic',
  timeIndependent: false,
  forms: [{ id: 'loglogistic', label: 'Log-logistic', fields: [SHAPE, SCALE] }],
  getFormId: () => 'loglogistic',
  ...createPlainLaw('loglogistic', [SHAPE, SCALE]),
  getSurvivalPair(law, t): Pair {
    const x = Math.pow(t / law.scale, law.shape);
    return { work: 1 / (1 + x), fail: x <= 1 ? x / (1 + x) : 1 / (1 + 1 / x) };
  },
  getSurvival: (law, t) => 1 / (1 + Math.pow(t / law.scale, law.shape)),
  getMean: (law) => law.scale * getMeanFactor(law.shape),
  getSurvivalAtInfinity: () => 0,
  getConstantRate: () => null,
  sampler: {
    pack: (law) => ({ a: law.scale, b: 1 / law.shape, c: law.shape }),
    sample: (a, b, c, rng) => INVERSE.getLife(a, b, c, rng.uniform()),
    inverse: INVERSE,
  },
  summarize: (file, show) => `log-logistic β ${String(file.shape)}, α ${show(file.scale)}`,
  getFileMean(file) {
    // The mean when β is a plain number above 1; else α, the median.
    const factor = typeof file.shape === 'number' ? getMeanFactor(file.shape) : Infinity;
    return factor < Infinity ? scaleQuantity(file.scale, factor) : file.scale;
  },
  createFile: (_, mean) => ({
    distribution: 'loglogistic',
    shape: DEFAULT_SHAPE,
    scale: scaleQuantity(mean, 1 / getMeanFactor(DEFAULT_SHAPE)),
  }),
};
