import { describe, expect, it } from 'vitest';
import type { AnalysisPoint } from '../../src/index.ts';
import { createCurveRows, getBlockKeys, getComplementKey, getLinearTicks } from './curveData.ts';
import { getTimeAxisUnit } from './timeAxis.ts';

const points: AnalysisPoint[] = [
  {
    t: 0,
    reliability: 1,
    unreliability: 0,
    availability: 1,
    unavailability: 0,
    meanAvailability: 1,
    meanUnavailability: 0,
    blocks: {
      db: { reliability: 1, unreliability: 0, availability: 1, unavailability: 0 },
      sb: { reliability: null, unreliability: null, availability: 1, unavailability: 0 },
    },
  },
  {
    t: 10,
    reliability: 0.9,
    unreliability: 0.1,
    availability: 0.99,
    unavailability: 0.01,
    meanAvailability: null,
    meanUnavailability: null,
    blocks: {
      db: { reliability: 0.8, unreliability: 0.2, availability: 0.95, unavailability: 0.05 },
      sb: { reliability: null, unreliability: null, availability: null, unavailability: null },
    },
  },
];

describe('createCurveRows', () => {
  it('reads per-block R, A and their complements from the engine, null as gaps', () => {
    const axis = getTimeAxisUnit(10);
    const blocks = [
      { key: 'b0', id: 'db', label: 'db', color: '#000' },
      { key: 'b1', id: 'sb', label: 'sb', color: '#111' },
      { key: 'b2', id: 'gone', label: 'gone', color: '#222' },
    ];
    const rows = createCurveRows(points, 'hour', axis, blocks);
    const db = getBlockKeys('b0');
    expect(rows[1]![db.reliability]).toBe(0.8);
    expect(rows[1]![getComplementKey(db.reliability)]).toBe(0.2);
    expect(rows[1]![db.availability]).toBe(0.95);
    expect(rows[1]![getComplementKey(db.availability)]).toBe(0.05);
    const sb = getBlockKeys('b1');
    expect(rows[0]![sb.reliability]).toBeNull();
    expect(rows[0]![sb.availability]).toBe(1);
    expect(rows[1]![sb.availability]).toBeNull();
    expect(rows[1]![getBlockKeys('b2').reliability]).toBeNull();
    expect(rows[1]!.reliability).toBe(0.9);
  });
});

describe('getLinearTicks', () => {
  it('gives tidy ticks from the floor to 1', () => {
    expect(getLinearTicks(0.9, 1)).toEqual([0.9, 0.92, 0.94, 0.96, 0.98, 1]);
    expect(getLinearTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(getLinearTicks(0.999, 1)).toEqual([0.999, 0.9992, 0.9994, 0.9996, 0.9998, 1]);
    expect(getLinearTicks(0.5, 1)).toEqual([0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('cuts a time axis short of a whole number into half steps', () => {
    expect(getLinearTicks(0, 2.98)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(getLinearTicks(0, 36)).toEqual([0, 10, 20, 30]);
  });

  it('keeps within the axis, at most the intervals asked for, evenly spaced', () => {
    for (const low of [0, 0.3, 0.75, 0.97, 0.99, 0.9999, 0.123]) {
      const ticks = getLinearTicks(low, 1);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(7);
      expect(ticks[0]).toBeGreaterThanOrEqual(low - 1e-12);
      expect(ticks.at(-1)).toBeLessThanOrEqual(1 + 1e-12);
      const steps = ticks.slice(1).map((t, i) => t - ticks[i]!);
      for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 10);
    }
  });
});
