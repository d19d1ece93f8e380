import { describe, expect, it } from 'vitest';
import {
  createComponent,
  createSingleBlockDesign,
  createStandby,
} from '../testing/sampleDesigns.ts';
import type { HistoryTrace } from './types.ts';
import { runOk } from '../testing/simulationChecks.ts';

const unit = createComponent(
  'u',
  { kind: 'exponential', rate: 1 / 50 },
  { kind: 'exponential', mttr: 10 },
);
const H = 1000;

/** Replays a trace of a 1-of-n block: unit states, system changes and downtime. */
function replay(
  trace: HistoryTrace,
  quantity: number,
): { changes: { t: number; up: boolean }[]; downtime: number } {
  const up = Array.from({ length: quantity }, () => true);
  const changes: { t: number; up: boolean }[] = [{ t: 0, up: true }];
  let downSince = 0;
  let downtime = 0;
  let last = -Infinity;
  for (const event of trace.events) {
    expect(event.t).toBeGreaterThanOrEqual(last);
    last = event.t;
    if (event.kind === 'failed') {
      expect(up[event.unit]).toBe(true);
      up[event.unit] = false;
    } else if (event.kind === 'repaired') {
      expect(up[event.unit]).toBe(false);
      up[event.unit] = true;
    }
    const systemUp = up.some((u) => u);
    if (systemUp !== changes[changes.length - 1]!.up) {
      changes.push({ t: event.t, up: systemUp });
      if (!systemUp) downSince = event.t;
      else downtime += event.t - downSince;
    }
  }
  if (!changes[changes.length - 1]!.up) downtime += H - downSince;
  return { changes, downtime };
}

describe('traces', () => {
  it('replay a 2-unit parallel system: unit events explain every system change and the downtime', () => {
    const options = { trials: 40, horizon: H, seed: 41, traceHistories: [3, 17, 39] };
    const r = runOk(createSingleBlockDesign(unit, 2, 1), options, 8);
    expect(r.traces.map((t) => t.history)).toEqual([3, 17, 39]);
    for (const trace of r.traces) {
      expect(trace.events.length).toBeGreaterThan(10);
      // Own crew: every repair starts when its unit fails.
      const starts = trace.events.flatMap((e, i) => (e.kind === 'repair-started' ? [i] : []));
      expect(starts.length).toBeGreaterThan(0);
      for (const i of starts) {
        const e = trace.events[i]!;
        expect(trace.events[i - 1]).toMatchObject({ t: e.t, unit: e.unit, kind: 'failed' });
      }
      const { changes, downtime } = replay(trace, 2);
      expect(changes).toEqual(trace.system);
      expect(downtime).toBeCloseTo(trace.downtime, 9);
    }
  });

  it('are reproducible from the seed and leave the statistics unchanged', () => {
    const design = createSingleBlockDesign(unit, 2, 1);
    const traced = runOk(design, { trials: 40, horizon: H, seed: 41, traceHistories: [17] });
    const again = runOk(design, { trials: 40, horizon: H, seed: 41, traceHistories: [17] }, 3);
    const plain = runOk(design, { trials: 40, horizon: H, seed: 41 });
    expect(again.traces).toEqual(traced.traces);
    expect(plain.availability).toEqual(traced.availability);
  });

  it('record switch-overs of a standby block in order', () => {
    const design = createSingleBlockDesign(unit, 3, 1, createStandby('cold', 0.7, 1));
    const r = runOk(design, { trials: 5, horizon: H, seed: 42, traceHistories: [0, 1, 2, 3, 4] });
    const kinds = new Set(r.traces.flatMap((t) => t.events.map((e) => e.kind)));
    expect(kinds).toContain('switched-in');
    expect(kinds).toContain('switch-completed');
    expect(kinds).toContain('switch-failed');
    for (const trace of r.traces) {
      const inService = new Set([0]);
      for (const e of trace.events) {
        // A spare is switched in only when nobody is in service.
        expect(e.kind !== 'switched-in' || inService.size === 0).toBe(true);
        if (e.kind === 'switched-in' || (e.kind === 'repaired' && inService.size === 0))
          inService.add(e.unit);
        if (e.kind === 'failed') inService.delete(e.unit);
      }
    }
  });
});
