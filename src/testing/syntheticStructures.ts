/**
 * Synthetic gate networks for tests and benchmarks: a builder from a small edge list, a chain of
 * bridges, and a seeded mixture of redundancy motifs. Dummy components (exponential law).
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import type { Component } from '../model/types.ts';
import type { FlatBlock, FlatGate, FlatStructure } from '../model/structure.ts';
import { assert } from '../util/assert.ts';
import { createSeededRandom } from './random.ts';

/** The component every synthetic block uses: exponential failures, exponential repair. */
export const SYNTHETIC_COMPONENT: Component = {
  id: 'unit',
  name: 'unit',
  failure: { kind: 'exponential', rate: 1e-4 },
  repair: { kind: 'exponential', mttr: 8 },
  cost: null,
};

/** Share of block uses in the benchmark that repeat an earlier block. */
export const BENCHMARK_REPEAT_SHARE = 0.05;
/** A repeat refers to one of this many most recent blocks (shared units are local). */
export const BENCHMARK_REPEAT_WINDOW = 30;

/** Incremental builder of a {@link FlatStructure}; gate 0 is the start. */
class StructureBuilder {
  readonly blocks: FlatBlock[] = [];
  readonly gates: FlatGate[] = [{ block: -1, threshold: 0, preds: [], nodeId: 'start' }];
  private readonly nodeIds: string[][] = [];

  newBlock(id: string): number {
    const index = this.blocks.length;
    const nodeIds: string[] = [];
    this.nodeIds.push(nodeIds);
    this.blocks.push({
      index,
      kind: 'block',
      memberIds: [],
      id,
      component: SYNTHETIC_COMPONENT,
      quantity: 1,
      required: 1,
      redundancy: { kind: 'active' },
      nodeIds,
    });
    return index;
  }

  gate(block: number, threshold: number, preds: readonly number[], nodeId?: string): number {
    const id = nodeId ?? `g${this.gates.length}`;
    if (block >= 0) this.nodeIds[block]!.push(id);
    this.gates.push({ block, threshold, preds, nodeId: id });
    return this.gates.length - 1;
  }

  finish(output: number): FlatStructure {
    return { blocks: this.blocks, gates: this.gates, output };
  }
}

/** Options of {@link createStructureFromEdges}. */
export interface EdgeListOptions {
  /** Required number of reached predecessors per node name (default 1). */
  readonly thresholds?: Readonly<Record<string, number>>;
  /** Node names that are junctions (no unit). `start` and `end` always are. */
  readonly junctions?: readonly string[];
  /** Node name → block name it is a repeat of (`{ E1: 'E', E2: 'E' }`). */
  readonly repeats?: Readonly<Record<string, string>>;
}

/**
 * Builds a gate network from an edge list over node names. `start` is the start, `end` the
 * output; every other node is a block named like the node (or its `repeats` target) unless it
 * is listed in `junctions`. Blocks are numbered by first appearance in the edge list.
 * @param edges `[from, to]` pairs; the graph must be acyclic
 * @param options thresholds, junctions and repeats
 * @returns the flattened structure, gates in depth-first topological order
 * @example
 * // 5-unit bridge: E is one unit drawn twice (A→E1→D and B→E2→C).
 * createStructureFromEdges(
 *   [['start', 'A'], ['start', 'B'], ['A', 'C'], ['B', 'D'], ['A', 'E1'], ['E1', 'D'],
 *    ['B', 'E2'], ['E2', 'C'], ['C', 'end'], ['D', 'end']],
 *   { repeats: { E1: 'E', E2: 'E' } },
 * );
 */
export function createStructureFromEdges(
  edges: readonly (readonly [string, string])[],
  options: EdgeListOptions = {},
): FlatStructure {
  const names: string[] = ['start'];
  const preds = new Map<string, string[]>([['start', []]]);
  const succ = new Map<string, string[]>([['start', []]]);
  const add = (name: string): void => {
    if (preds.has(name)) return;
    names.push(name);
    preds.set(name, []);
    succ.set(name, []);
  };
  for (const [from, to] of edges) {
    add(from);
    add(to);
    preds.get(to)!.push(from);
    succ.get(from)!.push(to);
  }
  assert(preds.has('end'), 'edge list has no end');
  const junctions = new Set(['start', 'end', ...(options.junctions ?? [])]);
  const builder = new StructureBuilder();
  const blockOf = new Map<string, number>();
  for (const name of names) {
    if (junctions.has(name)) continue;
    const blockName = options.repeats?.[name] ?? name;
    if (!blockOf.has(blockName)) blockOf.set(blockName, builder.newBlock(blockName));
  }
  // Depth-first Kahn order, `start` first, as createFlatStructure does.
  const left = new Map(names.map((n) => [n, preds.get(n)!.length]));
  const stack = names.filter((n) => left.get(n) === 0).reverse();
  const gateOf = new Map<string, number>([['start', 0]]);
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (name !== 'start') {
      const block = junctions.has(name) ? -1 : blockOf.get(options.repeats?.[name] ?? name)!;
      const inGates = preds.get(name)!.map((p) => gateOf.get(p)!);
      const threshold = options.thresholds?.[name] ?? 1;
      gateOf.set(name, builder.gate(block, threshold, inGates, name));
    }
    const next = succ.get(name)!;
    for (let i = next.length - 1; i >= 0; i--) {
      const to = next[i]!;
      left.set(to, left.get(to)! - 1);
      if (left.get(to) === 0) stack.push(to);
    }
  }
  assert(gateOf.size === names.length, 'edge list has a cycle');
  return builder.finish(gateOf.get('end')!);
}

