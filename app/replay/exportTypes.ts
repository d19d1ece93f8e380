/**
 * What crosses to the replay export worker and back: the request (scene, format, stretch,
 * frames, pixels) and the outcome (the file's bytes, or why not). Kept apart from the encoders so
 * the view's chunk does not carry gifenc and mediabunny (they load in the worker).
 */
import type { ReplayScene } from './drawReplayFrame.ts';

export type ExportFormat = 'png' | 'gif' | 'webm' | 'mp4';

/** What to export. */
export interface ExportRequest {
  readonly scene: ReplayScene;
  readonly format: ExportFormat;
  /** The stretch, design time units (a PNG draws `from`). */
  readonly from: number;
  readonly to: number;
  /** Frames of the clip (1 for a PNG). */
  readonly frames: number;
  /** Frames per second of the clip. */
  readonly fps: number;
  /** Pixels. */
  readonly width: number;
  readonly height: number;
}

/** The file made, or why not. */
export type ExportOutcome =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly mimeType: string;
      readonly frames: number;
      /** The video codec used (`vp9`, `avc`…), '' for images. */
      readonly codec: string;
    }
  | {
      readonly ok: false;
      /** `no-webcodecs`: this browser has no VideoEncoder (the page may record instead). */
      readonly reason: 'no-webcodecs' | 'no-codec' | 'no-canvas' | 'error';
      readonly message: string;
    };

/** Progress: frames done of all. */
export type ExportProgress = (done: number, total: number) => void;

/** Most frames of one export (a minute at 20 fps). */
export const MAX_EXPORT_FRAMES = 1200;
