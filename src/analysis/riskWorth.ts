/**
 * Risk importance of a block on the importance basis (steady-state unavailability, or mission
 * unreliability when nothing is repairable): risk achievement worth, risk reduction worth and
 * Fussell–Vesely, from the conditional system failure probabilities of `computeImportance`
 * (Vesely et al., *Measures of Risk Importance*, NUREG/CR-3385, 1983).
 * Runs anywhere; no DOM.
 */
import type { ImportanceResult } from '../diagram/importance.ts';
import type { BlockResult } from './result.ts';

/**
 * RAW = U(i failed for good)/U, RRW = U/U(i perfect) (`null` when that is 0) and
 * FV = 1 − U(i perfect)/U = qᵢ·Iᵢ/U of block i; all `null` when U = 0 or not computable.
 * @param importance the importance measures on the basis (`null`: not exactly computable)
 * @param i the block's index
 * @param blockFail the block's own failure probability on the basis, qᵢ
 * @returns the three measures
 * @example
 * getRiskWorth(importance, 0, 1e-4).raw; // how much worse the system is with block 0 down
 */
export function getRiskWorth(
  importance: ImportanceResult | null,
  i: number,
  blockFail: number,
): Pick<BlockResult, 'raw' | 'rrw' | 'fussellVesely'> {
  if (importance === null || !(importance.fail > 0)) {
    return { raw: null, rrw: null, fussellVesely: null };
  }
  const u = importance.fail;
  const perfect = importance.failIfWorking[i]!;
  return {
    raw: importance.failIfFailed[i]! / u,
    rrw: perfect > 0 ? u / perfect : null,
    // 1 − U(perfect)/U = qᵢ·Iᵢ/U, a ratio of non-negative terms (no 1 − x).
    fussellVesely: Math.min(1, (blockFail * importance.birnbaum[i]!) / u),
  };
}
