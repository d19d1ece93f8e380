/**
 * A tiny deterministic generator for the *shape* of test and benchmark designs (mulberry32):
 * not the simulation's generator (`src/simulation/rng.ts`), which has its own streams.
 * Runs anywhere; no DOM.
 */

/**
 * Creates a seeded generator of uniforms in [0, 1).
 * @param seed any 32-bit integer
 * @example
 * const random = createSeededRandom(7);
 * random(); // 0.5..., the same on every machine
 */
export function createSeededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
