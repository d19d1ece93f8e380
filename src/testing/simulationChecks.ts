/**
 * Helpers of the simulation tests: run a design and unwrap, check an exact value against a
 * simulated interval at a chosen confidence. Test-only; runs in Node.
 */
import type { Design } from '../model/types.ts';
import { SimulationAccumulator } from '../simulation/accumulator.ts';
import { compileModel } from '../simulation/compile.ts';
import { EventEngine } from '../simulation/engine.ts';
import { MissionEngine } from '../simulation/mission.ts';
import { simulateDesign } from '../simulation/runner.ts';
import { getBlockTable, summarizeSimulation } from '../simulation/summary.ts';
import { getWilsonInterval, Z_999 } from '../simulation/stats.ts';
import type { SimulationOptions, SimulationResult } from '../simulation/types.ts';

/** Runs a simulation that must succeed. */
export function runOk(
  design: Design,
  options: SimulationOptions,
  chunkSize?: number,
): SimulationResult {
  const r = simulateDesign(design, options, chunkSize);
  if (!r.ok) throw new Error(r.error.map((i) => i.message).join('; '));
  return r.value;
}

/** Where a value lies against an interval: `'inside'`, or a message saying how it misses. */
function describeInterval(what: string, value: number, low: number, high: number): string {
  return value >= low && value <= high ? 'inside' : `${what} ${value} outside [${low}, ${high}]`;
}

/**
 * Checks an exact mean availability against the simulation's interval at z (default 99.9 %).
 * Use as `expect(checkAvailability(r, exact)).toBe('inside')`.
 */
export function checkAvailability(result: SimulationResult, exact: number, z = Z_999): string {
  const half = z * result.availability.stdError;
  let low = result.availability.mean - half;
  const high = result.availability.mean + half;
  // No downtime seen at all: the spread says nothing; bound by the share of histories with any.
  if (result.downtime.zeroCount === result.trials)
    low = 1 - getWilsonInterval(0, result.trials, z)[1];
  return describeInterval('exact availability', exact, low, high);
}

/**
 * Checks an exact reliability against the simulation's Wilson interval at z (default 99.9 %).
 * Use as `expect(checkReliability(r, exact)).toBe('inside')`.
 */
export function checkReliability(result: SimulationResult, exact: number, z = Z_999): string {
  const [low, high] = getWilsonInterval(result.reliability.survived, result.trials, z);
  return describeInterval('exact reliability', exact, low, high);
}

/** Runs a given engine directly (to compare the event loop and the mission path). */
export function runEngine(
  design: Design,
  options: SimulationOptions,
  which: 'events' | 'mission',
): SimulationResult {
  const model = compileModel(design);
  const engine =
    which === 'mission'
      ? new MissionEngine(model, options)
      : new EventEngine(model, {
          horizon: options.horizon,
          seed: options.seed,
          repair: options.repair ?? true,
          crews: options.crews ?? Infinity,
        });
  const acc = new SimulationAccumulator(model.blockCount);
  for (let h = 0; h < options.trials; h++) engine.runHistory(h, acc, null);
  return summarizeSimulation(acc, {
    blocks: getBlockTable(model),
    options,
    method: which,
    elapsedMs: 1,
    traces: [],
  });
}
