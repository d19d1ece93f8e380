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
  /** That history's downtime. */
  firstFailureDowntime = 0;
  /** Lowest-numbered history with a failed switch-over (−1: none yet), and how many had one. */
  switchFailureHistory = -1;
  switchFailureHistories = 0;
  /** That history's downtime. */
  switchFailureDowntime = 0;

  /**
   * Records one history.
   * @param history its index
   * @param downtime system downtime in [0, H], design time units
   * @param firstFailure time of the first system failure, `Infinity` when none
   * @param switchFailures failed switch-over attempts in the history
   */
  add(history: number, downtime: number, firstFailure: number, switchFailures: number): void {
    // Called once per history on the hot path: compare with plain numbers, allocate only to keep.
    const worst = this.worst;
    const last = worst.length < WORST_KEPT ? null : worst[WORST_KEPT - 1]!;
    if (
      last === null ||
      downtime > last.downtime ||
      (downtime === last.downtime && history < last.history)
    ) {
      insertSorted(worst, { history, downtime }, worseFirst, WORST_KEPT);
    }
    const hash = hashHistory(history);
    const sample = this.sample;
    const cut = sample.length < SAMPLE_KEPT ? null : sample[SAMPLE_KEPT - 1]!;
    if (cut === null || hash < cut.hash || (hash === cut.hash && history < cut.history)) {
      insertSorted(sample, { history, downtime, hash }, bySampleOrder, SAMPLE_KEPT);
    }
    if (
      firstFailure < this.firstFailureTime ||
      (firstFailure === this.firstFailureTime && history < this.firstFailureHistory)
    ) {
      this.firstFailureTime = firstFailure;
      this.firstFailureHistory = history;
      this.firstFailureDowntime = downtime;
    }
    if (switchFailures > 0) {
      this.switchFailureHistories++;
      if (this.switchFailureHistory < 0 || history < this.switchFailureHistory) {
        this.switchFailureHistory = history;
        this.switchFailureDowntime = downtime;
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
      this.firstFailureDowntime = other.firstFailureDowntime;
    }
    this.switchFailureHistories += other.switchFailureHistories;
    if (
      other.switchFailureHistory >= 0 &&
      (this.switchFailureHistory < 0 || other.switchFailureHistory < this.switchFailureHistory)
    ) {
      this.switchFailureHistory = other.switchFailureHistory;
      this.switchFailureDowntime = other.switchFailureDowntime;
    }
  }

  /** Numbers written by {@link serialize}. */
  static serializedLength(): number {
    return 6 + 1 + 2 * WORST_KEPT + 1 + 2 * SAMPLE_KEPT;
  }

  /** Writes the picks into `out` from `at`; returns the position after them. */
  serialize(out: Float64Array, at: number): number {
    let i = at;
    out[i++] = this.firstFailureTime;
    out[i++] = this.firstFailureHistory;
    out[i++] = this.switchFailureHistory;
    out[i++] = this.switchFailureHistories;
    out[i++] = this.firstFailureDowntime;
    out[i++] = this.switchFailureDowntime;
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
    picks.firstFailureDowntime = data[i++]!;
    picks.switchFailureDowntime = data[i++]!;
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

  /** The sample, in hash order (a subset of the run that does not depend on its split). */
  getSample(): readonly HistoryRecord[] {
    return this.sample.map(({ history, downtime }) => ({ history, downtime }));
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
          : { history: this.firstFailureHistory, downtime: this.firstFailureDowntime, kind };
      case 'switch-failure':
        return this.switchFailureHistory < 0
          ? null
          : { history: this.switchFailureHistory, downtime: this.switchFailureDowntime, kind };
    }
  }
}

/** Every pick kind, in the order the player and the command line offer them. */
export const HISTORY_PICK_KINDS: readonly HistoryPickKind[] = [
  'typical',
  'bad',
  'worst',
  'first-failure',
  'switch-failure',
];

/** What a run's result says about its notable histories (plain data). */
export interface HistoryPicksResult {
  /** One entry per kind the run has (none of a kind: absent), in {@link HISTORY_PICK_KINDS} order. */
  readonly picks: readonly HistoryPick[];
  /** The worst histories kept, worst first. */
  readonly worst: readonly HistoryRecord[];
  /** The sample of (history, downtime), least downtime first: where a history sits in the run. */
  readonly sample: readonly HistoryRecord[];
  /** Histories with at least one failed switch-over. */
  readonly switchFailureHistories: number;
}

/**
 * The result's view of a run's picks.
 * @param picks the merged picks of the run
 */
export function getHistoryPicksResult(picks: HistoryPicks): HistoryPicksResult {
  const found: HistoryPick[] = [];
  for (const kind of HISTORY_PICK_KINDS) {
    const p = picks.pick(kind);
    if (p !== null) found.push(p);
  }
  const sample = [...picks.getSample()].sort(
    (a, b) => a.downtime - b.downtime || a.history - b.history,
  );
  return {
    picks: found,
    worst: picks.getWorst().map(({ history, downtime }) => ({ history, downtime })),
    sample,
    switchFailureHistories: picks.switchFailureHistories,
  };
}

/**
 * The history of a kind, as both the player and `rbd trace --pick` choose it (same code).
 * @param result a run's picks
 * @returns the pick, or null when the run has none of that kind
 * @example
 * const bad = selectHistoryPick(result.picks, 'bad'); // the 95th percentile of downtime
 */
export function selectHistoryPick(
  result: HistoryPicksResult,
  kind: HistoryPickKind,
): HistoryPick | null {
  return result.picks.find((p) => p.kind === kind) ?? null;
}

/**
 * Where a downtime sits in the run: the share of the sample with less downtime, plus half the
 * share with exactly as much (a mid-rank percentile, 0..1).
 * @param downtime design time units
 */
export function getDowntimeRank(result: HistoryPicksResult, downtime: number): number {
  const n = result.sample.length;
  if (n === 0) return NaN;
  let below = 0;
  let equal = 0;
  for (const r of result.sample) {
    if (r.downtime < downtime) below++;
    else if (r.downtime === downtime) equal++;
  }
  return (below + equal / 2) / n;
}
