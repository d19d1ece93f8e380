import { describe, expect, it } from 'vitest';
import type { Component, Design } from '../model/types.ts';
import { compileModel } from './compile.ts';
import {
  createBlock,
  createComponent,
  createDesign,
  createSingleBlockDesign,
  createStandby,
  createThreeTierDesign,
} from '../testing/sampleDesigns.ts';
import { runOk } from '../testing/simulationChecks.ts';
import type { SimulationOptions, SimulationResult } from './types.ts';

/**
 * The independent-block engine (default, one crew per unit) against the global event engine,
 * which runs when crews are limited: with as many crews as units nobody ever waits, so both
 * simulate the same process.
 */
function runBoth(design: Design, options: SimulationOptions): [SimulationResult, SimulationResult] {
  const timeline = runOk(design, options);
  const global = runOk(design, { ...options, crews: compileModel(design).unitCount });
  return [timeline, global];
}

const exp = (mtbf: number, mttr: number, id = 'u'): Component =>
  createComponent(id, { kind: 'exponential', rate: 1 / mtbf }, { kind: 'exponential', mttr });

/** Continuous figures: equal up to the rounding of intervals cut at window boundaries. */
function expectSameNumbers(a: SimulationResult, b: SimulationResult): void {
  expect(a.availability.mean).toBeCloseTo(b.availability.mean, 12);
  expect(a.availability.stdError).toBeCloseTo(b.availability.stdError, 12);
  expect(a.failures).toEqual(b.failures);
  expect(a.reliability).toEqual(b.reliability);
  expect(a.events).toBe(b.events);
  expect(a.downtime.zeroCount).toBe(b.downtime.zeroCount);
  expect(a.downtime.p50).toBeCloseTo(b.downtime.p50, 9);
  expect(a.reliabilityCurve).toEqual(b.reliabilityCurve);
  a.perBlock.forEach((block) => {
    const other = b.perBlock.find((x) => x.id === block.id)!;
    expect(block.failures).toBe(other.failures);
    expect(block.unitFailures).toBe(other.unitFailures);
    expect(block.downFraction).toBeCloseTo(other.downFraction, 12);
    expect(block.downtimeShare).toBeCloseTo(other.downtimeShare, 12);
  });
}

