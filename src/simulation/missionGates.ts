/**
 * The gate network of the mission fast path, read two ways: the system state for given block
 * states (a boolean pass), and the system's first failure for given block death times, by the
 * "life semiring": a gate dies at min(its block's death, its inputs' k-th largest death).
 *
 * The cut sets of one and two blocks are found once, in the constructor, so that most histories
 * (no more than two blocks dying) get their first failure without evaluating any gate: the
 * system fails when the set of dead blocks first contains a cut set.
 * Runs anywhere; no DOM.
 */
import type { CompiledModel } from './compile.ts';

/** How a gate combines its inputs' death times. */
const GATE_SOURCE = 0;
const GATE_COPY = 1;
const GATE_MAX = 2;
const GATE_MIN = 3;
const GATE_KTH = 4;
/** Largest design (in blocks) given a table of two-block cut sets (B² bytes, B²/2 passes). */
const MAX_PAIR_TABLE_BLOCKS = 128;

/** System state and system life of one compiled design. */
export class MissionGates {
  /** Block states read by {@link MissionGates.isSystemUp} (1 works). */
  readonly blockUpNow: Uint8Array;
  /** The system works when every block does (true for every valid design). */
  readonly upWhenAllUp: boolean;
  private readonly m: CompiledModel;
  /** Failure-layer death time of each block (Infinity: works at H), shared with the timeline. */
  private readonly deadAt: Float64Array;
  /** Blocks whose failure alone fails the system (empty tables when `upWhenAllUp` is false). */
  private readonly isEssential: Uint8Array;
  /** Pairs of blocks whose failure fails the system, B × B (empty for large designs). */
  private readonly isPairCut: Uint8Array;
  /** The system life found by the last computation (an array: no boxed double returned). */
  private readonly systemLife = new Float64Array(1);
  private readonly gateLife: Float64Array;
  private readonly gateOp: Uint8Array;
  private readonly gateUp: Uint8Array;
  private readonly predScratch: Float64Array;

  /**
   * @param deadAt the block death times read by the life computations
   */
  constructor(model: CompiledModel, deadAt: Float64Array) {
    this.m = model;
    this.deadAt = deadAt;
    const B = model.blockCount;
    const G = model.gateCount;
    this.blockUpNow = new Uint8Array(B).fill(1);
    this.gateLife = new Float64Array(G);
    this.gateUp = new Uint8Array(G);
    this.gateOp = new Uint8Array(G);
    let maxPreds = 1;
    for (let g = 0; g < G; g++) {
      const k = model.gateThreshold[g]!;
      const count = model.predStart[g + 1]! - model.predStart[g]!;
      maxPreds = Math.max(maxPreds, count);
      if (k === 0) this.gateOp[g] = GATE_SOURCE;
      else if (k === 1) this.gateOp[g] = count === 1 ? GATE_COPY : GATE_MAX;
      else this.gateOp[g] = k === count ? GATE_MIN : GATE_KTH;
    }
    this.predScratch = new Float64Array(maxPreds);
    this.upWhenAllUp = this.isSystemUp();
    this.isEssential = new Uint8Array(this.upWhenAllUp ? B : 0);
    this.isPairCut = new Uint8Array(this.upWhenAllUp && B <= MAX_PAIR_TABLE_BLOCKS ? B * B : 0);
    for (let b = 0; b < this.isEssential.length; b++) {
      this.blockUpNow[b] = 0;
      this.isEssential[b] = this.isSystemUp() ? 0 : 1;
      for (let c = 0; c < b && this.isPairCut.length > 0; c++) {
        this.blockUpNow[c] = 0;
        const cut = this.isSystemUp() ? 0 : 1;
        this.isPairCut[b * B + c] = cut;
        this.isPairCut[c * B + b] = cut;
        this.blockUpNow[c] = 1;
      }
      this.blockUpNow[b] = 1;
    }
  }

  /** Boolean evaluation of the gates for the block states in `blockUpNow`. */
  isSystemUp(): boolean {
    const m = this.m;
    const up = this.gateUp;
    const blockUp = this.blockUpNow;
    const { gateBlock, predStart, preds, gateThreshold } = m;
    for (let g = 0; g < m.gateCount; g++) {
      const gb = gateBlock[g]!;
      if (gb >= 0 && blockUp[gb] === 0) {
        up[g] = 0;
        continue;
      }
      let c = 0;
      for (let i = predStart[g]!; i < predStart[g + 1]!; i++) c += up[preds[i]!]!;
      up[g] = c >= gateThreshold[g]! ? 1 : 0;
    }
    return up[m.output] === 1;
  }

