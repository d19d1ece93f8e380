/**
 * Main-thread side of the replay export: runs the export worker (render and encode off the
 * page's thread), reports progress, cancels by terminating it. Without WebCodecs' encoder, a
 * video is recorded instead with MediaRecorder from a canvas on the page, one frame per tick of
 * the clip's frame rate (real time: a 10 s clip takes about 10 s; each tick draws one frame).
 * Without workers the worker's code runs here, yielding between frames.
 */
import { wrap } from 'comlink';
import { callWithProgress } from '../engine/workerProgress.ts';
import type { ExportWorkerApi } from './export.worker.ts';
import type { ExportOutcome, ExportProgress, ExportRequest } from './exportTypes.ts';
import { drawReplayFrame, getFrameTimes, prepareScene } from './drawReplayFrame.ts';

/** An export under way. */
export interface ExportJob {
  readonly result: Promise<ExportOutcome>;
  cancel(): void;
}

const CANCELLED: ExportOutcome = { ok: false, reason: 'error', message: 'cancelled' };

/** Records a video on the page with MediaRecorder (the fallback without WebCodecs). */
function recordOnPage(
  request: ExportRequest,
  onProgress: ExportProgress,
  isCancelled: () => boolean,
): Promise<ExportOutcome> {
  const webm = request.format === 'webm';
  const types = webm
    ? ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm']
    : ['video/mp4;codecs=avc1', 'video/mp4'];
  const mimeType =
    typeof MediaRecorder === 'function'
      ? types.find((t) => MediaRecorder.isTypeSupported(t))
      : undefined;
  if (mimeType === undefined) {
    return Promise.resolve({
      ok: false,
      reason: 'no-codec',
      message: `this browser can encode no ${webm ? 'WebM' : 'MP4'} video`,
    });
  }
  const canvas = document.createElement('canvas');
  canvas.width = request.width;
  canvas.height = request.height;
  const ctx = canvas.getContext('2d')!;
  const prepared = prepareScene(request.scene);
  const times = getFrameTimes(request.from, request.to, request.frames);
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const recorder = new MediaRecorder(stream, { mimeType });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  return new Promise((resolve) => {
    recorder.onstop = () => {
      if (isCancelled()) {
        resolve(CANCELLED);
        return;
      }
      void new Blob(chunks, { type: mimeType }).arrayBuffer().then((buffer) =>
        resolve({
          ok: true,
          bytes: new Uint8Array(buffer),
          mimeType,
          frames: request.frames,
          codec: `${mimeType} (MediaRecorder)`,
        }),
      );
    };
    recorder.start();
    let k = 0;
    const tick = () => {
      if (isCancelled() || k >= times.length) {
        recorder.stop();
        return;
      }
      drawReplayFrame(ctx, request.width, request.height, prepared, times[k]!, [
        request.from,
        request.to,
      ]);
      track.requestFrame();
      k++;
      onProgress(k, times.length);
      setTimeout(tick, 1000 / request.fps);
    };
    tick();
  });
}

/**
 * Starts an export.
 * @param onProgress frames done of all (called from the worker's messages)
 */
export function startExport(request: ExportRequest, reportProgress: ExportProgress): ExportJob {
  let cancelled = false;
  let settled = false;
  // Progress posted by the worker before it was terminated may still arrive: drop it.
  const onProgress: ExportProgress = (done, total) => {
    if (!settled && !cancelled) reportProgress(done, total);
  };
  let worker: Worker | null = null;
  let settle: ((outcome: ExportOutcome) => void) | null = null;
  const result = new Promise<ExportOutcome>((resolve) => {
    settle = resolve;
  });
  const finish = (outcome: ExportOutcome) => {
    settled = true;
    worker?.terminate();
    worker = null;
    settle?.(cancelled ? CANCELLED : outcome);
    settle = null;
  };
  const afterWorker = (outcome: ExportOutcome) => {
    if (!outcome.ok && outcome.reason === 'no-webcodecs' && !cancelled) {
      worker?.terminate();
      worker = null;
      void recordOnPage(request, onProgress, () => cancelled).then(finish);
      return;
    }
    finish(outcome);
  };
  try {
    worker = new Worker(new URL('./export.worker.ts', import.meta.url), {
      type: 'module',
      name: 'replay-export',
    });
    worker.addEventListener('error', (event) =>
      finish({
        ok: false,
        reason: 'error',
        message: `the export worker stopped: ${event.message}`,
      }),
    );
    const api = wrap<ExportWorkerApi>(worker);
    callWithProgress<ExportOutcome, Parameters<typeof onProgress>>(onProgress, (progress) =>
      api.encode(request, progress),
    ).then(afterWorker, (error: unknown) =>
      finish({ ok: false, reason: 'error', message: String(error) }),
    );
  } catch {
    // No workers: the same code on this thread, yielding between frames.
    void import('./replayExport.ts')
      .then((m) => m.encodeReplay(request, onProgress))
      .then(afterWorker);
  }
  return {
    result,
    cancel() {
      cancelled = true;
      finish(CANCELLED);
    },
  };
}
