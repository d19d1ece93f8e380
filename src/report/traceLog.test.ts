import { describe, expect, it } from 'vitest';
import { loadExample } from '../testing/examples.ts';
import { traceHistory } from '../simulation/runner.ts';
import { createTraceLog, formatSimulatedTime } from './traceLog.ts';

describe('createTraceLog', () => {
  const { design } = loadExample('three-tier.json');
  const options = { trials: 1, horizon: 200_000, seed: 51 };
  const traced = traceHistory(design, options, 5);
  if (!traced.ok) throw new Error('trace failed');
  const { trace } = traced.value;

  it('has one row per event and per system change, in time order', () => {
    const rows = createTraceLog(trace, trace.blocks, 'hour');
    const changes = trace.system.length - (trace.system[0]!.up ? 1 : 0);
    expect(rows).toHaveLength(trace.events.length + changes);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.t).toBeGreaterThanOrEqual(rows[i - 1]!.t);
    expect(rows.filter((r) => r.block >= 0).map((r) => r.eventIndex)).toEqual(
      trace.events.map((_, i) => i + 1),
    );
    expect(rows.filter((r) => r.kind === 'system-down')).toHaveLength(
      trace.system.filter((c) => !c.up).length,
    );
  });

  it('puts a system change after the events of its instant, and says the outage length', () => {
    const rows = createTraceLog(trace, trace.blocks, 'hour');
    const down = rows.findIndex((r) => r.kind === 'system-down');
    expect(down).toBeGreaterThan(0);
    const t = rows[down]!.t;
    expect(rows.slice(down + 1).every((r) => r.t > t || r.block < 0)).toBe(true);
    expect(rows.find((r) => r.kind === 'system-up')?.text).toMatch(/^system up again after \d/);
  });

  it('names units 1-based with the block state after the event', () => {
    const rows = createTraceLog(trace, ['LB one', 'LB two', 'App servers', 'Database'], 'hour');
    const apps = rows.find((r) => r.block === 2 && r.kind === 'failed')!;
    expect(apps.text).toBe(`App servers unit ${apps.unit + 1} failed; App servers 3 of 4 up`);
  });
});

describe('formatSimulatedTime', () => {
  it('reads as a day (1-based) and a time of day', () => {
    expect(formatSimulatedTime(0, 'hour')).toBe('day 1 00:00');
    expect(formatSimulatedTime(24 * 142 + 9.2, 'hour')).toBe('day 143 09:12');
    expect(formatSimulatedTime(1.5, 'day')).toBe('day 2 12:00');
  });
});
