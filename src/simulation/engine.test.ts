import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types.ts';
import {
  createBlock,
  createComponent,
  createDesign,
  createSingleBlockDesign,
  createStandby,
} from '../testing/sampleDesigns.ts';
import {
  checkAvailability,
  checkReliability,
  runEngine,
  runOk,
} from '../testing/simulationChecks.ts';

const LAMBDA = 1 / 100;
const MU = 1 / 10;
const unit = createComponent(
  'u',
  { kind: 'exponential', rate: LAMBDA },
  { kind: 'exponential', mttr: 1 / MU },
);

/** Mean over [0, H] of a single unit's unavailability U(t) = a(1 − e^(−st)), a = λ/s, s = λ + μ. */
function meanUnitUnavailability(H: number): number {
  const s = LAMBDA + MU;
  return (LAMBDA / s) * (1 - -Math.expm1(-s * H) / (s * H));
}

describe('EventEngine with repair', () => {
  it('matches the time-averaged point availability of one unit', () => {
    const H = 2000;
    const r = runOk(createSingleBlockDesign(unit), { trials: 4000, horizon: H, seed: 11 });
    expect(r.method).toBe('events');
    expect(checkAvailability(r, 1 - meanUnitUnavailability(H))).toBe('inside');
  });

  it('matches 1 − (mean of U(t)²) for two active units in parallel', () => {
    const H = 2000;
    const s = LAMBDA + MU;
    const a = LAMBDA / s;
    const integral =
      a * a * (H - (2 * -Math.expm1(-s * H)) / s + -Math.expm1(-2 * s * H) / (2 * s));
    const r = runOk(createSingleBlockDesign(unit, 2, 1), { trials: 6000, horizon: H, seed: 12 });
    expect(checkAvailability(r, 1 - integral / H)).toBe('inside');
  });

  it('counts system failures at the steady-state frequency ν = A·λ of one unit', () => {
    const H = 5000;
    const r = runOk(createSingleBlockDesign(unit), { trials: 2000, horizon: H, seed: 13 });
    const nu = (MU / (LAMBDA + MU)) * LAMBDA;
    const half = (r.failures.ci95[1] - r.failures.ci95[0]) * 1.7;
    expect(Math.abs(r.failures.meanCount - nu * H)).toBeLessThan(half);
  });

  it('with one crew for two units gives the birth–death chain availability', () => {
    // States 0, 1, 2 failed: rates 2λ, λ up and μ down (one crew): π2 = π0·2λ²/μ².
    const weights = [1, (2 * LAMBDA) / MU, (2 * LAMBDA * LAMBDA) / (MU * MU)];
    const pi2 = weights[2]! / (weights[0]! + weights[1]! + weights[2]!);
    const design = createSingleBlockDesign(unit, 2, 1);
    const H = 100_000;
    const oneCrew = runOk(design, { trials: 300, horizon: H, seed: 14, crews: 1 });
    expect(checkAvailability(oneCrew, 1 - pi2)).toBe('inside');
    const twoCrews = runOk(design, { trials: 300, horizon: H, seed: 14, crews: 2 });
    const own = runOk(design, { trials: 300, horizon: H, seed: 14 });
    const u = LAMBDA / (LAMBDA + MU);
    expect(checkAvailability(twoCrews, 1 - u * u)).toBe('inside');
    expect(checkAvailability(own, 1 - u * u)).toBe('inside');
    expect(oneCrew.availability.mean).toBeLessThan(own.availability.mean);
  });

  it('renews a unit with instant repair: never down, failures still counted', () => {
    const instant = createComponent(
      'i',
      { kind: 'exponential', rate: LAMBDA },
      { kind: 'fixed', time: 0 },
    );
    const r = runOk(createSingleBlockDesign(instant), { trials: 500, horizon: 1000, seed: 15 });
    expect(r.availability.mean).toBe(1);
    const perHistory = r.perBlock[0]!.unitFailures;
    expect(Math.abs(perHistory - 10)).toBeLessThan(3.3 * Math.sqrt(10 / 500));
  });

  it('draws fixed-probability units once: 2-of-3 at p = 0.9 gives 3p² − 2p³', () => {
    const fixed = createComponent('f', { kind: 'fixed', reliability: 0.9 });
    const r = runOk(createSingleBlockDesign(fixed, 3, 2), {
      trials: 20_000,
      horizon: 100,
      seed: 16,
    });
    const exact = 3 * 0.81 - 2 * 0.729;
    expect(checkAvailability(r, exact)).toBe('inside');
    expect(checkReliability(r, exact)).toBe('inside');
  });

  it('treats a repeated block as the same unit (a unit in series with itself is the unit)', () => {
    const design = createDesign(
      [unit],
      [createBlock('a', 'u'), createBlock('a2', 'u', { repeatOf: 'a' })],
      [
        ['in', 'a'],
        ['a', 'a2'],
        ['a2', 'out'],
      ],
    );
    const H = 2000;
    const r = runOk(design, { trials: 4000, horizon: H, seed: 17 });
    expect(r.perBlock).toHaveLength(1);
    expect(checkAvailability(r, 1 - meanUnitUnavailability(H))).toBe('inside');
  });
});

