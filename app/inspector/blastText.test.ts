import { describe, expect, it } from 'vitest';
import { getSinglePointsWhileDown } from './blastText.ts';

describe('getSinglePointsWhileDown', () => {
  const sets = [
    ['az-a', 'az-b'],
    ['az-a', 'lb2'],
    ['lb1', 'lb2'],
    ['az-a', 'x', 'y'],
  ];

  it('lists the other member of every pair holding the element, complete past the pairs', () => {
    expect(getSinglePointsWhileDown(sets, 40, 'az-a')).toEqual({
      ids: ['az-b', 'lb2'],
      complete: true,
    });
  });

  it('is not complete when the list stops at pairs and more cut sets exist', () => {
    expect(getSinglePointsWhileDown(sets.slice(0, 3), 40, 'lb2')).toEqual({
      ids: ['az-a', 'lb1'],
      complete: false,
    });
    expect(getSinglePointsWhileDown(sets.slice(0, 3), 3, 'lb2').complete).toBe(true);
  });
});
