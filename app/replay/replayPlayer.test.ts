import { describe, expect, it } from 'vitest';
import { Replay, traceHistory } from '../../src/index.ts';
import { loadExample } from '../../src/testing/examples.ts';
import type { FrameClock } from './replayPlayer.ts';
import { SPEED_STEPS, createReplayPlayer, getDefaultSpeed } from './replayPlayer.ts';

/** A frame clock driven by hand: `tick(ms)` runs the pending frame at now + ms. */
function createManualClock(): FrameClock & { tick(ms: number): void; pending(): boolean } {
  let now = 0;
  let callback: ((now: number) => void) | null = null;
  return {
    request(cb) {
      callback = cb;
      return 1;
    },
    cancel() {
      callback = null;
    },
    tick(ms) {
      now += ms;
      const cb = callback;
      callback = null;
      cb?.(now);
    },
    pending: () => callback !== null,
  };
}

const { design } = loadExample('three-tier.json');
const horizon = 200_000;
const traced = traceHistory(design, { trials: 1, horizon, seed: 51 }, 5);
if (!traced.ok) throw new Error('trace failed');
const replay = new Replay(traced.value.trace);
const events = traced.value.trace.events;
const system = traced.value.trace.system;

describe('createReplayPlayer', () => {
  it('steps from event time to event time, both ways, and stops at the ends', () => {
    const player = createReplayPlayer(replay, horizon, { clock: createManualClock() });
    player.stepEvent(1);
    expect(player.getTime()).toBe(events[0]!.t);
    expect(player.getSnapshot().eventIndex).toBe(replay.eventsUpTo(events[0]!.t));
    player.stepEvent(1);
    const second = player.getTime();
    expect(second).toBeGreaterThan(events[0]!.t);
    player.stepEvent(-1);
    expect(player.getTime()).toBe(events[0]!.t);
    player.stepEvent(-1);
    expect(player.getTime()).toBe(0);
    player.seek(horizon);
    player.stepEvent(1);
    expect(player.getTime()).toBe(horizon);
  });

  it('jumps to system changes and to the next outage', () => {
    const player = createReplayPlayer(replay, horizon, { clock: createManualClock() });
    const firstDown = system.find((c, i) => i > 0 && !c.up)!;
    player.nextOutage();
    expect(player.getTime()).toBe(firstDown.t);
    expect(replay.systemUpAt(player.getTime())).toBe(false);
    player.stepSystem(1);
    expect(replay.systemUpAt(player.getTime())).toBe(true);
    player.stepSystem(-1);
    expect(player.getTime()).toBe(firstDown.t);
  });

  it('plays at its speed frame by frame, notifies React only at discrete changes, and stops at H', () => {
    const clock = createManualClock();
    const player = createReplayPlayer(replay, horizon, { clock, speed: SPEED_STEPS.length - 1 });
    let discrete = 0;
    let frames = 0;
    player.subscribe(() => discrete++);
    player.onFrame(() => frames++);
    player.play();
    expect(player.getSnapshot().playing).toBe(true);
    clock.tick(16); // the first frame only starts the clock
    clock.tick(10);
    expect(player.getTime()).toBeCloseTo(0.01 * SPEED_STEPS.at(-1)!, 6);
    for (let i = 0; i < 400 && clock.pending(); i++) clock.tick(16);
    expect(player.getTime()).toBe(horizon);
    expect(player.getSnapshot()).toMatchObject({ playing: false, eventIndex: events.length });
    expect(frames).toBeGreaterThan(discrete);
    // Discrete notifications: play, pause, and one per event time passed at most.
    expect(discrete).toBeLessThanOrEqual(2 + events.length);
  });

  it('moves event by event in step mode (reduced motion)', () => {
    const clock = createManualClock();
    const player = createReplayPlayer(replay, horizon, { clock, stepMode: true });
    player.play();
    clock.tick(16);
    clock.tick(250);
    expect(player.getTime()).toBe(0);
    for (let i = 0; i < 4; i++) clock.tick(250);
    expect(player.getTime()).toBe(events[0]!.t);
    player.pause();
    expect(clock.pending()).toBe(false);
  });

  it('chooses a speed that plays the horizon in about 20 s', () => {
    expect(SPEED_STEPS[getDefaultSpeed(8766)]).toBe(1000);
    expect(SPEED_STEPS[getDefaultSpeed(20)]).toBe(1);
  });
});
