/**
 * Live exact analysis of the design being edited: every change is re-evaluated in the engine
 * worker without blocking the page (see liveAnalysisScheduler.ts for the queueing rules), then
 * the R(t)/A(t) curves follow in a second, lower-priority request.
 *
 * The status always describes the figures on screen: `current` only when they were computed for
 * the revision (and mission time) passed in now; older figures stay visible as `stale`; a failed
 * analysis keeps the last good result visible with status `error`.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { AnalysisPoint, AnalysisResult, DesignIssue } from '../../src/index.ts';
import { DEFAULT_CURVE_POINTS } from './curveTimes.ts';
import { analyzeInWorker, restartEngine } from './engineClient.ts';
import type { LiveCurvesKey, LiveSnapshot } from './liveAnalysisScheduler.ts';
import {
  createLiveAnalysisScheduler,
  isSameCurvesGrid,
  isSameCurvesKey,
  isSameKey,
} from './liveAnalysisScheduler.ts';

/** What the figures on screen are. */
export type LiveStatus = 'idle' | 'computing' | 'current' | 'stale' | 'error';

/** R(t), A(t) and their complements over [0, 3 × mission time]. */
export interface LiveCurves {
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

/** Output of {@link useLiveAnalysis}. */
export interface LiveAnalysisState {
  readonly status: LiveStatus;
  /** The last good analysis (possibly stale: see `status`). */
  readonly result: AnalysisResult | null;
  readonly curves: LiveCurves | null;
  /**
   * `current` when `curves` match the request (block selection included), `stale` while newer
   * ones are on the way, `error` when the last curve request failed.
   */
  readonly curvesStatus: LiveStatus;
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
  /** Block ids whose own curves are asked for now (`options.blockCurves`, or the selection). */
  readonly blockCurves: readonly string[];
  /**
   * Sets the hook's own selection of per-block curves (ignored while `options.blockCurves` is
   * given). The curves are requested again, through the same debounced scheduler.
   */
  readonly setBlockCurves: (blockIds: readonly string[]) => void;
}

export interface LiveAnalysisOptions {
  /** Mission time override, design time units (default: the design's own `missionTime`). */
  readonly missionTime?: number;
  /** About how many times the curves hold (default 160). */
  readonly curvePoints?: number;
  /**
   * Block ids (`AnalysisResult.blocks[].id`) whose own R(t), A(t) to compute with the curves.
   * Given: it wins over the hook's own selection (`setBlockCurves`). Default: that selection.
   */
  readonly blockCurves?: readonly string[];
}

const NO_BLOCKS: readonly string[] = [];

/** The state with no design. */
export const IDLE_ANALYSIS: LiveAnalysisState = {
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
  setBlockCurves: () => {},
};

/**
 * Derives what the UI shows from the scheduler's snapshot and what is asked for now. Pure.
 * @param snapshot the scheduler's state
 * @param wanted the revision, mission time and curve grid asked for now (`null`: no design)
 */
export function getLiveAnalysisState(
  snapshot: LiveSnapshot,
  wanted: LiveCurvesKey | null,
): LiveAnalysisState {
  if (wanted === null) return IDLE_ANALYSIS;
  const { result, failure, curves, curvesFailure } = snapshot;
  const failed = isSameKey(failure?.key, wanted);
  const status: LiveStatus = failed
    ? 'error'
    : isSameKey(result?.key, wanted)
      ? 'current'
      : result !== null
        ? 'stale'
        : 'computing';
  const curvesFailed = isSameCurvesKey(curvesFailure?.key, wanted);
  const curvesCurrent = isSameCurvesKey(curves?.key, wanted);
  const curvesSameGrid = isSameCurvesGrid(curves?.key, wanted);
  const curvesStatus: LiveStatus = curvesFailed
    ? 'error'
    : curvesCurrent
      ? 'current'
      : curves !== null
        ? 'stale'
        : status === 'error'
          ? 'error'
          : 'computing';
  return {
    status,
    result: result?.value ?? null,
    curves:
      curves === null
        ? null
        : {
            points: curves.points,
            blockCurves: curves.key.blockCurves ?? NO_BLOCKS,
            missionTime: curves.missionTime,
            revision: curves.key.revision,
            stale: !curvesSameGrid,
          },
    curvesStatus,
    issues: failed ? (failure?.issues ?? []) : (result?.designWarnings ?? []),
    curvesIssues: curvesFailed ? (curvesFailure?.issues ?? []) : [],
    revision: result?.key.revision ?? null,
    elapsedMs: result?.elapsedMs ?? null,
    busy: status === 'computing' || status === 'stale',
    design: result?.design ?? null,
    blockCurves: wanted.blockCurves ?? NO_BLOCKS,
    setBlockCurves: IDLE_ANALYSIS.setBlockCurves,
  };
}

/**
 * Analyses `design` live in the engine worker.
 * @param design the design file contents (untrusted JSON), `null` for none
 * @param revision a number that changes whenever `design` changes (the store's revision)
 * @param options mission time override (design time units), curve resolution, per-block curves
 * @returns the figures to show and whether they are current, stale or failed
 * @example
 * const analysis = useLiveAnalysis(design, revision, { missionTime: 8760 });
 * <ResultsPanel analysis={analysis} ... />
 */
export function useLiveAnalysis(
  design: unknown,
  revision: number,
  options: LiveAnalysisOptions = {},
): LiveAnalysisState {
  const missionTime = options.missionTime ?? null;
  const curvePoints = options.curvePoints ?? DEFAULT_CURVE_POINTS;
  const [selection, setSelection] = useState<readonly string[]>(NO_BLOCKS);
  // A string key, so that a new array with the same ids asks for nothing new.
  const blockKey = JSON.stringify(options.blockCurves ?? selection);
  const [scheduler] = useState(() =>
    createLiveAnalysisScheduler({ analyze: analyzeInWorker, restart: restartEngine }),
  );
  const snapshot = useSyncExternalStore(scheduler.subscribe, scheduler.getSnapshot);
  const hasDesign = design !== null && design !== undefined;

  const blockCurves = useMemo(() => JSON.parse(blockKey) as readonly string[], [blockKey]);

  useEffect(() => {
    scheduler.update(
      hasDesign ? { design, revision, missionTime, curvePoints, blockCurves } : null,
    );
    return () => scheduler.cancel();
  }, [scheduler, hasDesign, design, revision, missionTime, curvePoints, blockCurves]);

  return useMemo(() => {
    const wanted = hasDesign ? { revision, missionTime, curvePoints, blockCurves } : null;
    const state = getLiveAnalysisState(snapshot, wanted);
    return state === IDLE_ANALYSIS ? state : { ...state, setBlockCurves: setSelection };
  }, [snapshot, hasDesign, revision, missionTime, curvePoints, blockCurves]);
}
