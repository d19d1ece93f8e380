/**
 * Framework-free scheduler behind `useLiveAnalysis`: it re-evaluates a design in the engine
 * worker on every change without ever queueing stale work. At most one request is in flight;
 * the only other work remembered is the latest request (newer requests replace it). Changes are
 * debounced. The headline request asks for the R(t)/A(t) curves (and those of the blocks in
 * `blockCurves`) too, so one edit is one call; only when its answer carries no curves (an engine
 * that does not send them) does a second, lower-priority request ask for them, and a newer change
 * always goes first. A change of `blockCurves` alone only asks for the curves again.
 *
 * Every answer is tagged with the revision (and mission time) it was computed for, so the UI can
 * tell current numbers from stale ones. Each call has a deadline sized to it (20 times what the
 * last answer for a design of the same size took, at least 5 s; `timeoutMs` for a design of a
 * new size). A call that fails (the worker died) or outlives its deadline restarts the engine
 * and is sent once more; only a second failure is reported, and the last good result is kept.
 * A call for an older version is abandoned (the engine restarted) once it has run for a second
 * while a newer change waits, so a long computation, or a call to a worker that died silently,
 * never holds the edits behind it.
 * Runs on the main thread; no DOM (timers only), no React.
 */
import type { AnalysisPoint, AnalysisResult, DesignIssue, Result } from '../../src/index.ts';
import type { AnalyzeOptions, AnalyzeResponse } from '../../src/worker/protocol.ts';
import { createCurveTimes } from '../../src/index.ts';

/** Debounce of changes, ms. */
export const LIVE_DEBOUNCE_MS = 50;
/** Extra quiet time before the curve request, ms: typing goes to the headline figures first. */
export const CURVES_DELAY_MS = 120;
/** A call taking longer than this is abandoned and the engine restarted, ms. */
export const ENGINE_TIMEOUT_MS = 60_000;
/**
 * Least deadline of a call on a design of the size last answered, ms: the deadline is then
 * {@link DEADLINE_FACTOR} times what that answer took, so a worker that died silently (killed,
 * out of memory) is noticed within seconds, not after {@link ENGINE_TIMEOUT_MS}.
 */
export const MIN_DEADLINE_MS = 5_000;
export const DEADLINE_FACTOR = 20;
/** A call running longer than this is abandoned when a newer change arrives, ms. */
export const SUPERSEDE_AFTER_MS = 1_000;

/** What one analysis was computed for. */
export interface LiveKey {
  readonly revision: number;
  /** Mission time override, design time units; `null`: the design's own. */
  readonly missionTime: number | null;
}

/** What one set of curves was computed for. */
export interface LiveCurvesKey extends LiveKey {
  readonly curvePoints: number;
  /** Block ids whose own curves to compute too (`AnalysisOptions.blockCurves`; default none). */
  readonly blockCurves?: readonly string[];
}

/** A request: the design (untrusted, as parsed JSON) and what it is. */
export interface LiveRequest extends LiveCurvesKey {
  readonly design: unknown;
}

/** The latest successful headline analysis. */
export interface LiveResult {
  readonly key: LiveKey;
  readonly value: AnalysisResult;
  readonly designWarnings: readonly DesignIssue[];
  readonly elapsedMs: number;
  /** The design it was computed from. */
  readonly design: unknown;
}

/** The latest successful curves. */
export interface LiveCurveSet {
  readonly key: LiveCurvesKey;
  /**
   * R(t), A(t) and their complements, sorted by t (design time units), with the figures of the
   * blocks in `key.blockCurves` in `points[i].blocks`.
   */
  readonly points: readonly AnalysisPoint[];
  /** The mission time the curves were drawn around, design time units. */
  readonly missionTime: number;
  /** The design they were computed from. */
  readonly design: unknown;
}

/** A failed request and its issues. */
export interface LiveFailure<K extends LiveKey = LiveKey> {
  readonly key: K;
  readonly issues: readonly DesignIssue[];
}

/** Everything the scheduler knows, immutable (a new object on every change). */
export interface LiveSnapshot {
  readonly latest: LiveCurvesKey | null;
  readonly result: LiveResult | null;
  readonly failure: LiveFailure | null;
  readonly curves: LiveCurveSet | null;
  readonly curvesFailure: LiveFailure<LiveCurvesKey> | null;
  /** Headline work is debouncing, in flight or waiting. */
  readonly busy: boolean;
  /** Curve work is waiting or in flight. */
  readonly curvesBusy: boolean;
}

