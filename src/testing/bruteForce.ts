/**
 * Brute-force oracles for property tests: the structure function of a flattened design at every
 * one of its 2^n block states, and system probabilities summed state by state. Exponential in
 * the number of blocks; for designs of up to about 14 blocks. Runs anywhere; no DOM.
 */
import type { FlatStructure } from '../model/structure.ts';

/**
 * The structure function at every state: `value[mask]` is 1 when the system works with the
 * blocks whose bit is set in `mask` working and the others failed.
 * @param structure a flattened gate network (gates in topological order)
 * @returns one byte per state
 * @example
 * enumerateStates(structure)[0b11]; // does the system work when blocks 0 and 1 work?
 */
export function enumerateStates(structure: FlatStructure): Uint8Array {
  const n = structure.blocks.length;
  const { gates, output } = structure;
  const value = new Uint8Array(1 << n);
  const reached = new Uint8Array(gates.length);
  for (let mask = 0; mask < 1 << n; mask++) {
    gates.forEach((gate, g) => {
      let count = 0;
      for (const p of gate.preds) count += reached[p]!;
      const up = gate.block < 0 || ((mask >> gate.block) & 1) === 1;
      reached[g] = up && count >= gate.threshold ? 1 : 0;
    });
    value[mask] = reached[output]!;
  }
  return value;
}

/**
 * P(system failed) as a sum over the failed states of the product of the block probabilities,
 * optionally with one block's state fixed.
 * @param states from {@link enumerateStates}
 * @param work per block, P(works)
 * @param fail per block, P(failed)
 * @param fixed a block index and its fixed state (`true`: works), or `null`
 * @returns the failure probability
 */
export function sumFailedStates(
  states: Uint8Array,
  work: ArrayLike<number>,
  fail: ArrayLike<number>,
  fixed: { readonly block: number; readonly works: boolean } | null = null,
): number {
  const n = work.length;
  let total = 0;
  for (let mask = 0; mask < states.length; mask++) {
    if (states[mask] === 1) continue;
    let prob = 1;
    for (let b = 0; b < n; b++) {
      const works = ((mask >> b) & 1) === 1;
      if (fixed !== null && b === fixed.block) {
        if (works !== fixed.works) prob = 0;
      } else prob *= works ? work[b]! : fail[b]!;
    }
    total += prob;
  }
  return total;
}
