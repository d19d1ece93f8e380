/**
 * Down sets as sorted lists of disjoint half-open intervals [start, end), and the gate network
 * evaluated on them: a gate of threshold k over n predecessors is down exactly while at least
 * n − k + 1 of them are down (or its own block is), so the system's down set over a time window
 * follows from the blocks' down sets by merges in topological order, with no per-event work.
 * Used by the independent-block event engine (timelineEngine.ts) and for the switch-over outages
 * of the mission path (missionTimeline.ts).
 * Runs anywhere; no DOM.
 */
import type { CompiledModel } from './compile.ts';

/** A growable, sorted list of disjoint intervals. */
export class IntervalSet {
  start = new Float64Array(8);
  end = new Float64Array(8);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  /** Makes room for `extra` more intervals. */
  reserve(extra: number): void {
    const n = this.length;
    if (n + extra <= this.start.length) return;
    const size = Math.max(2 * this.start.length, n + extra);
    const start = new Float64Array(size);
    const end = new Float64Array(size);
    start.set(this.start.subarray(0, n));
    end.set(this.end.subarray(0, n));
    this.start = start;
    this.end = end;
  }

  /**
   * Appends [s, e) (s must not precede the last start), merging it with the last interval when
   * they overlap or touch; empty intervals are ignored.
   */
  push(s: number, e: number): void {
    if (!(e > s)) return;
    const n = this.length;
    if (n > 0 && s <= this.end[n - 1]!) {
      if (e > this.end[n - 1]!) this.end[n - 1] = e;
      return;
    }
    if (n === this.start.length) this.reserve(1);
    this.start[n] = s;
    this.end[n] = e;
    this.length = n + 1;
  }

  /** Total length. */
  getTotal(): number {
    let total = 0;
    for (let i = 0; i < this.length; i++) total += this.end[i]! - this.start[i]!;
    return total;
  }

  /** Number of intervals starting after 0 (outages; one in force at 0 is a state, not an outage). */
  countStartsAfterZero(): number {
    let count = 0;
    for (let i = 0; i < this.length; i++) if (this.start[i]! > 0) count++;
    return count;
  }

  /** Length of the intersection with [s, ∞). */
  getLengthFrom(s: number): number {
    let total = 0;
    for (let i = 0; i < this.length; i++) {
      const a = Math.max(this.start[i]!, s);
      if (this.end[i]! > a) total += this.end[i]! - a;
    }
    return total;
  }

  /** Length of the intersection with another set (linear merge). */
  getOverlap(other: IntervalSet): number {
    let total = 0;
    let i = 0;
    let j = 0;
    while (i < this.length && j < other.length) {
      const a = Math.max(this.start[i]!, other.start[j]!);
      const endA = this.end[i]!;
      const endB = other.end[j]!;
      const b = Math.min(endA, endB);
      if (b > a) total += b - a;
      if (endA <= endB) i++;
      else j++;
    }
    return total;
  }
}

/**
 * Writes into `out` the set of times at which at least `d` of the first `n` sets are down
 * (d ≥ 1). Touching output intervals are merged, empty ones dropped.
 * @param position scratch, at least n entries
 * @param inside scratch, at least n entries
 */
export function combineDownSets(
  sets: readonly IntervalSet[],
  n: number,
  d: number,
  out: IntervalSet,
  position: Int32Array,
  inside: Uint8Array,
): void {
  out.clear();
  if (n === 2) {
    if (d === 2) intersect(sets[0]!, sets[1]!, out);
    else unite(sets[0]!, sets[1]!, out);
    return;
  }
  for (let i = 0; i < n; i++) {
    position[i] = 0;
    inside[i] = 0;
  }
  let down = 0;
  let openedAt = 0;
  for (;;) {
    let best = -1;
    let bestTime = Infinity;
    let bestIsEnd = false;
    for (let i = 0; i < n; i++) {
      const set = sets[i]!;
      const p = position[i]!;
      if (p >= set.length) continue;
      const isEnd = inside[i] === 1;
      const t = isEnd ? set.end[p]! : set.start[p]!;
      // At equal times ends come first: touching intervals never count as overlapping.
      if (t < bestTime || (t === bestTime && isEnd && !bestIsEnd)) {
        best = i;
        bestTime = t;
        bestIsEnd = isEnd;
      }
    }
    if (best < 0) return;
    if (bestIsEnd) {
      if (down === d) out.push(openedAt, bestTime);
      down--;
      inside[best] = 0;
      position[best]!++;
    } else {
      down++;
      inside[best] = 1;
      if (down === d) openedAt = bestTime;
    }
  }
}

