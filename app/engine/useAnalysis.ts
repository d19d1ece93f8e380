/**
 * Runs the exact analysis of a design in the worker and tracks whether the shown result belongs
 * to the current design (`current`), is being recomputed (`computing`), belongs to an older
 * version (`stale`) or failed (`error`).
 */
import { useEffect, useRef, useState } from 'react';
import type { AnalysisResult, DesignIssue } from '../../src/index.ts';
import { analyzeInWorker } from './engineClient.ts';

export type AnalysisStatus = 'idle' | 'computing' | 'current' | 'stale' | 'error';

export interface AnalysisState {
  readonly status: AnalysisStatus;
  readonly result: AnalysisResult | null;
  readonly issues: readonly DesignIssue[];
  readonly elapsedMs: number | null;
}

/** Analyses `design` whenever it changes; results of older designs are marked stale. */
export function useAnalysis(design: unknown, times: readonly number[] | null): AnalysisState {
  const [state, setState] = useState<AnalysisState>({
    status: 'idle',
    result: null,
    issues: [],
    elapsedMs: null,
  });
  const revision = useRef(0);
  useEffect(() => {
    if (design === null) return;
    const mine = ++revision.current;
    setState((s) => ({ ...s, status: s.result ? 'stale' : 'computing' }));
    analyzeInWorker(design, times ? { times } : {}).then(
      (response) => {
        if (mine !== revision.current) return;
        if (response.ok) {
          setState({
            status: 'current',
            result: response.value.result,
            issues: response.value.designWarnings,
            elapsedMs: response.value.elapsedMs,
          });
        } else {
          setState((s) => ({ ...s, status: 'error', issues: response.error }));
        }
      },
      (error: unknown) => {
        if (mine !== revision.current) return;
        setState((s) => ({
          ...s,
          status: 'error',
          issues: [{ severity: 'error', code: 'worker', path: '', message: String(error) }],
        }));
      },
    );
  }, [design, times]);
  return state;
}
