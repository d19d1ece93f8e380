/**
 * Small helpers on sorted lists of half-open time intervals [start, end) kept in typed arrays
 * (the mission fast path's switch-over outages).
 * Runs anywhere; no DOM.
 */

/** A growable list of intervals. */
export class IntervalList {
  start = new Float64Array(8);
  end = new Float64Array(8);
  length = 0;

  clear(): void {
    this.length = 0;
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
    if (n === this.start.length) {
      const start = new Float64Array(2 * n);
      const end = new Float64Array(2 * n);
      start.set(this.start);
      end.set(this.end);
      this.start = start;
      this.end = end;
    }
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

  /** Length of the intersection with another list. */
  getOverlap(other: IntervalList): number {
    let total = 0;
    for (let i = 0; i < this.length; i++) {
      for (let j = 0; j < other.length; j++) {
        const a = Math.max(this.start[i]!, other.start[j]!);
        const b = Math.min(this.end[i]!, other.end[j]!);
        if (b > a) total += b - a;
      }
    }
    return total;
  }
}
