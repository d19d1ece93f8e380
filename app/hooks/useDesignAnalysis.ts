/**
 * Live exact analysis of the document: runs `useLiveAnalysis` (app/engine) on the store's design
 * and revision, and copies its state into the store's analysis slice so the diagram's nodes can
 * show their figures. Returns the live state for the results panel.
 */
import { useEffect } from 'react';
import { evaluateQuantity } from '../../src/index.ts';
import { useLiveAnalysis } from '../engine/useLiveAnalysis.ts';
import type { LiveAnalysisState } from '../engine/useLiveAnalysis.ts';
import { appStore, useAppStore } from '../store/index.ts';
import type { AppState } from '../store/index.ts';
import { selectDesign, selectRevision, selectTimeUnit } from '../store/selectors.ts';

/** The design's mission time in its time unit, or null when it is not a valid time. */
export const selectMissionTime = (s: AppState): number | null => {
  const value = s.design.missionTime;
  if (value === undefined) return null;
  const r = evaluateQuantity(value, 'time', selectTimeUnit(s));
  return r.ok && r.value > 0 ? r.value : null;
};

export function useDesignAnalysis(enabled: boolean): LiveAnalysisState {
  const design = useAppStore(selectDesign);
  const revision = useAppStore(selectRevision);
  const missionTime = useAppStore(selectMissionTime);
  const analysis = useLiveAnalysis(
    enabled ? design : null,
    revision,
    missionTime === null ? {} : { missionTime },
  );
  useEffect(() => {
    appStore.getState().setAnalysis({
      status: analysis.status,
      result: analysis.result,
      issues: analysis.issues,
      revision: analysis.revision ?? -1,
      elapsedMs: analysis.elapsedMs,
    });
  }, [analysis]);
  return analysis;
}
