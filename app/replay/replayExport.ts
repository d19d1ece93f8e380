/**
 * Export of a replay for slides: a PNG of one frame, a GIF (gifenc) or a WebM/MP4 video
 * (mediabunny over WebCodecs) of a stretch, every frame drawn by the canvas renderer at its exact
 * time (frame k at from + k·(to − from)/(frames − 1)), independent of the screen's speed. Runs in
 * the export worker on an OffscreenCanvas (app/replay/export.worker.ts); no React, no DOM.
 */
import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import {
  BufferTarget,
  CanvasSource,
  Mp4OutputFormat,
  Output,
  QUALITY_MEDIUM,
  WebMOutputFormat,
  getFirstEncodableVideoCodec,
} from 'mediabunny';
import type { ExportOutcome, ExportProgress, ExportRequest } from './exportTypes.ts';
import { MAX_EXPORT_FRAMES } from './exportTypes.ts';
import { drawReplayFrame, getFrameTimes, prepareScene } from './drawReplayFrame.ts';

/** Colours of a GIF frame's palette (the renderer draws few; text edges need some more). */
const GIF_COLORS = 64;

function createCanvas(width: number, height: number): OffscreenCanvas | null {
  return typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : null;
}

/** Lets the event loop run between frames (a cancel message, a progress post). */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Renders and encodes an export.
 * @param onProgress called after every frame
 */
export async function encodeReplay(
  request: ExportRequest,
  onProgress: ExportProgress,
): Promise<ExportOutcome> {
  const { width, height, format } = request;
  const frames = format === 'png' ? 1 : Math.max(2, Math.min(MAX_EXPORT_FRAMES, request.frames));
  const canvas = createCanvas(width, height);
  const ctx = canvas?.getContext('2d') ?? null;
  if (canvas === null || ctx === null) {
    return { ok: false, reason: 'no-canvas', message: 'this browser cannot draw off screen' };
  }
  const prepared = prepareScene(request.scene);
  const span = [request.from, request.to] as const;
  const times = getFrameTimes(request.from, request.to, frames);
  try {
    if (format === 'png') {
      drawReplayFrame(ctx, width, height, prepared, request.from, span);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      onProgress(1, 1);
      return {
        ok: true,
        bytes: new Uint8Array(await blob.arrayBuffer()),
        mimeType: 'image/png',
        frames: 1,
        codec: '',
      };
    }
    if (format === 'gif') {
      const gif = GIFEncoder();
      const delay = Math.round(1000 / request.fps);
      for (let k = 0; k < frames; k++) {
        drawReplayFrame(ctx, width, height, prepared, times[k]!, span);
        const { data } = ctx.getImageData(0, 0, width, height);
        const palette = quantize(data, GIF_COLORS);
        gif.writeFrame(applyPalette(data, palette), width, height, {
          palette,
          delay,
          ...(k === 0 ? { repeat: 0 } : {}),
        });
        onProgress(k + 1, frames);
        await breathe();
      }
      gif.finish();
      return { ok: true, bytes: gif.bytes(), mimeType: 'image/gif', frames, codec: '' };
    }
    if (typeof VideoEncoder !== 'function') {
      return {
        ok: false,
        reason: 'no-webcodecs',
        message: 'this browser has no WebCodecs encoder',
      };
    }
    const webm = format === 'webm';
    const codec = await getFirstEncodableVideoCodec(webm ? ['vp9', 'vp8'] : ['avc'], {
      width,
      height,
    });
    if (codec === null) {
      return {
        ok: false,
        reason: 'no-codec',
        message: `this browser cannot encode ${webm ? 'VP9 or VP8 (WebM)' : 'H.264 (MP4)'} at ${width}×${height}`,
      };
    }
    const target = new BufferTarget();
    const output = new Output({
      format: webm ? new WebMOutputFormat() : new Mp4OutputFormat(),
      target,
    });
    const source = new CanvasSource(canvas, { codec, bitrate: QUALITY_MEDIUM });
    output.addVideoTrack(source, { frameRate: request.fps });
    await output.start();
    for (let k = 0; k < frames; k++) {
      drawReplayFrame(ctx, width, height, prepared, times[k]!, span);
      await source.add(k / request.fps, 1 / request.fps);
      onProgress(k + 1, frames);
    }
    await output.finalize();
    const buffer = target.buffer;
    if (buffer === null) return { ok: false, reason: 'error', message: 'the video came out empty' };
    return {
      ok: true,
      bytes: new Uint8Array(buffer),
      mimeType: webm ? 'video/webm' : 'video/mp4',
      frames,
      codec,
    };
  } catch (error) {
    return { ok: false, reason: 'error', message: `export failed: ${String(error)}` };
  }
}
