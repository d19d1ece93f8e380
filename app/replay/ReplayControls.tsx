/**
 * The transport: play/pause, speed, step by event and by system change, next outage, start and
 * end, go to a typed time, and the playhead slider (focusable, announcing "day 143 09:12, system
 * up"). The slider and the clock move every frame through refs, without a React render.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PointerEvent, RefObject } from 'react';
import type { Replay, TimeUnit } from '../../src/index.ts';
import {
  HOURS_PER_UNIT,
  formatDuration,
  formatNumber,
  formatSimulatedTime,
} from '../../src/index.ts';
import type { PlayerSnapshot, ReplayPlayer } from './replayPlayer.ts';
import { SPEED_STEPS } from './replayPlayer.ts';
import { createTextPacer, usePlayerFrame } from './usePlayer.ts';

/** Least wall time between two slider announcements while playing, ms. */
const ANNOUNCE_MS = 250;

export function ReplayControls({
  player,
  snapshot,
  horizon,
  timeUnit,
  eventCount,
  goTo,
  replay,
}: {
  readonly player: ReplayPlayer;
  readonly snapshot: PlayerSnapshot;
  readonly horizon: number;
  readonly timeUnit: TimeUnit;
  readonly eventCount: number;
  readonly goTo: RefObject<HTMLInputElement | null>;
  readonly replay: Replay;
}) {
  const slider = useRef<HTMLDivElement>(null);
  const thumb = useRef<HTMLDivElement>(null);
  const clock = useRef<HTMLSpanElement>(null);
  const [goText, setGoText] = useState('');
  const announced = useRef({ text: '', at: -Infinity });
  const gapMark = useRef<HTMLSpanElement>(null);
  const [textFrame] = useState(() => createTextPacer(player));
  const onFrame = useCallback(
    (t: number) => {
      // The thumb is a small layer moved by a transform (a native range input repainted its
      // whole width every frame without a GPU), every frame; words at most 10 times a second.
      if (thumb.current !== null)
        thumb.current.style.transform = `translateX(${(100 * t) / horizon}cqw)`;
      if (!textFrame()) return;
      // Event-paced: the quiet stretch being squeezed, in words.
      if (gapMark.current !== null) {
        const snap = player.getSnapshot();
        const gap = player.getGap();
        const hours = (gap.to - gap.from) * HOURS_PER_UNIT[timeUnit];
        const text =
          snap.pacing === 'events' && snap.playing && hours >= 24
            ? `⋯ ${formatDuration(hours)}, no events ⋯`
            : '';
        if (gapMark.current.textContent !== text) gapMark.current.textContent = text;
      }
      const date = formatSimulatedTime(t, timeUnit);
      // The slider's value and announcement change at most four times a second while playing,
      // and at once on a pause or a jump (the effect below).
      const now = performance.now();
      if (
        slider.current !== null &&
        (!player.getSnapshot().playing || now - announced.current.at >= ANNOUNCE_MS)
      ) {
        const text = `${date}, system ${replay.systemUpAt(t) ? 'up' : 'down'}`;
        slider.current.setAttribute('aria-valuenow', String(t));
        if (text !== announced.current.text) slider.current.setAttribute('aria-valuetext', text);
        announced.current = { text, at: now };
      }
      if (clock.current !== null && clock.current.textContent !== date) {
        clock.current.textContent = date;
      }
    },
    [replay, timeUnit, player, horizon, textFrame],
  );
  /** Seeks to the pointer's place on the track (a click, or a drag with the pointer captured). */
  const seekTo = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const share = Math.max(0, Math.min(1, (event.clientX - box.left) / box.width));
    player.seek(share * horizon);
  };
  usePlayerFrame(player, onFrame);
  // A pause or a jump announces the playhead at once.
  useEffect(() => onFrame(player.getTime()), [snapshot, player, onFrame]);

  return (
    <div className="replay-controls">
      <div className="replay-buttons" role="group" aria-label="Playback">
        <button
          type="button"
          className="button"
          onClick={() => player.seek(0)}
          aria-label="Start (Home)"
          data-testid="replay.home"
        >
          Start
        </button>
        <button
          type="button"
          className="button"
          onClick={() => player.stepSystem(-1)}
          aria-label="Previous system change (Shift+←)"
        >
          ⇤
        </button>
        <button
          type="button"
          className="button"
          onClick={() => player.stepEvent(-1)}
          aria-label="Previous event (←)"
          data-testid="replay.prev"
        >
          ◀
        </button>
        <button
          type="button"
          className="button is-primary replay-play"
          onClick={() => player.toggle()}
          data-testid="replay.play"
          aria-label={snapshot.playing ? 'Pause (Space)' : 'Play (Space)'}
        >
          {snapshot.playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => player.stepEvent(1)}
          aria-label="Next event (→)"
          data-testid="replay.next"
        >
          ▶
        </button>
        <button
          type="button"
          className="button"
          onClick={() => player.stepSystem(1)}
          aria-label="Next system change (Shift+→)"
          data-testid="replay.next-change"
        >
          ⇥
        </button>
        <button
          type="button"
          className="button"
          onClick={() => player.nextOutage()}
          aria-label="Next outage (N)"
          data-testid="replay.next-outage"
        >
          Next outage
        </button>
        <button
          type="button"
          className="button"
          onClick={() => player.seek(horizon)}
          aria-label="End (End)"
        >
          End
        </button>
      </div>
      <label className="replay-speed">
        Speed
        <select
          value={snapshot.speed}
          disabled={snapshot.pacing === 'events'}
          title={
            snapshot.pacing === 'events'
              ? 'Event-paced: every gap between events takes the same time'
              : undefined
          }
          data-testid="replay.speed"
          onChange={(e) => player.setSpeed(Number(e.target.value))}
        >
          {SPEED_STEPS.map((s, i) => (
            <option key={s} value={i}>
              {formatNumber(s)} {timeUnit}/s
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        aria-pressed={snapshot.pacing === 'events'}
        data-testid="replay.pacing"
        onClick={() => player.setPacing(snapshot.pacing === 'events' ? 'time' : 'events')}
        title="Each event gets the same screen time; quiet stretches are squeezed"
      >
        Event-paced
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={snapshot.loop}
        data-testid="replay.loop"
        onClick={() => player.setLoop(!snapshot.loop)}
      >
        Loop
      </button>
      <span ref={gapMark} className="replay-gap hint" data-testid="replay.gap" aria-hidden="true" />
      <form
        className="replay-goto"
        onSubmit={(e) => {
          e.preventDefault();
          const t = Number(goText);
          if (Number.isFinite(t)) player.seek(t);
          goTo.current?.blur();
        }}
      >
        <label>
          Go to (G)
          <input
            ref={goTo}
            type="text"
            inputMode="decimal"
            placeholder={`0 … ${formatNumber(horizon)} ${timeUnit}`}
            value={goText}
            data-testid="replay.goto"
            onChange={(e) => setGoText(e.target.value)}
          />
        </label>
      </form>
      <div className="replay-scrub">
        <span ref={clock} className="replay-clock" data-testid="replay.clock" aria-hidden="true" />
        <div
          ref={slider}
          role="slider"
          tabIndex={0}
          aria-label="Playhead"
          aria-valuemin={0}
          aria-valuemax={horizon}
          aria-valuenow={0}
          aria-valuetext={formatSimulatedTime(0, timeUnit)}
          className="replay-slider"
          data-testid="replay.slider"
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            e.currentTarget.focus();
            seekTo(e);
          }}
          onPointerMove={(e) => {
            if (e.currentTarget.hasPointerCapture(e.pointerId)) seekTo(e);
          }}
        >
          <div className="replay-slider-track" />
          <div ref={thumb} className="replay-slider-thumb" />
        </div>
        <span className="replay-event-count" data-testid="replay.event-index">
          event {snapshot.eventIndex.toLocaleString('en-US')} of{' '}
          {eventCount.toLocaleString('en-US')}
        </span>
      </div>
      <p className="replay-keys hint">
        Keys: Space play/pause · ←/→ event · Shift+←/→ system change · N next outage · Home/End · [
        ] speed · G go to a time · Esc pause
      </p>
    </div>
  );
}
