/**
 * Exact analyses, keyed by design (`EDITOR_KEY` for the design being edited, a library id for
 * another design shown beside it). Written by the live-analysis controller (app/engine) through
 * `setAnalysis`; each entry says what the figures on screen are (current, stale, failed) and
 * indexes the per-block results by path id for the diagram's nodes.
 */
import type { AnalysisPoint, AnalysisResult, BlockResult, DesignIssue } from '../../src/index.ts';
import type { SliceCreator } from './types.ts';

/** Key of the design being edited in {@link AnalysisSlice.analyses}. */
export const EDITOR_KEY = 'editor';

/** What the figures on screen are. */
export type AnalysisStatus = 'idle' | 'computing' | 'current' | 'stale' | 'error';

/** R(t), A(t) and their complements over [0, 3 × mission time]. */
export interface AnalysisCurves {
  /**
   * Sorted by t (design time units); linear and log-spaced times together. `points[i].blocks`
   * holds the figures of the blocks in `blockCurves`.
   */
  readonly points: readonly AnalysisPoint[];
  /** Block ids whose own curves `points[i].blocks` holds. */
  readonly blockCurves: readonly string[];
  /** The mission time they were drawn around, design time units. */
  readonly missionTime: number;
  /** Revision of the design they were computed from. */
  readonly revision: number;
  /**
   * They belong to an older revision, mission time or grid than the one asked for now (a
   * different block selection alone does not make them stale; see `curvesStatus`).
   */
  readonly stale: boolean;
}

/** The analysis of one design, as shown. */
export interface AnalysisEntry {
  readonly status: AnalysisStatus;
  /** The last good analysis (possibly stale: see `status`). */
  readonly result: AnalysisResult | null;
  readonly curves: AnalysisCurves | null;
  /**
   * `current` when `curves` match the request (block selection included), `stale` while newer
   * ones are on the way, `error` when the last curve request failed.
   */
  readonly curvesStatus: AnalysisStatus;
  /** With status `error`: why. Otherwise the validator's warnings about the shown design. */
  readonly issues: readonly DesignIssue[];
  /** Why the last curve request failed (empty otherwise). */
  readonly curvesIssues: readonly DesignIssue[];
  /** Revision `result` was computed for (`null`: no result). */
  readonly revision: number | null;
  /** Time the engine spent on `result`, ms. */
  readonly elapsedMs: number | null;
  /** New figures are on the way (show a spinner, keep the numbers). */
  readonly busy: boolean;
  /** The design (file contents) `result` was computed from. */
  readonly design: unknown;
  /** Block ids whose own curves are asked for now. */
  readonly blockCurves: readonly string[];
}

/** An entry as stored: with the per-block results indexed by path id. */
export interface StoredAnalysis extends AnalysisEntry {
  /** Per-block results of `result` by path id (`lb1`, `site-a/db`) and by repeat node path. */
  readonly blockResults: ReadonlyMap<string, BlockResult>;
}

export interface AnalysisSlice {
  readonly analyses: Readonly<Record<string, StoredAnalysis>>;
  /** Block ids whose own R(t), A(t) the editor's curves show (the results panel's picker). */
  readonly curveBlocks: readonly string[];
  /** Records what a design's figures are now (the block index is rebuilt when `result` changes). */
  readonly setAnalysis: (key: string, entry: AnalysisEntry) => void;
  readonly clearAnalysis: (key: string) => void;
  readonly setCurveBlocks: (ids: readonly string[]) => void;
}

const NO_BLOCKS: readonly string[] = [];

/** An analysis with nothing computed yet. */
export const IDLE_ANALYSIS: StoredAnalysis = {
  status: 'idle',
  result: null,
  curves: null,
  curvesStatus: 'idle',
  issues: [],
  curvesIssues: [],
  revision: null,
  elapsedMs: null,
  busy: false,
  design: null,
  blockCurves: NO_BLOCKS,
  blockResults: new Map(),
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
  analyses: {},
  curveBlocks: NO_BLOCKS,
  setAnalysis: (key, entry) => {
    const previous = get().analyses[key];
    const blockResults =
      previous !== undefined && previous.result === entry.result
        ? previous.blockResults
        : indexBlocks(entry.result);
    set(
      { analyses: { ...get().analyses, [key]: { ...entry, blockResults } } },
      false,
      'analysis/setAnalysis',
    );
  },
  clearAnalysis: (key) => {
    if (get().analyses[key] === undefined) return;
    const { [key]: _removed, ...rest } = get().analyses;
    set({ analyses: rest }, false, 'analysis/clearAnalysis');
  },
  setCurveBlocks: (ids) => {
    const current = get().curveBlocks;
    if (ids.length === current.length && ids.every((id, i) => current[i] === id)) return;
    set({ curveBlocks: ids.length === 0 ? NO_BLOCKS : [...ids] }, false, 'analysis/setCurveBlocks');
  },
});
