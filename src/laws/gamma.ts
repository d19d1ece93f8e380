/**
 * The gamma failure law, shape k and scale θ: R(t) = Q(k, t/θ) and F(t) = P(k, t/θ), the
 * regularised incomplete gamma functions, each side computed directly (DLMF 8.2.4; see
 * src/math/incompleteGamma.ts). Mean kθ. With k = 1 it is the exponential law of rate 1/θ; with
 * integer k, the life of k exponential stages in a row (Rausand & Høyland, *System Reliability
 * Theory*, 2nd ed., §2.12).
 *
 * Lives are drawn by Marsaglia & Tsang's squeeze method ("A simple method for generating gamma
 * variables", ACM TOMS 26 (2000) 363–372): for k ≥ 1, with d = k − ⅓ and c = 1/√(9d), draw a
 * normal x and v = (1 + cx)³ > 0 and accept dv when u < 1 − 0.0331x⁴ or ln u < x²/2 + d(1 − v +
 * ln v); for k < 1, a draw of shape k + 1 times U^(1/k) (their boost). Not invertible from one
 * uniform, so the mission path draws gamma blocks by its general loops.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Quantity, UiData } from '../model/file.ts';
import { POSITIVE } from '../model/parseRead.ts';
import { incompleteGammaPair } from '../math/incompleteGamma.ts';
import type { FailureLawModule, FieldSpec, RandomSource } from './lawModule.ts';
import { multiplyQuantities } from './quantity.ts';
import { createPlainLaw } from './read.ts';

/** A gamma failure law. */
export interface GammaFailure {
  readonly kind: 'gamma';
  /** k (dimensionless, > 0). */
  readonly shape: number;
  /** θ, design time units (> 0). */
  readonly scale: number;
}

/** A gamma failure law in a file. */
export interface GammaFailureFile {
  distribution: 'gamma';
  shape: Quantity;
  scale: Quantity;
  ui?: UiData;
}

const SHAPE: FieldSpec<'shape'> = {
  key: 'shape',
  kind: 'number',
  range: POSITIVE,
  label: 'Shape k',
  inputName: 'shape',
  help: 'k < 1 falling failure rate, 1 constant, > 1 rising (k exponential stages in a row)',
};

const SCALE: FieldSpec<'scale'> = {
  key: 'scale',
  kind: 'time',
  range: POSITIVE,
  label: 'Scale θ',
  inputName: 'scale',
  help: 'Mean life = k·θ.',
};

/**
 * One Marsaglia–Tsang draw, packed as a = d (k − ⅓, or k + 1 − ⅓ when k < 1), b = θ, c = 1/k
 * when k < 1 (the boost exponent), else 0.
 */
function sampleGamma(d: number, theta: number, boost: number, rng: RandomSource): number {
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
      const g = d * v;
      return theta * (boost > 0 ? g * Math.pow(rng.uniform(), boost) : g);
    }
  }
}

/** The gamma failure law. */
export const gammaFailure: FailureLawModule<GammaFailure, GammaFailureFile> = {
  kind: 'gamma',
  adjective: 'gamma',
  timeIndependent: false,
  forms: [{ id: 'gamma', label: 'Gamma', fields: [SHAPE, SCALE] }],
  getFormId: () => 'gamma',
  ...createPlainLaw('gamma', [SHAPE, SCALE]),
  getSurvivalPair(law, t) {
    const tails = incompleteGammaPair(law.shape, t / law.scale);
    return { work: tails.upper, fail: tails.lower };
  },
  getSurvival: (law, t) => incompleteGammaPair(law.shape, t / law.scale).upper,
  getMean: (law) => law.shape * law.scale,
  getSurvivalAtInfinity: () => 0,
  getConstantRate: (law) => (law.shape === 1 ? 1 / law.scale : null),
  sampler: {
    pack: (law) =>
      law.shape >= 1
        ? { a: law.shape - 1 / 3, b: law.scale, c: 0 }
        : { a: law.shape + 1 - 1 / 3, b: law.scale, c: 1 / law.shape },
    sample: sampleGamma,
    inverse: null,
  },
  summarize: (file, show) => `gamma k ${String(file.shape)}, θ ${show(file.scale)}`,
  getFileMean: (file) => multiplyQuantities(file.shape, file.scale),
  // k = 1 from a mean m: θ = m exactly.
  createFile: (_, mean) => ({ distribution: 'gamma', shape: 1, scale: mean }),
};
