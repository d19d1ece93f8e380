import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesignFile } from '../../src/index.ts';
import { createAutosaver } from './autosave.ts';
import type { SaveResult } from './designStore.ts';
import { createEmptyDesign } from '../../src/index.ts';

function fakeLibrary(result: SaveResult | Error = 'saved') {
  const saves: Array<[string, string]> = [];
  const journal: Array<[string, string]> = [];
  return {
    saves,
    journaled: journal,
    save: vi.fn((id: string, file: DesignFile) => {
      saves.push([id, file.name]);
      return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
    }),
    journal: vi.fn((id: string, file: DesignFile) => {
      journal.push([id, file.name]);
      return true;
    }),
  };
}

const v = (name: string): DesignFile => createEmptyDesign(name);

describe('createAutosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('writes once, the latest version, after the debounce', async () => {
    const library = fakeLibrary();
    const saver = createAutosaver(library, { delayMs: 300 });
    saver.schedule('a', v('1'));
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('a', v('2'));
    saver.schedule('a', v('3'));
    expect(saver.status().state).toBe('pending');
    await vi.advanceTimersByTimeAsync(299);
    expect(library.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(library.saves).toEqual([['a', '3']]);
    expect(saver.status().state).toBe('saved');
  });

  it('writes the pending design first when another design changes', async () => {
    const library = fakeLibrary();
    const saver = createAutosaver(library);
    saver.schedule('a', v('A'));
    saver.schedule('b', v('B'));
    await saver.flush();
    expect(library.saves).toEqual([
      ['a', 'A'],
      ['b', 'B'],
    ]);
  });

  it('journals and writes at once when the page goes away', async () => {
    const library = fakeLibrary();
    const saver = createAutosaver(library);
    saver.schedule('a', v('A'));
    saver.flushOnExit();
    expect(library.journaled).toEqual([['a', 'A']]);
    await saver.flush();
    expect(library.saves).toEqual([['a', 'A']]);
    saver.flushOnExit();
    expect(library.journaled).toHaveLength(1);
  });

  it('reports a failed write and keeps working', async () => {
    const library = fakeLibrary(new Error('QuotaExceededError'));
    const saver = createAutosaver(library);
    const states: string[] = [];
    saver.subscribe((s) => states.push(s.state));
    saver.schedule('a', v('A'));
    await saver.flush();
    // The reason alone: the indicator says "Not saved" before it.
    expect(saver.status()).toEqual({ state: 'error', message: 'QuotaExceededError' });
    expect(states).toEqual(['pending', 'saving', 'error']);
  });

  it('journals every change before the next frame, once per task, the latest version', async () => {
    const library = fakeLibrary();
    const saver = createAutosaver(library, { delayMs: 10_000 });
    saver.schedule('a', v('A1'));
    saver.schedule('a', v('A2'));
    expect(library.journaled).toEqual([]); // written at the end of this task
    await Promise.resolve();
    expect(library.journaled).toEqual([['a', 'A2']]);
    saver.schedule('a', v('A3'));
    await Promise.resolve();
    expect(library.journaled).toEqual([
      ['a', 'A2'],
      ['a', 'A3'],
    ]);
    saver.dispose();
  });

  it('tells when the design no longer exists', async () => {
    const onMissing = vi.fn();
    const saver = createAutosaver(fakeLibrary('missing'), { onMissing });
    saver.schedule('gone', v('A'));
    await saver.flush();
    expect(onMissing).toHaveBeenCalledWith('gone');
  });

  it('drops a pending write on cancel', async () => {
    const library = fakeLibrary();
    const saver = createAutosaver(library);
    saver.schedule('a', v('A'));
    saver.cancel('b');
    saver.cancel('a');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(library.saves).toEqual([]);
    expect(saver.status().state).toBe('idle');
  });
});
