import { describe, expect, it } from 'vitest';
import {
  formatCost,
  formatDowntimePerYear,
  formatDuration,
  formatFailuresPerYear,
  formatInUnit,
  formatNines,
  formatPercent,
  formatProbability,
  formatRatio,
  formatShare,
  getPerYear,
} from './format.ts';

describe('format', () => {
  it('writes durations as their two largest units', () => {
    expect(formatDuration(0.876)).toBe('52 min 34 s');
    expect(formatDuration(24 * 3 + 4)).toBe('3 d 4 h');
    expect(formatDuration(null)).toBe('—');
  });

  it('writes percentages with every nine and two more digits, never 100% when down', () => {
    expect(formatPercent(1 - 1e-12, 1e-12)).toBe('99.999999999900%');
    expect(formatPercent(0.999942, 0.000058)).toBe('99.9942%');
    expect(formatPercent(0.5, 0.5)).toBe('50.00%');
  });

  it('writes downtime per year, and a whole year as such', () => {
    expect(formatDowntimePerYear(0.0247)).toBe('1 min 29 s / year');
    expect(formatDowntimePerYear(8766)).toBe('all year');
    expect(formatDowntimePerYear(null)).toBe('—');
  });

  it('writes times in the design unit, nines, rates per year, probabilities, costs', () => {
    expect(formatInUnit(36570, 'hour')).toBe('36,570 hours');
    expect(formatInUnit(1, 'day')).toBe('1 day');
    expect(formatNines(4.2371)).toBe('4.24 nines');
    expect(getPerYear(1, 'day')).toBeCloseTo(8766 / 24, 12);
    expect(formatFailuresPerYear(1e-4, 'hour')).toBe('0.877 failures / year');
    expect(formatProbability(5.8312e-5)).toBe('5.83e-5');
    expect(formatCost(90000)).toBe('90,000');
  });

  it('writes ratios and shares', () => {
    expect(formatRatio(1.0022733)).toBe('1.002×');
    expect(formatRatio(354462.1)).toBe('3.545e+5×');
    expect(formatRatio(null)).toBe('—');
    expect(formatShare(0.99640268)).toBe('99.6%');
  });
});