/** Adds a 5-unit bridge after gate `from`; returns its output junction. */
function addBridge(b: StructureBuilder, from: number, units: readonly number[]): number {
  const [a, bb, c, d, e] = units as [number, number, number, number, number];
  const ga = b.gate(a, 1, [from]);
  const gb = b.gate(bb, 1, [from]);
  const ge1 = b.gate(e, 1, [ga]);
  const ge2 = b.gate(e, 1, [gb]);
  const gc = b.gate(c, 1, [ga, ge2]);
  const gd = b.gate(d, 1, [gb, ge1]);
  return b.gate(-1, 1, [gc, gd]);
}

/**
 * `nBridges` 5-unit bridges in series (5·nBridges blocks); each bridge works with probability
 * 2p² + 2p³ − 5p⁴ + 2p⁵ for identical units and has 4 minimal cut sets.
 * @param nBridges number of bridges
 * @returns the structure; blocks of bridge i are 5i..5i+4 (A, B, C, D, E)
 * @example
 * const dd = compileDecisionDiagram(createBridgeChain(50)); // 250 blocks
 */
export function createBridgeChain(nBridges: number): FlatStructure {
  const b = new StructureBuilder();
  let tail = 0;
  for (let i = 0; i < nBridges; i++) {
    const units = ['A', 'B', 'C', 'D', 'E'].map((u) => b.newBlock(`bridge${i}/${u}`));
    tail = addBridge(b, tail, units);
  }
  return b.finish(b.gate(-1, 1, [tail], 'end'));
}

/**
 * Benchmark structure: a series chain of random motifs (single unit, parallel pair, 2-of-3 vote
 * through a junction, 5-unit bridge) with exactly `nBlocks` distinct blocks; about 5% of block
 * uses repeat one of the {@link BENCHMARK_REPEAT_WINDOW} most recent earlier blocks.
 * @param nBlocks number of distinct blocks
 * @param seed seed of the generator (same seed, same structure)
 * @returns the structure
 * @example
 * const flat = createBenchmarkStructure(1000, 42);
 */
export function createBenchmarkStructure(nBlocks: number, seed: number): FlatStructure {
  const random = createSeededRandom(seed);
  const b = new StructureBuilder();
  let tail = 0;
  while (b.blocks.length < nBlocks) {
    const remaining = nBlocks - b.blocks.length;
    const before = b.blocks.length;
    const unit = (): number => {
      if (before > 0 && random() < BENCHMARK_REPEAT_SHARE) {
        const window = Math.min(before, BENCHMARK_REPEAT_WINDOW);
        return before - 1 - Math.floor(random() * window);
      }
      return b.newBlock(`u${b.blocks.length}`);
    };
    const r = random();
    if (r < 0.3 || remaining < 2) {
      tail = b.gate(unit(), 1, [tail]);
    } else if (r < 0.6 || remaining < 3) {
      tail = b.gate(-1, 1, [b.gate(unit(), 1, [tail]), b.gate(unit(), 1, [tail])]);
    } else if (r < 0.8 || remaining < 5) {
      const votes = [0, 1, 2].map(() => b.gate(unit(), 1, [tail]));
      tail = b.gate(-1, 2, votes);
    } else {
      tail = addBridge(b, tail, [unit(), unit(), unit(), unit(), unit()]);
    }
  }
  return b.finish(b.gate(-1, 1, [tail], 'end'));
}

/**
 * Seeded per-block probabilities for benchmarks: failure probability log-uniform in
 * [1e-6, 1e-2], working probability its complement.
 * @param nBlocks number of blocks
 * @param seed seed of the generator
 * @returns `work` and `fail` arrays indexed by block
 * @example
 * const { work, fail } = createBenchmarkProbabilities(1000, 7);
 */
export function createBenchmarkProbabilities(
  nBlocks: number,
  seed: number,
): { work: Float64Array; fail: Float64Array } {
  const random = createSeededRandom(seed);
  const work = new Float64Array(nBlocks);
  const fail = new Float64Array(nBlocks);
  for (let i = 0; i < nBlocks; i++) {
    fail[i] = 10 ** (-6 + 4 * random());
    work[i] = 1 - fail[i]!;
  }
  return { work, fail };
}