/** Writes a ∩ b into `out` (empty). */
function intersect(a: IntervalSet, b: IntervalSet, out: IntervalSet): void {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const endA = a.end[i]!;
    const endB = b.end[j]!;
    const low = Math.max(a.start[i]!, b.start[j]!);
    const high = Math.min(endA, endB);
    if (high > low) out.push(low, high);
    if (endA < endB) i++;
    else j++;
  }
}

/** Writes a ∪ b into `out` (empty). */
function unite(a: IntervalSet, b: IntervalSet, out: IntervalSet): void {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a.start[i]! <= b.start[j]!)) {
      out.push(a.start[i]!, a.end[i]!);
      i++;
    } else {
      out.push(b.start[j]!, b.end[j]!);
      j++;
    }
  }
}

/**
 * The gate network on down sets: for one time window, the system's down set from the blocks'.
 * Lists are shared by reference where a gate's down set equals an input's, so a window in which
 * nothing is down costs one pass over the gates.
 */
export class DownSetNetwork {
  private readonly m: CompiledModel;
  private readonly gateDown: IntervalSet[];
  private readonly own: IntervalSet[];
  private spare = new IntervalSet();
  private readonly empty = new IntervalSet();
  private readonly full = new IntervalSet();
  private readonly gathered: IntervalSet[];
  private readonly pair: IntervalSet[] = [this.empty, this.empty];
  private readonly position: Int32Array;
  private readonly inside: Uint8Array;

  constructor(model: CompiledModel) {
    this.m = model;
    const G = model.gateCount;
    this.gateDown = Array.from({ length: G }, () => this.empty);
    this.own = Array.from({ length: G }, () => new IntervalSet());
    let maxPreds = 2;
    for (let g = 0; g < G; g++) {
      maxPreds = Math.max(maxPreds, model.predStart[g + 1]! - model.predStart[g]!);
    }
    this.gathered = Array.from({ length: maxPreds }, () => this.empty);
    this.position = new Int32Array(maxPreds);
    this.inside = new Uint8Array(maxPreds);
  }

  /**
   * The system's down set over [w0, w1) (owned by the network: valid until the next call).
   * @param blockDown each block's down set within the window
   */
  evaluate(blockDown: readonly IntervalSet[], w0: number, w1: number): IntervalSet {
    const m = this.m;
    const { gateDown, gathered, own, empty, position, inside } = this;
    const { predStart, preds, gateThreshold, gateBlock } = m;
    for (let g = 0; g < m.gateCount; g++) {
      const first = predStart[g]!;
      const count = predStart[g + 1]! - first;
      const threshold = gateThreshold[g]!;
      // Down from its predecessors while at least d of them are down.
      const d = count - threshold + 1;
      let found = 0;
      if (threshold > 0) {
        for (let i = 0; i < count; i++) {
          const set = gateDown[preds[first + i]!]!;
          if (set.length > 0) gathered[found++] = set;
        }
      }
      let fromPreds = empty;
      if (threshold > 0 && d <= 0) {
        fromPreds = this.full;
        fromPreds.clear();
        fromPreds.push(w0, w1);
      } else if (threshold > 0 && found >= d) {
        if (found === 1) fromPreds = gathered[0]!;
        else {
          combineDownSets(gathered, found, d, own[g]!, position, inside);
          fromPreds = own[g]!;
        }
      }
      const b = gateBlock[g]!;
      const fromBlock = b >= 0 ? blockDown[b]! : empty;
      if (fromBlock.length === 0) gateDown[g] = fromPreds;
      else if (fromPreds.length === 0) gateDown[g] = fromBlock;
      else {
        // Union: own[g] may be an input, so write into the spare list and swap.
        this.pair[0] = fromBlock;
        this.pair[1] = fromPreds;
        const out = this.spare;
        combineDownSets(this.pair, 2, 1, out, position, inside);
        this.spare = own[g]!;
        own[g] = out;
        gateDown[g] = out;
      }
    }
    return gateDown[m.output]!;
  }
}
