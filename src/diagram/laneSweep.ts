/**
 * The bottom-up pass of a decision diagram over many lanes at once: a lane is one time (or one
 * time and side) of a curve or a quadrature panel, and every node reads the figures of its
 * block's kind, so a pass costs one multiply-add pair per node and lane, whatever the number
 * of blocks sharing a kind.
 *
 *   row(i)[x] = work(kind(i))[x] · row(high(i))[x] + fail(kind(i))[x] · row(low(i))[x]
 *
 * The pass runs in a WebAssembly SIMD kernel (laneSweep.wat, two lanes per instruction, about
 * five times the JavaScript loop) where the runtime has one, else in the same loop in
 * JavaScript. Both round every product and sum alike, so they give the same doubles
 * (property-tested), and those of evaluateDecisionDiagram for one lane.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import type { DecisionDiagram } from './bdd.ts';
import { FALSE_NODE, TRUE_NODE } from './bdd.ts';
import { LANE_SWEEP_WASM } from './laneSweepWasm.ts';

/** Lanes must come in multiples of this (the kernel's step: four vectors of two doubles). */
export const LANE_STEP = 8;

/** What one pass reads. Arrays are read, never kept or changed. */
export interface LaneSweepInput {
  /**
   * The kind of each node's block (entries of the two terminals are ignored). Not changed once
   * passed: a pass keeps track of the arrays it has read by identity.
   */
  readonly kindOfNode: Int32Array;
  /** Per kind: `lanes` work factors, then `lanes` fail factors ([k · 2 · lanes + x]). */
  readonly factors: Float64Array;
  /** The values of the false terminal (`lanes` of them). */
  readonly falseRow: Float64Array;
  /** The values of the true terminal. */
  readonly trueRow: Float64Array;
}

/** One diagram's pass at one lane count. */
interface Sweeper {
  run(input: LaneSweepInput, out: Float64Array): void;
}

function checkInput(dd: DecisionDiagram, lanes: number, input: LaneSweepInput): void {
  if (!(lanes > 0 && lanes % LANE_STEP === 0)) {
    throw new RangeError(`lanes must be a positive multiple of ${LANE_STEP}, not ${lanes}`);
  }
  if (
    input.kindOfNode.length < dd.nodeCount ||
    input.falseRow.length < lanes ||
    input.trueRow.length < lanes ||
    input.factors.length % (2 * lanes) !== 0
  ) {
    throw new RangeError('lane sweep input does not fit the diagram and lane count');
  }
  const kinds = input.factors.length / (2 * lanes);
  const [least, most] = getKindRange(input.kindOfNode, dd.nodeCount);
  if (dd.nodeCount > 2 && !(least >= 0 && most < kinds)) {
    throw new RangeError(`nodes have kinds ${least}…${most}, and the factors hold ${kinds}`);
  }
}

/** The least and most kind of each kinds array, found once (the kernel reads no further). */
const kindRanges = new WeakMap<Int32Array, readonly [number, number]>();

function getKindRange(kindOfNode: Int32Array, nodeCount: number): readonly [number, number] {
  let range = kindRanges.get(kindOfNode);
  if (range === undefined) {
    let least = Infinity;
    let most = -Infinity;
    for (let i = 2; i < nodeCount; i++) {
      least = Math.min(least, kindOfNode[i]!);
      most = Math.max(most, kindOfNode[i]!);
    }
    range = [least, most];
    kindRanges.set(kindOfNode, range);
  }
  return range;
}

function createJsSweeper(dd: DecisionDiagram, lanes: number): Sweeper {
  const { nodeCount, low, high, root } = dd;
  const rows = new Float64Array(nodeCount * lanes);
  return {
    run({ kindOfNode, factors, falseRow, trueRow }, out) {
      rows.set(falseRow.subarray(0, lanes), FALSE_NODE * lanes);
      rows.set(trueRow.subarray(0, lanes), TRUE_NODE * lanes);
      for (let i = 2; i < nodeCount; i++) {
        const w = kindOfNode[i]! * 2 * lanes;
        const f = w + lanes;
        const h = high[i]! * lanes;
        const l = low[i]! * lanes;
        const o = i * lanes;
        for (let x = 0; x < lanes; x++) {
          rows[o + x] = factors[w + x]! * rows[h + x]! + factors[f + x]! * rows[l + x]!;
        }
      }
      out.set(rows.subarray(root * lanes, root * lanes + lanes));
    },
  };
}

interface KernelExports {
  readonly memory: WebAssembly.Memory;
  readonly sweep: (
    nodes: number,
    bytes: number,
    rows: number,
    factors: number,
    low: number,
    high: number,
    kind: number,
  ) => void;
}

let kernelModule: WebAssembly.Module | null | undefined;

/** The compiled kernel, or `null` where the runtime has no WebAssembly SIMD. */
function getKernelModule(): WebAssembly.Module | null {
  if (kernelModule !== undefined) return kernelModule;
  kernelModule = null;
  try {
    if (typeof WebAssembly === 'object') {
      const bytes = Uint8Array.from(atob(LANE_SWEEP_WASM), (c) => c.charCodeAt(0));
      if (WebAssembly.validate(bytes)) kernelModule = new WebAssembly.Module(bytes);
    }
  } catch {
    kernelModule = null;
  }
  return kernelModule;
}

