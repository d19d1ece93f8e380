/**
 * The Weibull failure law, two- or three-parameter: shape β, scale η and location γ ≥ 0 (no
 * failure before γ; default 0). With x = ((t − γ)/η)^β for t > γ: R(t) = e^(−x), F(t) =
 * −expm1(−x), both direct; mean γ + η·Γ(1 + 1/β) (Rausand & Høyland, *System Reliability
 * Theory*, 2nd ed., §2.15; the location parameter in Murthy, Xie & Jiang, *Weibull Models*,
 * 2004, §1.4). Lives by inversion with one uniform v: L = γ + η·(−ln v)^(1/β), so the mission
 * fast path applies. With β = 1 and γ = 0 it is the exponential law of rate 1/η.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Quantity, UiData } from '../model/file.ts';
import { NON_NEGATIVE, POSITIVE } from '../model/parseRead.ts';
import type { Pair } from '../math/pair.ts';
import { PAIR_WORKING } from '../math/pair.ts';
import { gamma } from '../math/special.ts';
import type { FailureLawModule, FieldSpec, Inverse } from './lawModule.ts';
import { addQuantities, scaleQuantity } from './quantity.ts';
import { readLawFields } from './read.ts';

/** A Weibull failure law; `location` is present only when positive. */
export interface WeibullFailure {
  readonly kind: 'weibull';
  /** β (dimensionless, > 0). */
  readonly shape: number;
  /** η, design time units (> 0). */
  readonly scale: number;
  /** γ, design time units (> 0 when present; absent means 0). */
  readonly location?: number;
}

/** A Weibull failure law in a file. */
export interface WeibullFailureFile {
  distribution: 'weibull';
  shape: Quantity;
  scale: Quantity;
  location?: Quantity;
  ui?: UiData;
}

const SHAPE: FieldSpec<'shape'> = {
  key: 'shape',
  kind: 'number',
  range: POSITIVE,
  label: 'Shape β',
  inputName: 'shape',
  help: 'β < 1 infant mortality, 1 constant rate, > 1 wear-out',
};

const SCALE: FieldSpec<'scale'> = {
  key: 'scale',
  kind: 'time',
  range: POSITIVE,
  label: 'Scale η',
  inputName: 'scale',
};

const LOCATION: FieldSpec<'location'> = {
  key: 'location',
  kind: 'time',
  range: NON_NEGATIVE,
  default: 0,
  label: 'Location γ (failure-free time)',
  inputName: 'location',
  help: 'No failure before γ; empty for 0.',
};

/** Packed as a = η, b = 1/β, c = γ. */
const INVERSE: Inverse = {
  getSurvival: (a, b, c, t) => (t <= c ? 1 : Math.exp(-Math.pow((t - c) / a, 1 / b))),
  getLife: (a, b, c, v) => c + a * Math.pow(-Math.log(v), b),
};

/** The Weibull failure law. */
export const weibullFailure: FailureLawModule<WeibullFailure, WeibullFailureFile> = {
  kind: 'weibull',
  adjective: 'Weibull',
  timeIndependent: false,
  forms: [{ id: 'weibull', label: 'Weibull (wear-out)', fields: [SHAPE, SCALE, LOCATION] }],
  getFormId: () => 'weibull',
  read(ctx) {
    const v = readLawFields(ctx, [SHAPE, SCALE, LOCATION]);
    if (v === null) return null;
    const { shape, scale, location } = v;
    return { kind: 'weibull', shape, scale, ...(location > 0 ? { location } : {}) };
  },
  write: (law) => ({
    distribution: 'weibull',
    shape: law.shape,
    scale: law.scale,
    ...(law.location === undefined ? {} : { location: law.location }),
  }),
  getSurvivalPair(law, t): Pair {
    const age = t - (law.location ?? 0);
    if (age <= 0) return PAIR_WORKING;
    const x = Math.pow(age / law.scale, law.shape);
    return { work: Math.exp(-x), fail: -Math.expm1(-x) };
  },
  getSurvival(law, t) {
    const age = t - (law.location ?? 0);
    return age <= 0 ? 1 : Math.exp(-Math.pow(age / law.scale, law.shape));
  },
  getMean: (law) => (law.location ?? 0) + law.scale * gamma(1 + 1 / law.shape),
  getSurvivalAtInfinity: () => 0,
  getConstantRate: (law) => (law.shape === 1 && law.location === undefined ? 1 / law.scale : null),
  sampler: {
    pack: (law) => ({ a: law.scale, b: 1 / law.shape, c: law.location ?? 0 }),
    sample: (a, b, c, rng) => c + a * Math.pow(-Math.log(rng.uniform()), b),
    inverse: INVERSE,
  },
  summarize: (file, show) =>
    `Weibull β ${String(file.shape)}, η ${show(file.scale)}` +
    (file.location === undefined || file.location === 0 ? '' : `, γ ${show(file.location)}`),
  getFileMean(file) {
    // η·Γ(1 + 1/β) + γ when β is a plain number; else η, the characteristic life.
    if (typeof file.shape !== 'number') return file.scale;
    const mean = scaleQuantity(file.scale, gamma(1 + 1 / file.shape));
    return addQuantities(mean, file.location ?? 0) ?? mean;
  },
  // β = 1 from a mean m: η = m exactly.
  createFile: (_, mean) => ({ distribution: 'weibull', shape: 1, scale: mean }),
};
