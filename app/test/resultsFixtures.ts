/**
 * Test fixtures of the results panel: real analyses of example designs by the engine, and live
 * states built from them. Test-only.
 */
import threeTier from '../../public/examples/three-tier.json';
import type { AnalysisResult } from '../../src/index.ts';
import { analyzeDesign, parseDesign } from '../../src/index.ts';
import { createCurveTimes } from '../../src/index.ts';
import type { AnalysisEntry } from '../store/index.ts';

export const THREE_TIER: unknown = threeTier;

/** Analyses a design file with the engine on the main thread. */
export function analyzeFile(file: unknown, times?: readonly number[]): AnalysisResult {
  const parsed = parseDesign(file);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return analyzeDesign(parsed.value, times === undefined ? {} : { times });
}

/** A current live state of the three-tier example, with curves. */
export function createThreeTierState(change: Partial<AnalysisEntry> = {}): AnalysisEntry {
  const result = analyzeFile(THREE_TIER);
  const curves = analyzeFile(THREE_TIER, createCurveTimes(result.missionTime, 40));
  return {
    status: 'current',
    result,
    curves: {
      points: curves.points,
      blockCurves: [],
      missionTime: result.missionTime,
      revision: 1,
      stale: false,
    },
    curvesStatus: 'current',
    issues: [],
    curvesIssues: [],
    revision: 1,
    elapsedMs: 3.2,
    busy: false,
    design: THREE_TIER,
    blockCurves: [],
    ...change,
  };
}
