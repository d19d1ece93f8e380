/**
 * Export for slides: a PNG of the frame at the playhead, or a GIF, WebM or MP4 of a stretch of
 * the history, drawn frame by frame by the canvas renderer in a worker (app/replay/exportClient),
 * with progress and cancel. Says what it made: frames, size in bytes, pixels and codec.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ReplayScene } from './drawReplayFrame.ts';
import type { ExportFormat, ExportOutcome } from './exportTypes.ts';
import { MAX_EXPORT_FRAMES } from './exportTypes.ts';
import type { ExportJob } from './exportClient.ts';
import { startExport } from './exportClient.ts';
import type { ReplayPlayer } from './replayPlayer.ts';

const SIZES = ['640x360', '960x540', '1280x720', '1920x1080'] as const;
const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  png: 'png',
  gif: 'gif',
  webm: 'webm',
  mp4: 'mp4',
};

interface Made {
  readonly name: string;
  readonly url: string;
  readonly bytes: number;
  readonly frames: number;
  readonly size: string;
  readonly codec: string;
  readonly format: ExportFormat;
}

/** Reads the form; a message per bad field. */
function readForm(
  form: { from: string; to: string; seconds: string; fps: string },
  horizonDays: number,
):
  | { readonly ok: true; from: number; to: number; frames: number; fps: number }
  | { readonly ok: false; errors: Record<string, string> } {
  const from = Number(form.from);
  const to = Number(form.to);
  const seconds = Number(form.seconds);
  const fps = Number(form.fps);
  const errors: Record<string, string> = {};
  if (form.from.trim() === '' || !Number.isFinite(from) || from < 0 || from >= horizonDays) {
    errors.from = `from: ${form.from} (must be a day from 0 to below ${horizonDays.toFixed(0)})`;
  }
  if (form.to.trim() === '' || !Number.isFinite(to) || to <= from || to > horizonDays) {
    errors.to = `to: ${form.to} (must be after "from" and at most ${horizonDays.toFixed(0)})`;
  }
  if (!Number.isFinite(fps) || fps < 1 || fps > 60) {
    errors.fps = `frames per second: ${form.fps} (must be from 1 to 60)`;
  }
  const frames = Math.round(seconds * fps);
  if (!Number.isFinite(seconds) || seconds <= 0 || frames < 2 || frames > MAX_EXPORT_FRAMES) {
    errors.seconds = `clip length: ${form.seconds} s (from 2 frames to ${MAX_EXPORT_FRAMES} frames)`;
  }
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, from, to, frames, fps };
}

