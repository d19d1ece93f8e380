import { describe, expect, it } from 'vitest';
import { estimateHistoryEvents } from './eventCount.ts';
import { block, createDesignJson, exponential, toDesign } from '../testing/designFiles.ts';

describe('estimateHistoryEvents', () => {
  const design = toDesign(
    createDesignJson(
      [exponential('c', 1000, 10), exponential('d', 500)],
      [block('a', 'c', { quantity: 3 }), block('b', 'd')],
      ['in>a', 'a>b', 'b>out'],
    ),
  );

  it('counts a failure and a repair per renewal cycle of each repaired unit, one failure per unrepaired one', () => {
    expect(estimateHistoryEvents(design, 1e6, true)).toBeCloseTo(3 * (2e6 / 1010 + 2) + 1, 9);
    expect(estimateHistoryEvents(design, 1e6, false)).toBe(4);
  });

  it('grows with the horizon up to the largest double without failing', () => {
    const events = estimateHistoryEvents(design, 1e308, true);
    expect(Math.abs(events / (6 * (1e308 / 1010)) - 1)).toBeLessThan(1e-12);
    expect(estimateHistoryEvents(design, Number.MAX_VALUE, false)).toBe(4);
  });
});
