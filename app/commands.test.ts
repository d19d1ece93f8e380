// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { CommandContext } from './commands.ts';
import { COMMANDS, findCommandForKey } from './commands.ts';
import { createAppStore } from './store/index.ts';

function key(init: KeyboardEventInit): KeyboardEvent {
  return new KeyboardEvent('keydown', init);
}

describe('findCommandForKey', () => {
  it('finds each command by its keys in the edit view', () => {
    expect(findCommandForKey(key({ key: 'z', ctrlKey: true }), 'edit')?.id).toBe('undo');
    expect(findCommandForKey(key({ key: 'Z', ctrlKey: true, shiftKey: true }), 'edit')?.id).toBe(
      'redo',
    );
    expect(findCommandForKey(key({ key: 'y', metaKey: true }), 'edit')?.id).toBe('redo');
    expect(findCommandForKey(key({ key: 'B', shiftKey: true }), 'edit')?.id).toBe('add-after');
    expect(findCommandForKey(key({ key: '?', shiftKey: true }), 'edit')?.id).toBe('help');
    expect(findCommandForKey(key({ key: 'x' }), 'edit')).toBeUndefined();
  });

  it('gives every key to one command only, and every command a label and keys text', () => {
    const seen = new Set<string>();
    for (const c of COMMANDS) {
      expect(c.label.length).toBeGreaterThan(0);
      expect(c.keys.length === 0 || c.keysText.length > 0).toBe(true);
      for (const k of c.keys) {
        const id = `${k.key}|${k.mod ?? false}|${k.shift ?? false}`;
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    }
  });
});

describe('the commands', () => {
  it('act on the store they are given', () => {
    const store = createAppStore();
    const ctx: CommandContext = { store, fitView: vi.fn(), autoLayout: vi.fn() };
    const run = (id: string) => COMMANDS.find((c) => c.id === id)!.run(ctx);
    const nodes = () => store.getState().design.diagram.nodes.length;
    const before = nodes();
    expect(run('add-junction')).toBe(true);
    expect(nodes()).toBe(before + 1);
    run('undo');
    expect(nodes()).toBe(before);
    run('help');
    expect(store.getState().helpOpen).toBe(true);
    run('fit');
    expect(ctx.fitView).toHaveBeenCalledTimes(1);
    // Escape with nothing selected at the root: nothing to do, the key is left alone.
    store.getState().clearSelection();
    expect(run('escape')).toBe(false);
  });
});