describe('TimelineEngine', () => {
  // One block: both engines draw the same numbers in the same order, so the results agree
  // exactly, through many time windows (H long) with repairs running across their boundaries.
  const singleBlocks: [string, Design][] = [
    ['one unit', createSingleBlockDesign(exp(50, 10))],
    [
      '3-of-4 active, fixed repairs',
      createSingleBlockDesign(
        createComponent('f', { kind: 'exponential', rate: 0.02 }, { kind: 'fixed', time: 9 }),
        4,
        3,
      ),
    ],
    [
      'Weibull lives, lognormal repairs',
      createSingleBlockDesign(
        createComponent(
          'w',
          { kind: 'weibull', shape: 1.7, scale: 60 },
          { kind: 'lognormal', mean: 8, sd: 5 },
        ),
        3,
        2,
      ),
    ],
    [
      'fixed repair time',
      createSingleBlockDesign(
        createComponent('f', { kind: 'exponential', rate: 0.02 }, { kind: 'fixed', time: 7 }),
        2,
        1,
      ),
    ],
    ['instant repair', createSingleBlockDesign(exp(50, 0), 2, 2)],
    [
      'cold standby, imperfect switch with delay',
      createSingleBlockDesign(exp(50, 10), 3, 1, createStandby('cold', 0.8, 2)),
    ],
    [
      'warm standby 2-of-4',
      createSingleBlockDesign(exp(50, 10), 4, 2, createStandby('warm', 0.95, 0.5, 0.3)),
    ],
  ];
  for (const [name, design] of singleBlocks) {
    it(`gives the global engine's numbers on one block: ${name}`, () => {
      const options = { trials: 20, horizon: 1e6, seed: 5 };
      const [timeline, global] = runBoth(design, options);
      expect(timeline.events).toBeGreaterThan(4 * 4096 * options.trials);
      expectSameNumbers(timeline, global);
    });
  }

  it('counts one outage per failure of a single unit across window boundaries', () => {
    // Long repairs: many of them run across a window boundary and must stay one outage each.
    const r = runOk(createSingleBlockDesign(exp(20, 20)), { trials: 20, horizon: 3e5, seed: 8 });
    expect(r.events).toBeGreaterThan(2 * 4096 * r.trials);
    expect(r.perBlock[0]!.failures).toBe(r.perBlock[0]!.unitFailures);
    expect(r.failures.meanCount).toBe(r.perBlock[0]!.unitFailures);
    expect(r.perBlock[0]!.downtimeShare).toBeCloseTo(1, 12);
    expect(r.perBlock[0]!.downFraction).toBeCloseTo(r.unavailability.mean, 12);
  });

  it('keeps a block that never works down for the whole horizon, with no outage', () => {
    const dead = createComponent('d', { kind: 'fixed', reliability: 0 }, null);
    const design = createDesign(
      [exp(20, 5), dead],
      [createBlock('a', 'u'), createBlock('d', 'd')],
      [
        ['in', 'a'],
        ['in', 'd'],
        ['a', 'out'],
        ['d', 'out'],
      ],
    );
    const r = runOk(design, { trials: 10, horizon: 1e5, seed: 3 });
    const a = r.perBlock.find((x) => x.id === 'a');
    const d = r.perBlock.find((x) => x.id === 'd');
    expect(d!.downFraction).toBe(1);
    expect(d!.failures).toBe(0);
    // Parallel with a dead block: the system is down exactly when a is.
    expect(r.unavailability.mean).toBeCloseTo(a!.downFraction, 12);
    expect(r.failures.meanCount).toBe(a!.failures);
  });

  it('names units in traces of a birth-death block consistently, without changing the numbers', () => {
    const design = createSingleBlockDesign(exp(50, 10), 4, 3);
    const options = { trials: 30, horizon: 2000, seed: 23 };
    const traced = runOk(design, { ...options, traceHistories: [4, 11] });
    expect(traced.availability).toEqual(runOk(design, options).availability);
    for (const trace of traced.traces) {
      const up = [true, true, true, true];
      let systemUp = true;
      const changes = [{ t: 0, up: true }];
      for (const e of trace.events) {
        // A failing unit was up, a repaired one down.
        expect(e.kind !== 'failed' || up[e.unit]).toBe(true);
        expect(e.kind !== 'repaired' || !up[e.unit]).toBe(true);
        if (e.kind === 'failed' || e.kind === 'repaired') up[e.unit] = e.kind === 'repaired';
        const now = up.filter(Boolean).length >= 3;
        if (now !== systemUp) changes.push({ t: e.t, up: now });
        systemUp = now;
      }
      expect(trace.events.length).toBeGreaterThan(20);
      expect(changes).toEqual(trace.system);
    }
  });

  // Several blocks: other draw orders, the same process (two-sample checks at 99.9 %).
  const designs: [string, Design][] = [
    ['three-tier', createThreeTierDesign()],
    ['birth-death 3-of-5 block', createSingleBlockDesign(exp(50, 10), 5, 3)],
    [
      'bridge with a repeated block and a vote',
      createDesign(
        [exp(80, 6, 'a'), exp(120, 12, 'b')],
        [
          createBlock('x', 'a'),
          createBlock('y', 'b', { quantity: 3, required: 2 }),
          createBlock('z', 'a', {
            quantity: 2,
            required: 1,
            redundancy: createStandby('cold', 0.9, 1),
          }),
          createBlock('x2', 'a', { repeatOf: 'x' }),
          { kind: 'junction', id: 'j', required: 2 },
        ],
        [
          ['in', 'x'],
          ['in', 'y'],
          ['in', 'z'],
          ['x', 'j'],
          ['y', 'j'],
          ['z', 'j'],
          ['j', 'x2'],
          ['x2', 'out'],
        ],
      ),
    ],
  ];
  for (const [name, design] of designs) {
    it(`agrees with the global engine in law: ${name}`, () => {
      const horizon = name === 'three-tier' ? 2e6 : 2e4;
      const [timeline, global] = runBoth(design, { trials: 400, horizon, seed: 17 });
      const se = Math.hypot(timeline.availability.stdError, global.availability.stdError);
      expect(Math.abs(timeline.availability.mean - global.availability.mean)).toBeLessThan(
        3.29 * se,
      );
      const events = timeline.events / global.events;
      expect(Math.abs(events - 1)).toBeLessThan(0.02);
      timeline.perBlock.forEach((block) => {
        const other = global.perBlock.find((x) => x.id === block.id)!;
        expect(Math.abs(block.unitFailures / other.unitFailures - 1)).toBeLessThan(0.05);
      });
    });
  }
});
