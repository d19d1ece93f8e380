import { describe, expect, it } from 'vitest';
import type { LessonParam } from '../../src/index.ts';
import { fromSliderPosition, getSliderRange, toSliderPosition } from './sliderScale.ts';

const base = { key: 'x', label: 'X', unit: '', step: 0.01, initial: 1 };
const log: LessonParam = { ...base, min: 1, max: 1e6, scale: 'log' };
const nines: LessonParam = { ...base, min: 50, max: 99.9999999, scale: 'nines', unit: '%' };
const count: LessonParam = { ...base, min: 1, max: 10, step: 1, integer: true };

describe('sliderScale', () => {
  it('maps a log slider to round values and back', () => {
    expect(toSliderPosition(log, 1000)).toBeCloseTo(3, 12);
    expect(fromSliderPosition(log, 3)).toBe(1000);
    expect(fromSliderPosition(log, 3.5)).toBe(3160);
    expect(getSliderRange(log)).toEqual({ min: 0, max: 6, step: 0.01 });
  });

  it('moves a nines slider one nine per unit', () => {
    expect(toSliderPosition(nines, 99.9)).toBeCloseTo(3, 9);
    expect(fromSliderPosition(nines, 4)).toBe(99.99);
    expect(fromSliderPosition(nines, 3.5)).toBe(99.968);
  });

  it('keeps counts whole and inside the range', () => {
    expect(fromSliderPosition(count, 3.4)).toBe(3);
    expect(fromSliderPosition(count, 42)).toBe(10);
    expect(fromSliderPosition(log, -1)).toBe(1);
  });
});
