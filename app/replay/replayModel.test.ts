import { describe, expect, it } from 'vitest';
import { Replay, traceHistory } from '../../src/index.ts';
import { loadExample } from '../../src/testing/examples.ts';
import {
  createSystemIndex,
  getActiveCutSets,
  getBlockBadge,
  getDowntimeAt,
  getReplayCounters,
  getReplayLanes,
} from './replayModel.ts';

const { design } = loadExample('three-tier.json');
const horizon = 200_000;
const traced = traceHistory(design, { trials: 1, horizon, seed: 51 }, 5);
if (!traced.ok) throw new Error('trace failed');
const trace = traced.value.trace;
const replay = new Replay(trace);

describe('getReplayLanes', () => {
  it('covers [0, H] in each lane, and the system lane is down exactly for the downtime', () => {
    const lanes = getReplayLanes(replay, horizon);
    for (const lane of [lanes.system, ...lanes.blocks]) {
      expect(lane[0]!.from).toBe(0);
      expect(lane.at(-1)!.to).toBe(horizon);
      for (let i = 1; i < lane.length; i++) expect(lane[i]!.from).toBe(lane[i - 1]!.to);
    }
    const down = lanes.system
      .filter((s) => s.state === 'down')
      .reduce((a, s) => a + s.to - s.from, 0);
    expect(down).toBeCloseTo(trace.downtime, 9);
  });

  it('agrees with a seek at every segment start', () => {
    const lanes = getReplayLanes(replay, horizon);
    lanes.blocks.forEach((lane, b) => {
      for (const s of lane) {
        expect(replay.blockFrame(replay.stateAt(s.from), b).state).toBe(s.state);
      }
    });
  });
});

describe('getReplayCounters', () => {
  it('adds up to the history at H, and names the outage in progress', () => {
    const end = getReplayCounters(replay, horizon, trace.events.length);
    expect(end.downtime).toBeCloseTo(trace.downtime, 9);
    expect(end.unitFailures).toBe(
      trace.events.filter((e) => e.kind === 'failed' || e.kind === 'switch-failed').length,
    );
    const firstDown = trace.system.find((c, i) => i > 0 && !c.up)!;
    const during = getReplayCounters(replay, firstDown.t, replay.eventsUpTo(firstDown.t));
    expect(during.outageStart).toBe(firstDown.t);
    expect(during.outages).toBe(1);
  });
});

describe('getBlockBadge and getActiveCutSets', () => {
  it('say in words what is down, and the cut set that holds the system down', () => {
    const firstDown = trace.system.find((c, i) => i > 0 && !c.up)!;
    const state = replay.stateAt(firstDown.t);
    const badges = trace.blocks.map((_, b) => getBlockBadge(replay, state, b, firstDown.t, 1));
    expect(badges.some((x) => x.tone !== 'up' && x.tone !== 'degraded')).toBe(true);
    const cuts = getActiveCutSets(
      [['lb1', 'lb2'], ['apps'], ['db']],
      trace.blocks,
      replay.blockUp(state),
    );
    expect(cuts.length).toBeGreaterThan(0);
    const atStart = replay.stateAfter(0);
    expect(getBlockBadge(replay, atStart, trace.blocks.indexOf('apps'), 0, 1).text).toBe(
      'running (4 of 4)',
    );
    expect(getBlockBadge(replay, atStart, trace.blocks.indexOf('db'), 0, 1).text).toBe(
      'running (1 of 2) · 1 standby',
    );
  });
});

describe('getDowntimeAt', () => {
  it('gives the counters’ downtime and outage in progress at every change and between them', () => {
    const index = createSystemIndex(replay);
    const times = trace.system.flatMap((c) => [c.t, c.t + 0.01]).concat([horizon]);
    for (const t of times) {
      const slow = getReplayCounters(replay, t, replay.eventsUpTo(t));
      const fast = getDowntimeAt(index, t);
      expect(fast.downtime).toBeCloseTo(slow.downtime, 9);
      expect(fast.outageStart).toBe(slow.outageStart);
    }
  });
});
