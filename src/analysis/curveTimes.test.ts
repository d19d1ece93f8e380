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
    // Rounded to six significant bits: within 1/64 of 3000 × 1e-4.
    const first = Math.min(...times.filter((t) => t > 0));
    expect(Math.abs(first / 0.3 - 1)).toBeLessThanOrEqual(1 / 64);
  });

  it('puts every time on a whole multiple of a power of two of at least 1/2048 of it', () => {
    for (const mission of [8766, 1000, 1, 0.01, 1e6]) {
      for (const t of createCurveTimes(mission, 160)) {
        if (t === 0 || t === CURVE_SPAN_FACTOR * mission || t === mission) continue;
        // Linear times are multiples of the grid's unit (span/1520 or more), log-spaced ones of
        // a thirty-second of their size.
        const grain = 2 ** (Math.floor(Math.log2(t)) - 11);
        expect(Number.isInteger(t / grain)).toBe(true);
      }
    }
  });

  it('keeps the linear part evenly spaced, within a sixteenth of span/(n − 1)', () => {
    const times = createCurveTimes(8766, 160);
    const big = times.filter((t) => t >= 300 && t < CURVE_SPAN_FACTOR * 8766);
    const steps = new Set(big.slice(1).map((t, i) => t - big[i]!));
    const wanted = (CURVE_SPAN_FACTOR * 8766) / 95;
    expect([...steps].some((s) => Math.abs(s / wanted - 1) <= 1 / 16)).toBe(true);
  });

  it('clamps the count and rejects a mission time that is not positive', () => {
    expect(createCurveTimes(10, 1e9).length).toBeLessThanOrEqual(MAX_CURVE_POINTS + 1);
    expect(createCurveTimes(0)).toEqual([]);
    expect(createCurveTimes(Number.NaN)).toEqual([]);
  });
});
