/**
 * The timeline of one history of the mission fast path: each block's death time (failure
 * state), the switch-over outages of standby blocks with a delay, and what follows for the
 * system: the first failure by the life semiring, and the real downtime and outages, in closed
 * form when all outages belong to one block or by sweeping the breakpoints otherwise.
 * Runs anywhere; no DOM.
 */
import type { CompiledModel } from './compile.ts';
import { IntervalList } from './intervals.ts';
import type { TraceRecorder } from './trace.ts';

/** Block death times and switch-over outages of one history, and their consequences. */
export class MissionTimeline {
  private readonly m: CompiledModel;
  private readonly horizon: number;
  /** Failure-state death time of each block (Infinity: alive at H). */
  readonly deadAt: Float64Array;
  /** Block states used by {@link MissionTimeline.isSystemUp}. */
  readonly blockUpNow: Uint8Array;
  /** Results of a sweep: real downtime, overlap with system downtime and outages per block. */
  readonly blockDown: Float64Array;
  readonly blockOverlap: Float64Array;
  readonly blockOutages: Int32Array;
  sweepDowntime = 0;
  sweepOutages = 0;
  /** Number of switch-over outages recorded in this history. */
  outageCount = 0;
  private outageStart = new Float64Array(64);
  private outageEnd = new Float64Array(64);
  private outageBlock = new Int32Array(64);
  private readonly gateLife: Float64Array;
  private readonly gateUp: Uint8Array;
  private readonly predScratch: Float64Array;
  private readonly blockWasUp: Uint8Array;
  private points = new Float64Array(16);
  private readonly merged = new IntervalList();
  private readonly systemDown = new IntervalList();

  constructor(model: CompiledModel, horizon: number) {
    this.m = model;
    this.horizon = horizon;
    const B = model.blockCount;
    this.deadAt = new Float64Array(B);
    this.blockUpNow = new Uint8Array(B).fill(1);
    this.blockDown = new Float64Array(B);
    this.blockOverlap = new Float64Array(B);
    this.blockOutages = new Int32Array(B);
    this.blockWasUp = new Uint8Array(B);
    this.gateLife = new Float64Array(model.gateCount);
    this.gateUp = new Uint8Array(model.gateCount);
    let maxPreds = 1;
    for (let g = 0; g < model.gateCount; g++) {
      maxPreds = Math.max(maxPreds, model.predStart[g + 1]! - model.predStart[g]!);
    }
    this.predScratch = new Float64Array(maxPreds);
  }

  /** Records that block b is down for a switch-over during [start, end). */
  addOutage(b: number, start: number, end: number): void {
    if (this.outageCount === this.outageStart.length) {
      const size = this.outageCount * 2;
      const grow = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
        const out = make(size);
        out.set(a);
        return out;
      };
      this.outageStart = grow(this.outageStart, (s) => new Float64Array(s));
      this.outageEnd = grow(this.outageEnd, (s) => new Float64Array(s));
      this.outageBlock = grow(this.outageBlock, (s) => new Int32Array(s));
    }
    this.outageStart[this.outageCount] = start;
    this.outageEnd[this.outageCount] = end;
    this.outageBlock[this.outageCount++] = b;
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

  /** Sets `blockUpNow` to the block states at t (`real`: switch-overs count as down). */
  setBlockStates(t: number, real: boolean): void {
    const B = this.m.blockCount;
    for (let b = 0; b < B; b++) this.blockUpNow[b] = this.deadAt[b]! > t ? 1 : 0;
    if (real) {
      for (let i = 0; i < this.outageCount; i++) {
        if (this.outageStart[i]! <= t && t < this.outageEnd[i]!)
          this.blockUpNow[this.outageBlock[i]!] = 0;
      }
    }
  }

  /** Time of the first system failure: the life semiring (min over series, k-th max over votes). */
  computeSystemLife(): number {
    const m = this.m;
    const life = this.gateLife;
    const scratch = this.predScratch;
    for (let g = 0; g < m.gateCount; g++) {
      const k = m.gateThreshold[g]!;
      let value = Infinity;
      if (k > 0) {
        const start = m.predStart[g]!;
        const count = m.predStart[g + 1]! - start;
        if (k === 1) {
          value = -Infinity;
          for (let i = 0; i < count; i++) value = Math.max(value, life[m.preds[start + i]!]!);
        } else if (k === count) {
          for (let i = 0; i < count; i++) value = Math.min(value, life[m.preds[start + i]!]!);
        } else {
          for (let i = 0; i < count; i++) scratch[i] = life[m.preds[start + i]!]!;
          // k-th largest by partial selection.
          for (let i = 0; i < k; i++) {
            let best = i;
            for (let j = i + 1; j < count; j++) if (scratch[j]! > scratch[best]!) best = j;
            const swap = scratch[i]!;
            scratch[i] = scratch[best]!;
            scratch[best] = swap;
          }
          value = count >= k ? scratch[k - 1]! : 0;
        }
      }
      const gb = m.gateBlock[g]!;
      life[g] = gb >= 0 ? Math.min(value, this.deadAt[gb]!) : value;
    }
    return life[m.output]!;
  }

