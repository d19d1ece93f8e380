import { describe, expect, it } from 'vitest';
import {
  LIFE_MEMORYLESS,
  LIFE_NEVER,
  LIFE_STATIC,
  REPAIR_INSTANT,
  REPAIR_MEMORYLESS,
  REPAIR_NONE,
  createLifeCode,
  createRepairCode,
  getInvertibleSurvival,
} from './sampling.ts';

describe('createLifeCode', () => {
  it('codes a law by what its module says of it, not by its name', () => {
    expect(createLifeCode({ kind: 'exponential', rate: 0.01 })).toMatchObject({
      kind: LIFE_MEMORYLESS,
      a: 100,
    });
    // A Weibull law with β = 1 has a constant rate too.
    expect(createLifeCode({ kind: 'weibull', shape: 1, scale: 250 })).toMatchObject({
      kind: LIFE_MEMORYLESS,
      a: 250,
    });
    expect(createLifeCode({ kind: 'exponential', rate: 0 }).kind).toBe(LIFE_NEVER);
    expect(createLifeCode({ kind: 'fixed', reliability: 0.9 })).toMatchObject({
      kind: LIFE_STATIC,
      a: 0.9,
    });
  });

  it("packs other laws for their module's sampler, with the law's mean", () => {
    const weibull = createLifeCode({ kind: 'weibull', shape: 2, scale: 100 });
    expect(weibull.kind).toBeGreaterThan(LIFE_STATIC);
    expect(weibull).toMatchObject({ a: 100, b: 0.5 });
    expect(weibull.mean).toBeCloseTo(50 * Math.sqrt(Math.PI), 12);
    const lognormal = createLifeCode({ kind: 'lognormal', mean: 10, sd: 0 });
    expect(lognormal.kind).toBeGreaterThan(LIFE_STATIC);
    expect(lognormal.kind).not.toBe(weibull.kind);
  });
});

describe('createRepairCode', () => {
  it('codes no repair, instant repair, a constant rate and sampled laws', () => {
    expect(createRepairCode(null).kind).toBe(REPAIR_NONE);
    expect(createRepairCode({ kind: 'exponential', mttr: 0 }).kind).toBe(REPAIR_INSTANT);
    expect(createRepairCode({ kind: 'fixed', time: 0 }).kind).toBe(REPAIR_INSTANT);
    expect(createRepairCode({ kind: 'exponential', mttr: 4 })).toMatchObject({
      kind: REPAIR_MEMORYLESS,
      a: 4,
      mean: 4,
    });
    expect(createRepairCode({ kind: 'fixed', time: 4 }).kind).toBeGreaterThan(REPAIR_MEMORYLESS);
  });
});

describe('getInvertibleSurvival', () => {
  it('is R(t) for invertible laws and NaN for laws drawn otherwise', () => {
    const at = (law: Parameters<typeof createLifeCode>[0], t: number): number => {
      const c = createLifeCode(law);
      return getInvertibleSurvival(c.kind, c.a, c.b, c.c, t);
    };
    expect(at({ kind: 'exponential', rate: 0.01 }, 100)).toBe(Math.exp(-1));
    expect(at({ kind: 'weibull', shape: 2, scale: 100 }, 100)).toBe(Math.exp(-1));
    expect(at({ kind: 'exponential', rate: 0 }, 100)).toBe(1);
    expect(at({ kind: 'lognormal', mean: 10, sd: 2 }, 10)).toBeNaN();
    expect(at({ kind: 'fixed', reliability: 0.5 }, 10)).toBeNaN();
  });
});
