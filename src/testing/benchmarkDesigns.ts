/**
 * Generated benchmark designs: a chain of motifs (single blocks, parallel pairs, 2-of-3 blocks,
 * 2-of-3 junction votes over different paths, 5-unit bridges, cold-standby pairs) with about 5%
 * of blocks repeating an earlier block. Deterministic for a seed. Runs in Node.
 */
import { createSeededRandom } from './random.ts';

interface NodeJson {
  id: string;
  kind: string;
  [key: string]: unknown;
}

/**
 * Creates a design file object with about `blockCount` block nodes.
 * @param blockCount number of block nodes wanted
 * @param seed shape seed
 * @returns a design file (unvalidated JSON object)
 */
export function createBenchmarkDesign(blockCount: number, seed = 1): unknown {
  const random = createSeededRandom(seed);
  const components = [
    {
      id: 'server',
      name: 'Server',
      failure: { distribution: 'exponential', mtbf: 20000 },
      repair: { distribution: 'exponential', mttr: 4 },
      cost: 4000,
    },
    {
      id: 'disk',
      name: 'Disk',
      failure: { distribution: 'exponential', mtbf: 100000 },
      repair: { distribution: 'exponential', mttr: 24 },
      cost: 300,
    },
    {
      id: 'switch',
      name: 'Switch',
      failure: { distribution: 'exponential', mtbf: 150000 },
      repair: { distribution: 'exponential', mttr: 2 },
      cost: 2500,
    },
    {
      id: 'psu',
      name: 'PSU',
      failure: { distribution: 'exponential', mtbf: 80000 },
      repair: { distribution: 'exponential', mttr: 1 },
      cost: 200,
    },
  ];
  const nodes: NodeJson[] = [{ id: 'in', kind: 'start' }];
  const edges: { from: string; to: string }[] = [];
  const originals: string[] = [];
  let blocks = 0;
  let counter = 0;
  const pick = (): string => components[Math.floor(random() * components.length)]!.id;
  // Repeats refer to one of the last REPEAT_WINDOW blocks: a shared unit drawn in nearby paths
  // (a power feed, a switch), as in real designs.
  const REPEAT_WINDOW = 30;
  const block = (extra: Record<string, unknown> = {}, canRepeat = true): string => {
    const id = `b${counter++}`;
    blocks++;
    if (canRepeat && originals.length > 10 && random() < 0.05 && Object.keys(extra).length === 0) {
      const window = originals.slice(-REPEAT_WINDOW);
      const of = window[Math.floor(random() * window.length)]!;
      nodes.push({ id, kind: 'block', repeatOf: of });
    } else {
      nodes.push({ id, kind: 'block', component: pick(), ...extra });
      originals.push(id);
    }
    return id;
  };
  const edge = (from: string, to: string) => edges.push({ from, to });
  let prev = 'in';
  let motif = 0;
  while (blocks < blockCount) {
    const join = `j${motif++}`;
    const r = random();
    if (r < 0.25) {
      const b = block();
      edge(prev, b);
      edge(b, join);
      nodes.push({ id: join, kind: 'junction' });
    } else if (r < 0.45) {
      const [a, b] = [block(), block()];
      edge(prev, a);
      edge(prev, b);
      edge(a, join);
      edge(b, join);
      nodes.push({ id: join, kind: 'junction' });
    } else if (r < 0.6) {
      const b = block({ quantity: 3, required: 2 });
      edge(prev, b);
      edge(b, join);
      nodes.push({ id: join, kind: 'junction' });
    } else if (r < 0.75) {
      const paths = [block(), block(), block()];
      for (const p of paths) {
        edge(prev, p);
        edge(p, join);
      }
      nodes.push({ id: join, kind: 'junction', required: 2 });
    } else if (r < 0.95) {
      const [a, b, c, d, e] = [block(), block(), block(), block(), block({}, false)];
      const e2 = `b${counter++}`;
      nodes.push({ id: e2, kind: 'block', repeatOf: e });
      edge(prev, a);
      edge(prev, b);
      edge(a, c);
      edge(b, d);
      edge(a, e);
      edge(e, d);
      edge(b, e2);
      edge(e2, c);
      edge(c, join);
      edge(d, join);
      nodes.push({ id: join, kind: 'junction' });
    } else {
      const b = block({
        quantity: 2,
        required: 1,
        redundancy: {
          type: 'standby',
          standby: 'cold',
          switch: { successProbability: 0.99, delay: 0.05 },
        },
      });
      edge(prev, b);
      edge(b, join);
      nodes.push({ id: join, kind: 'junction' });
    }
    prev = join;
  }
  nodes.push({ id: 'out', kind: 'end' });
  edge(prev, 'out');
  return {
    format: 'rbd-design',
    version: 1,
    name: `Generated ${blockCount}-block design`,
    timeUnit: 'hour',
    missionTime: 8760,
    components,
    diagram: { nodes, edges },
  };
}

/** 50 (or `count`) five-unit bridges in series: the classic library benchmark. */
export function createBridgeChainDesign(count: number): unknown {
  const nodes: NodeJson[] = [{ id: 'in', kind: 'start' }];
  const edges: { from: string; to: string }[] = [];
  let prev = 'in';
  for (let i = 0; i < count; i++) {
    const id = (s: string) => `${s}${i}`;
    for (const s of ['a', 'b', 'c', 'd', 'e'])
      nodes.push({ id: id(s), kind: 'block', component: 'link' });
    nodes.push({ id: id('e2-'), kind: 'block', repeatOf: id('e') });
    nodes.push({ id: id('j'), kind: 'junction' });
    const pairs: [string, string][] = [
      [prev, id('a')],
      [prev, id('b')],
      [id('a'), id('c')],
      [id('b'), id('d')],
      [id('a'), id('e')],
      [id('e'), id('d')],
      [id('b'), id('e2-')],
      [id('e2-'), id('c')],
      [id('c'), id('j')],
      [id('d'), id('j')],
    ];
    for (const [from, to] of pairs) edges.push({ from, to });
    prev = id('j');
  }
  nodes.push({ id: 'out', kind: 'end' });
  edges.push({ from: prev, to: 'out' });
  return {
    format: 'rbd-design',
    version: 1,
    name: `${count} bridges in series`,
    timeUnit: 'hour',
    missionTime: 1000,
    components: [
      { id: 'link', name: 'Link', failure: { distribution: 'fixed', reliability: 0.9 } },
    ],
    diagram: { nodes, edges },
  };
}
