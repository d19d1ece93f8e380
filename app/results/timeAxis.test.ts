import { describe, expect, it } from 'vitest';
import { formatDecade, getDecadeTicks, getTimeAxisUnit } from './timeAxis.ts';

describe('getTimeAxisUnit', () => {
  it('picks the largest unit the span holds at least twice', () => {
    expect(getTimeAxisUnit(3 * 8760).name).toBe('years');
    expect(getTimeAxisUnit(72).name).toBe('days');
    expect(getTimeAxisUnit(10).name).toBe('hours');
    expect(getTimeAxisUnit(0.5).name).toBe('minutes');
  });
});

describe('getDecadeTicks', () => {
  it('covers the range with powers of ten', () => {
    expect(getDecadeTicks(3e-7, 0.02)).toEqual([1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1]);
    expect(getDecadeTicks(2, 3)).toEqual([1, 10]);
  });

  it('is empty for non-positive bounds', () => {
    expect(getDecadeTicks(0, 1)).toEqual([]);
  });
});

describe('formatDecade', () => {
  it('writes small and large decades in exponent form', () => {
    expect(formatDecade(1e-6)).toBe('1e-6');
    expect(formatDecade(0.1)).toBe('0.1');
    expect(formatDecade(1e6)).toBe('1e6');
  });
});
