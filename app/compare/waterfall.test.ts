import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DesignFile } from '../../src/index.ts';
import {
  analyzeDesign,
  parseDesign,
  setFileQuantities,
  withExpressionEngine,
} from '../../src/index.ts';
import {
  MAX_SHAPLEY_CHANGES,
  getDesignSteps,
  getShapleyShares,
  getSubsetDesigns,
} from './waterfall.ts';

const threeTier = JSON.parse(readFileSync('public/examples/three-tier.json', 'utf8')) as DesignFile;

describe('getDesignSteps', () => {
  it('has no step between a design and itself, its layout aside', () => {
    const moved = structuredClone(threeTier);
    moved.diagram.nodes[1]!.ui = { note: 'moved' };
    expect(getDesignSteps(threeTier, moved)).toEqual([]);
  });

  it('applies a component change, then each block change, ending on the other design', () => {
    // lb1 written with its default quantity, 1, is no change.
    const other = setFileQuantities(threeTier, { apps: 5, db: 3, lb1: 1 });
    other.components = other.components.map((c) =>
      c.id === 'lb' ? { ...c, repair: { distribution: 'exponential', mttr: 1 } } : c,
    );
    const steps = getDesignSteps(threeTier, other);
    expect(steps.map((s) => s.label)).toEqual([
      'Load balancer: repair changed',
      'apps: 4 → 5 units (+1)',
      'db: 2 → 3 units (+1)',
    ]);
    expect(steps[steps.length - 1]!.file).toBe(other);
    // Each step keeps the changes before it.
    const apps = steps[1]!.file.diagram.nodes.find((n) => n.id === 'apps');
    expect(apps?.kind === 'block' && apps.quantity).toBe(5);
    expect(steps[1]!.file.components.find((c) => c.id === 'lb')?.repair).toEqual({
      distribution: 'exponential',
      mttr: 1,
    });
  });

  it('takes a change of structure as one last step', () => {
    const other = structuredClone(threeTier);
    other.diagram.nodes = other.diagram.nodes.filter((n) => n.id !== 'lb2');
    other.diagram.edges = other.diagram.edges.filter((e) => e.from !== 'lb2' && e.to !== 'lb2');
    const steps = getDesignSteps(threeTier, other);
    expect(steps.map((s) => s.label)).toEqual(['the whole design changed']);
    expect(steps[0]!.file).toBe(other);
  });
});

/** Brute force: every order of the players, what each adds when it joins, averaged. */
function sharesByOrders(values: readonly number[], n: number): number[] {
  const shares = new Array<number>(n).fill(0);
  let orders = 0;
  const walk = (order: number[]) => {
    if (order.length === n) {
      orders++;
      let mask = 0;
      for (const i of order) {
        shares[i]! += values[mask | (1 << i)]! - values[mask]!;
        mask |= 1 << i;
      }
      return;
    }
    for (let i = 0; i < n; i++) if (!order.includes(i)) walk([...order, i]);
  };
  walk([]);
  return shares.map((s) => s / orders);
}

describe('getShapleyShares', () => {
  it('equals the mean over every order of what each change adds, and adds up to the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
              minLength: 1 << n,
              maxLength: 1 << n,
            }),
          ),
        ),
        ([n, values]) => {
          const shares = getShapleyShares(values, n);
          const brute = sharesByOrders(values, n);
          const scale = Math.max(1, ...values.map(Math.abs));
          shares.forEach((s, i) => expect(Math.abs(s - brute[i]!)).toBeLessThan(1e-9 * scale));
          const total = shares.reduce((a, b) => a + b, 0);
          expect(Math.abs(total - (values[(1 << n) - 1]! - values[0]!))).toBeLessThan(1e-9 * scale);
        },
      ),
      { seed: 20261202, numRuns: 200 },
    );
  });

  it('gives a change that does not interact exactly its own effect', () => {
    // v(S) = 10·[0 ∈ S] + 3·[1 ∈ S] + 5·[0, 2 ∈ S]: change 1 is additive, 0 and 2 share 5.
    const values = [0, 1, 2, 3, 4, 5, 6, 7].map(
      (m) => 10 * (m & 1) + 3 * ((m >> 1) & 1) + ((m & 5) === 5 ? 5 : 0),
    );
    expect(getShapleyShares(values, 3)).toEqual([12.5, 3, 2.5]);
  });
});

describe('getSubsetDesigns', () => {
  it("orders the engine's downtimes into shares that add up to the whole change", async () => {
    const other = setFileQuantities(threeTier, { apps: 5, db: 3 });
    const files = getSubsetDesigns(threeTier, other);
    expect(files).toHaveLength(4);
    const minutes: number[] = [];
    for (const file of files!) {
      const parsed = await withExpressionEngine(() => parseDesign(file));
      if (!parsed.ok) throw new Error('not valid');
      minutes.push(analyzeDesign(parsed.value).steadyState.downtimePerYear! * 60);
    }
    const shares = getShapleyShares(minutes, 2);
    const total = minutes[3]! - minutes[0]!;
    expect(shares[0]! + shares[1]!).toBeCloseTo(total, 9);
    // The last design is the other design itself, and the order-free shares are between the
    // change's effect applied first and applied last.
    for (let i = 0; i < 2; i++) {
      const first = minutes[1 << i]! - minutes[0]!;
      const last = minutes[3]! - minutes[3 ^ (1 << i)]!;
      expect(shares[i]!).toBeGreaterThanOrEqual(Math.min(first, last) - 1e-12);
      expect(shares[i]!).toBeLessThanOrEqual(Math.max(first, last) + 1e-12);
    }
  });

  it('ends with the other design when the structure changed too, and refuses too many changes', () => {
    const other = structuredClone(threeTier);
    other.diagram.nodes = other.diagram.nodes.filter((n) => n.id !== 'lb2');
    other.diagram.edges = other.diagram.edges.filter((e) => e.from !== 'lb2' && e.to !== 'lb2');
    other.components = other.components.map((c) => ({ ...c, cost: 1 }));
    const files = getSubsetDesigns(threeTier, other)!;
    expect(files).toHaveLength((1 << other.components.length) + 1);
    expect(files[files.length - 1]).toBe(other);
    const many = structuredClone(threeTier);
    many.components = Array.from({ length: MAX_SHAPLEY_CHANGES + 1 }, (_, i) => ({
      ...threeTier.components[0]!,
      id: `c${i}`,
    }));
    const changed = { ...many, components: many.components.map((c) => ({ ...c, cost: 7 })) };
    expect(getSubsetDesigns(many, changed)).toBeNull();
  });
});
