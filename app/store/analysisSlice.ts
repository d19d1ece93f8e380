/**
 * The latest exact analysis of the document, written by the live-analysis hook through
 * `setAnalysis`. It remembers the revision it belongs to, so the UI shows "stale" rather than
 * wrong numbers, and indexes the per-block results by path id for the diagram nodes.
 */
import type { AnalysisResult, BlockResult, DesignIssue } from '../../src/index.ts';
import type { SliceCreator } from './types.ts';

export type AnalysisStatus = 'idle' | 'computing' | 'current' | 'stale' | 'error';

/** The analysis state of the document. */
export interface AnalysisSnapshot {
  readonly status: AnalysisStatus;
  /** The last successful result (kept while a newer one is computed or when one fails). */
  readonly result: AnalysisResult | null;
  /** Errors (status `error`) or warnings of the design. */
  readonly issues: readonly DesignIssue[];
  /** Revision of the design the result and issues belong to. */
  readonly revision: number;
  /** Time the analysis took in the worker, ms. */
  readonly elapsedMs: number | null;
}

/** What `setAnalysis` takes: fields left out keep their value. */
export type AnalysisUpdate = Partial<AnalysisSnapshot> & Pick<AnalysisSnapshot, 'status'>;

export interface AnalysisSlice {
  readonly analysis: AnalysisSnapshot;
  /** Per-block results of `analysis.result` by path id (`lb1`, `site-a/db`). */
  readonly blockResults: ReadonlyMap<string, BlockResult>;
  readonly setAnalysis: (update: AnalysisUpdate) => void;
}

export const INITIAL_ANALYSIS: AnalysisSnapshot = {
  status: 'idle',
  result: null,
  issues: [],
  revision: -1,
  elapsedMs: null,
};

/** Indexes block results by path id, and by the path of every node drawing the same unit. */
function indexBlocks(result: AnalysisResult | null): Map<string, BlockResult> {
  const map = new Map<string, BlockResult>();
  if (result === null) return map;
  for (const block of result.blocks) {
    map.set(block.id, block);
    for (const nodeId of block.nodeIds) if (!map.has(nodeId)) map.set(nodeId, block);
  }
  return map;
}

export const createAnalysisSlice: SliceCreator<AnalysisSlice> = (set, get) => ({
  analysis: INITIAL_ANALYSIS,
  blockResults: new Map(),
  setAnalysis: (update) => {
    const previous = get().analysis;
    const analysis: AnalysisSnapshot = { ...previous, ...update };
    const blockResults =
      analysis.result === previous.result ? get().blockResults : indexBlocks(analysis.result);
    set({ analysis, blockResults }, false, 'analysis/setAnalysis');
  },
});