const PAGE = 65536;

/** A kernel instance with its own memory: the diagram's rows and children, kinds, factors. */
function createWasmSweeper(dd: DecisionDiagram, lanes: number): Sweeper | null {
  const module = getKernelModule();
  if (module === null) return null;
  const { nodeCount, low, high, root } = dd;
  const bytes = lanes * 8;
  const lowAt = nodeCount * bytes;
  const highAt = lowAt + nodeCount * 4;
  const kindAt = highAt + nodeCount * 4;
  const factorsAt = Math.ceil((kindAt + nodeCount * 4) / 16) * 16;
  let exports: KernelExports;
  try {
    exports = new WebAssembly.Instance(module).exports as unknown as KernelExports;
  } catch {
    return null;
  }
  const { memory, sweep } = exports;
  /** Grows the memory to hold `end` bytes; false when the runtime refuses. */
  const reserve = (end: number): boolean => {
    const missing = end - memory.buffer.byteLength;
    if (missing <= 0) return true;
    try {
      memory.grow(Math.ceil(missing / PAGE));
      return true;
    } catch {
      return false;
    }
  };
  if (!reserve(factorsAt)) return null;
  new Int32Array(memory.buffer, lowAt, nodeCount).set(low.subarray(0, nodeCount));
  new Int32Array(memory.buffer, highAt, nodeCount).set(high.subarray(0, nodeCount));
  let kindsWritten: Int32Array | null = null;
  let fallback: Sweeper | null = null;
  return {
    run(input, out) {
      if (fallback !== null || !reserve(factorsAt + input.factors.length * 8)) {
        fallback ??= createJsSweeper(dd, lanes);
        fallback.run(input, out);
        return;
      }
      const buffer = memory.buffer;
      if (kindsWritten !== input.kindOfNode) {
        new Int32Array(buffer, kindAt, nodeCount).set(input.kindOfNode.subarray(0, nodeCount));
        kindsWritten = input.kindOfNode;
      }
      new Float64Array(buffer, factorsAt, input.factors.length).set(input.factors);
      const rows = new Float64Array(buffer, 0, nodeCount * lanes);
      rows.set(input.falseRow.subarray(0, lanes), FALSE_NODE * lanes);
      rows.set(input.trueRow.subarray(0, lanes), TRUE_NODE * lanes);
      sweep(nodeCount, bytes, 0, factorsAt, lowAt, highAt, kindAt);
      out.set(rows.subarray(root * lanes, root * lanes + lanes));
    },
  };
}

/**
 * Sweepers by diagram and lane count, kept while the diagram lives: the live app sweeps one
 * diagram on every edit, and the rows (nodes × lanes doubles) are its largest allocation.
 */
const sweepers = new WeakMap<DecisionDiagram, Map<number, Sweeper>>();

function getSweeper(dd: DecisionDiagram, lanes: number): Sweeper {
  let byLanes = sweepers.get(dd);
  if (byLanes === undefined) {
    byLanes = new Map();
    sweepers.set(dd, byLanes);
  }
  let sweeper = byLanes.get(lanes);
  if (sweeper === undefined) {
    sweeper = createWasmSweeper(dd, lanes) ?? createJsSweeper(dd, lanes);
    byLanes.set(lanes, sweeper);
  }
  return sweeper;
}

/**
 * One bottom-up pass over `lanes` lanes; writes the root's values to `out`.
 * @param dd the decision diagram
 * @param lanes lanes per node, a positive multiple of {@link LANE_STEP} (pad unused lanes)
 * @param input the kinds, factors and terminal values
 * @param out receives the root's `lanes` values
 * @example
 * // Eight lanes: the true terminal 1 and the false one 0 give P(works) in every lane.
 * sweepLanes(dd, 8, { kindOfNode, factors, falseRow, trueRow }, out);
 */
export function sweepLanes(
  dd: DecisionDiagram,
  lanes: number,
  input: LaneSweepInput,
  out: Float64Array,
): void {
  checkInput(dd, lanes, input);
  getSweeper(dd, lanes).run(input, out);
}

/** The same pass in JavaScript only (the fallback; tests compare the two). */
export function sweepLanesInJs(
  dd: DecisionDiagram,
  lanes: number,
  input: LaneSweepInput,
  out: Float64Array,
): void {
  checkInput(dd, lanes, input);
  createJsSweeper(dd, lanes).run(input, out);
}

/** Whether passes run in the WebAssembly kernel here (for the benchmark's report). */
export function isLaneSweepKernelAvailable(): boolean {
  return getKernelModule() !== null;
}

/**
 * The kind of each node's block.
 * @param dd the decision diagram
 * @param kindOf the kind of each block
 */
export function getKindOfNode(dd: DecisionDiagram, kindOf: Int32Array): Int32Array {
  const kindOfNode = new Int32Array(dd.nodeCount);
  for (let i = 2; i < dd.nodeCount; i++) kindOfNode[i] = kindOf[dd.variable[i]!]!;
  return kindOfNode;
}
