import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/index.ts';
import { createCurveHours, getCutSetChanges, readTargetPercent } from './compareFigures.ts';

const result = (sets: string[][], probabilities: (number | null)[]): AnalysisResult =>
  ({
    minimalCutSets: sets,
    minimalCutSetProbabilities: probabilities,
  }) as unknown as AnalysisResult;

describe('readTargetPercent', () => {
  it('reads a percentage with or without its sign', () => {
    expect(readTargetPercent('99.99')).toEqual({ value: 0.9999 });
    expect(readTargetPercent(' 99.9 % ')).toEqual({ value: 0.999 });
  });

  it('says what is wrong with anything else', () => {
    expect(readTargetPercent('')).toEqual({ error: 'Enter a target, e.g. 99.99.' });
    expect(readTargetPercent('abc')).toEqual({ error: '“abc” is not a number.' });
    expect(readTargetPercent('100')).toEqual({ error: 'Must be between 0 and 100 %.' });
  });
});

describe('getCutSetChanges', () => {
  it('lists the sets removed and added, largest first, in minutes per year', () => {
    const base = result([['lb'], ['db1', 'db2']], [1e-4, 1e-8]);
    const other = result(
      [
        ['db2', 'db1'],
        ['lb1', 'lb2'],
      ],
      [1e-8, 2e-8],
    );
    const changes = getCutSetChanges(base, other);
    expect(changes.map((c) => [c.change, c.blocks.join(',')])).toEqual([
      ['removed', 'lb'],
      ['added', 'lb1,lb2'],
    ]);
    expect(changes[0]!.minutesPerYear).toBeCloseTo(1e-4 * 8766 * 60, 9);
  });

  it('lists a set both have when its share changed, by how much', () => {
    const base = result([['a', 'b'], ['c']], [1e-6, 1e-5]);
    const other = result([['b', 'a'], ['c']], [4e-6, 1e-5]);
    const changes = getCutSetChanges(base, other);
    expect(changes.map((c) => [c.change, c.blocks.join(',')])).toEqual([['changed', 'b,a']]);
    expect(changes[0]!.minutesPerYear).toBeCloseTo(3e-6 * 8766 * 60, 9);
  });

  it('keeps an unknown share as null', () => {
    expect(getCutSetChanges(result([['a']], [null]), result([], []))[0]!.minutesPerYear).toBeNull();
  });
});

describe('createCurveHours', () => {
  it('starts at 0 and ends at the last time asked', () => {
    const hours = createCurveHours(26280);
    expect(hours[0]).toBe(0);
    expect(hours[1]).toBeCloseTo(0.01, 12);
    expect(hours[hours.length - 1]).toBeCloseTo(26280, 6);
  });
});
