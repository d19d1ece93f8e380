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
import { checkTraceInvariants } from './traceInvariants.ts';
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
