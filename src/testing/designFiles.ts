/**
 * Small builders of design files for tests: components and diagrams in a few lines.
 * Runs in Node (tests only).
 */
import { parseDesign } from '../model/parse.ts';
import type { Design } from '../model/types.ts';

/** A design file object (unvalidated). */
export type DesignJson = Record<string, unknown>;

/** An exponential component with MTBF and optional MTTR. */
export function exponential(id: string, mtbf: number, mttr?: number): DesignJson {
  return {
    id,
    name: id,
    failure: { distribution: 'exponential', mtbf },
    ...(mttr === undefined ? {} : { repair: { distribution: 'exponential', mttr } }),
  };
}

/**
 * A design whose diagram is given as nodes (start `in` and end `out` are added) and edges
 * written as `'a>b'`.
 */
export function createDesignJson(
  components: DesignJson[],
  nodes: DesignJson[],
  edges: string[],
  extra: DesignJson = {},
): DesignJson {
  return {
    format: 'rbd-design',
    version: 1,
    name: 'test',
    timeUnit: 'hour',
    missionTime: 1000,
    components,
    diagram: {
      nodes: [
        { id: 'in', kind: 'start' },
        ...nodes,
        { id: 'out', kind: 'end', ...(extra.endRequired ? { required: extra.endRequired } : {}) },
      ],
      edges: edges.map((e) => {
        const [from, to] = e.split('>');
        return { from, to };
      }),
    },
    ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'endRequired')),
  };
}

/** Parses a design object, failing the test with the problems when it is invalid. */
export function toDesign(json: unknown): Design {
  const parsed = parseDesign(json);
  if (!parsed.ok) {
    throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  }
  return parsed.value;
}

/** A block node. */
export function block(id: string, component: string, extra: DesignJson = {}): DesignJson {
  return { id, kind: 'block', component, ...extra };
}

/** Relative difference |a − b| / |b|. */
export function relativeError(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b);
}

/**
 * A rows × columns lattice of blocks, each feeding the next column's same and lower row: a
 * structure whose decision diagram grows fast (20 × 20 is past the exact engine's budget).
 * @param before nodes put in series before the lattice (the first gets the edge from `in`)
 */
export function createLatticeJson(
  rows: number,
  columns: number,
  before: DesignJson[] = [],
): DesignJson {
  const nodes: DesignJson[] = [...before];
  const edges: string[] = [];
  const id = (r: number, c: number) => `g${r}_${c}`;
  const entry = before.length > 0 ? 'spof' : 'in';
  if (before.length > 0) edges.push('in>spof');
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      nodes.push(block(id(r, c), 'c'));
      if (c === 0) edges.push(`${entry}>${id(r, c)}`);
      else {
        edges.push(`${id(r, c - 1)}>${id(r, c)}`);
        if (r > 0) edges.push(`${id(r - 1, c - 1)}>${id(r, c)}`);
      }
      if (c === columns - 1) edges.push(`${id(r, c)}>out`);
    }
  }
  return createDesignJson([exponential('c', 10_000, 8)], nodes, edges, {
    name: `${rows} × ${columns} lattice`,
  });
}
