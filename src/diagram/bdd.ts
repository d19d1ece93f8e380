/**
 * Reduced ordered binary decision diagrams (Bryant 1986) of the structure function of a flattened
 * gate network, and the one-pass probability evaluation on them.
 *
 * The compiled diagram depends on the structure only, never on probabilities: compile once per
 * structure edit, evaluate on every parameter keystroke.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import type { FlatStructure } from '../model/structure.ts';
import { assert } from '../util/assert.ts';
import { ComputedTable, NodeTable } from './hashTables.ts';

/** Node index of the constant "system failed" terminal. */
export const FALSE_NODE = 0;
/** Node index of the constant "system works" terminal. */
export const TRUE_NODE = 1;

/** Reusable scratch arrays (one slot per node) of a {@link DecisionDiagram}; internal. */
export interface DecisionDiagramScratch {
  /** P(sub-function works) per node. */
  readonly work: Float64Array;
  /** P(sub-function fails) per node, carried separately so tiny values stay exact. */
  readonly fail: Float64Array;
  /** Probability of reaching each node from the root (top-down pass). */
  readonly reach: Float64Array;
}

/**
 * A compiled reduced ordered BDD (Bryant 1986) of a structure function: variable `i` true means
 * block `i` works. Nodes are numbered children before parents; 0 and 1 are the terminals.
 */
export interface DecisionDiagram {
  /** Number of blocks; probability arrays passed to the passes are indexed by block. */
  readonly blockCount: number;
  /** Number of nodes, the two terminals included. */
  readonly nodeCount: number;
  /** Root node: {@link FALSE_NODE} or {@link TRUE_NODE} when the system is constant. */
  readonly root: number;
  /** Block tested by each node, -1 for the terminals. */
  readonly variable: Int32Array;
  /** Child taken when the node's block has failed. */
  readonly low: Int32Array;
  /** Child taken when the node's block works. */
  readonly high: Int32Array;
  /** Position of each block in the variable order: 0 is tested first (nearest the root). */
  readonly levelOfBlock: Int32Array;
  /** Inverse of {@link levelOfBlock}. */
  readonly blockAtLevel: Int32Array;
  /** Nodes created while compiling (intermediate gate functions included); a cost measure. */
  readonly createdNodeCount: number;
  /** Scratch reused by every pass, so passes allocate nothing per node. */
  readonly scratch: DecisionDiagramScratch;
}

/** Hash-consed nodes with the memoised ITE operator (Brace, Rudell and Bryant 1990). */
class BddBuilder {
  readonly nodes: NodeTable;
  private readonly memo = new ComputedTable();
  private readonly stack: Int32Array[];

  /** If-then-else expansions left before compiling gives up ({@link DiagramTooLarge}). */
  private stepsLeft = MAX_BDD_STEPS;

  constructor(levelCount: number) {
    this.nodes = new NodeTable(levelCount);
    // Every recursive ITE call has a strictly deeper top level, so depth <= levelCount + 1.
    this.stack = Array.from({ length: 6 }, () => new Int32Array(levelCount + 2));
  }

  /** The reduced node `level ? high : low`, shared through the unique table. */
  mk(level: number, low: number, high: number): number {
    if (low === high) return low;
    if (this.nodes.size > MAX_BDD_NODES) throw new DiagramTooLarge();
    return this.nodes.findOrAdd(level, low, high);
  }

