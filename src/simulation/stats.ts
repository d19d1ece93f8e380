/**
 * Statistics of the Monte Carlo engine: reproducible (order-independent) sums, Wilson and normal
 * intervals, and fixed-size histograms with percentiles.
 *
 * Why fixed-point sums instead of Welford accumulators: results must be bit-identical whatever
 * the number of workers and the chunk size. Floating-point sums depend on the order of the
 * terms; integer sums of fixed-point terms do not, so chunks can be merged in any order.
 * Runs anywhere; no DOM.
 */

/** 2^35: one limb of a {@link FixedSum}. */
const LIMB = 34359738368;
/** Adds between carry normalisations (every limb sum stays below 2^53). */
const ADDS_PER_CARRY = 1 << 17;

/**
 * A reproducible sum of numbers in [0, 1]: each term is truncated to 105 fractional bits (three
 * limbs of 35 bits, every step exact in double arithmetic) and the limbs are summed as integers.
 * Integer sums do not depend on order, so merging chunks in any order gives the same bits.
 * Terms below 2^-105 ≈ 2.5e-32 count as 0; a term's relative truncation error is below
 * 2^-105 / term (for a downtime fraction of 1e-12: 2.5e-20).
 * @example
 * const s = new FixedSum();
 * s.add(0.25); s.add(0.5);
 * s.getValue(); // 0.75
 */
export class FixedSum {
  /** Whole units. */
  private whole = 0;
  /** Units of 2^-35, 2^-70 and 2^-105. */
  private l0 = 0;
  private l1 = 0;
  private l2 = 0;
  private pending = 0;

  /** Adds a term in [0, 1] (truncated to 105 fractional bits). */
  add(x: number): void {
    let y = x * LIMB;
    const a = Math.floor(y);
    y = (y - a) * LIMB;
    const b = Math.floor(y);
    y = (y - b) * LIMB;
    this.l0 += a;
    this.l1 += b;
    this.l2 += Math.floor(y);
    if (++this.pending === ADDS_PER_CARRY) this.normalize();
  }

  /** Brings every fractional limb back into [0, 2^35) (the canonical form). */
  private normalize(): void {
    let carry = Math.floor(this.l2 / LIMB);
    this.l2 -= carry * LIMB;
    this.l1 += carry;
    carry = Math.floor(this.l1 / LIMB);
    this.l1 -= carry * LIMB;
    this.l0 += carry;
    carry = Math.floor(this.l0 / LIMB);
    this.l0 -= carry * LIMB;
    this.whole += carry;
    this.pending = 0;
  }

  /** The sum, rounded from the canonical limbs (a function of the exact sum alone). */
  getValue(): number {
    this.normalize();
    return this.whole + (this.l0 + (this.l1 + this.l2 / LIMB) / LIMB) / LIMB;
  }

  /** The limbs, for sending to another thread. */
  getLimbs(): [number, number, number, number] {
    this.normalize();
    return [this.whole, this.l0, this.l1, this.l2];
  }

  /** Adds limbs produced by {@link FixedSum.getLimbs} (exact). */
  addLimbs(limbs: ArrayLike<number>): void {
    this.normalize();
    this.whole += limbs[0]!;
    this.l0 += limbs[1]!;
    this.l1 += limbs[2]!;
    this.l2 += limbs[3]!;
    this.normalize();
  }
}

/** z for a two-sided 95 % normal interval. */
export const Z_95 = 1.959963984540054;
/** z for a two-sided 99.9 % normal interval. */
export const Z_999 = 3.2905267314918945;

/**
 * Wilson score interval of a binomial proportion (Wilson 1927; Agresti & Coull 1998).
 * center = (p̂ + z²/2n)/(1 + z²/n), half = z/(1 + z²/n)·√(p̂(1−p̂)/n + z²/4n²).
 * @param successes number of successes
 * @param trials number of trials (> 0)
 * @param z normal quantile, e.g. {@link Z_95}
 * @returns [lower, upper] within [0, 1]
 * @example
 * getWilsonInterval(0, 100, Z_95); // [0, 0.037]
 */
export function getWilsonInterval(successes: number, trials: number, z: number): [number, number] {
  if (trials <= 0) return [0, 1];
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const denominator = 1 + z2n;
  const center = (p + z2n / 2) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
  const lower = successes === 0 ? 0 : Math.max(0, center - half);
  const upper = successes === trials ? 1 : Math.min(1, center + half);
  return [lower, upper];
}

/**
 * Sample variance from exact sums: (Σx² − (Σx)²/n)/(n − 1), never negative.
 * @param sum Σx
 * @param sumSquares Σx²
 * @param n number of terms
 */
