// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../store/index.ts';
import { readViewFromHash, startViewRoute, writeViewToHash } from './viewRoute.ts';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('readViewFromHash', () => {
  it('reads a view that exists and ignores others and other parameters', () => {
    expect(readViewFromHash('#view=edit')).toBe('edit');
    expect(readViewFromHash('#view=nonsense')).toBeNull();
    expect(readViewFromHash('#design=abc')).toBeNull();
    expect(readViewFromHash('')).toBeNull();
  });
});

describe('writeViewToHash', () => {
  it('sets the view and keeps the other parameters; the edit view needs none', () => {
    expect(writeViewToHash('#lesson=mtbf', 'learn')).toBe('#lesson=mtbf&view=learn');
    expect(writeViewToHash('#view=learn&lesson=mtbf', 'edit')).toBe('#lesson=mtbf');
    expect(writeViewToHash('#view=compare', 'edit')).toBe('');
  });
});

describe('startViewRoute', () => {
  it('opens the edit view for an address naming a view that does not exist', () => {
    window.history.replaceState(null, '', '/#view=nonsense');
    const store = createAppStore();
    const stop = startViewRoute(store);
    expect(store.getState().view).toBe('edit');
    stop();
  });

  it('follows the address when it changes', () => {
    const store = createAppStore();
    const stop = startViewRoute(store);
    window.history.pushState(null, '', '/#view=edit&x=1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().view).toBe('edit');
    stop();
  });
});
