import { describe, expect, it } from 'vitest';
import { integrate } from '../math/integrate.ts';
import { analyzeDesign } from './analyze.ts';
import { parseDesign } from '../model/parse.ts';
import { createBenchmarkDesign } from '../testing/benchmarkDesigns.ts';
import {
  block,
  createDesignJson,
  exponential,
  relativeError,
  toDesign,
} from '../testing/designFiles.ts';

const LAMBDA = 1e-4;
const MU = 1 / 8;
const C = LAMBDA + MU;
const U_SS = LAMBDA / C;

/** Mean of u_ss·(1 − e^(−cs))^m over [0, t] for m = 1, 2, 3 (∫ expanded by the binomial). */
function meanPower(m: number, t: number): number {
  let sum = t;
  let sign = -1;
  let binom = m;
  for (let j = 1; j <= m; j++) {
    sum += (sign * binom * -Math.expm1(-j * C * t)) / (j * C);
    sign = -sign;
    binom = (binom * (m - j)) / (j + 1);
  }
  return (U_SS ** m * sum) / t;
}

function meanOf(design: ReturnType<typeof toDesign>, t: number) {
  const p = analyzeDesign(design, { times: [t], skipMttf: true }).points[0]!;
  return { a: p.meanAvailability!, u: p.meanUnavailability! };
}

const one = toDesign(
  createDesignJson([exponential('u', 1 / LAMBDA, 1 / MU)], [block('a', 'u')], ['in>a', 'a>out']),
);

function parallel(n: number, mtbf = 1 / LAMBDA, mttr = 1 / MU) {
  const nodes = Array.from({ length: n }, (_, i) => block(`p${i}`, 'u'));
  const edges = nodes.flatMap((b) => [`in>${String(b.id)}`, `${String(b.id)}>out`]);
  return toDesign(createDesignJson([exponential('u', mtbf, mttr)], nodes, edges));
}

