import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AllocationProblem } from './redundancyAllocation.ts';
import { allocateRedundancy } from './redundancyAllocation.ts';
import { FYFFE_HINES_LEE } from './redundancyAllocationBenchmark.ts';

describe('allocateRedundancy', () => {
  it.each([
    [191, 0.986811],
    [190, 0.986416],
    [189, 0.985922],
    [159, 0.954565],
  ])(
    'reproduces the published Fyffe–Hines–Lee optimum with mixing at weight %i: R = %f',
    (maxWeight, published) => {
      const answer = allocateRedundancy({ ...FYFFE_HINES_LEE, maxWeight });
      if (!answer.ok) throw new Error(JSON.stringify(answer.error));
      const { value } = answer;
      // Quoted to six decimals in the literature (Coit & Smith 1996 and later exact methods).
      expect(value.reliability.toFixed(6)).toBe(published.toFixed(6));
      expect(value.cost).toBeLessThanOrEqual(130);
      expect(value.weight).toBeLessThanOrEqual(maxWeight);
      expect(value.choices).toHaveLength(14);
      // The answer's own figures, evaluated independently of the search.
      let reliability = 1;
      let cost = 0;
      let weight = 0;
      value.choices.forEach((choice, i) => {
        const types = FYFFE_HINES_LEE.subsystems[i]!.options;
        const units = choice.units.reduce((n, u) => n + u.count, 0);
        expect(units).toBeGreaterThanOrEqual(1);
        expect(units).toBeLessThanOrEqual(8);
        let q = 1;
        for (const u of choice.units) {
          const t = types.find((o) => o.name === u.option)!;
          q *= (1 - t.reliability) ** u.count;
          cost += u.count * t.cost;
          weight += u.count * t.weight!;
        }
        reliability *= 1 - q;
      });
      expect(reliability).toBeCloseTo(value.reliability, 12);
      expect(cost).toBe(value.cost);
      expect(weight).toBe(value.weight);
      expect(value.unreliability).toBeCloseTo(1 - value.reliability, 12);
    },
  );

  it('finds the best system of every small problem, as enumerating every system does', () => {
    const option = fc.record({
      reliability: fc.double({ min: 0.3, max: 0.99, noNaN: true }),
      cost: fc.integer({ min: 0, max: 4 }),
      weight: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(option, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        (subsystems, maxCost, maxWeight, maxUnits, mixing) => {
          const problem: AllocationProblem = {
            subsystems: subsystems.map((options, i) => ({
              name: `s${i}`,
              options: options.map((o, j) => ({ name: `t${j}`, ...o })),
            })),
            maxCost,
            maxWeight,
            maxUnits,
            mixing,
          };
          const brute = bruteForce(problem);
          const answer = allocateRedundancy(problem);
          // No system fits exactly when the search refuses.
          expect(answer.ok).toBe(brute !== null);
          const found = answer.ok ? answer.value : null;
          expect(found?.reliability ?? 0).toBeCloseTo(brute ?? 0, 12);
          expect(found?.cost ?? 0).toBeLessThanOrEqual(maxCost);
          expect(found?.weight ?? 0).toBeLessThanOrEqual(maxWeight);
        },
      ),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('keeps a tiny unreliability exact', () => {
    // 1 − 2^−30 is exact in double precision; two units fail together with probability 2^−60.
    const answer = allocateRedundancy({
      subsystems: [{ name: 'db', options: [{ name: 'x', reliability: 1 - 2 ** -30, cost: 1 }] }],
      maxCost: 2,
    });
    if (!answer.ok) throw new Error('refused');
    expect(answer.value.choices[0]!.units).toEqual([{ option: 'x', count: 2 }]);
    expect(answer.value.unreliability / 2 ** -60).toBeCloseTo(1, 12);
  });

  it('names what is wrong, and refuses problems past its budget quickly', () => {
    const bad = allocateRedundancy({
      subsystems: [{ name: 'db', options: [{ name: 'x', reliability: 1.5, cost: -1 }] }],
      maxCost: 3,
      maxWeight: 2,
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.map((i) => i.path)).toEqual([
      'subsystems[0].options[0].reliability',
      'subsystems[0].options[0].cost',
      'subsystems[0].options[0].weight',
    ]);
    const huge = allocateRedundancy({ ...FYFFE_HINES_LEE, maxCost: 1e6, maxWeight: 1e6 });
    expect(!huge.ok && huge.error[0]!.message).toMatch(/grid of .* budget cells/);
    const many = allocateRedundancy({ ...FYFFE_HINES_LEE, maxUnits: 50 });
    expect(!many.ok && many.error[0]!.message).toMatch(/has [\d,]+ designs of up to 50 units/);
    const tight = allocateRedundancy({ ...FYFFE_HINES_LEE, maxCost: 5 });
    expect(!tight.ok && tight.error[0]!.message).toMatch(/no system fits|fits the limits/);
  });
});

/** Every system of a small problem; the best reliability within the limits, or null. */
function bruteForce(problem: AllocationProblem): number | null {
  const perSubsystem = problem.subsystems.map((s) => {
    const designs: { r: number; cost: number; weight: number }[] = [];
    const m = s.options.length;
    const n = problem.maxUnits ?? 8;
    const walk = (j: number, counts: number[]) => {
      if (j === m) {
        const total = counts.reduce((a, b) => a + b, 0);
        const types = counts.filter((k) => k > 0).length;
        if (total < 1 || total > n || (problem.mixing === false && types > 1)) return;
        let q = 1;
        let cost = 0;
        let weight = 0;
        counts.forEach((k, t) => {
          q *= (1 - s.options[t]!.reliability) ** k;
          cost += k * s.options[t]!.cost;
          weight += k * (s.options[t]!.weight ?? 0);
        });
        designs.push({ r: 1 - q, cost, weight });
        return;
      }
      for (let k = 0; k <= n; k++) walk(j + 1, [...counts, k]);
    };
    walk(0, []);
    return designs;
  });
  let best: number | null = null;
  const combine = (i: number, r: number, cost: number, weight: number) => {
    if (cost > problem.maxCost || weight > (problem.maxWeight ?? Infinity)) return;
    if (i === perSubsystem.length) {
      if (best === null || r > best) best = r;
      return;
    }
    for (const d of perSubsystem[i]!) combine(i + 1, r * d.r, cost + d.cost, weight + d.weight);
  };
  combine(0, 1, 0, 0);
  return best;
}