  /**
   * If-then-else `f ? g : h` (Bryant 1986; Brace, Rudell and Bryant 1990), memoised, with an
   * explicit stack so deep diagrams cannot overflow the call stack.
   */
  ite(f0: number, g0: number, h0: number): number {
    const [sF, sG, sH, sTop, sPhase, sThen] = this.stack as [
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
    ];
    let f = f0;
    let g = g0;
    let h = h0;
    let sp = 0;
    for (;;) {
      // Resolve (f, g, h) by a terminal case or the cache, or open a frame for it.
      let ret: number;
      if (f === TRUE_NODE) ret = g;
      else if (f === FALSE_NODE) ret = h;
      else {
        if (g === f) g = TRUE_NODE;
        if (h === f) h = FALSE_NODE;
        if (g === h) ret = g;
        else if (g === TRUE_NODE && h === FALSE_NODE) ret = f;
        else ret = this.memo.get(f, g, h);
      }
      if (ret < 0) {
        if (--this.stepsLeft < 0) throw new DiagramTooLarge();
        const { level: lv, high } = this.nodes;
        const top = Math.min(lv[f]!, lv[g]!, lv[h]!);
        sF[sp] = f;
        sG[sp] = g;
        sH[sp] = h;
        sTop[sp] = top;
        sPhase[sp] = 0;
        sp++;
        if (lv[f] === top) f = high[f]!;
        if (lv[g] === top) g = high[g]!;
        if (lv[h] === top) h = high[h]!;
        continue;
      }
      // Return `ret` to the open frames.
      for (;;) {
        if (sp === 0) return ret;
        const i = sp - 1;
        const top = sTop[i]!;
        if (sPhase[i] === 0) {
          sThen[i] = ret;
          sPhase[i] = 1;
          const { level: lv, low } = this.nodes;
          f = sF[i]!;
          g = sG[i]!;
          h = sH[i]!;
          if (lv[f] === top) f = low[f]!;
          if (lv[g] === top) g = low[g]!;
          if (lv[h] === top) h = low[h]!;
          break;
        }
        const r = this.mk(top, ret, sThen[i]!);
        this.memo.put(sF[i]!, sG[i]!, sH[i]!, r);
        sp--;
        ret = r;
      }
    }
  }

  /** "At least `k` of `children`", by a DP over (child index, still needed) with ITE. */
  atLeast(unordered: readonly number[], k: number): number {
    const m = unordered.length;
    if (k <= 0) return TRUE_NODE;
    if (k > m) return FALSE_NODE;
    if (m === 1) return unordered[0]!;
    // "At least k" is symmetric in its children: take them top level first, so that each ITE
    // puts a child above the functions of the deeper ones (O(1) for a child that is one
    // variable, instead of a walk through them: a 1000-of-2000 vote took minutes).
    const { level } = this.nodes;
    const children = [...unordered].sort((a, b) => level[a]! - level[b]!);
    // row[j] holds T(i, j) = "at least j of children i..m-1"; only j >= k - i is ever needed.
    let next = new Int32Array(k + 1);
    let row = new Int32Array(k + 1);
    next[0] = TRUE_NODE; // T(m, 0) = 1, T(m, j > 0) = 0 (zero-filled)
    for (let i = m - 1; i >= 0; i--) {
      const child = children[i]!;
      const from = Math.max(0, k - i);
      if (from === 0) row[0] = TRUE_NODE;
      for (let j = Math.max(1, from); j <= k; j++) {
        row[j] = j > m - i ? FALSE_NODE : this.ite(child, next[j - 1]!, next[j]!);
      }
      [row, next] = [next, row];
    }
    return next[k]!;
  }
}

/**
 * Most nodes a structure's decision diagram may have (about 25 MB of tables and a second to
 * build): lattices and wide meshes whose paths share many blocks grow exponentially, and are
 * refused past it for the simulation to answer.
 */
export const MAX_BDD_NODES = 500_000;

/** Most if-then-else expansions spent on compiling one structure (a few seconds at most). */
export const MAX_BDD_STEPS = 2_500_000;

/** Thrown by {@link compileDecisionDiagram} when the diagram outgrows {@link MAX_BDD_NODES}. */
export class DiagramTooLarge extends Error {
  constructor() {
    super(`the decision diagram outgrew ${MAX_BDD_NODES} nodes or ${MAX_BDD_STEPS} steps`);
  }
}

