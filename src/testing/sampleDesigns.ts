/**
 * Small normalised designs built in code, for the simulation's tests and benchmarks (they do
 * not depend on the file parser): single units, k-of-n blocks, standby pairs, the three-tier
 * reference design and a large generated design.
 * Runs anywhere; no DOM.
 */
import type {
  BlockNode,
  Component,
  Design,
  DiagramNode,
  Edge,
  FailureLaw,
  Redundancy,
  RepairLaw,
} from '../model/types.ts';

/** A component with an exponential life and an optional repair law. */
export function createComponent(
  id: string,
  failure: FailureLaw,
  repair: RepairLaw | null = null,
): Component {
  return { id, name: id, failure, repair, cost: null };
}

/** A block node with defaults (one unit, active). */
export function createBlock(
  id: string,
  component: string,
  more: Partial<Omit<BlockNode, 'kind' | 'id' | 'component'>> = {},
): BlockNode {
  return {
    kind: 'block',
    id,
    component,
    quantity: 1,
    required: 1,
    inputs: 1,
    redundancy: { kind: 'active' },
    repeatOf: null,
    ...more,
  };
}

/** A design from components, inner nodes and edges; `in` and `out` are added. */
export function createDesign(
  components: readonly Component[],
  nodes: readonly DiagramNode[],
  edges: readonly (readonly [string, string])[],
  outRequired = 1,
): Design {
  return {
    name: 'test',
    description: '',
    timeUnit: 'hour',
    missionTime: 1000,
    components,
    diagram: {
      nodes: [
        { kind: 'start', id: 'in' },
        ...nodes,
        { kind: 'end', id: 'out', required: outRequired },
      ],
      edges: edges.map(([from, to]): Edge => ({ from, to })),
    },
    subsystems: {},
  };
}

/** One block of n units (k needed) between start and end. */
export function createSingleBlockDesign(
  component: Component,
  quantity = 1,
  required = 1,
  redundancy: Redundancy = { kind: 'active' },
): Design {
  return createDesign(
    [component],
    [createBlock('b', component.id, { quantity, required, redundancy })],
    [
      ['in', 'b'],
      ['b', 'out'],
    ],
  );
}

/** Standby redundancy settings. */
export function createStandby(
  standby: 'cold' | 'warm' | 'hot',
  switchSuccess = 1,
  switchDelay = 0,
  dormantFactor = standby === 'cold' ? 0 : standby === 'hot' ? 1 : 0.5,
): Redundancy {
  return { kind: 'standby', standby, dormantFactor, switchSuccess, switchDelay };
}

/**
 * The three-tier reference design (public/examples/three-tier.json) with 8 units: two load
 * balancers in parallel, 3-of-4 app servers, a cold-standby database pair (p = 0.99, 5 min).
 */
export function createThreeTierDesign(): Design {
  return createDesign(
    [
      createComponent(
        'lb',
        { kind: 'exponential', rate: 1 / 50000 },
        { kind: 'exponential', mttr: 4 },
      ),
      createComponent(
        'app',
        { kind: 'exponential', rate: 1 / 20000 },
        { kind: 'exponential', mttr: 0.5 },
      ),
      createComponent(
        'db',
        { kind: 'exponential', rate: 1 / 43830 },
        { kind: 'exponential', mttr: 8 },
      ),
    ],
    [
      createBlock('lb1', 'lb'),
      createBlock('lb2', 'lb'),
      createBlock('apps', 'app', { quantity: 4, required: 3 }),
      createBlock('db', 'db', { quantity: 2, redundancy: createStandby('cold', 0.99, 5 / 60) }),
    ],
    [
      ['in', 'lb1'],
      ['in', 'lb2'],
      ['lb1', 'apps'],
      ['lb2', 'apps'],
      ['apps', 'db'],
      ['db', 'out'],
    ],
  );
}

/**
 * A large design of exactly `blockCount` blocks: stages in series, each two parallel one-unit
 * blocks behind a junction, and after every ten stages a 2-of-3 block; all exponential with
 * repair (about 1.1 units per block).
 * @param blockCount number of blocks (≥ 1)
 */
export function createLargeDesign(blockCount: number): Design {
  const components = [
    createComponent(
      'a',
      { kind: 'exponential', rate: 1 / 5000 },
      { kind: 'exponential', mttr: 10 },
    ),
    createComponent('v', { kind: 'exponential', rate: 1 / 8000 }, { kind: 'exponential', mttr: 5 }),
  ];
  const nodes: DiagramNode[] = [];
  const edges: [string, string][] = [];
  let previous = 'in';
  let blocks = 0;
  for (let s = 0; blocks < blockCount; s++) {
    if (blockCount - blocks === 1 || s % 10 === 9) {
      nodes.push(createBlock(`v${s}`, 'v', { quantity: 3, required: 2 }));
      edges.push([previous, `v${s}`]);
      previous = `v${s}`;
      blocks += 1;
      continue;
    }
    const join = `j${s}`;
    nodes.push(createBlock(`s${s}a`, 'a'), createBlock(`s${s}b`, 'a'), {
      kind: 'junction',
      id: join,
      required: 1,
    });
    edges.push([previous, `s${s}a`], [previous, `s${s}b`], [`s${s}a`, join], [`s${s}b`, join]);
    previous = join;
    blocks += 2;
  }
  edges.push([previous, 'out']);
  return createDesign(components, nodes, edges);
}
