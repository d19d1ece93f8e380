/**
 * The gate network's state during a history, kept up to date incrementally: when a block
 * changes, only the gates downstream of it are re-evaluated (successor lists precomputed at
 * compile time), so large designs stay fast. Two layers can be kept (the event engine's real
 * state and its failure state, see engine.ts).
 * Runs anywhere; no DOM.
 */
import type { CompiledModel } from './compile.ts';

/** Reachability of every gate, one or two layers. */
export class GateState {
  private readonly m: CompiledModel;
  /** Block up flags: layer L at [L·B, (L+1)·B). */
  readonly blockUp: Uint8Array;
  /** Gate flags and reached-predecessor counts: layer L at [L·G, (L+1)·G). */
  readonly reached: Uint8Array;
  private readonly count: Int32Array;
  private readonly stack: Int32Array;

  constructor(model: CompiledModel, layers: number) {
    this.m = model;
    this.blockUp = new Uint8Array(layers * model.blockCount);
    this.reached = new Uint8Array(layers * model.gateCount);
    this.count = new Int32Array(layers * model.gateCount);
    this.stack = new Int32Array(model.gateCount + model.succs.length + model.blockGates.length + 1);
  }

  /** Whether the system (output gate) is up in a layer. */
  isSystemUp(layer: number): boolean {
    return this.reached[layer * this.m.gateCount + this.m.output] === 1;
  }

  /** Copies one layer's state onto another. */
  copyLayer(from: number, to: number): void {
    const B = this.m.blockCount;
    const G = this.m.gateCount;
    this.blockUp.copyWithin(to * B, from * B, (from + 1) * B);
    this.reached.copyWithin(to * G, from * G, (from + 1) * G);
    this.count.copyWithin(to * G, from * G, (from + 1) * G);
  }

  /** Evaluates one layer from scratch, in topological order. */
  evaluate(layer: number): void {
    const m = this.m;
    const off = layer * m.gateCount;
    const boff = layer * m.blockCount;
    const { reached, count, blockUp } = this;
    for (let g = 0; g < m.gateCount; g++) {
      let c = 0;
      for (let i = m.predStart[g]!; i < m.predStart[g + 1]!; i++) c += reached[off + m.preds[i]!]!;
      count[off + g] = c;
      const gb = m.gateBlock[g]!;
      reached[off + g] = (gb < 0 || blockUp[boff + gb] === 1) && c >= m.gateThreshold[g]! ? 1 : 0;
    }
  }

  /**
   * Re-evaluates the gates downstream of block b in one layer after its flag changed. Threshold
   * gates are monotone, so after one block change every gate flips at most once.
   * @returns whether the output gate flipped
   */
  propagate(b: number, layer: number): boolean {
    const m = this.m;
    const off = layer * m.gateCount;
    const boff = layer * m.blockCount;
    const { gateBlock, gateThreshold, succStart, succs, blockGateStart, blockGates } = m;
    const { reached, count, stack, blockUp } = this;
    const before = reached[off + m.output];
    let sp = 0;
    for (let i = blockGateStart[b]!; i < blockGateStart[b + 1]!; i++) stack[sp++] = blockGates[i]!;
    while (sp > 0) {
      const g = stack[--sp]!;
      const gb = gateBlock[g]!;
      const now =
        (gb < 0 || blockUp[boff + gb] === 1) && count[off + g]! >= gateThreshold[g]! ? 1 : 0;
      if (now !== reached[off + g]) {
        reached[off + g] = now;
        const d = now === 1 ? 1 : -1;
        for (let i = succStart[g]!; i < succStart[g + 1]!; i++) {
          const s = succs[i]!;
          count[off + s]! += d;
          stack[sp++] = s;
        }
      }
    }
    return reached[off + m.output] !== before;
  }
}
