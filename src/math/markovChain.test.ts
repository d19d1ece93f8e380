import { describe, expect, it } from 'vitest';
import { computeReachability, createChain, createRateMatrix } from './markovChain.ts';

describe('createChain', () => {
  it('sums exit rates and drops self-loops and zero rates', () => {
    const chain = createChain(3, [
      { from: 0, to: 1, rate: 1 },
      { from: 0, to: 2, rate: 2 },
      { from: 1, to: 1, rate: 5 },
      { from: 2, to: 0, rate: 0 },
    ]);
    expect([...chain.exit]).toEqual([3, 0, 0]);
    expect(chain.from.length).toBe(2);
    expect(chain.maxExit).toBe(3);
  });

  it('rejects malformed transitions (a bug, not user input)', () => {
    expect(() => createChain(2, [{ from: 0, to: 2, rate: 1 }])).toThrow(
      /invalid transition target/,
    );
    expect(() => createChain(2, [{ from: 0, to: 1, rate: -1 }])).toThrow(/invalid transition rate/);
    expect(() => createChain(0, [])).toThrow(/invalid number of states/);
  });
});

describe('createRateMatrix', () => {
  it('adds duplicate transitions', () => {
    const q = createRateMatrix(
      createChain(2, [
        { from: 0, to: 1, rate: 1 },
        { from: 0, to: 1, rate: 2 },
      ]),
    );
    expect([...q]).toEqual([0, 3, 0, 0]);
  });
});

describe('computeReachability', () => {
  it('follows paths of positive rates', () => {
    const reach = computeReachability(
      createChain(3, [
        { from: 0, to: 1, rate: 1 },
        { from: 1, to: 2, rate: 1 },
      ]),
    );
    expect([...reach]).toEqual([1, 1, 1, 0, 1, 1, 0, 0, 1]);
  });
});