  /** Whether block b alone fails the system (false when the tables are off). */
  isBlockEssential(b: number): boolean {
    return this.isEssential[b] === 1;
  }

  /**
   * The system's first failure in the failure layer by the life semiring over every gate: a gate
   * dies at min(its block's death, its inputs' k-th largest death); the source never dies.
   * Read it with {@link MissionGates.getSystemLife} (a double returned by a call that is not
   * inlined would be boxed on the heap).
   */
  computeSystemLife(): void {
    const life = this.gateLife;
    const deadAt = this.deadAt;
    const { preds, predStart, gateBlock, gateThreshold } = this.m;
    const gateOp = this.gateOp;
    for (let g = 0; g < gateOp.length; g++) {
      const op = gateOp[g]!;
      const start = predStart[g]!;
      let value: number;
      if (op === GATE_COPY) value = life[preds[start]!]!;
      else if (op === GATE_SOURCE) value = Infinity;
      else if (op === GATE_MAX) {
        value = -Infinity;
        const end = predStart[g + 1]!;
        for (let i = start; i < end; i++) value = Math.max(value, life[preds[i]!]!);
      } else if (op === GATE_MIN) {
        value = Infinity;
        const end = predStart[g + 1]!;
        for (let i = start; i < end; i++) value = Math.min(value, life[preds[i]!]!);
      } else value = this.getKthLargestInput(g, gateThreshold[g]!);
      const gb = gateBlock[g]!;
      life[g] = gb >= 0 && deadAt[gb]! < value ? deadAt[gb]! : value;
    }
    this.systemLife[0] = life[this.m.output]!;
  }

  /**
   * {@link MissionGates.computeSystemLife} knowing which blocks die before H: with one or two of
   * them the cut sets of one and two blocks give the same number without the gates.
   * @param dead the blocks with `deadAt` below H (the others must not die before H)
   * @param count how many entries of `dead` are used (≥ 1)
   */
  computeSystemLifeOf(dead: Int32Array, count: number): void {
    const deadAt = this.deadAt;
    if (count === 1 && this.upWhenAllUp) {
      const b = dead[0]!;
      this.systemLife[0] = this.isEssential[b] === 1 ? deadAt[b]! : Infinity;
    } else if (count === 2 && this.isPairCut.length > 0) {
      let first = dead[0]!;
      let second = dead[1]!;
      if (deadAt[second]! < deadAt[first]!) {
        first = dead[1]!;
        second = dead[0]!;
      }
      if (this.isEssential[first] === 1) this.systemLife[0] = deadAt[first]!;
      else if (this.isPairCut[first * this.m.blockCount + second] === 1)
        this.systemLife[0] = deadAt[second]!;
      else this.systemLife[0] = Infinity;
    } else this.computeSystemLife();
  }

  /** The system life of the last computation (Infinity: never fails). */
  getSystemLife(): number {
    return this.systemLife[0]!;
  }

  /** Sets the system life as when no block dies. */
  setNoSystemFailure(): void {
    this.systemLife[0] = Infinity;
  }

  /**
   * The system life with block b dead from 0 and the others as in `deadAt` (0 when b alone fails
   * the system); the last computation's result is left as it was.
   */
  getLifeWithout(b: number): number {
    if (this.isEssential[b] === 1) return 0;
    const saved = this.deadAt[b]!;
    const life = this.systemLife[0]!;
    this.deadAt[b] = 0;
    this.computeSystemLife();
    const without = this.systemLife[0]!;
    this.deadAt[b] = saved;
    this.systemLife[0] = life;
    return without;
  }

  /** The k-th largest death among gate g's inputs (0 when it has fewer than k). */
  private getKthLargestInput(g: number, k: number): number {
    const m = this.m;
    const scratch = this.predScratch;
    const start = m.predStart[g]!;
    const count = m.predStart[g + 1]! - start;
    if (count < k) return 0;
    for (let i = 0; i < count; i++) scratch[i] = this.gateLife[m.preds[start + i]!]!;
    // Partial selection (few inputs).
    for (let i = 0; i < k; i++) {
      let best = i;
      for (let j = i + 1; j < count; j++) if (scratch[j]! > scratch[best]!) best = j;
      const swap = scratch[i]!;
      scratch[i] = scratch[best]!;
      scratch[best] = swap;
    }
    return scratch[k - 1]!;
  }
}