export type AnalyzeFunction = (
  design: unknown,
  options: AnalyzeOptions,
) => Promise<Result<AnalyzeResponse, readonly DesignIssue[]>>;

export interface LiveSchedulerOptions {
  readonly analyze: AnalyzeFunction;
  /** Restarts the engine after a call that outlived `timeoutMs`. */
  readonly restart: (reason: string) => void;
  readonly debounceMs?: number;
  readonly curvesDelayMs?: number;
  readonly timeoutMs?: number;
}

/** Methods are plain functions (no `this`), safe to pass around, e.g. to useSyncExternalStore. */
export interface LiveScheduler {
  /** Asks for the analysis of a request (`null`: no design; clears everything). */
  readonly update: (request: LiveRequest | null) => void;
  /** Drops waiting work and timers (an answer in flight is still recorded). */
  readonly cancel: () => void;
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => LiveSnapshot;
}

export function isSameKey(a: LiveKey | null | undefined, b: LiveKey | null | undefined): boolean {
  return (
    a !== null &&
    a !== undefined &&
    b !== null &&
    b !== undefined &&
    a.revision === b.revision &&
    a.missionTime === b.missionTime
  );
}

/** Same revision, mission time and curve grid (the system curves are the same). */
export function isSameCurvesGrid(
  a: LiveCurvesKey | null | undefined,
  b: LiveCurvesKey | null | undefined,
): boolean {
  return isSameKey(a, b) && a?.curvePoints === b?.curvePoints;
}