/** Validates the gate network (bugs upstream, not user input, so it throws). */
function checkStructure(structure: FlatStructure): void {
  const { blocks, gates, output } = structure;
  assert(gates.length > 0, 'structure has no gates');
  assert(Number.isInteger(output) && output >= 0 && output < gates.length, `bad output ${output}`);
  for (let g = 0; g < gates.length; g++) {
    const gate = gates[g]!;
    // Messages are built only on failure: this loop runs on every compilation.
    if (!(gate.block >= -1 && gate.block < blocks.length)) {
      throw new Error(`gate ${g}: bad block ${gate.block}`);
    }
    if (!Number.isInteger(gate.threshold)) {
      throw new Error(`gate ${g}: bad threshold ${gate.threshold}`);
    }
    for (const p of gate.preds) {
      if (!(p >= 0 && p < g)) throw new Error(`gate ${g}: predecessor ${p} not earlier`);
    }
  }
}

/**
 * Variable order: blocks by first appearance in the (depth-first) topological gate order, reversed,
 * so the blocks nearest the output are tested first. Then `block AND upstream` is one new node
 * on top of the upstream diagram, and a series chain compiles in linear time.
 */
function computeVariableOrder(structure: FlatStructure, needed: Uint8Array): Int32Array {
  const n = structure.blocks.length;
  const levelOfBlock = new Int32Array(n).fill(-1);
  const seen: number[] = [];
  structure.gates.forEach((gate, g) => {
    if (needed[g] === 1 && gate.block >= 0 && levelOfBlock[gate.block] === -1) {
      levelOfBlock[gate.block] = 0;
      seen.push(gate.block);
    }
  });
  let level = 0;
  for (let i = seen.length - 1; i >= 0; i--) levelOfBlock[seen[i]!] = level++;
  for (let b = 0; b < n; b++) if (levelOfBlock[b] === -1) levelOfBlock[b] = level++;
  return levelOfBlock;
}

/**
 * Compiles the structure function of a gate network into a reduced ordered BDD (Bryant 1986).
 * Gate g's function is `x(block) AND atLeast(threshold, preds)`; thresholds use a DP over
 * (child, still needed) with ITE, never an expansion of combinations.
 * @param structure the flattened gate network (gates in topological order)
 * @returns the compact diagram; it depends on the structure only and is reused across parameters
 * @example
 * const dd = compileDecisionDiagram(createFlatStructure(design));
 * evaluateDecisionDiagram(dd, work, fail).fail; // system unavailability
 */
export function compileDecisionDiagram(structure: FlatStructure): DecisionDiagram {
  checkStructure(structure);
  const { blocks, gates, output } = structure;
  const needed = new Uint8Array(gates.length);
  needed[output] = 1;
  for (let g = output; g >= 0; g--) {
    if (needed[g] === 1) for (const p of gates[g]!.preds) needed[p] = 1;
  }
  const levelOfBlock = computeVariableOrder(structure, needed);
  const builder = new BddBuilder(blocks.length);
  const fn = new Int32Array(gates.length);
  const children: number[] = [];
  for (let g = 0; g <= output; g++) {
    if (needed[g] !== 1) continue;
    const gate = gates[g]!;
    children.length = 0;
    for (const p of gate.preds) children.push(fn[p]!);
    let f = builder.atLeast(children, gate.threshold);
    if (gate.block >= 0 && f !== FALSE_NODE) {
      const x = builder.mk(levelOfBlock[gate.block]!, FALSE_NODE, TRUE_NODE);
      f = builder.ite(x, f, FALSE_NODE);
    }
    fn[g] = f;
  }
  return extractDiagram(builder, fn[output]!, levelOfBlock);
}

