/**
 * Main-thread side of the exact-engine worker: a Comlink wrapper with an `import type` of the
 * API, so engine code never reaches the main bundle. If the worker dies, the next call starts a
 * fresh one. If workers cannot start at all (a browser or policy that forbids them), the same
 * API runs on this thread instead, loaded as a separate chunk on first use (logged once).
 *
 * Comlink never settles a call whose worker was terminated or crashed, so every call in flight is
 * tracked here and rejected with an `Error` when the worker fails or {@link restartEngine} runs:
 * callers always hear back, and can report an error instead of waiting forever.
 */
import { wrap } from 'comlink';
import type { EngineWorkerApi } from '../../src/worker/protocol.ts';
import { diffDesign, withoutUi } from '../../src/index.ts';
import { takeEngineWorker } from './engineWorker.ts';

/** The API as the client calls it: every method answers asynchronously. */
interface AsyncEngineApi {
  analyze(
    design: unknown,
    options: Parameters<EngineWorkerApi['analyze']>[1],
    designId?: number,
  ): ReturnType<EngineWorkerApi['analyze']>;
  analyzePatch(
    patch: Parameters<EngineWorkerApi['analyzePatch']>[0],
    options: Parameters<EngineWorkerApi['analyzePatch']>[1],
  ): ReturnType<EngineWorkerApi['analyzePatch']>;
  readDesignText(text: string): ReturnType<EngineWorkerApi['readDesignText']>;
  analyzeCondition(
    design: unknown,
    condition: Parameters<EngineWorkerApi['analyzeCondition']>[1],
  ): ReturnType<EngineWorkerApi['analyzeCondition']>;
  evaluateLesson: EngineWorkerApi['evaluateLesson'];
  runLessonEstimate: EngineWorkerApi['runLessonEstimate'];
  countLessonCoverage: EngineWorkerApi['countLessonCoverage'];
}

let worker: Worker | null = null;
let api: AsyncEngineApi | null = null;
/** Workers could not start: the engine runs on this thread. */
let inThread = false;

/** The engine on this thread (the worker's own API object, loaded on first use). */
function createInThreadApi(): AsyncEngineApi {
  const loaded = import('../../src/worker/engineApi.ts').then((m) => m.createEngineApi());
  return {
    analyze: async (design, options, designId) => (await loaded).analyze(design, options, designId),
    analyzePatch: async (patch, options) => (await loaded).analyzePatch(patch, options),
    readDesignText: async (text) => (await loaded).readDesignText(text),
    analyzeCondition: async (design, condition) =>
      (await loaded).analyzeCondition(design, condition),
    evaluateLesson: async (id, texts) => (await loaded).evaluateLesson(id, texts),
    runLessonEstimate: async (...args) => (await loaded).runLessonEstimate(...args),
    countLessonCoverage: async (...args) => (await loaded).countLessonCoverage(...args),
  };
}
/** Rejecters of the calls in flight on the current worker. */
const inFlight = new Set<(reason: Error) => void>();

function rejectInFlight(reason: string): void {
  const rejecters = [...inFlight];
  inFlight.clear();
  for (const reject of rejecters) reject(new Error(reason));
}

function getApi(): AsyncEngineApi {
  if (api !== null) return api;
  if (!inThread) {
    try {
      worker = takeEngineWorker();
    } catch (error) {
      inThread = true;
      console.warn('exact engine: workers unavailable, computing on the page', error);
    }
  }
  if (inThread || worker === null) {
    api = createInThreadApi();
    return api;
  }
  worker.addEventListener('error', (event) => {
    const detail = event.message === '' ? 'unknown error' : event.message;
    restartEngine(`the engine worker stopped: ${detail}`);
  });
  worker.addEventListener('messageerror', () =>
    restartEngine('the engine worker sent a message that could not be read'),
  );
  api = wrap<EngineWorkerApi>(worker);
  return api;
}

/**
 * Terminates the worker; the next call starts a new one. Calls in flight are rejected.
 * @param reason message of the rejection seen by the calls in flight
 */
