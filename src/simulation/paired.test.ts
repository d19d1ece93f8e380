import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { setFileQuantities } from '../analysis/optimizeProblem.ts';
import { parseDesign } from '../model/parse.ts';
import type { DesignFile } from '../model/file.ts';
import type { Design } from '../model/types.ts';
import { SimulationAccumulator } from './accumulator.ts';
import { compileModel } from './compile.ts';
import { comparePaired, createCommonRandomEngine, createPairedRunner } from './paired.ts';
import { TimelineEngine } from './timelineEngine.ts';
import { TraceRecorder } from './trace.ts';
import type { HistoryTrace, TraceEvent } from './types.ts';

const THREE_TIER = JSON.parse(
  readFileSync('public/examples/three-tier.json', 'utf8'),
) as DesignFile;

function read(file: DesignFile): Design {
  const parsed = parseDesign(file);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return parsed.value;
}

const BASE = read(THREE_TIER);
/** One more app server: apps 3-of-5 instead of 3-of-4. */
const MORE_APPS = read(setFileQuantities(THREE_TIER, { apps: 5 }));
/** One app server fewer: apps 3-of-3, a difference of tens of minutes a year. */
const FEWER_APPS = read(setFileQuantities(THREE_TIER, { apps: 3 }));
const HORIZON = 8766;

function trace(design: Design, history: number, crews: number, unitStreams = true): HistoryTrace {
  const model = compileModel(design);
  const engine = unitStreams
    ? createCommonRandomEngine(model, { horizon: HORIZON, seed: 5, crews })
    : new TimelineEngine(model, { horizon: HORIZON, seed: 5 });
  const recorder = new TraceRecorder(model, history);
  engine.runHistory(history, new SimulationAccumulator(model.blockCount), recorder);
  return recorder.finish(engine.lastDowntime);
}

/** The events of one block, as (time, unit, kind) with the block named. */
function eventsOf(t: HistoryTrace, block: string, units = Infinity): TraceEvent[] {
  const b = t.blocks.indexOf(block);
  return t.events.filter((e) => e.block === b && e.unit < units).map((e) => ({ ...e, block: 0 }));
}

describe('common random numbers', () => {
  it('adding a replica to apps leaves every other block’s draws as they were', () => {
    let dbEvents = 0;
    let appEvents = 0;
    for (let h = 0; h < 60; h++) {
      const a = trace(BASE, h, Infinity);
      const b = trace(MORE_APPS, h, Infinity);
      for (const block of ['lb1', 'lb2', 'db'])
        expect(eventsOf(b, block)).toEqual(eventsOf(a, block));
      // Active units with their own crews do not interact: the four shared app servers too.
      expect(eventsOf(b, 'apps', 4)).toEqual(eventsOf(a, 'apps', 4));
      dbEvents += eventsOf(a, 'db').length;
      appEvents += eventsOf(a, 'apps').length;
    }
    // The comparison has something to compare: the histories are not empty.
    expect(dbEvents).toBeGreaterThan(0);
    expect(appEvents).toBeGreaterThan(20);
  });

  it('without unit streams the same change reshuffles another block (what CRN fixes)', () => {
    let differing = 0;
    for (let h = 0; h < 60; h++) {
      const a = eventsOf(trace(BASE, h, Infinity, false), 'db');
      const b = eventsOf(trace(MORE_APPS, h, Infinity, false), 'db');
      if (JSON.stringify(a) !== JSON.stringify(b)) differing++;
    }
    expect(differing).toBeGreaterThan(0);
  });

  it('leaves the history-stream engines untouched: the same history gives the same bits', () => {
    // Unit streams are only switched on by the paired check; a plain engine traces as before.
    const first = trace(BASE, 7, Infinity, false);
    const again = trace(BASE, 7, Infinity, false);
    expect(again).toEqual(first);
    expect(trace(BASE, 7, Infinity, true)).not.toEqual(first);
  });
});

describe('the paired check', () => {
  it('agrees with the exact difference within its interval (three-tier, one app server fewer)', () => {
    const r = comparePaired([BASE, FEWER_APPS], { trials: 20_000, seed: 11 });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const exact = [BASE, FEWER_APPS].map((d) => analyzeDesign(d).steadyState.downtimePerYear! * 60);
    const d = r.value.differences[0]!;
    const [lo, hi] = d.difference.ci95;
    // Histories start new: the mean over a year lies below steady state by about U·MTTR/H
    // (under 0.01 min/yr here), far inside the interval.
    expect(lo).toBeLessThan(exact[1]! - exact[0]!);
    expect(hi).toBeGreaterThan(exact[1]! - exact[0]!);
    expect(d.verdict).toBe('real');
    expect(d.difference.mean).toBeGreaterThan(10);
    // Each design's own estimate agrees with its exact downtime too (3.5 standard errors).
    r.value.designs.forEach((e, i) => {
      expect(Math.abs(e.mean - exact[i]!)).toBeLessThan(3.5 * e.stdError + 0.01);
    });
  });

  it('reduces the variance of the difference by far (three-tier, a fifth app server)', () => {
    const r = comparePaired([BASE, MORE_APPS], { trials: 20_000, seed: 3 });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const d = r.value.differences[0]!;
    // 2e4 on 1e5 histories; the block shared by both designs cancels out history by history.
    expect(d.varianceReduction).toBeGreaterThan(100);
    expect(d.difference.stdError).toBeLessThan(d.independentStdError / 10);
    // A fifth server can only help: no history is worse (its units are a superset).
    expect(d.difference.mean).toBeLessThanOrEqual(0);
  });

  it('finds identical designs exactly equal, within noise', () => {
    const r = comparePaired([BASE, BASE, MORE_APPS], { trials: 3000, seed: 2 });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const same = r.value.differences[0]!;
    expect(same.difference.mean).toBe(0);
    expect(same.difference.ci95).toEqual([0, 0]);
    expect(same.verdict).toBe('noise');
    expect(same.varianceReduction).toBeNull();
    expect(r.value.designs[0]!.mean).toBe(r.value.designs[1]!.mean);
    expect(r.value.designs[0]!.mean).toBeGreaterThan(0);
    // Limited crews (the global event engine) pair the same way.
    const crews = comparePaired([BASE, BASE], { trials: 500, seed: 2, crews: 1 });
    if (!crews.ok) throw new Error(JSON.stringify(crews.error));
    expect(crews.value.differences[0]!.difference.mean).toBe(0);
    expect(crews.value.designs[0]!.mean).toBeGreaterThan(0);
  });

  it('gives the same figures in any chunking (reproducible for a seed)', () => {
    const whole = comparePaired([BASE, FEWER_APPS], { trials: 1000, seed: 9 });
    const r = createPairedRunner([BASE, FEWER_APPS], { trials: 1000, seed: 9 });
    if (!whole.ok || !r.ok) throw new Error('invalid');
    for (const n of [1, 7, 500, 1000]) r.value.runChunk(n);
    expect(r.value.done).toBe(1000);
    expect(r.value.getResult()).toEqual(whole.value);
  });

  it('says which option is wrong', () => {
    const r = createPairedRunner([BASE], { trials: 1.5, seed: -1, years: 0 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((i) => i.path).sort()).toEqual(['designs', 'seed', 'trials', 'years']);
  });
});
