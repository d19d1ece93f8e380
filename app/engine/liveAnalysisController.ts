/**
 * The live exact analysis of the design being edited, as a controller (xyflow's XYDrag shape:
 * a framework-free factory with `destroy`): it watches the store's design, revision, mission
 * time and per-block curve selection, drives a {@link createLiveAnalysisScheduler} (debounce,
 * one request in flight, curves second), and writes what the figures on screen are into the
 * store's analysis slice. Started once by the shell, so the diagram's nodes and the results
 * panel get their figures whatever is open.
 *
 * The status always describes the figures on screen: `current` only when they were computed for
 * the revision (and mission time) asked for now; older figures stay visible as `stale`; a failed
 * analysis keeps the last good result visible with status `error`.
 * Runs on the main thread; no DOM, no React.
 */
import type { AnalysisEntry, AnalysisStatus, AppState, AppStore } from '../store/index.ts';
import { EDITOR_KEY, IDLE_ANALYSIS } from '../store/index.ts';
import { selectCurveBlocks, selectMissionTime } from '../store/selectors.ts';
import { DEFAULT_CURVE_POINTS } from '../../src/index.ts';
import type {
  AnalyzeFunction,
  LiveCurvesKey,
  LiveSchedulerOptions,
  LiveSnapshot,
} from './liveAnalysisScheduler.ts';
import {
  createLiveAnalysisScheduler,
  isSameCurvesGrid,
  isSameCurvesKey,
  isSameKey,
} from './liveAnalysisScheduler.ts';

const NO_BLOCKS: readonly string[] = [];

/**
 * Derives what the UI shows from the scheduler's snapshot and what is asked for now. Pure.
 * @param snapshot the scheduler's state
 * @param wanted the revision, mission time and curve grid asked for now (`null`: no design)
 */
export function getLiveAnalysisState(
  snapshot: LiveSnapshot,
  wanted: LiveCurvesKey | null,
): AnalysisEntry {
  if (wanted === null) return IDLE_ANALYSIS;
  const { result, failure, curves, curvesFailure } = snapshot;
  const failed = isSameKey(failure?.key, wanted);
  const status: AnalysisStatus = failed
    ? 'error'
    : isSameKey(result?.key, wanted)
      ? 'current'
      : result !== null
        ? 'stale'
        : 'computing';
  const curvesFailed = isSameCurvesKey(curvesFailure?.key, wanted);
  const curvesCurrent = isSameCurvesKey(curves?.key, wanted);
  const curvesSameGrid = isSameCurvesGrid(curves?.key, wanted);
  const curvesStatus: AnalysisStatus = curvesFailed
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
  };
}

export interface LiveAnalysisControllerOptions {
  readonly analyze: AnalyzeFunction;
  readonly restart: LiveSchedulerOptions['restart'];
  /** About how many times the curves hold (default 160). */
  readonly curvePoints?: number;
  /** Scheduler timings (tests). */
  readonly debounceMs?: number;
  readonly curvesDelayMs?: number;
}

/** What the controller asks for, read from the store. */
interface Wanted {
  readonly design: unknown;
  readonly loadCount: number;
  readonly key: LiveCurvesKey;
}

function readWanted(s: AppState, curvePoints: number): Wanted {
  return {
    design: s.design,
    loadCount: s.loadCount,
    key: {
      revision: s.revision,
      missionTime: selectMissionTime(s),
      curvePoints,
      blockCurves: selectCurveBlocks(s),
    },
  };
}

/**
 * Starts the live analysis of a store's design.
 * @param store the app store whose document to analyse (results go to `EDITOR_KEY`)
 * @param options the engine call (the worker, or the engine in-thread in tests)
 * @returns `destroy`: stops watching and drops waiting work
 * @example
 * const stop = startLiveAnalysis(appStore, { analyze: analyzeInWorker, restart: restartEngine });
 */
export function startLiveAnalysis(
  store: AppStore,
  options: LiveAnalysisControllerOptions,
): () => void {
  const curvePoints = options.curvePoints ?? DEFAULT_CURVE_POINTS;
  const scheduler = createLiveAnalysisScheduler({
    analyze: options.analyze,
    restart: options.restart,
    ...(options.debounceMs === undefined ? {} : { debounceMs: options.debounceMs }),
    ...(options.curvesDelayMs === undefined ? {} : { curvesDelayMs: options.curvesDelayMs }),
  });
  let wanted: Wanted | null = null;
  let stopped = false;

  const publish = (): void => {
    if (stopped || wanted === null) return;
    const entry = getLiveAnalysisState(scheduler.getSnapshot(), wanted.key);
    store.getState().setAnalysis(EDITOR_KEY, entry);
  };

  const sync = (): void => {
    const next = readWanted(store.getState(), curvePoints);
    const previous = wanted;
    if (
      previous !== null &&
      previous.design === next.design &&
      isSameCurvesKey(previous.key, next.key)
    ) {
      return;
    }
    wanted = next;
    // A newly loaded design starts afresh: the last good figures of another design are never
    // shown as this one's.
    if (previous !== null && previous.loadCount !== next.loadCount) scheduler.update(null);
    scheduler.update({ ...next.key, design: next.design });
  };

  const unsubscribeScheduler = scheduler.subscribe(publish);
  const unsubscribeStore = store.subscribe(sync);
  sync();
  publish();
  return () => {
    stopped = true;
    unsubscribeStore();
    unsubscribeScheduler();
    scheduler.cancel();
  };
}
