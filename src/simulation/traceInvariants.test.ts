/**
 * Recorded histories obey their rules on every example and on random designs (seeded
 * fast-check): the structure over the unit states gives the recorded system state at every
 * event, the down intervals add up to the downtime, and every unit's events follow its life
 * cycle. Also: the invariants catch a doctored trace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../model/parse.ts';
import type { Design } from '../model/types.ts';
import { createFlatStructure } from '../model/structure.ts';
import { randomDesignArbitrary } from '../testing/randomDesigns.ts';
import { runOk } from '../testing/simulationChecks.ts';
import { checkTraceInvariants, getTraceChecks } from './traceInvariants.ts';
import { traceHistory } from './runner.ts';
import type { SimulationOptions } from './types.ts';

const SEED = 20_261_201;
const EXAMPLES = new URL('../../public/examples/', import.meta.url);
const TRACED = Array.from({ length: 16 }, (_, i) => i);

function traced(design: Design, options: Omit<SimulationOptions, 'traceHistories'>) {
  const r = runOk(design, { ...options, traceHistories: TRACED });
  const flat = createFlatStructure(design);
  return r.traces.flatMap((t) => checkTraceInvariants(t, flat, options.horizon));
}

describe('checkTraceInvariants', () => {
  const examples = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .map((f) => {
      const parsed = parseDesign(JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8')));
      if (!parsed.ok) throw new Error(`${f} does not parse`);
      return [f, parsed.value] as const;
    });

  it.each(examples)('finds none broken in 16 histories of %s, with repair', (_, design) => {
    const horizon = 10 * design.missionTime;
    expect(traced(design, { trials: 16, horizon, seed: 3 })).toEqual([]);
  });

  it.each(examples)('finds none broken in %s with two crews and without repair', (_, design) => {
    const horizon = 10 * design.missionTime;
    expect(traced(design, { trials: 16, horizon, seed: 4, crews: 2 })).toEqual([]);
    expect(traced(design, { trials: 16, horizon, seed: 5, repair: false })).toEqual([]);
  });

  it(`finds none broken on random designs, standby with switch failures and delays (seed ${SEED})`, () => {
    fc.assert(
      fc.property(randomDesignArbitrary, fc.constantFrom(undefined, 1, 2), (design, crews) => {
        const options = { trials: 16, horizon: 2000, seed: 9, ...(crews ? { crews } : {}) };
        expect(traced(design, options)).toEqual([]);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('catches a trace whose system state or downtime was doctored', () => {
    const design = examples.find(([f]) => f === 'three-tier.json')![1];
    const r = runOk(design, { trials: 64, horizon: 1e6, seed: 1, traceHistories: TRACED });
    const trace = r.traces.find((t) => t.system.length > 2)!;
    const flat = createFlatStructure(design);
    const flipped = { ...trace, system: trace.system.map((c) => ({ ...c, up: !c.up })) };
    expect(checkTraceInvariants(flipped, flat, 1e6).join('\n')).toContain("the diagram's rules");
    const longer = { ...trace, downtime: trace.downtime + 1 };
    expect(checkTraceInvariants(longer, flat, 1e6).join('\n')).toContain('down intervals');
  });
});

describe('getTraceChecks on traced histories (the debug overlay)', () => {
  const examples = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .map((f) => {
      const parsed = parseDesign(JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8')));
      if (!parsed.ok) throw new Error(`${f} does not parse`);
      return [f, parsed.value] as const;
    });

  it.each(examples)(
    'passes all three on %s, and the failures equal the engine’s own count',
    (_, design) => {
      const horizon = 10 * design.missionTime;
      for (const [options, history] of [
        [{ trials: 64, horizon, seed: 3 }, 5],
        [{ trials: 64, horizon, seed: 4, crews: 2 }, 11],
        [{ trials: 64, horizon, seed: 5, repair: false }, 2],
      ] as const) {
        const r = traceHistory(design, options, history);
        if (!r.ok) throw new Error('trace failed');
        const checks = r.value.checks!;
        expect(checks.rules.pass && checks.downtime.pass && checks.failures.pass).toBe(true);
        expect(checks.rules.instants).toBe(
          new Set([0, ...r.value.trace.events.map((e) => e.t)]).size,
        );
        expect(checks.downtime.fromTrace).toBeCloseTo(checks.downtime.engine, 9);
        expect(checks.failures.engine).toBe(checks.failures.failures);
        expect(checks.failures.failures).toBe(checks.failures.repairs + checks.failures.stillDown);
      }
    },
  );

  it(`agree with the engine's counts on random designs (seed ${SEED})`, () => {
    fc.assert(
      fc.property(randomDesignArbitrary, fc.nat(40), (design, history) => {
        const r = traceHistory(design, { trials: 64, horizon: 2000, seed: 9 }, history);
        if (!r.ok) throw new Error('trace failed');
        const checks = r.value.checks!;
        expect([
          ...checks.rules.violations,
          ...checks.downtime.violations,
          ...checks.failures.violations,
        ]).toEqual([]);
        expect(checks.failures.engine).toBe(checks.failures.failures);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('names the event index of the first violation of a doctored trace', () => {
    const design = parseDesign(
      JSON.parse(readFileSync(new URL('three-tier.json', EXAMPLES), 'utf8')),
    );
    if (!design.ok) throw new Error('three-tier does not parse');
    const r = runOk(design.value, { trials: 64, horizon: 1e6, seed: 1, traceHistories: TRACED });
    const trace = r.traces.find((t) => t.system.length > 2)!;
    const flat = createFlatStructure(design.value);
    const flipped = { ...trace, system: trace.system.map((c) => ({ ...c, up: !c.up })) };
    const checks = getTraceChecks(flipped, flat, 1e6)!;
    expect(checks.rules.pass).toBe(false);
    expect(checks.rules.firstViolation).toBe(0);
    // A repair moved before its failure: the life cycle breaks at that event.
    const i = trace.events.findIndex((e) => e.kind === 'repaired');
    const e = trace.events[i]!;
    const failedAt = trace.events.findLastIndex(
      (f, j) => j < i && f.block === e.block && f.unit === e.unit && f.kind === 'failed',
    );
    const events = trace.events.slice();
    events.splice(failedAt, 0, { ...e, t: trace.events[failedAt]!.t });
    const early = getTraceChecks({ ...trace, events }, flat, 1e6)!;
    expect(early.failures.pass).toBe(false);
    expect(early.failures.firstViolation).toBe(failedAt + 1);
    expect(early.failures.violations[0]).toContain('repaired without having failed');
  });
});
