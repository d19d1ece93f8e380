/**
 * What a run keeps to find its notable histories again, in memory that does not grow with the
 * number of histories, and mergeable in any order with the same result (like the accumulator):
 * the worst {@link WORST_KEPT} by downtime, a fixed-size sample of (downtime, history) chosen
 * by a hash of the history index (so the sample does not depend on how the run was split), the
 * earliest first system failure, and the first history with a failed switch-over. The player
 * then re-simulates the chosen history with tracing on: history h uses only the stream
 * (seed, h), so it is the very history the statistics counted.
 * Runs anywhere; no DOM.
 */

/** Worst histories kept. */
export const WORST_KEPT = 8;
/** Histories in the sample (for the typical and the bad year). */
export const SAMPLE_KEPT = 512;

/** What can be picked. */
export type HistoryPickKind = 'typical' | 'bad' | 'worst' | 'first-failure' | 'switch-failure';

/** One history as the picks see it. */
export interface HistoryRecord {
  readonly history: number;
  /** System downtime in [0, H], design time units. */
  readonly downtime: number;
}

/** A picked history and why. */
export interface HistoryPick extends HistoryRecord {
  readonly kind: HistoryPickKind;
}

/** A 32-bit hash of a history index (murmur3's finaliser): the sample's order. */
function hashHistory(h: number): number {
  let x = (h ^ Math.floor(h / 4294967296)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Worse first: more downtime, then the lower history index. */
function worseFirst(a: HistoryRecord, b: HistoryRecord): number {
  return b.downtime - a.downtime || a.history - b.history;
}

interface Sampled extends HistoryRecord {
  readonly hash: number;
}

function bySampleOrder(a: Sampled, b: Sampled): number {
  return a.hash - b.hash || a.history - b.history;
}

/** Inserts an item into a sorted list, keeping at most `limit` items. */
function insertSorted<T>(list: T[], item: T, order: (a: T, b: T) => number, limit: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order(list[mid]!, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
  if (list.length > limit) list.pop();
}

/** The notable histories of a run. */
export class HistoryPicks {
  private worst: HistoryRecord[] = [];
  private sample: Sampled[] = [];
  /** Earliest first system failure: time and history (`Infinity`, −1: none yet). */
  firstFailureTime = Infinity;
  firstFailureHistory = -1;
  /** Lowest-numbered history with a failed switch-over (−1: none yet), and how many had one. */
  switchFailureHistory = -1;
  switchFailureHistories = 0;

  /**
   * Records one history.
   * @param history its index
   * @param downtime system downtime in [0, H], design time units
   * @param firstFailure time of the first system failure, `Infinity` when none
   * @param switchFailures failed switch-over attempts in the history
   */
  add(history: number, downtime: number, firstFailure: number, switchFailures: number): void {
    const worst = this.worst;
    if (worst.length < WORST_KEPT || worseFirst({ history, downtime }, worst.at(-1)!) < 0) {
      insertSorted(worst, { history, downtime }, worseFirst, WORST_KEPT);
    }
    const hash = hashHistory(history);
    const sample = this.sample;
    const last = sample.at(-1);
    if (
      sample.length < SAMPLE_KEPT ||
      hash < last!.hash ||
      (hash === last!.hash && history < last!.history)
    ) {
      insertSorted(sample, { history, downtime, hash }, bySampleOrder, SAMPLE_KEPT);
    }
    if (
      firstFailure < this.firstFailureTime ||
      (firstFailure === this.firstFailureTime && history < this.firstFailureHistory)
    ) {
      this.firstFailureTime = firstFailure;
      this.firstFailureHistory = history;
    }
    if (switchFailures > 0) {
      this.switchFailureHistories++;
      if (this.switchFailureHistory < 0 || history < this.switchFailureHistory) {
        this.switchFailureHistory = history;
      }
    }
  }

  /** Adds another run part's picks (the result does not depend on the order of merges). */
  merge(other: HistoryPicks): void {
    this.worst = [...this.worst, ...other.worst].sort(worseFirst).slice(0, WORST_KEPT);
    this.sample = [...this.sample, ...other.sample].sort(bySampleOrder).slice(0, SAMPLE_KEPT);
    if (
      other.firstFailureTime < this.firstFailureTime ||
      (other.firstFailureTime === this.firstFailureTime &&
        other.firstFailureHistory >= 0 &&
        other.firstFailureHistory < this.firstFailureHistory)
    ) {
      this.firstFailureTime = other.firstFailureTime;
      this.firstFailureHistory = other.firstFailureHistory;
    }
    this.switchFailureHistories += other.switchFailureHistories;
    if (
      other.switchFailureHistory >= 0 &&
      (this.switchFailureHistory < 0 || other.switchFailureHistory < this.switchFailureHistory)
    ) {
      this.switchFailureHistory = other.switchFailureHistory;
    }
  }

  /** Numbers written by {@link serialize}. */
  static serializedLength(): number {
    return 4 + 1 + 2 * WORST_KEPT + 1 + 2 * SAMPLE_KEPT;
  }

  /** Writes the picks into `out` from `at`; returns the position after them. */
  serialize(out: Float64Array, at: number): number {
    let i = at;
    out[i++] = this.firstFailureTime;
    out[i++] = this.firstFailureHistory;
    out[i++] = this.switchFailureHistory;
    out[i++] = this.switchFailureHistories;
    out[i++] = this.worst.length;
    for (let k = 0; k < WORST_KEPT; k++) {
      out[i++] = this.worst[k]?.history ?? -1;
      out[i++] = this.worst[k]?.downtime ?? 0;
    }
    out[i++] = this.sample.length;
    for (let k = 0; k < SAMPLE_KEPT; k++) {
      out[i++] = this.sample[k]?.history ?? -1;
      out[i++] = this.sample[k]?.downtime ?? 0;
    }
    return i;
  }

  /** Reads picks written by {@link serialize}. */
  static deserialize(data: Float64Array, at: number): { picks: HistoryPicks; next: number } {
    const picks = new HistoryPicks();
    let i = at;
    picks.firstFailureTime = data[i++]!;
    picks.firstFailureHistory = data[i++]!;
    picks.switchFailureHistory = data[i++]!;
    picks.switchFailureHistories = data[i++]!;
    const worst = data[i++]!;
    for (let k = 0; k < WORST_KEPT; k++, i += 2) {
      if (k < worst) picks.worst.push({ history: data[i]!, downtime: data[i + 1]! });
    }
    const sample = data[i++]!;
    for (let k = 0; k < SAMPLE_KEPT; k++, i += 2) {
      if (k < sample) {
        const history = data[i]!;
        picks.sample.push({ history, downtime: data[i + 1]!, hash: hashHistory(history) });
      }
    }
    return { picks, next: i };
  }

  /** The worst histories kept, worst first. */
  getWorst(): readonly HistoryRecord[] {
    return this.worst;
  }

  /**
   * The history of the sample at a downtime quantile (ties: the lowest index).
   * @param q 0.5 for the typical history, 0.95 for the bad year
   */
  getQuantile(q: number): HistoryRecord | null {
    if (this.sample.length === 0) return null;
    const sorted = [...this.sample].sort(
      (a, b) => a.downtime - b.downtime || a.history - b.history,
    );
    const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
    const { history, downtime } = sorted[at]!;
    return { history, downtime };
  }

  /** A notable history, or null when the run has none of that kind (no failure at all, …). */
  pick(kind: HistoryPickKind): HistoryPick | null {
    switch (kind) {
      case 'typical':
      case 'bad': {
        const r = this.getQuantile(kind === 'typical' ? 0.5 : 0.95);
        return r === null ? null : { ...r, kind };
      }
      case 'worst': {
        const r = this.worst[0];
        return r === undefined ? null : { ...r, kind };
      }
      case 'first-failure':
        return this.firstFailureHistory < 0 || !Number.isFinite(this.firstFailureTime)
          ? null
          : { history: this.firstFailureHistory, downtime: NaN, kind };
      case 'switch-failure':
        return this.switchFailureHistory < 0
          ? null
          : { history: this.switchFailureHistory, downtime: NaN, kind };
    }
  }
}
