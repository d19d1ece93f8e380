import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../model/parse.ts';
import type { Design, Diagram } from '../model/types.ts';
import { createFlatStructure } from '../model/structure.ts';
import { analyzeDesign } from './analyze.ts';
import { simulateDesign } from '../simulation/runner.ts';

/** An exponential component with repair: MTBF m, MTTR r. */
const comp = (id: string, m: number, r: number, cost?: number): Record<string, unknown> => ({
  id,
  name: id,
  failure: { distribution: 'exponential', mtbf: m },
  repair: { distribution: 'exponential', mttr: r },
  ...(cost === undefined ? {} : { cost }),
});

/** in → (x ∥ y) → out, both of component `a`, with these zones and groups. */
function pair(
  components: unknown[],
  zones: unknown[],
  commonCause: unknown[] = [],
  subsystems?: unknown,
): Design {
  const result = parseDesign({
    format: 'rbd-design',
    version: 1,
    name: 'pair',
    missionTime: 1000,
    components,
    diagram: {
      nodes: [
        { id: 'in', kind: 'start' },
        { id: 'x', kind: 'block', component: 'a' },
        { id: 'y', kind: 'block', component: 'a' },
        { id: 'out', kind: 'end' },
      ],
      edges: [
        { from: 'in', to: 'x' },
        { from: 'in', to: 'y' },
        { from: 'x', to: 'out' },
        { from: 'y', to: 'out' },
      ],
      zones,
      commonCause,
    },
    ...(subsystems === undefined ? {} : { subsystems }),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('zones in the exact engine', () => {
  it('1-of-2 in one shared zone: A = A_z · (1 − U²), and the zone is a single point of failure', () => {
    const d = pair(
      [comp('a', 1000, 10), comp('az', 17532, 4, 500)],
      [{ id: 'az-a', component: 'az', members: ['x', 'y'] }],
    );
    const r = analyzeDesign(d);
    const u = 10 / 1010;
    const uz = 4 / 17536;
    const expectedU = uz + (1 - uz) * u * u;
    expect(r.steadyState.unavailability).toBeCloseTo(expectedU, 15);
    expect(Math.abs(r.steadyState.unavailability! / expectedU - 1)).toBeLessThan(1e-12);
    const z = r.blocks.find((b) => b.id === 'az-a')!;
    expect(z.kind).toBe('zone');
    expect(z.singlePointOfFailure).toBe(true);
    expect(r.minimalCutSets).toContainEqual(['az-a']);
    expect(r.cost).toBe(500);
    // Reliability at t: R_z(t) · (1 − F(t)²).
    const t = 1000;
    const f = -Math.expm1(-t / 1000);
    const rz = Math.exp(-t / 17532);
    expect(r.points[0]!.reliability).toBeCloseTo(rz * (1 - f * f), 12);
  });

  it('a pair in two zones at 1e-6 each stays exact to 1e-9 relative', () => {
    // Units never fail; each zone is down 1e-6 of the time: U = 1e-12 exactly (both zones down).
    const q = 1e-6;
    const d = pair(
      [
        {
          id: 'a',
          name: 'a',
          failure: { distribution: 'exponential', rate: 0 },
        },
        comp('az', (1 - q) / q, 1),
      ],
      [
        { id: 'z1', component: 'az', members: ['x'] },
        { id: 'z2', component: 'az', members: ['y'] },
      ],
    );
    const r = analyzeDesign(d);
    expect(Math.abs(r.steadyState.unavailability! / (q * q) - 1)).toBeLessThan(1e-9);
  });

  it('zones inside a subsystem belong to each copy', () => {
    const inner = {
      nodes: [
        { id: 'in', kind: 'start' },
        { id: 'p', kind: 'block', component: 'a' },
        { id: 'out', kind: 'end' },
      ],
      edges: [
        { from: 'in', to: 'p' },
        { from: 'p', to: 'out' },
      ],
      zones: [{ id: 'rack', component: 'az', members: ['p'] }],
    };
    const result = parseDesign({
      format: 'rbd-design',
      version: 1,
      name: 'sites',
      missionTime: 100,
      components: [comp('a', 1000, 10), comp('az', 5000, 5, 100)],
      diagram: {
        nodes: [
          { id: 'in', kind: 'start' },
          { id: 's1', kind: 'subsystem', subsystem: 'dc' },
          { id: 's2', kind: 'subsystem', subsystem: 'dc' },
          { id: 'out', kind: 'end' },
        ],
        edges: [
          { from: 'in', to: 's1' },
          { from: 'in', to: 's2' },
          { from: 's1', to: 'out' },
          { from: 's2', to: 'out' },
        ],
      },
      subsystems: { dc: inner },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const r = analyzeDesign(result.value);
    expect(r.blocks.filter((b) => b.kind === 'zone').map((b) => b.id)).toEqual([
      's1/rack',
      's2/rack',
    ]);
    const u = 10 / 1010;
    const uz = 5 / 5005;
    const site = u + uz - u * uz;
    expect(r.steadyState.unavailability).toBeCloseTo(site * site, 14);
    expect(r.cost).toBe(200);
  });
});

describe('common-cause groups in the exact engine', () => {
  it('beta-factor 1-of-2: exactly U_ccf + (1 − U_ccf)·U_i², ≈ β·q + ((1−β)q)² for small q', () => {
    const beta = 0.05;
    const m = 1e5;
    const mttr = 10;
    const d = pair([comp('a', m, mttr)], [], [{ id: 'ccf', members: ['x', 'y'], beta }]);
    const r = analyzeDesign(d);
    const lambda = 1 / m;
    const uc = (beta * lambda) / (beta * lambda + 1 / mttr);
    const ui = ((1 - beta) * lambda) / ((1 - beta) * lambda + 1 / mttr);
    const exact = uc + (1 - uc) * ui * ui;
    expect(Math.abs(r.steadyState.unavailability! / exact - 1)).toBeLessThan(1e-12);
    const q = lambda * mttr;
    const approx = beta * q + ((1 - beta) * q) ** 2;
    expect(Math.abs(r.steadyState.unavailability! / approx - 1)).toBeLessThan(2e-3);
    const c = r.blocks.find((b) => b.id === 'ccf')!;
    expect(c.kind).toBe('commonCause');
    expect(c.cost).toBeNull();
    expect(r.minimalCutSets[0]).toEqual(['ccf']);
  });

  it('β = 0 changes nothing and β = 1 makes the pair one unit', () => {
    const plain = analyzeDesign(pair([comp('a', 1000, 10)], []));
    const zero = analyzeDesign(
      pair([comp('a', 1000, 10)], [], [{ id: 'c', members: ['x', 'y'], beta: 0 }]),
    );
    expect(zero.steadyState.unavailability).toBeCloseTo(plain.steadyState.unavailability!, 15);
    const one = analyzeDesign(
      pair([comp('a', 1000, 10)], [], [{ id: 'c', members: ['x', 'y'], beta: 1 }]),
    );
    expect(one.steadyState.unavailability).toBeCloseTo(10 / 1010, 15);
  });
});

/**
 * The diagram's rules applied directly to unit states (an oracle independent of the flattening):
 * `up(id)` says whether the physical unit (block owner, zone or group, by path id) works.
 */
function evaluateByRules(design: Design, up: (id: string) => boolean): boolean {
  const run = (d: Diagram, prefix: string, entry: boolean): boolean => {
    const reached = new Map<string, boolean>();
    const shared = (id: string): boolean => {
      const node = d.nodes.find((n) => n.id === id)!;
      const owner = node.kind === 'block' && node.repeatOf !== null ? node.repeatOf : id;
      for (const z of d.zones ?? []) {
        if (z.members.some((m) => m === owner || m === id) && !up(prefix + z.id)) return false;
      }
      for (const g of d.commonCause ?? []) {
        if (g.members.includes(owner) && !up(prefix + g.id)) return false;
      }
      return true;
    };
    const visit = (id: string): boolean => {
      const known = reached.get(id);
      if (known !== undefined) return known;
      const node = d.nodes.find((n) => n.id === id)!;
      const preds = d.edges.filter((e) => e.to === id).map((e) => visit(e.from));
      const count = preds.filter(Boolean).length;
      let value: boolean;
      switch (node.kind) {
        case 'start':
          value = entry;
          break;
        case 'end':
        case 'junction':
          value = count >= node.required;
          break;
        case 'block':
          value =
            count >= node.inputs && up(prefix + (node.repeatOf ?? node.id)) && shared(node.id);
          break;
        case 'subsystem':
          value =
            run(design.subsystems[node.subsystem]!, `${prefix}${node.id}/`, count >= node.inputs) &&
            shared(node.id);
          break;
      }
      reached.set(id, value);
      return value;
    };
    return visit(d.nodes.find((n) => n.kind === 'end')!.id);
  };
  return run(design.diagram, '', true);
}

/** Random small designs: 2–4 single-unit blocks in two stages, a subsystem, random zones/groups. */
const sharedDesignArbitrary = fc
  .record({
    mtbf: fc.array(fc.constantFrom(50, 200, 1000), { minLength: 4, maxLength: 4 }),
    zoneMembers: fc.array(fc.subarray(['b0', 'b1', 'b2', 's'], { minLength: 1 }), {
      minLength: 0,
      maxLength: 3,
    }),
    innerZone: fc.boolean(),
    group: fc.option(fc.subarray(['b0', 'b1'], { minLength: 1 }), { nil: null }),
    beta: fc.constantFrom(0, 0.1, 0.5),
    repeat: fc.boolean(),
    required: fc.constantFrom(1, 2),
  })
  .map((g) => {
    const components = [
      comp('a', g.mtbf[0]!, 5),
      comp('c', g.mtbf[1]!, 3),
      comp('z', g.mtbf[2]!, 8),
      comp('w', g.mtbf[3]!, 2),
    ];
    const file = {
      format: 'rbd-design',
      version: 1,
      name: 'random',
      missionTime: 100,
      components,
      diagram: {
        nodes: [
          { id: 'in', kind: 'start' },
          { id: 'b0', kind: 'block', component: 'a' },
          { id: 'b1', kind: 'block', component: 'a' },
          { id: 'b2', kind: 'block', component: 'c' },
          { id: 's', kind: 'subsystem', subsystem: 'inner' },
          ...(g.repeat ? [{ id: 'r0', kind: 'block', repeatOf: 'b0' }] : []),
          { id: 'out', kind: 'end', required: g.required },
        ],
        edges: [
          { from: 'in', to: 'b0' },
          { from: 'in', to: 'b1' },
          { from: 'b0', to: 'b2' },
          { from: 'b1', to: 'b2' },
          { from: 'in', to: 's' },
          { from: 'b2', to: 'out' },
          { from: 's', to: 'out' },
          ...(g.repeat
            ? [
                { from: 'in', to: 'r0' },
                { from: 'r0', to: 'out' },
              ]
            : []),
        ],
        zones: g.zoneMembers.map((members, i) => ({ id: `z${i}`, component: 'z', members })),
        commonCause: g.group === null ? [] : [{ id: 'g', members: g.group, beta: g.beta }],
      },
      subsystems: {
        inner: {
          nodes: [
            { id: 'in', kind: 'start' },
            { id: 'p', kind: 'block', component: 'w' },
            { id: 'out', kind: 'end' },
          ],
          edges: [
            { from: 'in', to: 'p' },
            { from: 'p', to: 'out' },
          ],
          zones: g.innerZone ? [{ id: 'rk', component: 'z', members: ['p'] }] : [],
        },
      },
    };
    const parsed = parseDesign(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.value;
  });

describe('shared fate against brute-force enumeration', () => {
  it('steady-state unavailability equals the sum over unit states by the diagram’s rules', () => {
    fc.assert(
      fc.property(sharedDesignArbitrary, (design) => {
        const flat = createFlatStructure(design);
        const n = flat.blocks.length;
        // Each unit's own steady unavailability from its (possibly β-scaled) law.
        const q = flat.blocks.map((b) => {
          const f = b.component.failure;
          const lambda = f.kind === 'exponential' ? f.rate : NaN;
          const mu = b.component.repair?.kind === 'exponential' ? 1 / b.component.repair.mttr : NaN;
          return lambda / (lambda + mu);
        });
        let expected = 0;
        for (let mask = 0; mask < 1 << n; mask++) {
          const upOf = new Map(flat.blocks.map((b, i) => [b.id, ((mask >> i) & 1) === 1]));
          if (evaluateByRules(design, (id) => upOf.get(id)!)) continue;
          let p = 1;
          for (let i = 0; i < n; i++) p *= ((mask >> i) & 1) === 1 ? 1 - q[i]! : q[i]!;
          expected += p;
        }
        const got = analyzeDesign(design, { skipMttf: true, skipMeanAvailability: true })
          .steadyState.unavailability!;
        expect(Math.abs(got - expected)).toBeLessThanOrEqual(
          1e-12 * Math.max(expected, 1e-300) + 1e-15,
        );
      }),
      { numRuns: 60, seed: 13 },
    );
  });
});

describe('shared fate in the simulation', () => {
  it('Monte Carlo availability of a zoned, beta-factor pair lies within its interval of the exact figure', () => {
    const d = pair(
      [comp('a', 200, 10), comp('az', 400, 20)],
      [{ id: 'az-a', component: 'az', members: ['x', 'y'] }],
      [{ id: 'ccf', members: ['x', 'y'], beta: 0.2 }],
    );
    const exact = analyzeDesign(d, { skipMttf: true }).steadyState.availability!;
    const run = simulateDesign(d, { trials: 4000, horizon: 20000, seed: 7 });
    if (!run.ok) throw new Error(JSON.stringify(run.error));
    const { ci95 } = run.value.availability;
    // The exact long-run figure against a long-horizon mean (the start-up transient, on the
    // scale of the repair times, is far inside the interval). The seed is fixed: no flakiness.
    expect(exact).toBeGreaterThan(ci95[0]);
    expect(exact).toBeLessThan(ci95[1]);
  });
});
