import { describe, expect, it } from 'vitest';
import { parseDesign } from '../model/parse.ts';
import { analyzeDesign } from './analyze.ts';
import { computeCompareDeltas } from './compare.ts';

const pair = (quantity: number) =>
  parseDesign({
    format: 'rbd-design',
    version: 1,
    name: `x${quantity}`,
    components: [
      {
        id: 'c',
        failure: { distribution: 'exponential', mtbf: 1000 },
        repair: { distribution: 'exponential', mttr: 10 },
        cost: 100,
      },
    ],
    diagram: {
      nodes: [
        { id: 'in', kind: 'start' },
        { id: 'b', kind: 'block', component: 'c', quantity },
        { id: 'out', kind: 'end' },
      ],
      edges: [
        { from: 'in', to: 'b' },
        { from: 'b', to: 'out' },
      ],
    },
  });

describe('computeCompareDeltas', () => {
  it('gives each design minus the first, and the cost of each extra nine', () => {
    const designs = [pair(1), pair(2)].map((r) => {
      if (!r.ok) throw new Error('bad fixture');
      return analyzeDesign(r.value);
    });
    const [one, two] = designs;
    const [delta] = computeCompareDeltas(designs);
    // One unit: U = 10/1010; two in parallel: U = (10/1010)².
    const u1 = 10 / 1010;
    expect(one!.steadyState.unavailability).toBeCloseTo(u1, 14);
    expect(delta!.unavailability).toBeCloseTo(u1 * u1 - u1, 14);
    expect(delta!.nines).toBeCloseTo(-Math.log10(u1), 12);
    expect(delta!.cost).toBe(100);
    expect(delta!.costPerNine).toBeCloseTo(100 / -Math.log10(u1), 10);
    expect(delta!.downtimePerYear).toBeCloseTo(
      two!.steadyState.downtimePerYear! - one!.steadyState.downtimePerYear!,
      12,
    );
    expect(delta).toMatchObject({ design: 1, against: 0 });
  });

  it('has no cost per nine when the nines do not change', () => {
    const r = pair(1);
    if (!r.ok) throw new Error('bad fixture');
    const a = analyzeDesign(r.value);
    expect(computeCompareDeltas([a, a])[0]!.costPerNine).toBeNull();
    expect(computeCompareDeltas([])).toEqual([]);
  });
});