export function restartEngine(reason = 'the engine worker was restarted'): void {
  sent = null;
  worker?.terminate();
  worker = null;
  if (!inThread) api = null;
  rejectInFlight(reason);
}

/** Calls the worker; rejects (never hangs) if it dies meanwhile. */
function callWorker<T>(call: (remote: AsyncEngineApi) => Promise<T>): Promise<T> {
  return new Promise((resolve, reject: (reason: Error) => void) => {
    inFlight.add(reject);
    const settle = () => inFlight.delete(reject);
    let remote: AsyncEngineApi;
    try {
      remote = getApi();
    } catch (error) {
      settle();
      reject(new Error(`the engine worker cannot start: ${String(error)}`));
      return;
    }
    call(remote).then(
      (response) => {
        settle();
        resolve(response);
      },
      (error: unknown) => {
        settle();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The design last posted to the worker (as the page holds it) and its id. */
let sent: { readonly design: unknown; readonly id: number } | null = null;
let nextDesignId = 1;

/**
 * Analyses a design in the worker (sent without its `ui` fields, which the engine never reads
 * and which may be too large or deep to post). After the first call only what changed since
 * the last design sent crosses to the worker (found by identity: src/worker/designPatch.ts);
 * the whole design goes again when much changed or the worker no longer holds the last one.
 * Rejects (never hangs) if the worker dies meanwhile.
 */
export function analyzeInWorker(
  design: unknown,
  options: Parameters<EngineWorkerApi['analyze']>[1],
): ReturnType<EngineWorkerApi['analyze']> {
  const id = nextDesignId++;
  const base = sent;
  sent = { design, id };
  const changes = base === null ? null : diffDesign(base.design, design);
  const call = callWorker(async (remote) => {
    if (base !== null && changes !== null) {
      const answer = await remote.analyzePatch({ base: base.id, id, changes }, options);
      if (answer !== null) return answer;
    }
    return remote.analyze(withoutUi(design), options, id);
  });
  // A failed call may have left the worker without this design: send the next one whole.
  call.catch(() => {
    if (sent?.id === id) sent = null;
  });
  return call;
}

/**
 * Reads and validates a design file's text in the worker (an import: the page's thread only
 * receives the result). Rejects if the worker dies meanwhile.
 */
export function readDesignTextInWorker(
  text: string,
): ReturnType<EngineWorkerApi['readDesignText']> {
  return callWorker((remote) => remote.readDesignText(text));
}

/**
 * The design under a condition set by hand (failure effects), in the worker; sent without its
 * `ui` fields. Rejects (never hangs) if the worker dies meanwhile.
 */
export function analyzeConditionInWorker(
  design: unknown,
  condition: Parameters<EngineWorkerApi['analyzeCondition']>[1],
): ReturnType<EngineWorkerApi['analyzeCondition']> {
  return callWorker((remote) => remote.analyzeCondition(withoutUi(design), condition));
}

/** A Learn lesson worked out in the worker. Rejects (never hangs) if the worker dies meanwhile. */
export function evaluateLessonInWorker(
  id: string,
  texts: Readonly<Record<string, string>>,
): ReturnType<EngineWorkerApi['evaluateLesson']> {
  return callWorker((remote) => remote.evaluateLesson(id, texts));
}

/** One run of the Monte Carlo lesson in the worker. */
export function runLessonEstimateInWorker(
  ...args: Parameters<EngineWorkerApi['runLessonEstimate']>
): ReturnType<EngineWorkerApi['runLessonEstimate']> {
  return callWorker((remote) => remote.runLessonEstimate(...args));
}

/** A batch of the Monte Carlo lesson's coverage count in the worker. */
export function countLessonCoverageInWorker(
  ...args: Parameters<EngineWorkerApi['countLessonCoverage']>
): ReturnType<EngineWorkerApi['countLessonCoverage']> {
  return callWorker((remote) => remote.countLessonCoverage(...args));
}
