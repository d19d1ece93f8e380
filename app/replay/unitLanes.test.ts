/**
 * The unit lanes of the Gantt strip: each unit's lane tiles [0, H], agrees with a seek at every
 * stretch, and the block's own lane follows from its units (up while at least k units run; down
 * or switching otherwise, switching exactly when a unit is switching in), on three-tier and on
 * random designs with standby, switch-overs and delays (seeded fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/index.ts';
import { Replay, traceHistory } from '../../src/index.ts';
import { loadExample } from '../../src/testing/examples.ts';
import { randomDesignArbitrary } from '../../src/testing/randomDesigns.ts';
import type { LaneSegment, UnitSegment } from './replayModel.ts';
import { getLanePaths, getReplayLanes, getUnitLanes } from './replayModel.ts';

const SEED = 20_261_202;

function stateAt<T extends { from: number; to: number }>(lane: readonly T[], t: number): T {
  return lane.find((s) => s.from <= t && t < s.to)!;
}

/** Checks every block's unit lanes against its block lane and against seeks; returns stretches seen. */
function checkUnitLanes(design: Design, horizon: number, seed: number, history: number): number {
  const traced = traceHistory(design, { trials: 1, horizon, seed }, history);
  if (!traced.ok) throw new Error('trace failed');
  const { trace } = traced.value;
  const replay = new Replay(trace);
  const lanes = getReplayLanes(replay, horizon);
  let stretches = 0;
  trace.blocks.forEach((_, b) => {
    const units = getUnitLanes(replay, horizon, b);
    expect(units).toHaveLength(trace.quantities[b]!);
    const cuts = new Set<number>([0]);
    for (const lane of units) {
      expect(lane[0]!.from).toBe(0);
      expect(lane.at(-1)!.to).toBe(horizon);
      for (let i = 1; i < lane.length; i++) {
        expect(lane[i]!.from).toBe(lane[i - 1]!.to);
        expect(lane[i]!.state).not.toBe(lane[i - 1]!.state);
      }
      for (const s of lane) cuts.add(s.from);
      stretches += lane.length;
    }
    for (const s of lanes.blocks[b]!) cuts.add(s.from);
    const sorted = [...cuts].sort((x, y) => x - y);
    sorted.forEach((from, i) => {
      const t = (from + (sorted[i + 1] ?? horizon)) / 2;
      const at = units.map((lane) => stateAt<UnitSegment>(lane, t).state);
      const block: LaneSegment = stateAt(lanes.blocks[b]!, t);
      const running = at.filter((s) => s === 'up').length;
      const required = trace.required[b]!;
      const blockWorks = block.state === 'up' || block.state === 'degraded';
      expect(blockWorks).toBe(running >= required);
      if (!blockWorks) expect(block.state === 'switching').toBe(at.includes('switching'));
      if (block.state === 'up') expect(at.every((s) => s === 'up' || s === 'standby')).toBe(true);
      // The unit lane agrees with a seek just after the stretch began.
      const seek = replay.stateAt(from);
      at.forEach((_, u) => {
        const fromSeek = stateAt<UnitSegment>(units[u]!, from).state;
        expect(fromSeek).toBe(
          ['up', 'standby', 'switching', 'waiting', 'repairing', 'down'][
            replay.unitState(seek, b, u)
          ],
        );
      });
    });
  });
  return stretches;
}

describe('getUnitLanes', () => {
  it('tiles [0, H] per unit and agrees with the block lanes of three-tier (3 of 4 apps, standby db)', () => {
    const { design } = loadExample('three-tier.json');
    expect(checkUnitLanes(design, 200_000, 51, 5)).toBeGreaterThan(20);
  });

  it(`agrees with the block lanes on random designs (seed ${SEED})`, () => {
    fc.assert(
      fc.property(randomDesignArbitrary, fc.nat(50), (design, history) => {
        expect(checkUnitLanes(design, 2000, 9, history)).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

describe('getLanePaths', () => {
  it('draws one path per state, a closed rectangle per stretch', () => {
    const paths = getLanePaths(
      [
        { from: 0, to: 5, state: 'up' },
        { from: 5, to: 6, state: 'down' },
        { from: 6, to: 8, state: 'up' },
        { from: 8, to: 10, state: 'down' },
      ],
      10,
      100,
      2,
      14,
    );
    expect([...paths.keys()]).toEqual(['up', 'down']);
    expect(paths.get('down')).toBe('M50.00 2h10.00v14h-10.00zM80.00 2h20.00v14h-20.00z');
  });
});
