/**
 * Re-tracing one history gives the history the run counted, bit for bit: on every example (with
 * repair, with two crews, without repair) and on random designs with standby, switch failures
 * and delays, every history of a small run (its picks' sample then holds all of them) traced
 * alone has the downtime the run recorded for it, and obeys the trace invariants.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFlatStructure } from '../model/structure.ts';
import type { Design } from '../model/types.ts';
import { loadExample } from '../testing/examples.ts';
import { randomDesignArbitrary } from '../testing/randomDesigns.ts';
import { runOk } from '../testing/simulationChecks.ts';
import { selectHistoryPick } from './historyPicks.ts';
import { traceHistory } from './runner.ts';
import { checkTraceInvariants } from './traceInvariants.ts';
import type { SimulationOptions } from './types.ts';

const SEED = 20_261_202;

/** Traces every history of a small run; returns mismatches and violations in words. */
function retrace(design: Design, options: SimulationOptions): string[] {
  const run = runOk(design, options);
  expect(run.picks.sample.length).toBe(options.trials);
  const flat = createFlatStructure(design);
  const out: string[] = [];
  for (const { history, downtime } of run.picks.sample) {
    const r = traceHistory(design, options, history);
    if (!r.ok) throw new Error(r.error.map((i) => i.message).join('; '));
    const { trace } = r.value;
    if (!Object.is(trace.downtime, downtime)) {
      out.push(`history ${history}: traced downtime ${trace.downtime}, counted ${downtime}`);
    }
    out.push(...checkTraceInvariants(trace, flat, options.horizon));
  }
  return out;
}

describe('traceHistory', () => {
  const examples = readdirSync('public/examples')
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .map((f) => [f, loadExample(f).design] as const);

  it.each(examples)('re-traces every history of %s as counted, with repair', (_, design) => {
    expect(retrace(design, { trials: 48, horizon: 10 * design.missionTime, seed: 3 })).toEqual([]);
  });

  it.each(examples)('re-traces %s as counted with two crews and without repair', (_, design) => {
    const horizon = 10 * design.missionTime;
    expect(retrace(design, { trials: 32, horizon, seed: 4, crews: 2 })).toEqual([]);
    expect(retrace(design, { trials: 32, horizon, seed: 5, repair: false })).toEqual([]);
  });

  it(`re-traces random designs as counted, standby with switch failures and delays (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        randomDesignArbitrary,
        fc.constantFrom(undefined, 1, 2),
        fc.boolean(),
        (design, crews, repair) => {
          const options = {
            trials: 16,
            horizon: 2000,
            seed: 9,
            repair,
            ...(crews ? { crews } : {}),
          };
          expect(retrace(design, options)).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('finds the picks of a run again: the first failure and the failed switch-over', () => {
    const design = examples.find(([f]) => f === 'three-tier.json')![1];
    const options = { trials: 400, horizon: 8766, seed: 7 };
    const run = runOk(design, options);
    const first = selectHistoryPick(run.picks, 'first-failure');
    expect(first).not.toBeNull();
    const traced = traceHistory(design, options, first!.history);
    expect(traced.ok && traced.value.trace.downtime).toBe(first!.downtime);
    // Its first failure is the earliest of the run: no history in the sample fails before it.
    expect(traced.ok && traced.value.firstFailure).toBeLessThan(options.horizon);
  });

  it('counts failed switch-overs as the trace records them', () => {
    fc.assert(
      fc.property(randomDesignArbitrary, fc.boolean(), (design, repair) => {
        const options = { trials: 8, horizon: 2000, seed: 12, repair };
        for (let h = 0; h < 8; h++) {
          const r = traceHistory(design, options, h);
          if (!r.ok) throw new Error('trace failed');
          const recorded = r.value.trace.events.filter((e) => e.kind === 'switch-failed').length;
          expect(r.value.switchFailures).toBe(recorded);
        }
      }),
      { seed: SEED + 1, numRuns: 40 },
    );
  });

  it('rejects a history index that is not a whole number ≥ 0', () => {
    const design = examples[0]![1];
    const r = traceHistory(design, { trials: 10, horizon: 100, seed: 1 }, -1);
    expect(!r.ok && r.error[0]!.path).toBe('history');
  });
});