function isSameBlockList(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Same grid and the same per-block curves asked for. */
export function isSameCurvesKey(
  a: LiveCurvesKey | null | undefined,
  b: LiveCurvesKey | null | undefined,
): boolean {
  return isSameCurvesGrid(a, b) && isSameBlockList(a?.blockCurves, b?.blockCurves);
}

function getKey(request: LiveRequest): LiveKey {
  return { revision: request.revision, missionTime: request.missionTime };
}

function getCurvesKey(request: LiveRequest): LiveCurvesKey {
  return {
    ...getKey(request),
    curvePoints: request.curvePoints,
    blockCurves: request.blockCurves ?? [],
  };
}

function workerIssue(message: string): DesignIssue {
  return { severity: 'error', code: 'worker-failed', path: '', message };
}

const EMPTY: LiveSnapshot = {
  latest: null,
  result: null,
  failure: null,
  curves: null,
  curvesFailure: null,
  busy: false,
  curvesBusy: false,
};

type Job = { readonly kind: 'main' | 'curves'; readonly request: LiveRequest };

/**
 * Creates a scheduler. Use one per view; `update` on every change.
 * @example
 * const s = createLiveAnalysisScheduler({ analyze: analyzeInWorker, restart: restartEngine });
 * s.subscribe(() => render(s.getSnapshot()));
 * s.update({ design, revision: 1, missionTime: null, curvePoints: 160 });
 */
export function createLiveAnalysisScheduler(options: LiveSchedulerOptions): LiveScheduler {
  const debounceMs = options.debounceMs ?? LIVE_DEBOUNCE_MS;
  const curvesDelayMs = options.curvesDelayMs ?? CURVES_DELAY_MS;
  const timeoutMs = options.timeoutMs ?? ENGINE_TIMEOUT_MS;
  const listeners = new Set<() => void>();
  let snapshot: LiveSnapshot = EMPTY;
  let latest: LiveRequest | null = null;
  let inFlight: Job | null = null;
  let debounceTimer: ReturnType<typeof setTimeout> | null = null;
  let curvesTimer: ReturnType<typeof setTimeout> | null = null;
  /** Abandons a young call in flight once it is old enough, when a newer change waits. */
  let supersedeTimer: ReturnType<typeof setTimeout> | null = null;
  /** The curves request whose quiet time has passed. */
  let curvesReady: LiveCurvesKey | null = null;
  /** Bumped when the design goes away: answers to older calls are then dropped. */
  let generation = 0;
  /** Bumped for every call sent: answers to an abandoned call are dropped. */
  let callToken = 0;
  let inFlightSince = 0;
  /** What the last answer of each kind took, and the size of the design it was for. */
  const lastTook = new Map<Job['kind'], { size: number; ms: number }>();

  function publish(change: Partial<LiveSnapshot>): void {
    const next = { ...snapshot, ...change };
    const busy = debounceTimer !== null || inFlight?.kind === 'main' || needsMain(next);
    const curvesBusy = inFlight?.kind === 'curves' || (!busy && needsCurves(next));
    snapshot = { ...next, latest: latest === null ? null : getCurvesKey(latest), busy, curvesBusy };
    for (const listener of [...listeners]) listener();
  }
  /** The latest request has neither a result nor a failure yet. */
  function needsMain(s: LiveSnapshot = snapshot): boolean {
    return (
      latest !== null && !isSameKey(s.result?.key, latest) && !isSameKey(s.failure?.key, latest)
    );
  }
  /** The latest request has its headline result but neither curves nor a curve failure. */
  function needsCurves(s: LiveSnapshot = snapshot): boolean {
    if (latest === null || !isSameKey(s.result?.key, latest)) return false;
    const key = getCurvesKey(latest);
    return !isSameCurvesKey(s.curves?.key, key) && !isSameCurvesKey(s.curvesFailure?.key, key);
  }

  function pump(): void {
    if (inFlight !== null || debounceTimer !== null || latest === null) return;
    if (needsMain()) {
      run({ kind: 'main', request: latest });
      return;
    }
    if (!needsCurves()) return;
    const key = getCurvesKey(latest);
    if (isSameCurvesKey(curvesReady, key)) {
      run({ kind: 'curves', request: latest });
    } else if (curvesTimer === null) {
      curvesTimer = setTimeout(() => {
        curvesTimer = null;
        curvesReady = key;
        pump();
      }, curvesDelayMs);
    }
  }

  function getCurveOptions(request: LiveRequest): {
    times: number[];
    missionTime: number;
    blockCurves: readonly string[];
  } {
    const result = snapshot.result?.value;
    const missionTime = request.missionTime ?? result?.points[0]?.t ?? result?.missionTime ?? 0;
    const times = createCurveTimes(missionTime, request.curvePoints);
    return { times, missionTime, blockCurves: request.blockCurves ?? [] };
  }

  function run(job: Job, attempt = 1): void {
    const callGeneration = generation;
    const token = ++callToken;
    inFlight = job;
    inFlightSince = Date.now();
    publish({});
    const { request } = job;
    const curveOptions = job.kind === 'curves' ? getCurveOptions(request) : null;
    const analysisOptions: AnalyzeOptions =
      curveOptions !== null
        ? {
            times: curveOptions.times,
            skipMttf: true,
            skipMeanAvailability: true,
            cutSetLimit: 0,
            ...(curveOptions.blockCurves.length > 0
              ? { blockCurves: curveOptions.blockCurves }
              : {}),
          }
        : {
            ...(request.missionTime !== null ? { times: [request.missionTime] } : {}),
            // The curves come with the headline figures: one edit, one call. (An engine that
            // sends none back gets the curve request below.)
            curves: {
              points: request.curvePoints,
              ...((request.blockCurves ?? []).length > 0
                ? { blockCurves: request.blockCurves }
                : {}),
            },
          };
    let settled = false;
    const size = getDesignSize(request.design);
    const took = lastTook.get(job.kind);
    const deadline =
      took === undefined || took.size !== size
        ? timeoutMs
        : Math.min(timeoutMs, Math.max(MIN_DEADLINE_MS, DEADLINE_FACTOR * took.ms));
    const timer = setTimeout(() => {
      const seconds = Math.round(deadline / 1000);
      const reason = `the analysis took longer than ${seconds} s; the engine was restarted`;
      // Restart first, so that the next job never starts on the abandoned worker.
      options.restart(reason);
      fail(reason);
    }, deadline);
    const finish = (response: Result<AnalyzeResponse, readonly DesignIssue[]>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (callGeneration !== generation || token !== callToken) return; // dropped meanwhile
      inFlight = null;
      clearSupersedeTimer();
      if (response.ok) {
        lastTook.set(job.kind, { size, ms: response.value.elapsedMs });
      }
      record(job, response, curveOptions?.missionTime ?? 0);
      pump();
    };
    /** A dead or stuck worker: once more on a fresh one if this is still the work wanted. */
    const fail = (reason: string): void => {
      if (settled) return;
      const wanted = latest !== null && latest === request;
      if (attempt === 1 && wanted && callGeneration === generation && token === callToken) {
        settled = true;
        clearTimeout(timer);
        inFlight = null;
        clearSupersedeTimer();
        run(job, 2);
        return;
      }
      finish(createFailure([workerIssue(reason)]));
    };
    if (curveOptions !== null && curveOptions.times.length === 0) {
      finish(createFailure([workerIssue('no positive mission time to draw the curves around')]));
      return;
    }
    // A rejection means the worker died (the client has restarted it already), the call could
    // not be sent (a design that cannot be cloned) or a bug: report it, keep the last result.
    options.analyze(request.design, analysisOptions).then(finish, (error: unknown) => {
      fail(error instanceof Error ? error.message : String(error));
    });
  }

  function record(
    job: Job,
    response: Result<AnalyzeResponse, readonly DesignIssue[]>,
    curvesMissionTime: number,
  ): void {
    const { request } = job;
    if (job.kind === 'main') {
      if (response.ok) {
        const curves = response.value.curves;
        publish({
          result: {
            key: getKey(request),
            value: response.value.result,
            designWarnings: response.value.designWarnings,
            elapsedMs: response.value.elapsedMs,
            design: request.design,
          },
          failure: null,
          ...(curves === undefined
            ? {}
            : {
                curves: {
                  key: getCurvesKey(request),
                  points: curves.points,
                  missionTime: curves.missionTime,
                  design: request.design,
                },
                curvesFailure: null,
              }),
        });
      } else publish({ failure: { key: getKey(request), issues: response.error } });
      return;
    }
    if (response.ok) {
      publish({
        curves: {
          key: getCurvesKey(request),
          points: response.value.result.points,
          missionTime: curvesMissionTime,
          design: request.design,
        },
        curvesFailure: null,
      });
    } else publish({ curvesFailure: { key: getCurvesKey(request), issues: response.error } });
  }

  /** Abandons the call in flight (its late answer is dropped) and restarts the engine. */
  function supersede(): void {
    callToken++;
    inFlight = null;
    clearSupersedeTimer();
    options.restart('a newer change replaced the analysis in progress');
  }

  function clearSupersedeTimer(): void {
    if (supersedeTimer !== null) clearTimeout(supersedeTimer);
    supersedeTimer = null;
  }

  function clearTimers(): void {
    if (debounceTimer !== null) clearTimeout(debounceTimer);
    if (curvesTimer !== null) clearTimeout(curvesTimer);
    debounceTimer = null;
    curvesTimer = null;
  }

  return {
    update(request) {
      if (request === null) {
        latest = null;
        generation++;
        inFlight = null;
        clearTimers();
        clearSupersedeTimer();
        curvesReady = null;
        snapshot = EMPTY;
        publish({});
        return;
      }
      const previous = latest;
      latest = request;
      const sameWork =
        isSameCurvesKey(previous === null ? null : getCurvesKey(previous), getCurvesKey(request)) &&
        previous?.design === request.design &&
        (debounceTimer !== null || curvesTimer !== null || inFlight !== null);
      if (sameWork) return;
      clearTimers();
      if (inFlight !== null) {
        // A long call for an older version is dropped rather than make this change wait; a
        // younger one gets until it is {@link SUPERSEDE_AFTER_MS} old (it may be on a worker that
        // died silently, whose own deadline can be a minute when nothing comparable was answered).
        const age = Date.now() - inFlightSince;
        if (age > SUPERSEDE_AFTER_MS) supersede();
        else if (supersedeTimer === null) {
          supersedeTimer = setTimeout(
            () => {
              supersedeTimer = null;
              if (inFlight === null || inFlight.request === latest) return;
              supersede();
              publish({});
              pump();
            },
            SUPERSEDE_AFTER_MS - age + 1,
          );
        }
      }
      if (needsMain()) {
        debounceTimer = setTimeout(() => {
          debounceTimer = null;
          publish({});
          pump();
        }, debounceMs);
        publish({});
      } else {
        publish({});
        pump();
      }
    },
    cancel() {
      clearTimers();
      publish({});
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      return snapshot;
    },
  };
}

/**
 * A rough size of a design file (nodes of every diagram), to tell whether the last answer's time
 * says anything about the next one. Never throws on odd input.
 */
function getDesignSize(design: unknown): number {
  const count = (diagram: unknown): number => {
    const nodes = (diagram as { nodes?: unknown } | null | undefined)?.nodes;
    return Array.isArray(nodes) ? nodes.length : 0;
  };
  if (typeof design !== 'object' || design === null) return 0;
  const file = design as { diagram?: unknown; subsystems?: unknown };
  let size = count(file.diagram);
  if (typeof file.subsystems === 'object' && file.subsystems !== null) {
    for (const sub of Object.values(file.subsystems)) size += count(sub);
  }
  return size;
}

/** A failed result (built here: `app/` imports no engine values for this). */
function createFailure(issues: readonly DesignIssue[]): Result<never, readonly DesignIssue[]> {
  return { ok: false, error: issues };
}
