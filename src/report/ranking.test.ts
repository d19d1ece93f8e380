import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../analysis/result.ts';
import { analyzeExample } from '../testing/examples.ts';
import { getCutSetRows } from './cutSets.ts';
import { getDowntimeExplained, getImportanceRanking } from './ranking.ts';

describe('getDowntimeExplained', () => {
  it('is criticality × system downtime per year', () => {
    expect(getDowntimeExplained(0.5, 0.876)).toBeCloseTo(0.438, 12);
    expect(getDowntimeExplained(0, 2)).toBe(0);
  });

  it('is null when the system downtime is unknown', () => {
    expect(getDowntimeExplained(0.5, null)).toBeNull();
  });
});

describe('getImportanceRanking', () => {
  const result = analyzeExample('three-tier.json');

  it('ranks blocks by criticality, highest first', () => {
    const rows = getImportanceRanking(result);
    expect(rows.length).toBeGreaterThan(0);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i - 1]!.criticality).toBeGreaterThanOrEqual(rows[i]!.criticality);
    }
  });

  it('gives each block its share of the system downtime', () => {
    const downtime = result.steadyState.downtimePerYear!;
    for (const row of getImportanceRanking(result)) {
      expect(row.downtimeHoursPerYear).toBeCloseTo(row.criticality * downtime, 12);
    }
  });

  it('gives the downtime with the block perfect (D/RRW = D − FV·D) or down for good (RAW·D)', () => {
    const downtime = result.steadyState.downtimePerYear!;
    for (const row of getImportanceRanking(result)) {
      expect(row.downtimeSavedIfPerfect).toBeCloseTo(row.fussellVesely! * downtime, 14);
      const left = downtime - row.downtimeSavedIfPerfect!;
      expect(Math.abs(row.downtimeIfPerfect! - left)).toBeLessThan(1e-9 * downtime);
      expect(row.downtimeIfDown).toBeCloseTo(row.raw! * downtime, 10);
    }
  });

  it('has no downtime on the mission basis (nothing repairable)', () => {
    const mission: AnalysisResult = { ...result, importanceBasis: 'mission' };
    const rows = getImportanceRanking(mission);
    expect(rows.every((r) => r.downtimeHoursPerYear === null)).toBe(true);
    expect(rows.every((r) => r.downtimeIfDown === null && r.downtimeIfPerfect === null)).toBe(true);
  });

  it('respects the limit', () => {
    expect(getImportanceRanking(result, 1)).toHaveLength(1);
  });
});

describe('getCutSetRows', () => {
  it('puts single points of failure first, then the most probable', () => {
    const result = {
      minimalCutSets: [['a', 'b'], ['c'], ['d', 'e']],
      minimalCutSetProbabilities: [1e-6, 1e-4, 1e-5],
    } as unknown as AnalysisResult;
    const rows = getCutSetRows(result);
    expect(rows.map((r) => r.blocks.join('+'))).toEqual(['c', 'd+e', 'a+b']);
    expect(rows[0]!.singlePoint).toBe(true);
    expect(rows[1]!.probability).toBe(1e-5);
  });
});
