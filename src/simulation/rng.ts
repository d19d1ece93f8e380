/**
 * The seeded pseudo-random generator of the Monte Carlo engine: xoshiro128** (Blackman & Vigna,
 * "Scrambled linear pseudorandom number generators", 2018), 32-bit state words driven with
 * `Math.imul`, so one generator gives the same numbers in every JavaScript engine.
 *
 * Every history has its own stream, derived from (seed, history index) by hashing with the
 * murmur3 finaliser, so a history's numbers do not depend on which worker or chunk ran it. Within
 * one seed, distinct history indices give distinct generator states (the first state word is a
 * bijection of the low 32 bits of the index).
 *
 * Common random numbers (the paired comparison of designs, `paired.ts`): a history can instead give
 * each unit a substream of its own, keyed by (seed, history index, stable block id, unit index)
 * with {@link Rng.seedSubstream}, so a unit's lives and repairs do not depend on which other
 * blocks the design has. The history stream of {@link Rng.seedStream} is unchanged by this.
 *
 * Uniforms have 32 random bits: u = (x + 0.5) / 2^32 lies strictly inside (0, 1), so −ln(u) is
 * always finite. Events rarer than about 1e-10 per draw are therefore not resolved, which is far
 * below what any feasible number of histories can see.
 *
 * Runs anywhere (worker, Node, browser); no DOM, no allocation per draw.
 */

/** 2^-32. */
const TWO_POW_M32 = 2.3283064365386963e-10;
/** Largest seed or history index accepted (2^53 − 1). */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

/** murmur3's 32-bit finaliser: a bijection of 32-bit integers with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * A xoshiro128** generator whose stream is reset per history with {@link Rng.seedStream}.
 * @example
 * const rng = new Rng();
 * rng.seedStream(42, 0); // history 0 of seed 42
 * const u = rng.uniform(); // in (0, 1)
 */
export class Rng {
  private s0 = 1;
  private s1 = 2;
  private s2 = 3;
  private s3 = 4;
  /** A second normal variate left by the polar method, or NaN. */
  private spareNormal = NaN;
  /** Keys derived from the last seed (they depend on the seed only). */
  private keyedSeed = NaN;
  private k0 = 0;
  private k1 = 0;

  /**
   * Resets the generator to the stream of one history.
   * @param seed the run's seed, an integer in [0, 2^53)
   * @param index the history index, an integer in [0, 2^53)
   */
  seedStream(seed: number, index: number): void {
    const seedLo = seed >>> 0;
    const seedHi = Math.floor(seed / 4294967296) >>> 0;
    const indexLo = index >>> 0;
    const indexHi = Math.floor(index / 4294967296) >>> 0;
    if (seed !== this.keyedSeed) {
      this.keyedSeed = seed;
      this.k0 = fmix32(seedLo ^ fmix32(seedHi + 0x6a09e667));
      this.k1 = fmix32(this.k0 + 0x3c6ef372);
    }
    const k0 = this.k0;
    const k1 = this.k1;
    // s0 is a bijection of indexLo for a given seed: different histories, different states.
    const a = fmix32(indexLo ^ k0);
    const b = fmix32(a + (indexHi ^ k1) + 0x9e3779b9);
    const c = fmix32(b ^ (k1 + 0x7f4a7c15));
    const d = fmix32(c + a + 0xbb67ae85);
    this.s0 = a;
    this.s1 = b;
    this.s2 = c;
    // xoshiro must not start from the all-zero state.
    this.s3 = (a | b | c | d) === 0 ? 1 : d;
    this.spareNormal = NaN;
  }

  /**
   * Resets the generator to the substream of one unit of one history: the history's state mixed
   * with a 32-bit key of the unit (see {@link getUnitKey}). Distinct keys give unrelated streams.
   * @param seed the run's seed, an integer in [0, 2^53)
   * @param index the history index, an integer in [0, 2^53)
   * @param key the unit's key, a 32-bit integer
   */
  seedSubstream(seed: number, index: number, key: number): void {
    this.seedStream(seed, index);
    const k = fmix32(key ^ 0x510e527f);
    const a = fmix32(this.s0 ^ k);
    const b = fmix32(this.s1 + a + 0x9b05688c);
    const c = fmix32(this.s2 ^ (b + k));
    const d = fmix32(this.s3 + c + 0x1f83d9ab);
    this.s0 = a;
    this.s1 = b;
    this.s2 = c;
    this.s3 = (a | b | c | d) === 0 ? 1 : d;
  }

  /** Next 32 random bits as an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    this.s1 = s1 ^ s2;
    this.s0 = s0 ^ s3;
    this.s2 = s2 ^ t;
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  }

  /**
   * A uniform variate strictly inside (0, 1), 32 random bits. The step of {@link nextUint32} is
   * written out again on purpose: this is the simulation's hottest call (issue 3 throughput).
   */
  uniform(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    this.s1 = s1 ^ s2;
    this.s0 = s0 ^ s3;
    this.s2 = s2 ^ t;
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return ((result >>> 0) + 0.5) * TWO_POW_M32;
  }

  /** A standard exponential variate (mean 1) by inversion: −ln(u). */
  exponential(): number {
    return -Math.log(this.uniform());
  }

  /** A standard normal variate by Marsaglia's polar method (the pair's second value is kept). */
  normal(): number {
    const spare = this.spareNormal;
    if (spare === spare) {
      this.spareNormal = NaN;
      return spare;
    }
    let x: number;
    let y: number;
    let s: number;
    do {
      x = 2 * this.uniform() - 1;
      y = 2 * this.uniform() - 1;
      s = x * x + y * y;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = y * f;
    return x * f;
  }
}

/**
 * The 32-bit key of a unit's substream: the block's stable id (the design's block id, which
 * survives edits between variants) hashed with FNV-1a, mixed with the unit's index in the block.
 * @param blockId the block's path id (`apps`, `site1/db`)
 * @param unit the unit's index within its block, an integer ≥ 0
 */
export function getUnitKey(blockId: string, unit: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < blockId.length; i++) {
    h ^= blockId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(fmix32(h) + Math.imul(unit + 1, 0x9e3779b9));
}

/**
 * Whether a number is a valid seed or history index: an integer in [0, 2^53).
 * @param value candidate
 */
export function isValidSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
}
