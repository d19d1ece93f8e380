/**
 * Random small designs for property tests (fast-check): a series of stages, each stage one to
 * three blocks in parallel, every block of a stage wired to every block of the next. Blocks have
 * exponential lives, exponential or fixed repairs (or none), 1–4 units with k of them needed,
 * and active or standby redundancy (cold, warm, hot; switch success below 1; switch delays).
 * Runs anywhere; no DOM.
 */
import fc from 'fast-check';
import type {
  BlockNode,
  Component,
  Design,
  DiagramNode,
  Edge,
  Redundancy,
} from '../model/types.ts';

const redundancyArbitrary: fc.Arbitrary<Redundancy> = fc.oneof(
  fc.constant<Redundancy>({ kind: 'active' }),
  fc
    .record({
      kind: fc.constant('standby' as const),
      standby: fc.constantFrom('cold' as const, 'warm' as const, 'hot' as const),
      switchSuccess: fc.constantFrom(1, 0.8, 0.3),
      switchDelay: fc.constantFrom(0, 0.5, 5),
    })
    .map((r): Redundancy => ({
      ...r,
      dormantFactor: r.standby === 'cold' ? 0 : r.standby === 'hot' ? 1 : 0.4,
    })),
);

const blockArbitrary = fc.record({
  mtbf: fc.constantFrom(30, 120, 600),
  repair: fc.constantFrom('exponential', 'fixed', 'none'),
  mttr: fc.constantFrom(2, 15),
  quantity: fc.integer({ min: 1, max: 4 }),
  requiredShare: fc.double({ min: 0, max: 1, noNaN: true }),
  redundancy: redundancyArbitrary,
});

/** A random design: 1–4 stages of 1–3 parallel blocks, mission time 500 time units. */
export const randomDesignArbitrary: fc.Arbitrary<Design> = fc
  .array(fc.array(blockArbitrary, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 })
  .map((stages) => {
    const components: Component[] = [];
    const nodes: DiagramNode[] = [{ kind: 'start', id: 'in' }];
    const edges: Edge[] = [];
    let previous = ['in'];
    stages.forEach((stage, s) => {
      const ids: string[] = [];
      stage.forEach((b, i) => {
        const id = `b${s}_${i}`;
        components.push({
          id,
          name: id,
          failure: { kind: 'exponential', rate: 1 / b.mtbf },
          repair:
            b.repair === 'none'
              ? null
              : b.repair === 'fixed'
                ? { kind: 'fixed', time: b.mttr }
                : { kind: 'exponential', mttr: b.mttr },
          cost: null,
        });
        const required = 1 + Math.floor(b.requiredShare * (b.quantity - 0.001));
        const node: BlockNode = {
          kind: 'block',
          id,
          component: id,
          quantity: b.quantity,
          required,
          inputs: 1,
          redundancy: b.quantity > required ? b.redundancy : { kind: 'active' },
          repeatOf: null,
        };
        nodes.push(node);
        ids.push(id);
        for (const from of previous) edges.push({ from, to: id });
      });
      previous = ids;
    });
    nodes.push({ kind: 'end', id: 'out', required: 1 });
    for (const from of previous) edges.push({ from, to: 'out' });
    return {
      name: 'random',
      description: '',
      timeUnit: 'hour',
      missionTime: 500,
      components,
      diagram: { nodes, edges },
      subsystems: {},
    };
  });
