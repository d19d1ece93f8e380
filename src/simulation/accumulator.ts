/**
 * The accumulator of a run: everything the result needs, in memory that does not grow with the
 * number of histories (counts, fixed-point sums, fixed-size histograms). Mergeable in any order with
 * bit-identical results, and serialisable into one Float64Array for transfer between threads.
 * Runs anywhere; no DOM.
 */
import { HistoryPicks } from './historyPicks.ts';
import { DOWNTIME_BINS, FixedSum, FAILURE_TIME_BINS, getDowntimeBin } from './stats.ts';

/** Number of scalar fields at the head of a serialised accumulator. */
const HEADER = 9;
/** Numbers per serialised {@link FixedSum}. */
const FIXED_SUM_LIMBS = 4;

/**
 * Sums over histories. Fractions are of the horizon H; counts are integers kept exactly in
 * doubles (below 2^53).
 */
export class SimulationAccumulator {
  readonly blockCount: number;
  histories = 0;
  /** Histories without system failure in [0, H]. */
  survived = 0;
  events = 0;
  /** Σ and Σ² of system outages (real up → down transitions) per history. */
  outageSum = 0;
  outageSquares = 0;
  /** Σ of system failures per history (switch-over outages left out). */
  failureSum = 0;
  /** Histories without any downtime. */
  downZero = 0;
  maxDownFraction = 0;
  readonly downSum = new FixedSum();
  readonly downSquares = new FixedSum();
  readonly downBins = new Float64Array(DOWNTIME_BINS);
  /** First-failure times: bin i holds t/H in [i/1000, (i+1)/1000). */
  readonly failureTimeBins = new Float64Array(FAILURE_TIME_BINS);
  readonly blockDown: FixedSum[];
  readonly blockOverlap: FixedSum[];
  readonly blockOutages: Float64Array;
  readonly blockUnitFailures: Float64Array;
  /** The notable histories (for the replay); the runner adds each history by its index. */
  readonly picks = new HistoryPicks();

  constructor(blockCount: number) {
    this.blockCount = blockCount;
    this.blockDown = Array.from({ length: blockCount }, () => new FixedSum());
    this.blockOverlap = Array.from({ length: blockCount }, () => new FixedSum());
    this.blockOutages = new Float64Array(blockCount);
    this.blockUnitFailures = new Float64Array(blockCount);
  }

  /**
   * Records one history's system figures.
   * @param downFraction system downtime / H
   * @param firstFailureFraction time of the first system failure / H, ≥ 1 when none
   * @param outages real up → down transitions of the system
   * @param failures system failures not counting switch-over outages
   * @param events unit events processed
   */
  addHistory(
    downFraction: number,
    firstFailureFraction: number,
    outages: number,
    failures: number,
    events: number,
  ): void {
    this.histories++;
    this.events += events;
    this.outageSum += outages;
    this.outageSquares += outages * outages;
    this.failureSum += failures;
    if (firstFailureFraction >= 1) this.survived++;
    else this.failureTimeBins[Math.floor(firstFailureFraction * FAILURE_TIME_BINS)]!++;
    if (downFraction > 0) {
      this.downSum.add(downFraction);
      this.downSquares.add(downFraction * downFraction);
      this.downBins[getDowntimeBin(downFraction)]!++;
      if (downFraction > this.maxDownFraction) this.maxDownFraction = downFraction;
    } else this.downZero++;
  }

  /**
   * Records a history of a reliability-only run (no failure times, no downtime).
   * @param survived no system failure in [0, H]
   * @param events unit failures
   */
  addSurvival(survived: boolean, events: number): void {
    this.histories++;
    this.events += events;
    if (survived) this.survived++;
  }

  /**
   * Records one history's figures of a block (call only when something is non-zero).
   * @param downFraction block downtime / H
   * @param overlapFraction time both the block and the system were down / H
   */
  addBlock(
    b: number,
    downFraction: number,
    overlapFraction: number,
    outages: number,
    unitFailures: number,
  ): void {
    if (downFraction > 0) this.blockDown[b]!.add(downFraction);
    if (overlapFraction > 0) this.blockOverlap[b]!.add(overlapFraction);
    this.blockOutages[b]! += outages;
    this.blockUnitFailures[b]! += unitFailures;
  }

  /** Adds another accumulator of the same design (exact: any order gives the same result). */
  merge(other: SimulationAccumulator): void {
    this.mergeSerialized(other.serialize());
  }

  /** Packs everything into one array (its buffer can be transferred). */
  serialize(): Float64Array {
    const sums = [this.downSum, this.downSquares, ...this.blockDown, ...this.blockOverlap];
    const b = this.blockCount;
    const out = new Float64Array(
      HEADER +
        DOWNTIME_BINS +
        FAILURE_TIME_BINS +
        2 * b +
        FIXED_SUM_LIMBS * sums.length +
        HistoryPicks.serializedLength(),
    );
    out.set([
      b,
      this.histories,
      this.survived,
      this.events,
      this.outageSum,
      this.outageSquares,
      this.failureSum,
      this.downZero,
      this.maxDownFraction,
    ]);
    let at = HEADER;
    out.set(this.downBins, at);
    at += DOWNTIME_BINS;
    out.set(this.failureTimeBins, at);
    at += FAILURE_TIME_BINS;
    out.set(this.blockOutages, at);
    at += b;
    out.set(this.blockUnitFailures, at);
    at += b;
    for (const sum of sums) {
      out.set(sum.getLimbs(), at);
      at += FIXED_SUM_LIMBS;
    }
    this.picks.serialize(out, at);
    return out;
  }

  /**
   * Adds a serialised accumulator.
   * @param data from {@link SimulationAccumulator.serialize} for a design with as many blocks
   * @throws when the data does not fit (a bug: data comes from our own workers)
   */
  mergeSerialized(data: Float64Array): void {
    const b = this.blockCount;
    if (data[0] !== b) throw new Error(`accumulator of ${data[0]} blocks merged into ${b}`);
    this.histories += data[1]!;
    this.survived += data[2]!;
    this.events += data[3]!;
    this.outageSum += data[4]!;
    this.outageSquares += data[5]!;
    this.failureSum += data[6]!;
    this.downZero += data[7]!;
    this.maxDownFraction = Math.max(this.maxDownFraction, data[8]!);
    let at = HEADER;
    for (let i = 0; i < DOWNTIME_BINS; i++) this.downBins[i]! += data[at++]!;
    for (let i = 0; i < FAILURE_TIME_BINS; i++) this.failureTimeBins[i]! += data[at++]!;
    for (let i = 0; i < b; i++) this.blockOutages[i]! += data[at++]!;
    for (let i = 0; i < b; i++) this.blockUnitFailures[i]! += data[at++]!;
    const sums = [this.downSum, this.downSquares, ...this.blockDown, ...this.blockOverlap];
    for (const sum of sums) {
      sum.addLimbs(data.subarray(at, at + FIXED_SUM_LIMBS));
      at += FIXED_SUM_LIMBS;
    }
    const read = HistoryPicks.deserialize(data, at);
    this.picks.merge(read.picks);
    at = read.next;
    if (at !== data.length) throw new Error('malformed accumulator data');
  }
}
