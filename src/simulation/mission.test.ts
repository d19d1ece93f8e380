import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types.ts';
import {
  createBlock,
  createComponent,
  createDesign,
  createSingleBlockDesign,
  createStandby,
  createThreeTierDesign,
} from '../testing/sampleDesigns.ts';
import { SimulationAccumulator } from './accumulator.ts';
import { compileModel } from './compile.ts';
import { MissionEngine } from './mission.ts';
import { MissionGates } from './missionGates.ts';
import { Rng } from './rng.ts';
import { Z_999 } from './stats.ts';
import { TraceRecorder } from './trace.ts';
import type { SimulationResult } from './types.ts';
import { simulateDesign } from './runner.ts';
import { runEngine, runOk } from '../testing/simulationChecks.ts';

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

/** The vote design: k = 2 of 4 warm standby with a long delay, a 2-of-3 vote, a repeated block. */
function createVoteDesign(): Design {
  const c = createComponent('c', { kind: 'exponential', rate: 1 / 1000 });
  const w = createComponent('w', { kind: 'weibull', shape: 1.5, scale: 1500 });
  return createDesign(
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
}

/**
 * A 9-of-12 Weibull vote (more units than the branch-free ranking handles) in series with a
 * cold-standby chain of three units (several switch-overs of one block per history).
 */
function createWideVoteDesign(): Design {
  const w = createComponent('w', { kind: 'weibull', shape: 1.5, scale: 3000 });
  const c = createComponent('c', { kind: 'exponential', rate: 1 / 800 });
  return createDesign(
    [w, c],
    [
      createBlock('vote', 'w', { quantity: 12, required: 9 }),
      createBlock('chain', 'c', { quantity: 3, redundancy: createStandby('cold', 1, 20) }),
    ],
    [
      ['in', 'vote'],
      ['vote', 'chain'],
      ['chain', 'out'],
    ],
  );
}

/**
 * Two cold-standby pairs in parallel (switch-overs that fail nothing alone, or overlap), then in
 * series a fixed-probability unit, a lognormal unit and a warm 2-of-3 standby block with a delay:
 * every block the general loops draw.
 */
function createStandbyPairsDesign(): Design {
  return createDesign(
    [
      createComponent('d', { kind: 'exponential', rate: 1 / 1200 }),
      createComponent('f', { kind: 'fixed', reliability: 0.97 }),
      createComponent('g', { kind: 'lognormal', mean: 2500, sd: 1500 }),
      createComponent('h', { kind: 'exponential', rate: 1 / 1500 }),
    ],
    [
      createBlock('s1', 'd', { quantity: 2, redundancy: createStandby('cold', 0.9, 30) }),
      createBlock('s2', 'd', { quantity: 2, redundancy: createStandby('cold', 0.9, 30) }),
      { kind: 'junction', id: 'j', required: 1 },
      createBlock('fx', 'f'),
      createBlock('ln', 'g'),
      createBlock('warm', 'h', {
        quantity: 3,
        required: 2,
        redundancy: createStandby('warm', 0.95, 5, 0.3),
      }),
    ],
    [
      ['in', 's1'],
      ['in', 's2'],
      ['s1', 'j'],
      ['s2', 'j'],
      ['j', 'fx'],
      ['fx', 'ln'],
      ['ln', 'warm'],
      ['warm', 'out'],
    ],
  );
}

/** Designs taking every plan of missionSampler.ts and every road of MissionEngine, with H. */
const PLAN_DESIGNS: readonly (readonly [string, () => Design, number])[] = [
  ['three-tier', createThreeTierDesign, 8760],
  ['vote with repeats', createVoteDesign, 1200],
  ['wide vote and chain of three', createWideVoteDesign, 1000],
  ['standby pairs and general blocks', createStandbyPairsDesign, 1000],
];

/** Relative closeness of two sums of the same terms computed two ways. */
function isClose(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
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
    expect(compareEngines(createVoteDesign(), 1200, 30_000, 32).problems).toEqual([]);
  });

  it('agrees with the event loop on a 9-of-12 vote and a chain of three cold units', () => {
    expect(compareEngines(createWideVoteDesign(), 1000, 30_000, 36).problems).toEqual([]);
  });

  it('agrees with the event loop on parallel standby pairs and general blocks', () => {
    expect(compareEngines(createStandbyPairsDesign(), 1000, 30_000, 37).problems).toEqual([]);
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

describe('MissionEngine fast path', () => {
  it.each(PLAN_DESIGNS)(
    'gives the figures of the general loops and the sweep (traced histories) on %s',
    (_, create, horizon) => {
      const model = compileModel(create());
      const engine = new MissionEngine(model, { horizon, seed: 34 });
      const fast = new SimulationAccumulator(model.blockCount);
      const swept = new SimulationAccumulator(model.blockCount);
      for (let h = 0; h < 20_000; h++) {
        engine.runHistory(h, fast, null);
        engine.runHistory(h, swept, new TraceRecorder(model, h));
      }
      // Same uniforms for the same things: counts are equal, sums equal up to rounding.
      for (const field of [
        'histories',
        'survived',
        'events',
        'outageSum',
        'outageSquares',
        'failureSum',
        'downZero',
      ] as const) {
        expect([field, fast[field]]).toEqual([field, swept[field]]);
      }
      expect(Array.from(fast.failureTimeBins)).toEqual(Array.from(swept.failureTimeBins));
      expect(Array.from(fast.blockOutages)).toEqual(Array.from(swept.blockOutages));
      expect(Array.from(fast.blockUnitFailures)).toEqual(Array.from(swept.blockUnitFailures));
      expect(isClose(fast.downSum.getValue(), swept.downSum.getValue())).toBe(true);
      expect(isClose(fast.maxDownFraction, swept.maxDownFraction)).toBe(true);
      for (let b = 0; b < model.blockCount; b++) {
        expect(isClose(fast.blockDown[b]!.getValue(), swept.blockDown[b]!.getValue())).toBe(true);
        expect(isClose(fast.blockOverlap[b]!.getValue(), swept.blockOverlap[b]!.getValue())).toBe(
          true,
        );
      }
    },
  );
});

describe('MissionGates', () => {
  it.each(PLAN_DESIGNS)(
    'finds the system life of one, two or three dead blocks as every gate does on %s',
    (_, create, horizon) => {
      const model = compileModel(create());
      const B = model.blockCount;
      const deadAt = new Float64Array(B);
      const gates = new MissionGates(model, deadAt);
      const dead = new Int32Array(B);
      const rng = new Rng();
      for (let trial = 0; trial < 3000; trial++) {
        rng.seedStream(38, trial);
        deadAt.fill(Infinity);
        const count = 1 + (trial % Math.min(3, B));
        let n = 0;
        while (n < count) {
          const b = Math.floor(rng.uniform() * B);
          if (deadAt[b]! < Infinity) continue;
          // Ties and deaths at 0 included.
          deadAt[b] = trial % 7 === 0 ? 0 : Math.floor(rng.uniform() * 4) * (horizon / 4);
          dead[n++] = b;
        }
        gates.computeSystemLifeOf(dead, count);
        const shortcut = gates.getSystemLife();
        gates.computeSystemLife();
        expect([trial, shortcut]).toEqual([trial, gates.getSystemLife()]);
      }
    },
  );
});

describe('reliability-only runs', () => {
  it.each(PLAN_DESIGNS)(
    'decide every history exactly as the full mission path does on %s',
    (_, create, horizon) => {
      const design = create();
      const full = runOk(design, { trials: 30_000, horizon, seed: 35, repair: false });
      const only = runOk(design, { trials: 30_000, horizon, seed: 35, reliabilityOnly: true });
      expect(only.method).toBe('mission');
      expect(only.reliability).toEqual(full.reliability);
      expect(only.events).toBe(full.events);
      expect(only.perBlock.map((b) => [b.id, b.unitFailures])).toEqual(
        expect.arrayContaining(full.perBlock.map((b) => [b.id, b.unitFailures])),
      );
      expect(only.availability.mean).toBeNaN();
    },
  );

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
