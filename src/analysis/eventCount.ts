/**
 * The expected number of unit events (failures and repairs) of one simulated history over
 * [0, H], from the renewal means of the units, so that a run whose cost grows with H can be
 * refused, naming that count, before it starts (`simulate --horizon 1e308` ran for minutes,
 * issue 16). Runs anywhere; no DOM.
 */
import { getMeanLife, getMeanRepair, getStaticReliability } from '../laws/figures.ts';
import type { Design } from '../model/types.ts';
import { createFlatStructure } from '../model/structure.ts';

/**
 * About how many unit events one history of [0, H] has: a repaired unit alternates up and down
 * times with means MTTF and MTTR, so it fails and is repaired about H/(MTTF + MTTR) times each
 * (the elementary renewal theorem, Rausand & Høyland, *System Reliability Theory*, 2nd ed.,
 * §10.3), plus the first cycle; an unrepaired unit fails at most once; a time-independent unit
 * never moves. Spares in standby are counted as running units, so the figure errs high. Every
 * physical unit counts once (a `repeatOf` block adds none; each use of a subsystem does).
 * @param design a valid design
 * @param horizon H, design time units (> 0; may be as large as the largest double)
 * @param repair whether units are repaired (false for mission reliability)
 * @returns the expected unit events of one history (may be Infinity when it overflows)
 * @example
 * estimateHistoryEvents(design, 8760, true); // ≈ 2·8760/(MTTF + MTTR) per unit, summed
 */
export function estimateHistoryEvents(design: Design, horizon: number, repair: boolean): number {
  let events = 0;
  for (const block of createFlatStructure(design).blocks) {
    const { failure, repair: repairLaw } = block.component;
    if (getStaticReliability(failure) !== null) continue;
    const life = getMeanLife(failure);
    const cycle = repairLaw === null ? Infinity : life + getMeanRepair(repairLaw);
    const perUnit = repair && cycle < Infinity && cycle > 0 ? 2 * (horizon / cycle) + 2 : 1;
    events += block.quantity * perUnit;
  }
  return events;
}