export function getVarianceFromSums(sum: number, sumSquares: number, n: number): number {
  if (n < 2) return 0;
  return Math.max(0, (sumSquares - (sum * sum) / n) / (n - 1));
}

/** Decades covered by the downtime histogram: fractions of the horizon from 1e-12 to 1. */
export const DOWNTIME_DECADES = 12;
/** Bins per decade of the downtime histogram (relative resolution 10^(1/50) − 1 ≈ 4.7 %). */
export const DOWNTIME_BINS_PER_DECADE = 50;
/** Number of logarithmic bins of the downtime histogram (a zero count is kept apart). */
export const DOWNTIME_BINS = DOWNTIME_DECADES * DOWNTIME_BINS_PER_DECADE;
/** Number of linear bins of the time-to-first-failure histogram over [0, H). */
export const FAILURE_TIME_BINS = 1000;

/** Lower edge of downtime bin i, as a fraction of the horizon. */
export function getDowntimeBinEdge(i: number): number {
  return Math.pow(10, -DOWNTIME_DECADES + i / DOWNTIME_BINS_PER_DECADE);
}

/** Lower edges of the downtime bins (and 1 past the last). */
const DOWNTIME_EDGES = Float64Array.from({ length: DOWNTIME_BINS + 1 }, (_, i) =>
  getDowntimeBinEdge(i),
);
/** A double and its two 32-bit words, to read the binary exponent of a fraction. */
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
/** Index of the word holding sign, exponent and the top of the mantissa. */
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
/** Downtime bins per binary octave: 50·log10(2). */
const BINS_PER_OCTAVE = DOWNTIME_BINS_PER_DECADE * Math.LOG10E * Math.LN2;
/** log2(1 + i/256) for the top 8 bits i of a mantissa, in bins (bins per octave · log2). */
const MANTISSA_BINS = Float64Array.from(
  { length: 256 },
  (_, i) => Math.log2(1 + i / 256) * BINS_PER_OCTAVE,
);

/**
 * The bin of a downtime fraction f = downtime / H in (0, 1]: bin i covers
 * [edge(i), edge(i + 1)) with edge(i) = 10^(−12 + i/50) ({@link getDowntimeBinEdge}); fractions
 * below 1e-12 fall in bin 0. Called once per history with downtime, so no logarithm and no
 * branch on the value: the binary exponent and the top 8 bits of the mantissa give log2(f) from
 * below within 0.006 (0.09 bins), so the guess is the bin or the one below, and the table of
 * edges settles it exactly.
 */
export function getDowntimeBin(fraction: number): number {
  if (!(fraction >= DOWNTIME_EDGES[1]!)) return 0;
  if (fraction >= DOWNTIME_EDGES[DOWNTIME_BINS - 1]!) return DOWNTIME_BINS - 1;
  BITS[0] = fraction;
  const high = WORDS[HIGH_WORD]!;
  const octave = (high >>> 20) - 1023 + DOWNTIME_DECADES / (Math.LOG10E * Math.LN2);
  let bin = Math.floor(octave * BINS_PER_OCTAVE + MANTISSA_BINS[(high >>> 12) & 255]!);
  bin -= Number(DOWNTIME_EDGES[bin]! > fraction);
  bin += Number(DOWNTIME_EDGES[bin + 1]! <= fraction);
  return bin;
}

/**
 * A percentile of the per-history downtime from its histogram: nearest rank, then geometric
 * interpolation inside the bin (relative error below one bin width, ≈ 4.7 %).
 * @param zeroCount histories without downtime
 * @param bins counts of the logarithmic bins
 * @param total number of histories
 * @param q quantile in [0, 1]
 * @param maxFraction largest fraction observed (caps the interpolation)
 * @returns the downtime fraction of the horizon at quantile q
 */
export function getDowntimePercentile(
  zeroCount: number,
  bins: ArrayLike<number>,
  total: number,
  q: number,
  maxFraction: number,
): number {
  if (total <= 0) return NaN;
  const rank = q * total;
  if (rank <= zeroCount) return 0;
  let cumulative = zeroCount;
  for (let i = 0; i < bins.length; i++) {
    const count = bins[i]!;
    if (count > 0 && cumulative + count >= rank) {
      const within = (rank - cumulative) / count;
      const lower = getDowntimeBinEdge(i);
      const value = lower * Math.pow(10, within / DOWNTIME_BINS_PER_DECADE);
      return Math.min(value, maxFraction);
    }
    cumulative += count;
  }
  return maxFraction;
}
