import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src/index.ts';
import { MAX_POINTS, appendConvergence, isInsideInterval } from './convergence.ts';

function fake(trials: number, mean: number): SimulationResult {
  return {
    trials,
    availability: { mean, ci95: [mean - 0.01, mean + 0.01], stdError: 0.005 },
    reliability: { mean: NaN, ci95: [NaN, NaN], survived: 0 },
  } as unknown as SimulationResult;
}

describe('appendConvergence', () => {
  it('appends the running estimate with its interval', () => {
    const s = appendConvergence([], fake(100, 0.9), 'availability');
    expect(s).toEqual([{ histories: 100, mean: 0.9, lo: 0.89, hi: 0.91 }]);
  });

  it('skips estimates that are not numbers', () => {
    expect(appendConvergence([], fake(100, 0.9), 'reliability')).toEqual([]);
  });

  it('thins old points to stay under the limit and keeps the newest', () => {
    let s: ReturnType<typeof appendConvergence> = [];
    for (let i = 1; i <= 1000; i++) s = appendConvergence(s, fake(i, 0.5), 'availability');
    expect(s.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(s.at(-1)!.histories).toBe(1000);
    expect(s[0]!.histories).toBe(1);
  });
});

describe('isInsideInterval', () => {
  it('tells whether the exact value is inside the interval', () => {
    expect(isInsideInterval(0.5, 0.4, 0.6)).toBe(true);
    expect(isInsideInterval(0.7, 0.4, 0.6)).toBe(false);
    expect(isInsideInterval(null, 0.4, 0.6)).toBeNull();
  });
});
