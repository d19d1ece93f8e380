/**
 * The timeline of one history of the mission fast path: each block's death time (failure
 * layer), the switch-over outages of standby blocks with a delay, and what follows for the real
 * system state: downtime, outages, and per-block downtime, overlap with system downtime and
 * outages. In closed form when all outages belong to one block (without any list for a single
 * outage, the commonest case), by sweeping the breakpoints otherwise. The system's first
 * failure comes from {@link MissionGates}.
 * Runs anywhere; no DOM.
 */
import type { CompiledModel } from './compile.ts';
import { IntervalSet } from './intervalSets.ts';
import { MissionGates } from './missionGates.ts';
import type { TraceRecorder } from './trace.ts';

/** Block death times and switch-over outages of one history, and their consequences. */
export class MissionTimeline {
  /** Failure-layer death time of each block (Infinity: works at H). */
  readonly deadAt: Float64Array;
  /** The gate network (system state and first failure), reading `deadAt`. */
  readonly gates: MissionGates;
  /**
   * Per-block results of a sweep or closed form: real downtime, overlap with system downtime and
   * outages (time units and counts).
   */
  readonly blockDown: Float64Array;
  readonly blockOverlap: Float64Array;
  readonly blockOutages: Int32Array;
  /** System results of a sweep or closed form: real downtime (time units) and outages. */
  sweepDowntime = 0;
  sweepOutages = 0;
  /** Number of switch-over outages recorded in this history. */
  outageCount = 0;
  private readonly m: CompiledModel;
  private readonly horizon: number;
  private outageStart = new Float64Array(64);
  private outageEnd = new Float64Array(64);
  private outageBlock = new Int32Array(64);
  private readonly blockWasUp: Uint8Array;
  private points = new Float64Array(16);
  private readonly merged = new IntervalSet();
  private readonly systemDown = new IntervalSet();
  /** The system's down set in {@link MissionTimeline.resolveSingleOutage}: head, tail start. */
  private readonly downSet = new Float64Array(3);

  constructor(model: CompiledModel, horizon: number) {
    this.m = model;
    this.horizon = horizon;
    const B = model.blockCount;
    this.deadAt = new Float64Array(B);
    this.gates = new MissionGates(model, this.deadAt);
    this.blockDown = new Float64Array(B);
    this.blockOverlap = new Float64Array(B);
    this.blockOutages = new Int32Array(B);
    this.blockWasUp = new Uint8Array(B);
  }

  /** Records that block b is down for a switch-over during [start, end). */
  addOutage(b: number, start: number, end: number): void {
    if (this.outageCount === this.outageStart.length) this.growOutages();
    this.outageStart[this.outageCount] = start;
    this.outageEnd[this.outageCount] = end;
    this.outageBlock[this.outageCount++] = b;
  }

