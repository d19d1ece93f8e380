import { describe, expect, it } from 'vitest';
import { computeTransient } from '../math/ctmc.ts';
import type { StandbyChainInput } from './standbyChain.ts';
import { createStandbyRepairChain } from './standbyChain.ts';
import { createStandbyAvailabilityGrid } from './standbyAvailabilityGrid.ts';

/** A cold standby pair with a stiff switch-over (0.05 h) beside a 4 h repair. */
const PAIR: StandbyChainInput = {
  quantity: 2,
  required: 1,
  failureRate: 1 / 20000,
  dormantRate: 0,
  switchSuccess: 0.99,
  repairRate: 1 / 4,
  switchDelay: 0.05,
};

function expected(input: StandbyChainInput, t: number): { work: number; fail: number } {
  const chain = createStandbyRepairChain(input);
  const p0 = new Float64Array(chain.size);
  p0[chain.initial] = 1;
  const p = computeTransient(chain.size, chain.transitions, p0, t);
  let work = 0;
  let fail = 0;
  p.forEach((x, s) => (chain.up[s] ? (work += x) : (fail += x)));
  return { work: work / (work + fail), fail: fail / (work + fail) };
}

/** |a/b − 1|, or |a| when b = 0. */
const relative = (a: number, b: number): number => (b === 0 ? Math.abs(a) : Math.abs(a / b - 1));

describe('createStandbyAvailabilityGrid', () => {
  const offsets = Float64Array.of(0, 0.013, 0.5, 0.97, 1);
  const width = 0.07;

  it('gives the transient solution at the points of panels of every level', () => {
    const grid = createStandbyAvailabilityGrid(createStandbyRepairChain(PAIR), width, offsets);
    const work = new Float64Array(offsets.length);
    const fail = new Float64Array(offsets.length);
    for (const [index, level] of [
      [0, 0],
      [1, 0],
      [1, 5],
      [3, 12],
      [1, 16],
      [5, -3],
      [12345, 2],
    ] as const) {
      grid.panel(index, level, work, fail, 0);
      const w = width * 2 ** level;
      offsets.forEach((y, k) => {
        const reference = expected(PAIR, (index + y) * w);
        expect(relative(fail[k]!, reference.fail)).toBeLessThan(1e-11);
        expect(relative(work[k]!, reference.work)).toBeLessThan(1e-13);
      });
    }
  });

  it('keeps a tiny unavailability exact (hot spare, fast repair)', () => {
    const input = { ...PAIR, dormantRate: PAIR.failureRate, repairRate: 10, switchSuccess: 1 };
    const grid = createStandbyAvailabilityGrid(createStandbyRepairChain(input), 1, offsets);
    const work = new Float64Array(offsets.length);
    const fail = new Float64Array(offsets.length);
    grid.panel(1, 10, work, fail, 0);
    offsets.forEach((y, k) => {
      const reference = expected(input, (1 + y) * 1024);
      expect(reference.fail).toBeLessThan(1e-5);
      expect(relative(fail[k]!, reference.fail)).toBeLessThan(1e-11);
    });
  });

  it('gives a distance from the steady state that shrinks to rounding', () => {
    const grid = createStandbyAvailabilityGrid(createStandbyRepairChain(PAIR), width, offsets);
    const distances = [0, 4, 8, 12, 16].map((level) => grid.distanceFromSteadyState(1, level));
    for (let i = 1; i < distances.length; i++) {
      expect(distances[i]).toBeLessThanOrEqual(distances[i - 1]! + 1e-15);
    }
    expect(distances[0]).toBeGreaterThan(1e-7);
    expect(distances.at(-1)).toBeLessThan(1e-14);
  });
});