/** Copies the nodes reachable from `root` into compact arrays, children before parents. */
function extractDiagram(
  builder: BddBuilder,
  root: number,
  levelOfBlock: Int32Array,
): DecisionDiagram {
  const b = builder.nodes;
  const blockCount = levelOfBlock.length;
  const blockAtLevel = new Int32Array(blockCount);
  levelOfBlock.forEach((level, block) => (blockAtLevel[level] = block));
  const mark = new Uint8Array(b.size);
  const reached: number[] = [];
  const stack: number[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n <= TRUE_NODE || mark[n] === 1) continue;
    mark[n] = 1;
    reached.push(n);
    stack.push(b.low[n]!, b.high[n]!);
  }
  // Children sit on deeper levels than their parents: sorting by level, deepest first, puts
  // every child before its parents (counting sort, stable).
  const perLevel = new Int32Array(blockCount + 1);
  for (const n of reached) perLevel[blockCount - 1 - b.level[n]! + 1]!++;
  for (let i = 1; i <= blockCount; i++) perLevel[i]! += perLevel[i - 1]!;
  const nodeCount = reached.length + 2;
  const sorted = new Int32Array(reached.length);
  for (const n of reached) sorted[perLevel[blockCount - 1 - b.level[n]!]!++] = n;
  const newIndex = new Int32Array(b.size);
  newIndex[TRUE_NODE] = TRUE_NODE;
  sorted.forEach((n, i) => (newIndex[n] = i + 2));
  const variable = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const high = new Int32Array(nodeCount);
  sorted.forEach((n, i) => {
    variable[i + 2] = blockAtLevel[b.level[n]!]!;
    low[i + 2] = newIndex[b.low[n]!]!;
    high[i + 2] = newIndex[b.high[n]!]!;
  });
  return {
    blockCount,
    nodeCount,
    root: newIndex[root]!,
    variable,
    low,
    high,
    levelOfBlock,
    blockAtLevel,
    createdNodeCount: b.size,
    scratch: {
      work: new Float64Array(nodeCount),
      fail: new Float64Array(nodeCount),
      reach: new Float64Array(nodeCount),
    },
  };
}

/**
 * Bottom-up pass filling `dd.scratch.work` / `dd.scratch.fail` for every node (Bryant 1986
 * Shannon expansion): W = p·W(high) + q·W(low), Q = p·Q(high) + q·Q(low), terminals (0, 1) and
 * (1, 0). Only sums of products of non-negative numbers: no cancellation. Internal.
 */
export function fillNodeProbabilities(
  dd: DecisionDiagram,
  work: Float64Array,
  fail: Float64Array,
): void {
  assert(
    work.length >= dd.blockCount && fail.length >= dd.blockCount,
    'probability arrays too short',
  );
  const { nodeCount, variable, low, high } = dd;
  const W = dd.scratch.work;
  const Q = dd.scratch.fail;
  W[FALSE_NODE] = 0;
  Q[FALSE_NODE] = 1;
  W[TRUE_NODE] = 1;
  Q[TRUE_NODE] = 0;
  for (let i = 2; i < nodeCount; i++) {
    const v = variable[i]!;
    const p = work[v]!;
    const q = fail[v]!;
    const lo = low[i]!;
    const hi = high[i]!;
    W[i] = p * W[hi]! + q * W[lo]!;
    Q[i] = p * Q[hi]! + q * Q[lo]!;
  }
}

/**
 * Probability that the system works and that it fails, in one bottom-up pass over the BDD
 * (Bryant 1986), carrying both so that a tiny failure probability keeps full relative precision
 * (three parallel blocks failing with 1e-5 give exactly 1e-15, not 1 − 0.999999999999999).
 * Allocates nothing but the returned pair.
 * @param dd a compiled diagram
 * @param work per block, probability (0..1) that the block works
 * @param fail per block, probability (0..1) that the block has failed (1 − work, given separately)
 * @returns the system's probabilities of working and of having failed
 * @example
 * const { work, fail } = evaluateDecisionDiagram(dd, blockWork, blockFail);
 */
export function evaluateDecisionDiagram(
  dd: DecisionDiagram,
  work: Float64Array,
  fail: Float64Array,
): { work: number; fail: number } {
  fillNodeProbabilities(dd, work, fail);
  return { work: dd.scratch.work[dd.root]!, fail: dd.scratch.fail[dd.root]! };
}
