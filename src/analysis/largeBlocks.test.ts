/**
 * Blocks of a million or a billion identical active units are computed exactly, in the work
 * their binomial law's spread needs (src/math/kOfN.ts), against closed forms; standby blocks
 * beyond the exact engine's limit are refused at once, by name.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from './analyze.ts';
import { MAX_EXACT_STANDBY_UNITS } from './blockModel.ts';
import {
  block,
  createDesignJson,
  exponential,
  relativeError,
  toDesign,
} from '../testing/designFiles.ts';

const EULER_GAMMA = 0.5772156649015329;

/** The harmonic number H_n by its asymptotic series (exact to double precision for n ≥ 1e4). */
function harmonic(n: number): number {
  return Math.log(n) + EULER_GAMMA + 1 / (2 * n) - 1 / (12 * n * n);
}

function kOfN(quantity: number, required: number, mttr?: number) {
  return toDesign(
    createDesignJson(
      [exponential('c', 10_000, mttr)],
      [block('b', 'c', { quantity, required })],
      ['in>b', 'b>out'],
    ),
  );
}

describe('very large active blocks', () => {
  it('the MTTF of 1 of n without repair is H_n / λ, for a million and a billion units', () => {
    for (const n of [1e6, 1e9]) {
      const mttf = analyzeDesign(kOfN(n, 1)).mttf!;
      expect(relativeError(mttf, 10_000 * harmonic(n))).toBeLessThan(1e-9);
    }
  });

  it('the MTTF of n/2 of n is (H_n − H_(n/2−1)) / λ at a million units', () => {
    const n = 1e6;
    const mttf = analyzeDesign(kOfN(n, n / 2)).mttf!;
    const expected = 10_000 * (harmonic(n) - harmonic(n / 2 - 1));
    expect(relativeError(mttf, expected)).toBeLessThan(1e-8);
  });

  it('the steady unavailability of n of n with repair is 1 − Aⁿ, kept exact', () => {
    const n = 1e6;
    const r = analyzeDesign(kOfN(n, n, 1));
    // 1 − Aⁿ, directly: −expm1(n·ln A) with ln A = −log1p(1/10000).
    const expected = -Math.expm1(-n * Math.log1p(1 / 10_000));
    expect(relativeError(r.steadyState.unavailability!, expected)).toBeLessThan(1e-12);
  });
});

describe('standby blocks beyond the exact limit', () => {
  const standby = (quantity: number) =>
    toDesign(
      createDesignJson(
        [exponential('c', 10_000, 8)],
        [
          block('db', 'c', {
            quantity,
            required: 1,
            redundancy: { type: 'standby', standby: 'cold', dormantFactor: 0 },
          }),
        ],
        ['in>db', 'db>out'],
      ),
    );

  it('are refused by name for every figure, with a reason for each null, at once', () => {
    const r = analyzeDesign(standby(MAX_EXACT_STANDBY_UNITS + 1));
    expect(r.steadyState.availability).toBeNull();
    expect(r.points[0]!.reliability).toBeNull();
    expect(r.points[0]!.availability).toBeNull();
    expect(r.mttf).toBeNull();
    const codes = r.warnings.map((w) => w.code);
    for (const code of [
      'steady-state-not-exact',
      'availability-not-exact',
      'reliability-not-exact',
      'mttf-not-exact',
    ] as const) {
      expect(codes).toContain(code);
    }
    expect(r.warnings[0]!.message).toBe(
      `availability of standby block db is simulation only: it has ${MAX_EXACT_STANDBY_UNITS + 1} units and the exact engine solves standby blocks of at most ${MAX_EXACT_STANDBY_UNITS}`,
    );
    // Nothing to rank, and no cut-set probability pretends to be 0.
    expect(r.importanceBasis).toBe('none');
    expect(r.minimalCutSetProbabilities).toEqual([null]);
  });

  it('at the limit are still exact', () => {
    const r = analyzeDesign(standby(MAX_EXACT_STANDBY_UNITS));
    expect(r.steadyState.availability).not.toBeNull();
    expect(r.mttf).toBeCloseTo(MAX_EXACT_STANDBY_UNITS * 10_000, 3);
  });
});
