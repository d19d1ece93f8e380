/**
 * The replay's clock, framework-free (xyflow's XYDrag shape: a factory with methods and a
 * destroy): the playhead time, play/pause at a speed in simulated time per second, and the
 * jumps (next or previous event, next or previous system change, next outage, start, end, a
 * typed time). Two kinds of listeners: `onFrame` runs on every animation frame while playing
 * (for the few DOM nodes that move: playhead, clock; no React render), `subscribe` only when
 * something discrete changes (the event index, playing, speed), which is when React renders.
 * The frame clock and `now` are injected so tests drive it without a browser.
 * Runs on the main thread; no React.
 */
import type { Replay } from '../../src/index.ts';

/** Speeds offered, in simulated time units per second of wall time. Index into this list. */
export const SPEED_STEPS = [0.1, 1, 10, 100, 1000, 10_000, 100_000] as const;

/** Least wall time between two event-index notifications while playing, ms. */
export const PLAYING_NOTIFY_MS = 100;

/** Wall time between two events in step mode, seconds. */
const STEP_MODE_SECONDS = 1;

/**
 * Wall time the playhead takes from one event time to the next in event-paced mode, seconds:
 * every gap gets the same screen time, so quiet stretches are squeezed.
 */
export const EVENT_PACED_SECONDS = 0.6;

/** How play moves: in proportion to simulated time, or event to event (quiet gaps squeezed). */
export type Pacing = 'time' | 'events';

/** What React shows: changes only at events, play/pause and speed changes. */
export interface PlayerSnapshot {
  /** Events applied at the playhead (events at or before it). */
  readonly eventIndex: number;
  readonly playing: boolean;
  /** Index into {@link SPEED_STEPS}. */
  readonly speed: number;
  readonly pacing: Pacing;
  /** Play starts again from the start at the end. */
  readonly loop: boolean;
}

