import { describe, expect, it } from 'vitest';
import type { AnalysisPoint } from '../../src/index.ts';
import { createCurveRows, getBlockKeys, getComplementKey } from './curveData.ts';
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
