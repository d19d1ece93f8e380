import { describe, expect, it } from 'vitest';
import {
  computeBlockCurveReliability,
  computeKOfN,
  computeUnitReliability,
  getBlockCurveModel,
} from './blockCurves.ts';
import { analyzeFile, THREE_TIER } from './test/fixtures.ts';

describe('computeUnitReliability', () => {
  it('is e^(−λt) for an exponential life, with the failure side kept exact', () => {
    const r = computeUnitReliability({ kind: 'exponential', rate: 1e-4 }, 1000);
    expect(r.work).toBeCloseTo(Math.exp(-0.1), 14);
    expect(computeUnitReliability({ kind: 'exponential', rate: 1e-15 }, 1).fail).toBe(
      -Math.expm1(-1e-15),
    );
  });

  it('is exp(−(t/η)^β) for a Weibull life', () => {
    const r = computeUnitReliability({ kind: 'weibull', shape: 2, scale: 100 }, 50);
    expect(r.work).toBeCloseTo(Math.exp(-0.25), 14);
    expect(computeUnitReliability({ kind: 'weibull', shape: 2, scale: 100 }, 0).work).toBe(1);
  });
});

describe('computeKOfN', () => {
  it('k-of-n with k = n equals series and k = 1 equals parallel', () => {
    const unit = { work: 0.9, fail: 0.1 };
    expect(computeKOfN(unit, 3, 3).work).toBeCloseTo(0.9 ** 3, 14);
    expect(computeKOfN(unit, 3, 1).fail).toBeCloseTo(0.1 ** 3, 14);
  });

  it('2-of-3 follows the binomial sum', () => {
    const r = 0.9;
    expect(computeKOfN({ work: r, fail: 1 - r }, 3, 2).work).toBeCloseTo(
      3 * r ** 2 * (1 - r) + r ** 3,
      14,
    );
  });
});

describe('getBlockCurveModel', () => {
  const result = analyzeFile(THREE_TIER);
  const block = (id: string) => result.blocks.find((b) => b.id === id)!;

  it('reads an exponential k-of-n block from the design file, expressions included', () => {
    const model = getBlockCurveModel(THREE_TIER, block('apps'), 'hour');
    expect(model.ok && model.value).toEqual({
      id: 'apps',
      law: { kind: 'exponential', rate: 1 / 20000 },
      quantity: 4,
      required: 3,
    });
  });

  it('matches the engine’s block reliability at the mission time', () => {
    for (const id of ['lb1', 'apps']) {
      const model = getBlockCurveModel(THREE_TIER, block(id), 'hour');
      if (!model.ok) throw new Error(model.error);
      expect(computeBlockCurveReliability(model.value, 8760).work).toBeCloseTo(
        block(id).reliability!,
        12,
      );
    }
  });

  it('declines standby blocks (they need the engine)', () => {
    const model = getBlockCurveModel(THREE_TIER, block('db'), 'hour');
    expect(model.ok).toBe(false);
  });
});
