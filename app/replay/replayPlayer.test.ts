import { describe, expect, it } from 'vitest';
import { Replay, traceHistory } from '../../src/index.ts';
import { loadExample } from '../../src/testing/examples.ts';
import { createManualClock } from '../test/manualClock.ts';
import {
  EVENT_PACED_SECONDS,
  SPEED_STEPS,
  createReplayPlayer,
  getDefaultSpeed,
} from './replayPlayer.ts';

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

  it('gives every quiet stretch the same screen time when event-paced, however long it is', () => {
    const clock = createManualClock();
    const player = createReplayPlayer(replay, horizon, { clock });
    const times = [...new Set(events.map((e) => e.t))];
    expect(times.length).toBeGreaterThan(2);
    player.setPacing('events');
    expect(player.getSnapshot().pacing).toBe('events');
    player.play();
    clock.tick(16);
    // Wall time, ms, at which the playhead reached each of the first three event times.
    const reached: number[] = [];
    let wall = 0;
    for (let i = 0; i < 400 && reached.length < 3; i++) {
      clock.tick(20);
      wall += 20;
      while (reached.length < 3 && player.getTime() >= times[reached.length]!) reached.push(wall);
    }
    const gaps = reached.map((w, i) => w - (i === 0 ? 0 : reached[i - 1]!));
    for (const g of gaps) {
      expect(g).toBeGreaterThanOrEqual(EVENT_PACED_SECONDS * 1000 - 20);
      expect(g).toBeLessThanOrEqual(EVENT_PACED_SECONDS * 1000 + 40);
    }
    // The stretches crossed differ in simulated length: time pacing would not give equal times.
    const lengths = [times[0]!, times[1]! - times[0]!, times[2]! - times[1]!];
    expect(Math.max(...lengths) / Math.min(...lengths)).toBeGreaterThan(1.5);
    expect(player.getGap()).toEqual({ from: times[2], to: times[3] ?? horizon });
  });

  it('starts again from the start at the end when looping, and keeps playing', () => {
    const clock = createManualClock();
    const player = createReplayPlayer(replay, horizon, { clock, speed: SPEED_STEPS.length - 1 });
    player.setLoop(true);
    player.seek(horizon - 1);
    player.play();
    clock.tick(16);
    clock.tick(100);
    expect(player.getTime()).toBe(0);
    expect(player.getSnapshot()).toMatchObject({ playing: true, loop: true });
    clock.tick(10);
    expect(player.getTime()).toBeGreaterThan(0);
    player.setLoop(false);
    for (let i = 0; i < 400 && clock.pending(); i++) clock.tick(16);
    expect(player.getSnapshot().playing).toBe(false);
    expect(player.getTime()).toBe(horizon);
  });
});
