import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types.ts';
import {
  createBlock,
  createComponent,
  createDesign,
  createSingleBlockDesign,
  createStandby,
  createThreeTierDesign,
} from './sampleDesigns.ts';
import { SimulationAccumulator } from './accumulator.ts';
import { compileModel } from './compile.ts';
import { MissionEngine } from './mission.ts';
import { Z_999 } from './stats.ts';
import { TraceRecorder } from './trace.ts';
import type { SimulationResult } from './types.ts';
import { simulateDesign } from './runner.ts';
import { runEngine, runOk } from './testUtil.ts';

/** Two independent estimates agree within z standard errors of their difference. */
function compareMeans(what: string, a: number, seA: number, b: number, seB: number): string[] {
  const limit = Z_999 * Math.sqrt(seA * seA + seB * seB) + 1e-15;
  return Math.abs(a - b) <= limit ? [] : [`${what}: ${a} vs ${b} (limit ${limit})`];
}

/** Runs both engines without repair; returns them and the disagreements found. */
function compareEngines(
  design: Design,
  horizon: number,
  trials: number,
  seed: number,
): { mission: SimulationResult; events: SimulationResult; problems: string[] } {
  const options = { trials, horizon, seed, repair: false };
  const mission = runEngine(design, options, 'mission');
  const events = runEngine(design, options, 'events');
  const se = (r: SimulationResult): number =>
    Math.sqrt((r.reliability.mean * (1 - r.reliability.mean)) / r.trials);
  const perHistory = (r: SimulationResult): number =>
    Math.sqrt(Math.max(r.failures.meanCount, 1e-3) / r.trials);
  const problems = [
    ...compareMeans(
      'availability',
      mission.availability.mean,
      mission.availability.stdError,
      events.availability.mean,
      events.availability.stdError,
    ),
    ...compareMeans(
      'reliability',
      mission.reliability.mean,
      se(mission),
      events.reliability.mean,
      se(events),
    ),
    ...compareMeans(
      'outages',
      mission.failures.meanCount,
      perHistory(mission),
      events.failures.meanCount,
      perHistory(events),
    ),
  ];
  return { mission, events, problems };
}

describe('MissionEngine', () => {
  it('agrees with the event loop without repair on the three-tier design (switch delay included)', () => {
    const { mission, events, problems } = compareEngines(createThreeTierDesign(), 8760, 40_000, 31);
    expect(problems).toEqual([]);
    for (const block of mission.perBlock) {
      const other = events.perBlock.find((b) => b.id === block.id)!;
      expect(Math.abs(block.unitFailures - other.unitFailures)).toBeLessThan(0.05);
      expect(Math.abs(block.downFraction - other.downFraction)).toBeLessThan(0.01);
    }
  });

  it('agrees with the event loop on a long switch delay, k = 2 of 4 standby and a vote', () => {
    const c = createComponent('c', { kind: 'exponential', rate: 1 / 1000 });
    const w = createComponent('w', { kind: 'weibull', shape: 1.5, scale: 1500 });
    const design = createDesign(
      [c, w],
      [
        createBlock('s', 'c', {
          quantity: 4,
          required: 2,
          redundancy: createStandby('warm', 0.9, 50, 0.3),
        }),
        createBlock('a', 'w'),
        createBlock('b', 'w', { quantity: 3, required: 2 }),
        createBlock('a2', 'w', { repeatOf: 'a' }),
        { kind: 'junction', id: 'j', required: 2 },
      ],
      [
        ['in', 's'],
        ['in', 'a'],
        ['in', 'b'],
        ['s', 'j'],
        ['a', 'j'],
        ['b', 'j'],
        ['j', 'a2'],
        ['a2', 'out'],
      ],
    );
    expect(compareEngines(design, 1200, 30_000, 32).problems).toEqual([]);
  });

  it('gives availability = E[min(T, H)]/H for one exponential unit', () => {
    const lambda = 1 / 500;
    const H = 400;
    const r = runEngine(
      createSingleBlockDesign(createComponent('u', { kind: 'exponential', rate: lambda })),
      { trials: 20_000, horizon: H, seed: 33, repair: false },
      'mission',
    );
    const exact = -Math.expm1(-lambda * H) / (lambda * H);
    expect(Math.abs(r.availability.mean - exact)).toBeLessThan(Z_999 * r.availability.stdError);
  });
});

describe('MissionEngine switch-over shortcut', () => {
  it('gives the same history figures as the full sweep (used when tracing)', () => {
    const design = createThreeTierDesign();
    const model = compileModel(design);
    const options = { horizon: 8760, seed: 34 };
    const fast = new SimulationAccumulator(model.blockCount);
    const swept = new SimulationAccumulator(model.blockCount);
    const engine = new MissionEngine(model, options);
    for (let h = 0; h < 20_000; h++) {
      engine.runHistory(h, fast, null);
      engine.runHistory(h, swept, new TraceRecorder(model, h));
    }
    const close = (a: number, b: number): boolean =>
      Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    expect(fast.histories).toBe(swept.histories);
    expect(fast.outageSum).toBe(swept.outageSum);
    expect(fast.downZero).toBe(swept.downZero);
    expect(close(fast.downSum.getValue(), swept.downSum.getValue())).toBe(true);
    expect(Array.from(fast.blockOutages)).toEqual(Array.from(swept.blockOutages));
    for (let b = 0; b < model.blockCount; b++) {
      expect(close(fast.blockDown[b]!.getValue(), swept.blockDown[b]!.getValue())).toBe(true);
      expect(close(fast.blockOverlap[b]!.getValue(), swept.blockOverlap[b]!.getValue())).toBe(true);
    }
  });
});

describe('reliability-only runs', () => {
  it('decide every history exactly as the full mission path does', () => {
    const design = createThreeTierDesign();
    const full = runOk(design, { trials: 30_000, horizon: 8760, seed: 35, repair: false });
    const only = runOk(design, { trials: 30_000, horizon: 8760, seed: 35, reliabilityOnly: true });
    expect(only.method).toBe('mission');
    expect(only.reliability).toEqual(full.reliability);
    expect(only.events).toBe(full.events);
    expect(only.perBlock.map((b) => [b.id, b.unitFailures])).toEqual(
      expect.arrayContaining(full.perBlock.map((b) => [b.id, b.unitFailures])),
    );
    expect(only.availability.mean).toBeNaN();
  });

  it('refuses repair and traces', () => {
    const r = simulateDesign(createThreeTierDesign(), {
      trials: 10,
      horizon: 10,
      seed: 1,
      reliabilityOnly: true,
      repair: true,
      traceHistories: [1],
    });
    expect(!r.ok && r.error.map((i) => i.path)).toEqual(['reliabilityOnly', 'traceHistories']);
  });
});