  /** Whether every switch-over outage of this history belongs to one block. */
  isSingleBlockOutages(): boolean {
    const b0 = this.outageBlock[0]!;
    for (let i = 1; i < this.outageCount; i++) if (this.outageBlock[i] !== b0) return false;
    return true;
  }

  /**
   * The sweep's results in closed form when all outages belong to one block b0: outside them
   * the real state is the failure state (down from the first failure T on); inside them the
   * system is down from L on, L being the system life with b0 dead from 0 (monotone).
   * Real system down set = [T, H) ∪ (outages ∩ [L, T)).
   */
  resolveSingleBlockOutages(firstFailure: number): void {
    const H = this.horizon;
    const B = this.m.blockCount;
    const b0 = this.outageBlock[0]!;
    const merged = this.merged;
    merged.clear();
    for (let i = 0; i < this.outageCount; i++)
      merged.push(this.outageStart[i]!, Math.min(this.outageEnd[i]!, H));
    const saved = this.deadAt[b0]!;
    this.deadAt[b0] = 0;
    const lifeWithout = this.computeSystemLife();
    this.deadAt[b0] = saved;
    const T = Math.min(firstFailure, H);
    const down = this.systemDown;
    down.clear();
    for (let i = 0; i < merged.length; i++)
      down.push(Math.max(merged.start[i]!, lifeWithout), Math.min(merged.end[i]!, T));
    down.push(T, H);
    this.sweepDowntime = down.getTotal();
    this.sweepOutages = down.countStartsAfterZero();
    for (let b = 0; b < B; b++) {
      const d = this.deadAt[b]!;
      if (b === b0) continue;
      this.blockDown[b] = d < H ? H - d : 0;
      this.blockOverlap[b] = d < H ? down.getLengthFrom(d) : 0;
      this.blockOutages[b] = d > 0 && d < H ? 1 : 0;
    }
    // Block b0 itself: its outages, then dead from its failure-layer death on.
    if (saved < H) {
      let n = 0;
      while (n < merged.length && merged.start[n]! <= saved) n++;
      merged.length = n;
      merged.push(Math.max(saved, n > 0 ? merged.start[n - 1]! : saved), H);
    }
    this.blockDown[b0] = merged.getTotal();
    this.blockOverlap[b0] = merged.getOverlap(down);
    this.blockOutages[b0] = merged.countStartsAfterZero();
  }

  /**
   * Real system downtime and outages by sweeping the breakpoints (switch-overs present); also
   * fills the per-block downtime, overlap and outage counts.
   */
  sweep(trace: TraceRecorder | null): void {
    const H = this.horizon;
    const B = this.m.blockCount;
    const needed = 1 + B + 2 * this.outageCount;
    if (this.points.length < needed) this.points = new Float64Array(2 * needed);
    const points = this.points;
    let n = 0;
    points[n++] = 0;
    for (let b = 0; b < B; b++) if (this.deadAt[b]! < H) points[n++] = this.deadAt[b]!;
    for (let i = 0; i < this.outageCount; i++) {
      if (this.outageStart[i]! < H) points[n++] = this.outageStart[i]!;
      if (this.outageEnd[i]! < H) points[n++] = this.outageEnd[i]!;
    }
    // Insertion sort: a handful of points.
    for (let i = 1; i < n; i++) {
      const x = points[i]!;
      let j = i - 1;
      while (j >= 0 && points[j]! > x) {
        points[j + 1] = points[j]!;
        j--;
      }
      points[j + 1] = x;
    }
    let downtime = 0;
    let outages = 0;
    let wasUp = true;
    for (let b = 0; b < B; b++) {
      this.blockDown[b] = 0;
      this.blockOverlap[b] = 0;
      this.blockOutages[b] = 0;
      this.blockWasUp[b] = 1;
    }
    for (let i = 0; i < n; i++) {
      const p = points[i]!;
      if (i > 0 && p === points[i - 1]) continue;
      let q = H;
      for (let j = i + 1; j < n; j++) {
        if (points[j]! > p) {
          q = points[j]!;
          break;
        }
      }
      this.setBlockStates(p, true);
      const up = this.isSystemUp();
      if (trace !== null && (i === 0 || up !== wasUp)) trace.systemState(p, up);
      if (!up && wasUp && p > 0) outages++;
      if (!up) downtime += q - p;
      for (let b = 0; b < B; b++) {
        const blockUp = this.blockUpNow[b]!;
        if (blockUp === 0) {
          this.blockDown[b]! += q - p;
          if (!up) this.blockOverlap[b]! += q - p;
          if (this.blockWasUp[b] === 1 && p > 0) this.blockOutages[b]!++;
        }
        this.blockWasUp[b] = blockUp;
      }
      wasUp = up;
    }
    this.sweepDowntime = downtime;
    this.sweepOutages = outages;
  }
}