  /** Doubles the outage arrays (kept out of {@link MissionTimeline.addOutage}, which is hot). */
  private growOutages(): void {
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

  /** Sets the gates' block states to the real states at t (switch-overs count as down). */
  private setBlockStates(t: number): void {
    const B = this.m.blockCount;
    const up = this.gates.blockUpNow;
    for (let b = 0; b < B; b++) up[b] = this.deadAt[b]! > t ? 1 : 0;
    for (let i = 0; i < this.outageCount; i++) {
      if (this.outageStart[i]! <= t && t < this.outageEnd[i]!) up[this.outageBlock[i]!] = 0;
    }
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
   * system is down from L on, L being the system life with b0 dead from 0 (monotone; 0 when b0
   * alone fails the system). Real system down set = [T, H) ∪ (outages ∩ [L, T)).
   * T is the system life of the gates' last computation (Infinity when no block dies).
   * Per-block figures are filled for b0 and the blocks listed in `dead` only (the others are
   * never down).
   * @param dead the blocks dying before H (first `count` entries)
   */
  resolveSingleBlockOutages(dead: Int32Array, count: number): void {
    const H = this.horizon;
    const b0 = this.outageBlock[0]!;
    const merged = this.merged;
    merged.clear();
    for (let i = 0; i < this.outageCount; i++)
      merged.push(this.outageStart[i]!, Math.min(this.outageEnd[i]!, H));
    const saved = this.deadAt[b0]!;
    const T = Math.min(this.gates.getSystemLife(), H);
    const lifeWithout = this.gates.getLifeWithout(b0);
    const down = this.systemDown;
    down.clear();
    for (let i = 0; i < merged.length; i++)
      down.push(Math.max(merged.start[i]!, lifeWithout), Math.min(merged.end[i]!, T));
    down.push(T, H);
    this.sweepDowntime = down.getTotal();
    this.sweepOutages = down.countStartsAfterZero();
    for (let i = 0; i < count; i++) {
      const b = dead[i]!;
      const d = this.deadAt[b]!;
      this.blockDown[b] = H - d;
      this.blockOverlap[b] = down.getLengthFrom(d);
      this.blockOutages[b] = d > 0 ? 1 : 0;
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
   * {@link MissionTimeline.resolveSingleBlockOutages} for the commonest case, a single outage
   * [s, e) of one block b0, without lists: the system's down set is a head [max(s, L), min(e, T))
   * and a tail [T, H) (one interval when they touch), b0's is [s, e) then [d0, H) from its own
   * death d0. Same figures, operation for operation.
   * @param dead the blocks dying before H (first `count` entries)
   */
  resolveSingleOutage(dead: Int32Array, count: number): void {
    const H = this.horizon;
    const b0 = this.outageBlock[0]!;
    const s = this.outageStart[0]!;
    const e = Math.min(this.outageEnd[0]!, H);
    const T = Math.min(this.gates.getSystemLife(), H);
    const L = this.gates.getLifeWithout(b0);
    // Empty parts: head [0, 0), tail starting at H.
    let headStart = Math.max(s, L);
    let headEnd = Math.min(e, T);
    let tailStart = T;
    if (!(headEnd > headStart)) headStart = headEnd = 0;
    else if (tailStart < H && tailStart <= headEnd) {
      headEnd = H;
      tailStart = H;
    }
    const down = this.downSet;
    down[0] = headStart;
    down[1] = headEnd;
    down[2] = tailStart;
    this.sweepDowntime = headEnd - headStart + (H - tailStart);
    this.sweepOutages =
      Number(headEnd > headStart && headStart > 0) + Number(tailStart < H && tailStart > 0);
    for (let i = 0; i < count; i++) {
      const b = dead[i]!;
      const d = this.deadAt[b]!;
      this.blockDown[b] = H - d;
      this.blockOverlap[b] = this.getDownOverlap(d, H, 0);
      this.blockOutages[b] = d > 0 ? 1 : 0;
    }
    // Block b0: [s, e), then dead from d0 on (one interval when d0 falls inside the outage).
    const d0 = this.deadAt[b0]!;
    let start0 = s;
    let end0 = e;
    let start1 = H;
    if (!(e > s)) start0 = end0 = 0;
    if (d0 < H) {
      if (end0 > start0 && s <= d0) {
        if (d0 <= e) end0 = H;
        else start1 = d0;
      } else {
        start0 = d0;
        end0 = H;
      }
    }
    this.blockDown[b0] = end0 - start0 + (H - start1);
    const overlap0 = this.getDownOverlap(start0, end0, 0);
    this.blockOverlap[b0] = start1 < H ? this.getDownOverlap(start1, H, overlap0) : overlap0;
    this.blockOutages[b0] = Number(end0 > start0 && start0 > 0) + Number(start1 < H && start1 > 0);
  }

  /**
   * `total` plus the length of [u, v) ∩ the down set of
   * {@link MissionTimeline.resolveSingleOutage} (v ≤ H), summed as the interval lists would.
   */
  private getDownOverlap(u: number, v: number, total: number): number {
    const down = this.downSet;
    const headLow = Math.max(u, down[0]!);
    const headHigh = Math.min(v, down[1]!);
    const head = headHigh > headLow ? total + (headHigh - headLow) : total;
    const tailLow = Math.max(u, down[2]!);
    return v > tailLow ? head + (v - tailLow) : head;
  }

  /** The block of switch-over outage i of this history. */
  getOutageBlock(i: number): number {
    return this.outageBlock[i]!;
  }

  /** Start of switch-over outage i of this history. */
  getOutageStart(i: number): number {
    return this.outageStart[i]!;
  }

  /** End of switch-over outage i of this history (may lie beyond H). */
  getOutageEnd(i: number): number {
    return this.outageEnd[i]!;
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
      this.setBlockStates(p);
      const up = this.gates.isSystemUp();
      if (trace !== null && (i === 0 || up !== wasUp)) trace.systemState(p, up);
      if (!up && wasUp && p > 0) outages++;
      if (!up) downtime += q - p;
      for (let b = 0; b < B; b++) {
        const blockUp = this.gates.blockUpNow[b]!;
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