export interface FrameClock {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

export interface ReplayPlayer {
  getTime(): number;
  getSnapshot(): PlayerSnapshot;
  /** Listens to discrete changes; returns the function that stops listening. */
  subscribe(listener: () => void): () => void;
  /** Listens to every moved playhead (frames and seeks). */
  onFrame(listener: (t: number) => void): () => void;
  play(): void;
  pause(): void;
  toggle(): void;
  setSpeed(index: number): void;
  setPacing(pacing: Pacing): void;
  setLoop(loop: boolean): void;
  /**
   * The quiet stretch the playhead is in: the event times before and after t (0 and the
   * horizon at the ends).
   */
  getGap(): { readonly from: number; readonly to: number };
  seek(t: number): void;
  /** To the next (+1) or previous (−1) event time. */
  stepEvent(direction: 1 | -1): void;
  /** To the next or previous change of the system's state. */
  stepSystem(direction: 1 | -1): void;
  /** To the start of the next outage (none: stays). */
  nextOutage(): void;
  destroy(): void;
}

/** Picks the speed that plays the horizon in about 20 s. */
export function getDefaultSpeed(horizon: number): number {
  const wanted = horizon / 20;
  let best = 0;
  SPEED_STEPS.forEach((s, i) => {
    if (Math.abs(Math.log(s / wanted)) < Math.abs(Math.log(SPEED_STEPS[best]! / wanted))) best = i;
  });
  return best;
}

const browserClock: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * A player for one replay.
 * @param replay the trace's replay
 * @param horizon H, design time units
 * @param options starting speed, and the frame clock (default: requestAnimationFrame)
 */
export function createReplayPlayer(
  replay: Replay,
  horizon: number,
  options: {
    readonly speed?: number;
    readonly clock?: FrameClock;
    /** Play jumps from event to event, one a second, instead of gliding (reduced motion). */
    readonly stepMode?: boolean;
  } = {},
): ReplayPlayer {
  const clock = options.clock ?? browserClock;
  const events = replay.trace.events;
  const system = replay.trace.system;
  let t = 0;
  let snapshot: PlayerSnapshot = {
    eventIndex: replay.eventsUpTo(0),
    playing: false,
    speed: options.speed ?? getDefaultSpeed(horizon),
    pacing: 'time',
    loop: false,
  };
  const listeners = new Set<() => void>();
  const frameListeners = new Set<(t: number) => void>();
  let handle: number | null = null;
  let last: number | null = null;

  const update = (change: Partial<PlayerSnapshot>): void => {
    const next = { ...snapshot, ...change };
    if (
      next.eventIndex === snapshot.eventIndex &&
      next.playing === snapshot.playing &&
      next.speed === snapshot.speed &&
      next.pacing === snapshot.pacing &&
      next.loop === snapshot.loop
    ) {
      return;
    }
    snapshot = next;
    for (const l of listeners) l();
  };

  let notifiedAt = -Infinity;
  /**
   * Moves the playhead. While playing (`now` given), React hears of a new event index at most
   * every {@link PLAYING_NOTIFY_MS}: a fast replay crosses a hundred events a second, more than
   * anyone reads and more renders than a large diagram should pay; a step, seek or pause is
   * shown at once.
   */
  const moveTo = (time: number, now?: number): void => {
    t = Math.max(0, Math.min(horizon, time));
    for (const l of frameListeners) l(t);
    if (now !== undefined && now - notifiedAt < PLAYING_NOTIFY_MS) return;
    if (now !== undefined) notifiedAt = now;
    update({ eventIndex: replay.eventsUpTo(t) });
  };

  let waited = 0;
  const frame = (now: number): void => {
    handle = null;
    if (!snapshot.playing) return;
    const dt = last === null ? 0 : Math.min(0.25, (now - last) / 1000);
    last = now;
    if (options.stepMode === true) {
      waited += dt;
      if (waited >= STEP_MODE_SECONDS) {
        waited = 0;
        const next = events.find((e) => e.t > t)?.t ?? horizon;
        if (next >= horizon && snapshot.loop) moveTo(0);
        else moveTo(next);
        if (next >= horizon && !snapshot.loop) {
          update({ playing: false });
          return;
        }
      }
      handle = clock.request(frame);
      return;
    }
    let target: number;
    if (snapshot.pacing === 'events') {
      const gap = getGap();
      target = Math.min(gap.to, t + ((gap.to - gap.from) * dt) / EVENT_PACED_SECONDS);
    } else {
      target = t + dt * SPEED_STEPS[snapshot.speed]!;
    }
    if (target >= horizon) {
      if (snapshot.loop) {
        moveTo(0);
        handle = clock.request(frame);
        return;
      }
      moveTo(horizon);
      update({ playing: false });
      return;
    }
    moveTo(target, now);
    handle = clock.request(frame);
  };

  const stop = (): void => {
    if (handle !== null) clock.cancel(handle);
    handle = null;
    last = null;
  };

  /** The first time in `times` (sorted) after t, or before t going back. */
  const findTime = (times: readonly number[], direction: 1 | -1): number | null => {
    if (direction > 0) {
      for (const x of times) if (x > t) return x;
      return null;
    }
    for (let i = times.length - 1; i >= 0; i--) if (times[i]! < t) return times[i]!;
    return null;
  };
  const eventTimes = (): number[] => {
    const out: number[] = [];
    for (const e of events) if (out.at(-1) !== e.t) out.push(e.t);
    return out;
  };
  let cachedEventTimes: number[] | null = null;
  /** The event times around t: the last at or before it and the first after it. */
  function getGap(): { from: number; to: number } {
    cachedEventTimes ??= eventTimes();
    const times = cachedEventTimes;
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return { from: lo > 0 ? times[lo - 1]! : 0, to: lo < times.length ? times[lo]! : horizon };
  }

  return {
    getTime: () => t,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onFrame(listener) {
      frameListeners.add(listener);
      return () => frameListeners.delete(listener);
    },
    play() {
      if (snapshot.playing) return;
      if (t >= horizon) moveTo(0);
      update({ playing: true });
      last = null;
      handle = clock.request(frame);
    },
    pause() {
      stop();
      update({ playing: false, eventIndex: replay.eventsUpTo(t) });
    },
    toggle() {
      if (snapshot.playing) this.pause();
      else this.play();
    },
    setPacing(pacing) {
      update({ pacing });
    },
    setLoop(loop) {
      update({ loop });
    },
    getGap,
    setSpeed(index) {
      update({ speed: Math.max(0, Math.min(SPEED_STEPS.length - 1, Math.round(index))) });
    },
    seek(time) {
      moveTo(time);
    },
    stepEvent(direction) {
      cachedEventTimes ??= eventTimes();
      const next = findTime(cachedEventTimes, direction);
      moveTo(next ?? (direction > 0 ? horizon : 0));
    },
    stepSystem(direction) {
      const times = system.slice(1).map((c) => c.t);
      const next = findTime(times, direction);
      moveTo(next ?? (direction > 0 ? horizon : 0));
    },
    nextOutage() {
      const starts = system.filter((c, i) => i > 0 && !c.up).map((c) => c.t);
      const next = findTime(starts, 1);
      if (next !== null) moveTo(next);
    },
    destroy() {
      stop();
      listeners.clear();
      frameListeners.clear();
    },
  };
}
