import { describe, expect, it } from 'vitest';
import { createCurveTimes, CURVE_SPAN_FACTOR, MAX_CURVE_POINTS } from './curveTimes.ts';

describe('createCurveTimes', () => {
  it('runs from 0 to 3 × the mission time, sorted and without duplicates', () => {
    const times = createCurveTimes(8760, 160);
    expect(times[0]).toBe(0);
    expect(times.at(-1)).toBe(CURVE_SPAN_FACTOR * 8760);
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
  });

  it('holds about the asked number of times, the mission time among them', () => {
    const times = createCurveTimes(8760, 160);
    expect(times.length).toBeGreaterThanOrEqual(150);
    expect(times.length).toBeLessThanOrEqual(161);
    expect(times).toContain(8760);
  });

  it('adds log-spaced times over four decades below the span', () => {
    const times = createCurveTimes(1000, 100);
    const small = times.filter((t) => t > 0 && t < 3000 / 100);
    expect(small.length).toBeGreaterThan(10);
    expect(Math.min(...times.filter((t) => t > 0))).toBeCloseTo(3000 * 1e-4, 9);
  });

  it('clamps the count and rejects a mission time that is not positive', () => {
    expect(createCurveTimes(10, 1e9).length).toBeLessThanOrEqual(MAX_CURVE_POINTS + 1);
    expect(createCurveTimes(0)).toEqual([]);
    expect(createCurveTimes(Number.NaN)).toEqual([]);
  });
});