describe('points[].meanAvailability', () => {
  it('gives one unit μ/(λ+μ) + λ/((λ+μ)²t)·(1 − e^(−(λ+μ)t)) and its complement directly', () => {
    for (const t of [0.01, 1, 8, 100, 8760, 1e6]) {
      const { a, u } = meanOf(one, t);
      const expectedA = MU / C + (LAMBDA / (C * C * t)) * -Math.expm1(-C * t);
      expect(relativeError(a, expectedA)).toBeLessThan(1e-12);
      expect(relativeError(u, meanPower(1, t))).toBeLessThan(1e-9);
    }
  });

  it('is A(0) = 1 at t = 0', () => {
    expect(meanOf(one, 0)).toEqual({ a: 1, u: 0 });
  });

  it('gives a parallel pair and triple the mean of u(s)² and u(s)³', () => {
    for (const n of [2, 3]) {
      for (const t of [3, 8760]) {
        expect(relativeError(meanOf(parallel(n), t).u, meanPower(n, t))).toBeLessThan(1e-9);
      }
    }
  });

  it('keeps a 1e-12 mean unavailability to relative 1e-9 (two units with U = 1e-6)', () => {
    // u_ss = λ/(λ+μ) = 1e-6 with μ = 1/8: λ = μ·1e-6/(1 − 1e-6).
    const lambda = (MU * 1e-6) / (1 - 1e-6);
    const { u } = meanOf(parallel(2, 1 / lambda), 8760);
    const c = lambda + MU;
    const t = 8760;
    const bracket = t - (2 * -Math.expm1(-c * t)) / c + -Math.expm1(-2 * c * t) / (2 * c);
    const expected = ((lambda / c) ** 2 * bracket) / t;
    expect(expected).toBeGreaterThan(9e-13);
    expect(relativeError(u, expected)).toBeLessThan(1e-9);
  });

  it('gives a series pair (1/t)∫A₁A₂', () => {
    const design = toDesign(
      createDesignJson(
        [exponential('u', 1 / LAMBDA, 1 / MU), exponential('v', 2000, 24)],
        [block('a', 'u'), block('b', 'v')],
        ['in>a', 'a>b', 'b>out'],
      ),
    );
    const unit = (lambda: number, mu: number) => (s: number) =>
      mu / (lambda + mu) + (lambda / (lambda + mu)) * Math.exp(-(lambda + mu) * s);
    const a1 = unit(LAMBDA, MU);
    const a2 = unit(1 / 2000, 1 / 24);
    const t = 5000;
    const expected = integrate((s) => a1(s) * a2(s), 0, t, 1e-14).value / t;
    const { a, u } = meanOf(design, t);
    expect(relativeError(a, expected)).toBeLessThan(1e-12);
    const expectedU = integrate((s) => 1 - a1(s) * a2(s), 0, t, 1e-13).value / t;
    expect(relativeError(u, expectedU)).toBeLessThan(1e-9);
  });

  it('gives a 2-of-3 block the mean of 3u²a + u³ of its units', () => {
    const design = toDesign(
      createDesignJson(
        [exponential('u', 1 / LAMBDA, 1 / MU)],
        [block('v', 'u', { quantity: 3, required: 2 })],
        ['in>v', 'v>out'],
      ),
    );
    const t = 720;
    const unitU = (s: number) => U_SS * -Math.expm1(-C * s);
    const expected =
      integrate((s) => 3 * unitU(s) ** 2 * (1 - unitU(s)) + unitU(s) ** 3, 0, t, 1e-13).value / t;
    expect(relativeError(meanOf(design, t).u, expected)).toBeLessThan(1e-9);
  });

  it('gives a standby block the mean of its own point availability', () => {
    const design = toDesign(
      createDesignJson(
        [exponential('u', 5000, 6)],
        [
          block('s', 'u', {
            quantity: 2,
            redundancy: {
              type: 'standby',
              standby: 'cold',
              switch: { successProbability: 0.99, delay: 0.05 },
            },
          }),
        ],
        ['in>s', 's>out'],
      ),
    );
    const t = 4000;
    const at = (s: number) =>
      analyzeDesign(design, { times: [s], skipMttf: true, skipMeanAvailability: true }).points[0]!;
    const expectedU = integrate((s) => at(s).unavailability!, 0, t, 1e-12).value / t;
    const { u } = meanOf(design, t);
    expect(relativeError(u, expectedU)).toBeLessThan(1e-9);
  });

  it('integrates a unit without repair (A = R, a Weibull law) exactly', () => {
    const design = toDesign(
      createDesignJson(
        [{ id: 'w', name: 'w', failure: { distribution: 'weibull', shape: 2, scale: 1000 } }],
        [block('a', 'w')],
        ['in>a', 'a>out'],
      ),
    );
    const t = 1500;
    const expected = integrate((s) => Math.exp(-((s / 1000) ** 2)), 0, t, 1e-14).value / t;
    expect(relativeError(meanOf(design, t).a, expected)).toBeLessThan(1e-12);
  });

  it('is null with a warning when a point availability is not exact (lognormal repair)', () => {
    const design = toDesign(
      createDesignJson(
        [
          {
            id: 'u',
            name: 'u',
            failure: { distribution: 'exponential', mtbf: 1000 },
            repair: { distribution: 'lognormal', mean: 5, sd: 2 },
          },
        ],
        [block('a', 'u')],
        ['in>a', 'a>out'],
      ),
    );
    const r = analyzeDesign(design, { times: [100] });
    expect(r.points[0]!.meanAvailability).toBeNull();
    expect(r.points[0]!.meanUnavailability).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('mean-availability-not-exact');
  });

  it('is null without a warning when skipped', () => {
    const r = analyzeDesign(one, { times: [100], skipMeanAvailability: true });
    expect(r.points[0]!.meanAvailability).toBeNull();
    expect(r.warnings).toEqual([]);
  });
});

describe('figures kept between analyses', () => {
  it('are the figures of a fresh analysis, whatever was analysed before', () => {
    const read = (json: unknown) => {
      const parsed = parseDesign(structuredClone(json));
      if (!parsed.ok) throw new Error('invalid benchmark design');
      return parsed.value;
    };
    const json = createBenchmarkDesign(60, 4);
    // One design object analysed at several times in turn (its kinds keep their panels, grids
    // and memos under other level-0 widths and scales), each answer against a fresh copy whose
    // component objects, and so every kept figure, are new.
    const design = read(json);
    for (const t of [8766, 100, 3, 8766, 100, 250_000]) {
      const warm = analyzeDesign(design, { times: [t] });
      const fresh = analyzeDesign(read(json), { times: [t] });
      expect(warm.points).toEqual(fresh.points);
      expect(warm.mttf).toBe(fresh.mttf);
      expect(warm.bLife).toEqual(fresh.bLife);
    }
  });
});
