/**
 * Plain words for zones and common-cause groups in the results: "az-a alone takes the system
 * down: 91.0% of your downtime", or what it takes the system down with; the redundancy it
 * defeats ("this redundancy adds nothing against az-a"). Pure (unit-tested); the figures are
 * the exact engine's (criticality, cut sets, the `shared-fate` warning).
 */
import type { AnalysisResult, BlockKind } from '../../src/index.ts';
import { formatDowntimePerYear, formatShortPercent } from '../../src/index.ts';

/** One zone or group, said in words. */
export interface SharedFateLine {
  readonly id: string;
  readonly kind: Exclude<BlockKind, 'block'>;
  /** The sentence: what it does to the system and how much of the downtime it explains. */
  readonly text: string;
  /** The smallest cut set with it, without it (what else must fail), when it is not alone. */
  readonly with: readonly string[];
  readonly singlePointOfFailure: boolean;
  /** Share of the system's unavailability (or unreliability) it explains. */
  readonly share: number;
  /** "this redundancy adds nothing against az-a: lb1, app1, db1", when the engine warns so. */
  readonly defeats: string | null;
}

/** "zone" or "common-cause group". */
export function getKindWord(kind: BlockKind): string {
  return kind === 'zone' ? 'zone' : kind === 'commonCause' ? 'common-cause group' : 'block';
}

/** The members the engine's `shared-fate` warning names (the redundancy the unit defeats). */
function getDefeated(result: AnalysisResult, id: string): string | null {
  const warning = result.warnings.find((w) => w.code === 'shared-fate' && w.block === id);
  if (warning === undefined) return null;
  const members = /the redundancy of (.*) adds nothing against/.exec(warning.message)?.[1];
  return `this redundancy adds nothing against ${id}${members === undefined ? '' : `: ${members}`}`;
}

/**
 * The zones and common-cause groups that matter, most critical first: single points of failure
 * and those that explain some downtime.
 * @param result the exact analysis
 */
export function getSharedFateLines(result: AnalysisResult): SharedFateLine[] {
  const steady = result.importanceBasis === 'steady-state';
  const downtime = steady ? result.steadyState.downtimePerYear : null;
  const what = steady ? 'of your downtime' : 'of your unreliability at the mission time';
  return result.blocks
    .filter((b) => b.kind !== 'block' && (b.criticality > 0 || b.singlePointOfFailure))
    .sort((a, b) => b.criticality - a.criticality || a.id.localeCompare(b.id))
    .map((b) => {
      const kind = b.kind === 'zone' ? 'zone' : 'commonCause';
      const share = `${formatShortPercent(b.criticality)} ${what}${
        downtime === null ? '' : ` (${formatDowntimePerYear(b.criticality * downtime)})`
      }`;
      const smallest = b.singlePointOfFailure
        ? undefined
        : result.minimalCutSets
            .filter((set) => set.includes(b.id))
            .reduce<readonly string[] | undefined>(
              (best, set) => (best === undefined || set.length < best.length ? set : best),
              undefined,
            );
      const others = smallest?.filter((x) => x !== b.id) ?? [];
      const text = b.singlePointOfFailure
        ? `${b.id} alone takes the system down: ${share}`
        : others.length > 0
          ? `${b.id} takes the system down together with ${others.join(' + ')}: ${share}`
          : `${b.id}: ${share}`;
      return {
        id: b.id,
        kind,
        text,
        with: others,
        singlePointOfFailure: b.singlePointOfFailure,
        share: b.criticality,
        defeats: getDefeated(result, b.id),
      };
    });
}

/** Kinds of the analysis's units by path id, for tagging zones and groups in tables. */
export function getBlockKinds(result: AnalysisResult): ReadonlyMap<string, BlockKind> {
  return new Map(result.blocks.map((b) => [b.id, b.kind]));
}
