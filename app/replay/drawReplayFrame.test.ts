import { describe, expect, it } from 'vitest';
import { getFrameTimes } from './drawReplayFrame.ts';

describe('getFrameTimes', () => {
  it('puts the first frame at from, the last at to, evenly between', () => {
    expect([...getFrameTimes(10, 20, 5)]).toEqual([10, 12.5, 15, 17.5, 20]);
  });
  it('gives one frame at from for a single frame', () => {
    expect([...getFrameTimes(3, 9, 1)]).toEqual([3]);
  });
  it('gives exactly the requested count', () => {
    expect(getFrameTimes(0, 87_660, 1200)).toHaveLength(1200);
    expect(getFrameTimes(0, 87_660, 1200)[1199]).toBe(87_660);
  });
});
