/**
 * The lognormal law, for lives and for repair times, given by the mean m and standard deviation
 * s of the time T itself: ln T is normal with σ² = ln(1 + s²/m²) and μ = ln m − σ²/2 (Johnson,
 * Kotz & Balakrishnan, *Continuous Univariate Distributions* vol. 1, 2nd ed., ch. 14).
 * R(t) = Q((ln t − μ)/σ) and F(t) = Φ((ln t − μ)/σ), the two normal tails each computed
 * directly; with s = 0, T = m surely. Draws are X = exp(μ + σ·Z) with Z from the generator's
 * polar method: not invertible from one uniform, so the mission path takes its general loops.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Quantity, TimeQuantity, UiData } from '../model/file.ts';
import { NON_NEGATIVE, POSITIVE } from '../model/parseRead.ts';
import type { Pair } from '../math/pair.ts';
import { PAIR_FAILED, PAIR_WORKING } from '../math/pair.ts';
import { normalCdfPair } from '../math/special.ts';
import type { FailureLawModule, FieldSpec, LifeSampler, RepairLawModule } from './lawModule.ts';
import { createPlainLaw } from './read.ts';
import { showTimeQuantity, sumTimeParts } from './quantity.ts';

/** Parameters of the normal law of ln T for a lognormal T. */
export interface LognormalParameters {
  /** μ: mean of ln T. */
  readonly mu: number;
  /** σ: standard deviation of ln T (0: deterministic). */
  readonly sigma: number;
}

/**
 * Converts a lognormal law given by the mean m and standard deviation s of T itself into the
 * parameters of ln T: σ² = ln(1 + s²/m²), μ = ln m − σ²/2. σ² uses log1p, so a small
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

/** A lognormal law by the mean and standard deviation of the time, design time units. */
interface LognormalTimes {
  readonly mean: number;
  readonly sd: number;
}

/** {R(t), F(t)} of a lognormal T for t > 0 (sd 0: T = mean surely). */
function getLognormalPair(law: LognormalTimes, t: number): Pair {
  if (Number.isNaN(t)) return { work: NaN, fail: NaN };
  if (law.sd === 0) return t < law.mean ? PAIR_WORKING : PAIR_FAILED;
  const { mu, sigma } = getLognormalParameters(law.mean, law.sd);
  const tails = normalCdfPair((Math.log(t) - mu) / sigma);
  return { work: tails.upper, fail: tails.lower };
}

/** Packed as a = μ, b = σ. */
const SAMPLER: LifeSampler<LognormalTimes> = {
  pack(law) {
    const { mu, sigma } = getLognormalParameters(law.mean, law.sd);
    return { a: mu, b: sigma, c: 0 };
  },
  sample: (a, b, _c, rng) => Math.exp(a + b * rng.normal()),
  inverse: null,
};

/** A lognormal law, of a life or of a repair time. */
export interface LognormalLaw extends LognormalTimes {
  readonly kind: 'lognormal';
}

/** A lognormal law in a file (failure or repair). */
export interface LognormalFile {
  distribution: 'lognormal';
  mean: TimeQuantity;
  sd: Quantity;
  ui?: UiData;
}

/** What the failure and the repair law share, given their inspector fields. */
function createLognormalBase(meanLabel: string, prefix: string, parts: boolean) {
  const fields: [FieldSpec<'mean'>, FieldSpec<'sd'>] = [
    {
      key: 'mean',
      kind: 'time',
      range: POSITIVE,
      label: meanLabel,
      inputName: `${prefix}Mean`,
      ...(parts ? { parts } : {}),
    },
    {
      key: 'sd',
      kind: 'time',
      range: NON_NEGATIVE,
      label: 'Standard deviation',
      inputName: `${prefix}Sd`,
    },
  ];
  return {
    kind: 'lognormal',
    forms: [{ id: 'lognormal', label: 'Lognormal', fields }],
    getFormId: () => 'lognormal',
    ...createPlainLaw('lognormal', fields),
    getMean: (law: LognormalLaw) => law.mean,
    getConstantRate: () => null,
    sampler: SAMPLER,
    getFileMean: (file: LognormalFile) => sumTimeParts(file.mean),
    createFile: (_: string, mean: Quantity): LognormalFile => ({
      distribution: 'lognormal',
      mean,
      sd: mean,
    }),
  } as const;
}

/** The lognormal failure law. */
export const lognormalFailure: FailureLawModule<LognormalLaw, LognormalFile> = {
  ...createLognormalBase('Mean life', 'failure', false),
  adjective: 'lognormal',
  timeIndependent: false,
  getSurvivalPair: getLognormalPair,
  getSurvival: (law, t) => getLognormalPair(law, t).work,
  getSurvivalAtInfinity: () => 0,
  summarize: (file, show) => `lognormal life ${showTimeQuantity(file.mean, show)}`,
};

/** The lognormal repair law. */
export const lognormalRepair: RepairLawModule<LognormalLaw, LognormalFile> = {
  ...createLognormalBase('Mean repair time', 'repair', true),
  summarize: (file, show) => `repair ${showTimeQuantity(file.mean, show)}`,
};
