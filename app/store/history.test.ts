import { describe, expect, it } from 'vitest';
import { COALESCE_MS, HISTORY_LIMIT, getCommit, getRedo, getUndo } from './history.ts';
import type { HistoryState } from './history.ts';
import { createEmptyDesign } from '../../src/index.ts';

const start: HistoryState = {
  design: createEmptyDesign('a'),
  revision: 0,
  past: [],
  future: [],
  lastEdit: null,
};

describe('getCommit', () => {
  it('keeps the previous design and bumps the revision', () => {
    const next = createEmptyDesign('b');
    const s = getCommit(start, next, undefined, 0)!;
    expect(s.design).toBe(next);
    expect(s.revision).toBe(1);
    expect(s.past).toEqual([start.design]);
  });

  it('returns null when the design did not change', () => {
    expect(getCommit(start, start.design, 'k', 0)).toBeNull();
  });

  it('merges edits with the same key close in time into one step', () => {
    const a = getCommit(start, createEmptyDesign('b'), 'name', 0)!;
    const b = getCommit(a, createEmptyDesign('bc'), 'name', COALESCE_MS / 2)!;
    expect(b.past).toHaveLength(1);
    expect(b.revision).toBe(2);
    const c = getCommit(b, createEmptyDesign('bcd'), 'name', COALESCE_MS * 3)!;
    expect(c.past).toHaveLength(2);
  });

  it('caps the history', () => {
    let s = start;
    for (let i = 0; i < HISTORY_LIMIT + 10; i++)
      s = getCommit(s, createEmptyDesign(`${i}`), undefined, i)!;
    expect(s.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('getUndo and getRedo', () => {
  it('undo then redo returns to the same design', () => {
    const next = createEmptyDesign('b');
    const edited = getCommit(start, next, undefined, 0)!;
    const undone = getUndo(edited)!;
    expect(undone.design).toBe(start.design);
    expect(undone.revision).toBe(2);
    const redone = getRedo(undone)!;
    expect(redone.design).toBe(next);
    expect(getRedo(redone)).toBeNull();
    expect(getUndo(start)).toBeNull();
  });
});
