/**
 * The Weibull failure law, shape β and scale η. With x = (t/η)^β: R(t) = e^(−x), F(t) =
 * −expm1(−x), both direct; mean η·Γ(1 + 1/β) (Rausand & Høyland, *System Reliability Theory*,
 * 2nd ed., §2.15). Lives by inversion with one uniform v: L = η·(−ln v)^(1/β), so the mission
 * fast path applies. With β = 1 it is the exponential law of rate 1/η.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { Quantity, UiData } from '../model/file.ts';
import { POSITIVE } from '../model/parseRead.ts';
import type { Pair } from '../math/pair.ts';
import { gamma } from '../math/special.ts';
import type { FailureLawModule, FieldSpec, Inverse } from './lawModule.ts';
import { scaleQuantity } from './quantity.ts';
import { readLawFields } from './read.ts';

/** A Weibull failure law. */
export interface WeibullFailure {
  readonly kind: 'weibull';
  /** β (dimensionless, > 0). */
  readonly shape: number;
  /** η, design time units (> 0). */
  readonly scale: number;
}

/** A Weibull failure law in a file. */
export interface WeibullFailureFile {
  distribution: 'weibull';
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
  help: 'β < 1 infant mortality, 1 constant rate, > 1 wear-out',
};

const SCALE: FieldSpec<'scale'> = {
  key: 'scale',
  kind: 'time',
  range: POSITIVE,
  label: 'Scale η',
  inputName: 'scale',
};

/** Packed as a = η, b = 1/β. */
const INVERSE: Inverse = {
  getSurvival: (a, b, _c, t) => Math.exp(-Math.pow(t / a, 1 / b)),
  getLife: (a, b, _c, v) => a * Math.pow(-Math.log(v), b),
};

/** The Weibull failure law. */
export const weibullFailure: FailureLawModule<WeibullFailure, WeibullFailureFile> = {
  kind: 'weibull',
  adjective: 'Weibull',
  timeIndependent: false,
  forms: [{ id: 'weibull', label: 'Weibull (wear-out)', fields: [SHAPE, SCALE] }],
  getFormId: () => 'weibull',
  read(ctx) {
    const v = readLawFields(ctx, [SHAPE, SCALE]);
    return v === null ? null : { kind: 'weibull', shape: v.shape, scale: v.scale };
  },
  write: (law) => ({ distribution: 'weibull', shape: law.shape, scale: law.scale }),
  getSurvivalPair(law, t): Pair {
    const x = Math.pow(t / law.scale, law.shape);
    return { work: Math.exp(-x), fail: -Math.expm1(-x) };
  },
  getSurvival: (law, t) => Math.exp(-Math.pow(t / law.scale, law.shape)),
  getMean: (law) => law.scale * gamma(1 + 1 / law.shape),
  getSurvivalAtInfinity: () => 0,
  getConstantRate: (law) => (law.shape === 1 ? 1 / law.scale : null),
  sampler: {
    pack: (law) => ({ a: law.scale, b: 1 / law.shape, c: 0 }),
    sample: (a, b, _c, rng) => a * Math.pow(-Math.log(rng.uniform()), b),
    inverse: INVERSE,
  },
  summarize: (file, show) => `Weibull β ${String(file.shape)}, η ${show(file.scale)}`,
  getFileMean(file) {
    // η·Γ(1 + 1/β) when β is a plain number; else η, the characteristic life.
    if (typeof file.shape !== 'number') return file.scale;
    return scaleQuantity(file.scale, gamma(1 + 1 / file.shape));
  },
  // β = 1 from a mean m: η = m exactly.
  createFile: (_, mean) => ({ distribution: 'weibull', shape: 1, scale: mean }),
};
