import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOWNTIME_BINS,
  FixedSum,
  getDowntimeBin,
  getDowntimeBinEdge,
  getDowntimePercentile,
  getVarianceFromSums,
  getWilsonInterval,
  Z_95,
} from './stats.ts';

const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20240601);

describe('FixedSum', () => {
  it(`gives bit-identical sums in any order and any split (seed ${FUZZ_SEED})`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }),
        fc.nat(),
        (values, cut) => {
          const forward = new FixedSum();
          for (const v of values) forward.add(v);
          const backward = new FixedSum();
          for (const v of [...values].reverse()) backward.add(v);
          const k = values.length === 0 ? 0 : cut % values.length;
          const left = new FixedSum();
          const right = new FixedSum();
          values.forEach((v, i) => (i < k ? left : right).add(v));
          right.addLimbs(left.getLimbs());
          expect(backward.getValue()).toBe(forward.getValue());
          expect(right.getValue()).toBe(forward.getValue());
        },
      ),
      { seed: FUZZ_SEED, numRuns: 200 },
    );
  });

  it('carries exactly between limbs over more terms than one normalisation covers', () => {
    const big = new FixedSum();
    const small = new FixedSum();
    for (let i = 0; i < 1 << 20; i++) {
      big.add(0.75);
      small.add(2 ** -90);
    }
    expect(big.getValue()).toBe(0.75 * 2 ** 20);
    expect(small.getValue()).toBe(2 ** -70);
  });

  it('sums to within 2^-100 of the exact sum', () => {
    const s = new FixedSum();
    s.add(0.1);
    s.add(0.2);
    s.add(1);
    expect(s.getValue()).toBeCloseTo(1.3, 15);
    const tiny = new FixedSum();
    for (let i = 0; i < 1000; i++) tiny.add(1e-12);
    expect(tiny.getValue() / 1e-9).toBeCloseTo(1, 12);
  });
});

describe('getWilsonInterval', () => {
  it('matches a textbook value (Newcombe 1998: 81 of 263)', () => {
    const [lo, hi] = getWilsonInterval(81, 263, Z_95);
    expect(lo).toBeCloseTo(0.2553, 4);
    expect(hi).toBeCloseTo(0.3662, 4);
  });

  it('is [0, rule-of-three-like] with no success and [x, 1] with all', () => {
    const [lo, hi] = getWilsonInterval(0, 1000, Z_95);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(0.00383, 4);
    expect(getWilsonInterval(1000, 1000, Z_95)[1]).toBe(1);
  });
});

describe('getVarianceFromSums', () => {
  it('gives the sample variance', () => {
    const xs = [1, 2, 4];
    const sum = xs.reduce((a, b) => a + b, 0);
    const squares = xs.reduce((a, b) => a + b * b, 0);
    expect(getVarianceFromSums(sum, squares, 3)).toBeCloseTo(7 / 3, 12);
  });
});

describe('getDowntimePercentile', () => {
  it('finds percentiles within one bin width from the histogram', () => {
    const bins = new Float64Array(DOWNTIME_BINS);
    const values = Array.from({ length: 1000 }, (_, i) => (i + 1) / 1e5);
    for (const v of values) bins[getDowntimeBin(v)]!++;
    const p90 = getDowntimePercentile(0, bins, 1000, 0.9, 0.01);
    expect(p90 / 0.009).toBeGreaterThan(0.95);
    expect(p90 / 0.009).toBeLessThan(1.05);
  });

  it('gives 0 while the zero count covers the quantile', () => {
    const bins = new Float64Array(DOWNTIME_BINS);
    bins[getDowntimeBin(0.5)] = 10;
    expect(getDowntimePercentile(90, bins, 100, 0.5, 0.5)).toBe(0);
    expect(getDowntimePercentile(90, bins, 100, 0.99, 0.5)).toBeGreaterThan(0.45);
  });

  it('puts every fraction in the bin whose edges bracket it, edges included', () => {
    const edges = Array.from({ length: DOWNTIME_BINS + 1 }, (_, i) => getDowntimeBinEdge(i));
    const expected = (v: number): number => {
      let bin = 0;
      while (bin + 1 < DOWNTIME_BINS && edges[bin + 1]! <= v) bin++;
      return bin;
    };
    const values = [...edges, ...edges.map((e) => e * (1 - 1e-15)), 1e-300, 5e-324, 1];
    for (let i = 0; i < 20000; i++) values.push(Math.pow(10, -13 + (13 * i) / 20000));
    const wrong = values.filter((v) => v > 0 && v <= 1 && getDowntimeBin(v) !== expected(v));
    expect(wrong).toEqual([]);
  });

  it('has bin edges that bracket their values', () => {
    for (const v of [1e-13, 1e-9, 0.37, 1]) {
      const b = getDowntimeBin(v);
      expect(getDowntimeBinEdge(b)).toBeLessThanOrEqual(Math.max(v, 1e-12));
      const upper = b < DOWNTIME_BINS - 1 ? getDowntimeBinEdge(b + 1) : Infinity;
      expect(upper).toBeGreaterThan(v);
    }
  });
});
