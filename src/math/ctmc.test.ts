import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transition } from './ctmc.ts';
import {
  computeMeanTimeToAbsorption,
  computeMeanTimesToAbsorption,
  computeSteadyState,
  computeTransient,
  computeTransientSeries,
  getUpDownPair,
} from './ctmc.ts';
import { integrateToInfinity } from './integrate.ts';

/** Seed of the property tests; replay one failure with FUZZ_SEED=<seed> npx vitest run src/math. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);

function relativeError(actual: number, expected: number): number {
  return actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
}

/** One repairable unit: state 0 up, state 1 down. */
function singleUnit(lambda: number, mu: number): Transition[] {
  return [
    { from: 0, to: 1, rate: lambda },
    { from: 1, to: 0, rate: mu },
  ];
}

/** n active units, each with its own repair; state i = number failed. */
function activeUnits(n: number, lambda: number, mu: number): Transition[] {
  const transitions: Transition[] = [];
  for (let i = 0; i < n; i++) {
    transitions.push({ from: i, to: i + 1, rate: (n - i) * lambda });
    transitions.push({ from: i + 1, to: i, rate: (i + 1) * mu });
  }
  return transitions;
}

describe('computeTransient', () => {
  it.each([
    [1e-4, 0.5],
    [1e-9, 1],
  ])(
    'single unit (λ = %s, μ = %s): A(t) and U(t) match the closed form on both sides',
    (lambda, mu) => {
      const sum = lambda + mu;
      for (const t of [1e-6, 0.01, 1, 10, 700, 1e3, 3e3, 1e6, 1e9]) {
        const p = computeTransient(2, singleUnit(lambda, mu), [1, 0], t);
        const pair = getUpDownPair(p, [true, false]);
        const work = mu / sum + (lambda / sum) * Math.exp(-sum * t);
        const fail = (lambda / sum) * -Math.expm1(-sum * t);
        expect(relativeError(pair.work, work)).toBeLessThan(1e-13);
        expect(relativeError(pair.fail, fail)).toBeLessThan(1e-13);
      }
    },
  );

  it('survives Λt far beyond exp underflow (Λt = 1e3 on the plain path, 1e7 by squaring)', () => {
    const lambda = 1e-3;
    const mu = 1;
    const steadyFail = lambda / (lambda + mu);
    for (const t of [1e3, 1e7]) {
      const p = computeTransient(2, singleUnit(lambda, mu), [1, 0], t);
      expect(relativeError(p[1]!, steadyFail)).toBeLessThan(1e-11);
    }
  });

  it('answers for any finite t, Λt overflowing included, with the steady state far beyond mixing', () => {
    // Rates up to 10: Λt overflows a double at t = 1.8e308; the squarings stop once the matrix
    // squares to itself.
    for (const [lambda, mu] of [
      [1e-3, 1],
      [2e-5, 10],
    ] as const) {
      const steadyFail = lambda / (lambda + mu);
      const steadyWork = mu / (lambda + mu);
      for (const t of [1e15, 1e300, Number.MAX_VALUE]) {
        const pair = getUpDownPair(computeTransient(2, singleUnit(lambda, mu), [1, 0], t), [
          true,
          false,
        ]);
        expect(relativeError(pair.fail, steadyFail)).toBeLessThan(1e-12);
        expect(relativeError(pair.work, steadyWork)).toBeLessThan(1e-12);
      }
    }
    // An absorbing chain: everything has been absorbed.
    const mission = [
      { from: 0, to: 1, rate: 1e-3 },
      { from: 1, to: 2, rate: 1e-3 },
    ];
    expect([...computeTransient(3, mission, [1, 0, 0], Number.MAX_VALUE)]).toEqual([0, 0, 1]);
  });

  it('cold standby pair: R(t) = e^(−λt)(1 + λt) and F(t) both exact', () => {
    const lambda = 2e-5;
    const chain: Transition[] = [
      { from: 0, to: 1, rate: lambda },
      { from: 1, to: 2, rate: lambda },
    ];
    for (const t of [1e-3, 1, 100, 1e4, 5e4, 1e5, 1e6]) {
      const x = lambda * t;
      const pair = getUpDownPair(computeTransient(3, chain, [1, 0, 0], t), [true, true, false]);
      const work = Math.exp(-x) * (1 + x);
      // F = e^(−x) Σ_{k≥2} x^k/k! (series for small x, no cancellation).
      let fail: number;
      if (x < 1) {
        let term = (x * x) / 2;
        let sum = 0;
        for (let k = 2; term > 1e-30 * sum; k++) {
          sum += term;
          term *= x / (k + 1);
        }
        fail = Math.exp(-x) * sum;
      } else {
        fail = 1 - work;
      }
      expect(relativeError(pair.work, work)).toBeLessThan(1e-13);
      expect(relativeError(pair.fail, fail)).toBeLessThan(1e-12);
    }
  });

  it('standby pair with switch success p: R(t) = e^(−λt)(1 + pλt)', () => {
    const lambda = 1e-3;
    const p = 0.9;
    const chain: Transition[] = [
      { from: 0, to: 1, rate: p * lambda },
      { from: 0, to: 2, rate: (1 - p) * lambda },
      { from: 1, to: 2, rate: lambda },
    ];
    for (const t of [1, 500, 5000]) {
      const pair = getUpDownPair(computeTransient(3, chain, [1, 0, 0], t), [true, true, false]);
      expect(relativeError(pair.work, Math.exp(-lambda * t) * (1 + p * lambda * t))).toBeLessThan(
        1e-13,
      );
    }
  });

  it('a series of times equals separate computations', () => {
    const chain = activeUnits(3, 1e-3, 0.2);
    const times = [0, 0.5, 3, 40, 2000, 1, 1e5];
    const series = computeTransientSeries(4, chain, [1, 0, 0, 0], times);
    times.forEach((t, i) => {
      const direct = computeTransient(4, chain, [1, 0, 0, 0], t);
      for (let s = 0; s < 4; s++)
        expect(relativeError(series[i]![s]!, direct[s]!)).toBeLessThan(1e-11);
    });
  });

  it(`gives the same doubles whatever it solved before: kept powers equal fresh ones (seed ${SEED})`, () => {
    // A chain asked at large Λt uses its kept ladder of powers e^(Q·h·2ⁱ); asking other chains
    // in between (more than are kept) must not change a single bit of its answer.
    const chainOf = (scale: number): Transition[] => [
      { from: 0, to: 1, rate: 2e-5 * scale },
      { from: 1, to: 0, rate: 0.5 },
      { from: 1, to: 2, rate: 20 },
      { from: 2, to: 0, rate: 1 },
    ];
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        (times, others) => {
          const first = times.map((t) => [...computeTransient(3, chainOf(1), [1, 0, 0], t)]);
          for (let k = 0; k < others; k++) computeTransient(3, chainOf(k + 2), [1, 0, 0], 5e3);
          const again = [...times]
            .reverse()
            .map((t) => [...computeTransient(3, chainOf(1), [1, 0, 0], t)])
            .reverse();
          expect(again).toEqual(first);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('far beyond mixing the powers stop changing: p(t) is the steady state up to t = 1e12', () => {
    const chain = activeUnits(3, 1e-4, 0.3);
    const pi = computeSteadyState(4, chain);
    for (const t of [1e5, 1e9, 1e12]) {
      const p = computeTransient(4, chain, [1, 0, 0, 0], t);
      for (let s = 0; s < 4; s++) expect(relativeError(p[s]!, pi[s]!)).toBeLessThan(1e-11);
    }
  });

  it('returns p(0) for t = 0 or a chain without transitions', () => {
    expect([...computeTransient(2, singleUnit(1, 1), [0.3, 0.7], 0)]).toEqual([0.3, 0.7]);
    expect([...computeTransient(2, [], [0.3, 0.7], 5)]).toEqual([0.3, 0.7]);
  });
});

describe('computeSteadyState', () => {
  it('two active units each with own repair: A = 1 − (λ/(λ+μ))², both sides exact', () => {
    const lambda = 1e-6;
    const mu = 0.25;
    const q = lambda / (lambda + mu);
    const pair = getUpDownPair(computeSteadyState(3, activeUnits(2, lambda, mu)), [
      true,
      true,
      false,
    ]);
    expect(relativeError(pair.fail, q * q)).toBeLessThan(1e-14);
    expect(relativeError(pair.work, (mu * mu + 2 * lambda * mu) / (lambda + mu) ** 2)).toBeLessThan(
      1e-15,
    );
  });

  it('unavailability ~1e-15 (three parallel units) matches the closed form (relative 1e-9)', () => {
    const lambda = 1;
    const mu = 99999; // λ/(λ+μ) = 1e-5
    const pi = computeSteadyState(4, activeUnits(3, lambda, mu));
    expect(relativeError(pi[3]!, 1e-15)).toBeLessThan(1e-12);
    expect(
      relativeError(getUpDownPair(pi, [true, true, true, false]).work, 1 - 1e-15),
    ).toBeLessThan(1e-15);
  });

  it('a 200-state birth–death chain keeps probabilities down to 1e-60 to relative 1e-12', () => {
    const n = 200;
    const transitions: Transition[] = [];
    for (let i = 0; i + 1 < n; i++) {
      transitions.push({ from: i, to: i + 1, rate: 1 });
      transitions.push({ from: i + 1, to: i, rate: 2 });
    }
    const pi = computeSteadyState(n, transitions);
    const total = (1 - 0.5 ** n) / (1 - 0.5);
    for (let i = 0; i < n; i++) expect(relativeError(pi[i]!, 0.5 ** i / total)).toBeLessThan(1e-12);
  });

  it('gives 0 to transient states of a chain with one closed class', () => {
    const pi = computeSteadyState(3, [
      { from: 0, to: 1, rate: 5 },
      { from: 1, to: 2, rate: 1 },
      { from: 2, to: 1, rate: 3 },
    ]);
    expect([...pi]).toEqual([0, 0.75, 0.25]);
  });

  it('is NaN when there are several closed classes', () => {
    const pi = computeSteadyState(3, [
      { from: 0, to: 1, rate: 1 },
      { from: 0, to: 2, rate: 1 },
    ]);
    expect(pi.every(Number.isNaN)).toBe(true);
  });

  it('matches the long-time transient solution', () => {
    const chain = activeUnits(4, 2e-4, 0.1);
    const pi = computeSteadyState(5, chain);
    const p = computeTransient(5, chain, [1, 0, 0, 0, 0], 1e6);
    for (let s = 0; s < 5; s++) expect(relativeError(p[s]!, pi[s]!)).toBeLessThan(1e-10);
  });

  const chainArbitrary = fc.integer({ min: 2, max: 8 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      rates: fc.array(fc.double({ min: -9, max: 3, noNaN: true }), {
        minLength: n * n,
        maxLength: n * n,
      }),
      t: fc.double({ min: 0, max: 1e4, noNaN: true }),
    }),
  );

  function toTransitions(n: number, logRates: readonly number[]): Transition[] {
    const transitions: Transition[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++)
        if (i !== j) transitions.push({ from: i, to: j, rate: 10 ** logRates[i * n + j]! });
    }
    return transitions;
  }

  it(`steady and transient pairs sum to 1 within 1e-12 and lie in [0, 1] (seed ${SEED})`, () => {
    fc.assert(
      fc.property(chainArbitrary, ({ n, rates, t }) => {
        const transitions = toTransitions(n, rates);
        const p0 = new Float64Array(n);
        p0[0] = 1;
        const up = Array.from({ length: n }, (_, i) => i % 2 === 0);
        for (const p of [
          computeSteadyState(n, transitions),
          computeTransient(n, transitions, p0, t),
        ]) {
          const { work, fail } = getUpDownPair(p, up);
          expect(Math.abs(work + fail - 1)).toBeLessThan(1e-12);
          for (const x of p) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
          }
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('computeMeanTimeToAbsorption', () => {
  const lambda = 1e-6;
  const parallel: Transition[] = [
    { from: 0, to: 1, rate: 2 * lambda },
    { from: 1, to: 2, rate: lambda },
  ];

  it('two-unit parallel MTTF = 3/(2λ) by absorption time', () => {
    const mttf = computeMeanTimeToAbsorption(3, parallel, [1, 0, 0], [false, false, true]);
    expect(relativeError(mttf, 3 / (2 * lambda))).toBeLessThan(1e-15);
  });

  it('two-unit parallel MTTF = 3/(2λ) by integrating the transient reliability', () => {
    const reliability = (t: number): number =>
      getUpDownPair(computeTransient(3, parallel, [1, 0, 0], t), [true, true, false]).work;
    const r = integrateToInfinity(reliability, 1 / lambda);
    expect(r.converged).toBe(true);
    expect(relativeError(r.value, 3 / (2 * lambda))).toBeLessThan(1e-9);
  });

  it('cold standby pair: MTTF = 2/λ; with repair the GTH elimination stays exact', () => {
    const cold: Transition[] = [
      { from: 0, to: 1, rate: lambda },
      { from: 1, to: 2, rate: lambda },
    ];
    expect(
      relativeError(
        computeMeanTimeToAbsorption(3, cold, [1, 0, 0], [false, false, true]),
        2 / lambda,
      ),
    ).toBeLessThan(1e-15);
    // Two active units with repair μ: MTTF = (3λ + μ)/(2λ²) (Rausand & Høyland §8.7).
    const mu = 0.1;
    const repaired: Transition[] = [...parallel, { from: 1, to: 0, rate: mu }];
    const tau = computeMeanTimesToAbsorption(3, repaired, [false, false, true]);
    expect(relativeError(tau[0]!, (3 * lambda + mu) / (2 * lambda * lambda))).toBeLessThan(1e-14);
    expect(tau[2]).toBe(0);
  });

  it('is Infinity when absorption is not certain', () => {
    const trap: Transition[] = [
      { from: 0, to: 1, rate: 1 },
      { from: 0, to: 2, rate: 1 },
    ];
    const tau = computeMeanTimesToAbsorption(3, trap, [false, false, true]);
    expect(tau[0]).toBe(Infinity);
    expect(tau[1]).toBe(Infinity);
    expect(computeMeanTimeToAbsorption(3, trap, [0, 0, 1], [false, false, true])).toBe(0);
  });
});

describe('getUpDownPair', () => {
  it('sums each side from its own terms', () => {
    expect(getUpDownPair([0.5, 1e-20, 0.5 - 1e-20], [true, false, true])).toEqual({
      work: 1,
      fail: 1e-20,
    });
  });
});