describe('standby switching without repair', () => {
  const lambda = 1e-3;
  const T = 1500;
  const cold = (p: number, delay = 0): Design =>
    createSingleBlockDesign(
      createComponent('c', { kind: 'exponential', rate: lambda }),
      2,
      1,
      createStandby('cold', p, delay),
    );

  it('gives R(t) = e^(−λt)(1 + pλt) for two cold units, on both engines', () => {
    const p = 0.8;
    const exact = Math.exp(-lambda * T) * (1 + p * lambda * T);
    const options = { trials: 30_000, horizon: T, seed: 21, repair: false };
    expect(checkReliability(runEngine(cold(p), options, 'mission'), exact)).toBe('inside');
    expect(checkReliability(runEngine(cold(p), options, 'events'), exact)).toBe('inside');
  });

  it('ignores the switch delay for reliability but counts it as downtime', () => {
    const options = { trials: 30_000, horizon: T, seed: 22, repair: false };
    const exact = Math.exp(-lambda * T) * (1 + lambda * T);
    const withDelay = runEngine(cold(1, 2), options, 'events');
    expect(checkReliability(withDelay, exact)).toBe('inside');
    const without = runEngine(cold(1, 0), options, 'events');
    expect(withDelay.availability.mean).toBeLessThan(without.availability.mean);
    expect(withDelay.failures.meanCount).toBeGreaterThan(
      withDelay.failures.meanCountExcludingSwitchOvers,
    );
  });

  it('gives e^(−λt)[1 + p(1 − e^(−fλt))/f] for a warm spare', () => {
    const f = 0.5;
    const p = 0.9;
    const warm = createSingleBlockDesign(
      createComponent('w', { kind: 'exponential', rate: lambda }),
      2,
      1,
      createStandby('warm', p, 0, f),
    );
    const exact = Math.exp(-lambda * T) * (1 + (p * -Math.expm1(-f * lambda * T)) / f);
    const options = { trials: 30_000, horizon: T, seed: 23, repair: false };
    expect(checkReliability(runEngine(warm, options, 'mission'), exact)).toBe('inside');
    expect(checkReliability(runEngine(warm, options, 'events'), exact)).toBe('inside');
  });

  it('gives R = exp(−(t/η)^β) for a Weibull unit', () => {
    const weibull = createComponent('w', { kind: 'weibull', shape: 2.5, scale: 1000 });
    const options = { trials: 20_000, horizon: 800, seed: 24, repair: false };
    const exact = Math.exp(-Math.pow(0.8, 2.5));
    expect(
      checkReliability(runEngine(createSingleBlockDesign(weibull), options, 'mission'), exact),
    ).toBe('inside');
    expect(
      checkReliability(runEngine(createSingleBlockDesign(weibull), options, 'events'), exact),
    ).toBe('inside');
  });
});
