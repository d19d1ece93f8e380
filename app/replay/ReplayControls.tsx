/**
 * The transport: play/pause, speed, step by event and by system change, next outage, start and
 * end, go to a typed time, and the playhead slider (focusable, announcing "day 143 09:12, system
 * up"). The slider and the clock move every frame through refs, without a React render.
 */
import { useCallback, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Replay, TimeUnit } from '../../src/index.ts';
import { formatNumber, formatSimulatedTime } from '../../src/index.ts';
import type { PlayerSnapshot, ReplayPlayer } from './replayPlayer.ts';
import { SPEED_STEPS } from './replayPlayer.ts';
import { usePlayerFrame } from './usePlayer.ts';

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
  const slider = useRef<HTMLInputElement>(null);
  const clock = useRef<HTMLSpanElement>(null);
  const [goText, setGoText] = useState('');
  const onFrame = useCallback(
    (t: number) => {
      const date = formatSimulatedTime(t, timeUnit);
      const text = `${date}, system ${replay.systemUpAt(t) ? 'up' : 'down'}`;
      if (slider.current !== null) {
        slider.current.value = String(t);
        slider.current.setAttribute('aria-valuetext', text);
      }
      if (clock.current !== null) clock.current.textContent = date;
    },
    [replay, timeUnit],
  );
  usePlayerFrame(player, onFrame);

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
        <input
          ref={slider}
          type="range"
          min={0}
          max={horizon}
          step="any"
          defaultValue={0}
          className="replay-slider"
          aria-label="Playhead"
          data-testid="replay.slider"
          onInput={(e) => player.seek(Number((e.target as HTMLInputElement).value))}
        />
        <span className="replay-event-count" data-testid="replay.event-index">
          event {snapshot.eventIndex.toLocaleString('en-US')} of{' '}
          {eventCount.toLocaleString('en-US')}
        </span>
      </div>
    </div>
  );
}
