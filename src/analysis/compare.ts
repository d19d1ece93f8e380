/**
 * Several designs side by side: each design's own exact figures (what `analyze` prints for it)
 * and the change of each against the first, as the `compare` contract of src/cli/README.md says.
 * Used by the compare view, the `compare` command and the comparison report. Runs anywhere.
 */
import type { AnalysisResult } from './result.ts';

/** Design `design` minus design `against` (0, the first); `null` where either side is. */
export interface CompareDelta {
  readonly design: number;
  readonly against: number;
  readonly unavailability: number | null;
  /** Hours per year of 8766 h. */
  readonly downtimePerYear: number | null;
  readonly nines: number | null;
  /** System failures per design time unit. */
  readonly failureFrequency: number | null;
  readonly mttf: number | null;
  readonly cost: number | null;
  /** Extra cost per extra nine; `null` when the nines do not change or a cost is missing. */
  readonly costPerNine: number | null;
}

const difference = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

/**
 * The change of every design against the first. Designs with different time units are compared
 * in their own units for `failureFrequency` and `mttf` (the caller converts when it shows them).
 * @param results the analyses, the first being the baseline
 * @returns one delta per design after the first, in order
 */
export function computeCompareDeltas(results: readonly AnalysisResult[]): CompareDelta[] {
  const [base, ...rest] = results;
  if (base === undefined) return [];
  return rest.map((result, index) => {
    const nines = difference(result.steadyState.nines, base.steadyState.nines);
    const cost = difference(result.cost, base.cost);
    return {
      design: index + 1,
      against: 0,
      unavailability: difference(
        result.steadyState.unavailability,
        base.steadyState.unavailability,
      ),
      downtimePerYear: difference(
        result.steadyState.downtimePerYear,
        base.steadyState.downtimePerYear,
      ),
      nines,
      failureFrequency: difference(
        result.steadyState.failureFrequency,
        base.steadyState.failureFrequency,
      ),
      mttf: difference(result.mttf, base.mttf),
      cost,
      costPerNine: nines === null || cost === null || nines === 0 ? null : cost / nines,
    };
  });
}