export const ReplayExport = memo(function ReplayExport({
  scene,
  player,
  fileStem,
}: {
  readonly scene: ReplayScene;
  readonly player: ReplayPlayer;
  /** Start of the file names ("three-tier-h4711"). */
  readonly fileStem: string;
}) {
  const daysPerUnit = scene.hoursPerUnit / 24;
  const horizonDays = scene.horizon * daysPerUnit;
  const [format, setFormat] = useState<ExportFormat>('gif');
  const [size, setSize] = useState<(typeof SIZES)[number]>('640x360');
  const [form, setForm] = useState({
    from: '0',
    to: String(Math.floor(horizonDays * 100) / 100),
    seconds: '6',
    fps: '10',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  const [message, setMessage] = useState('');
  const job = useRef<ExportJob | null>(null);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(
    () => () => {
      job.current?.cancel();
    },
    [],
  );
  useEffect(() => {
    if (made === null) return undefined;
    link.current?.click();
    return () => URL.revokeObjectURL(made.url);
  }, [made]);

  const playheadDays = () => String(Math.round(player.getTime() * daysPerUnit * 100) / 100);
  const onExport = () => {
    const [w, h] = size.split('x').map(Number) as [number, number];
    let from: number;
    let to: number;
    let frames = 1;
    let fps = 1;
    if (format === 'png') {
      from = player.getTime();
      to = from;
      setErrors({});
    } else {
      const read = readForm(form, horizonDays);
      if (!read.ok) {
        setErrors(read.errors);
        return;
      }
      setErrors({});
      from = read.from / daysPerUnit;
      to = read.to / daysPerUnit;
      frames = read.frames;
      fps = read.fps;
    }
    setMessage('');
    setMade(null);
    setProgress({ done: 0, total: frames });
    const started = startExport(
      { scene, format, from, to, frames, fps, width: w, height: h },
      (done, total) => setProgress({ done, total }),
    );
    job.current = started;
    void started.result.then((outcome: ExportOutcome) => {
      if (job.current !== started) return;
      job.current = null;
      setProgress(null);
      if (!outcome.ok) {
        setMessage(outcome.message === 'cancelled' ? 'Export cancelled.' : outcome.message);
        return;
      }
      const blob = new Blob([outcome.bytes as Uint8Array<ArrayBuffer>], {
        type: outcome.mimeType,
      });
      const name = `${fileStem}.${EXTENSIONS[format]}`;
      setMade({
        name,
        url: URL.createObjectURL(blob),
        bytes: outcome.bytes.length,
        frames: outcome.frames,
        size,
        codec: outcome.codec,
        format,
      });
    });
  };
  const onCancel = () => {
    job.current?.cancel();
  };
  // Keys typed here are the form's, not the player's.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') event.stopPropagation();
  };
  const field = (key: keyof typeof form, label: string, unit: string) => (
    <label className="export-field">
      {label}
      <input
        type="text"
        inputMode="decimal"
        value={form[key]}
        data-testid={`replay.export.${key}`}
        aria-invalid={errors[key] !== undefined}
        aria-describedby={errors[key] === undefined ? undefined : `export-error-${key}`}
        disabled={format === 'png'}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
      <span className="hint">{unit}</span>
      {errors[key] !== undefined && (
        <span id={`export-error-${key}`} className="field-error" role="alert">
          {errors[key]}
        </span>
      )}
    </label>
  );
  const running = progress !== null;

  return (
    <section className="replay-export" aria-labelledby="export-heading" onKeyDown={onKeyDown}>
      <h3 id="export-heading">Export for slides</h3>
      <div className="export-row">
        <label className="export-field">
          Format
          <select
            value={format}
            data-testid="replay.export.format"
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
          >
            <option value="png">PNG of the frame at the playhead</option>
            <option value="gif">GIF of a stretch</option>
            <option value="webm">WebM video (VP9) of a stretch</option>
            <option value="mp4">MP4 video (H.264) of a stretch</option>
          </select>
        </label>
        <label className="export-field">
          Size
          <select
            value={size}
            data-testid="replay.export.size"
            onChange={(e) => setSize(e.target.value as (typeof SIZES)[number])}
          >
            {SIZES.map((s) => (
              <option key={s} value={s}>
                {s.replace('x', ' × ')} px
              </option>
            ))}
          </select>
        </label>
        {field('from', 'From', 'day')}
        <button
          type="button"
          className="button"
          disabled={format === 'png'}
          onClick={() => setForm({ ...form, from: playheadDays() })}
        >
          From playhead
        </button>
        {field('to', 'To', 'day')}
        <button
          type="button"
          className="button"
          disabled={format === 'png'}
          onClick={() => setForm({ ...form, to: playheadDays() })}
        >
          To playhead
        </button>
        {field('seconds', 'Clip length', 's')}
        {field('fps', 'Frame rate', 'frames/s')}
      </div>
      <div className="export-row">
        <button
          type="button"
          className="button primary"
          data-testid="replay.export.start"
          disabled={running}
          onClick={onExport}
        >
          Export
        </button>
        {running && (
          <>
            <progress
              max={progress.total}
              value={progress.done}
              aria-label="Export progress"
              data-testid="replay.export.progress"
            />
            <span role="status">
              frame {progress.done} of {progress.total}
            </span>
            <button
              type="button"
              className="button"
              data-testid="replay.export.cancel"
              onClick={onCancel}
            >
              Cancel
            </button>
          </>
        )}
        {!running && made !== null && (
          <p
            className="export-made"
            role="status"
            data-testid="replay.export.made"
            data-format={made.format}
            data-frames={made.frames}
            data-bytes={made.bytes}
          >
            Made{' '}
            <a ref={link} href={made.url} download={made.name}>
              {made.name}
            </a>
            : {made.frames} frame{made.frames === 1 ? '' : 's'}, {made.size.replace('x', ' × ')} px,{' '}
            {(made.bytes / 1024).toFixed(made.bytes < 10240 ? 1 : 0)} KB
            {made.codec === '' ? '' : `, ${made.codec}`}
          </p>
        )}
        {!running && message !== '' && (
          <p className="export-message" role="alert" data-testid="replay.export.message">
            {message}
          </p>
        )}
      </div>
      <p className="hint">
        Frames are drawn from the diagram and the trace at exact times (frame k at from + k × (to −
        from) / (frames − 1)), whatever the screen&apos;s speed.
      </p>
    </section>
  );
});
