/**
 * The pending events of individually scheduled units: each unit has one next event time
 * (`key`). Few units: a linear scan; more: a winner tree (leaf-to-root pass per change). Ties go
 * to the lowest unit index in both, so the event order does not depend on the choice.
 * Runs anywhere; no DOM.
 */

/** Up to this many units a linear scan beats the winner tree. */
const SCAN_LIMIT = 16;

/** A priority structure over a fixed set of units keyed by next event time. */
export class UnitQueue {
  /** Next event time of each unit (indexed by unit; Infinity: none). */
  readonly key: Float64Array;
  /** The units in the queue, ascending. */
  readonly units: Int32Array;
  readonly leafOf: Int32Array;
  readonly scan: boolean;
  readonly leaves: number;
  /** Winner tree: unit and key of the earliest event below each node (root 1). */
  readonly win: Int32Array;
  readonly wkey: Float64Array;

  /**
   * @param unitCount number of units of the design
   * @param units the units scheduled through this queue, ascending
   * @param key the array of next event times to order (default: a new one, all Infinity)
   */
  constructor(
    unitCount: number,
    units: Int32Array,
    key: Float64Array = new Float64Array(unitCount).fill(Infinity),
  ) {
    this.key = key;
    this.units = units;
    this.leafOf = new Int32Array(unitCount).fill(-1);
    units.forEach((u, i) => (this.leafOf[u] = i));
    this.scan = units.length <= SCAN_LIMIT;
    let leaves = 1;
    while (leaves < units.length) leaves *= 2;
    this.leaves = leaves;
    this.win = new Int32Array(2 * leaves).fill(-1);
    this.wkey = new Float64Array(2 * leaves).fill(Infinity);
  }

  /** The unit with the earliest event (lowest index on ties), or −1 when the queue is empty. */
  next(): number {
    if (this.scan) {
      const { units, key } = this;
      let best = -1;
      let t = Infinity;
      for (let i = 0; i < units.length; i++) {
        const u = units[i]!;
        const k = key[u]!;
        if (k < t || best < 0) {
          t = k;
          best = u;
        }
      }
      return best;
    }
    return this.win[1]!;
  }

  /** Rebuilds the tree from `key` (start of a history). */
  rebuild(): void {
    if (this.scan) return;
    const { win, wkey, leaves, units, key } = this;
    for (let i = 0; i < leaves; i++) {
      const u = i < units.length ? units[i]! : -1;
      win[leaves + i] = u;
      wkey[leaves + i] = u < 0 ? Infinity : key[u]!;
    }
    for (let node = leaves - 1; node >= 1; node--) {
      const left = wkey[2 * node]! <= wkey[2 * node + 1]!;
      win[node] = left ? win[2 * node]! : win[2 * node + 1]!;
      wkey[node] = left ? wkey[2 * node]! : wkey[2 * node + 1]!;
    }
  }

  /** Takes a changed `key[u]` into account (u must be in the queue). */
  update(u: number): void {
    if (this.scan) return;
    const { win, wkey } = this;
    let w = u;
    let k = this.key[u]!;
    let i = this.leafOf[u]! + this.leaves;
    wkey[i] = k;
    while (i > 1) {
      const sib = i ^ 1;
      const ks = wkey[sib]!;
      if (sib < i ? ks <= k : ks < k) {
        k = ks;
        w = win[sib]!;
      }
      i >>= 1;
      win[i] = w;
      wkey[i] = k;
    }
  }
}
