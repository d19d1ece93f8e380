import { describe, expect, it, vi } from 'vitest';
import type { ChannelLike, CrossTabOptions } from './crossTab.ts';
import { startCrossTab } from './crossTab.ts';

/** Channels that deliver to every other channel of the same hub, like BroadcastChannel. */
function createHub(): () => ChannelLike {
  const channels = new Set<{ listener: ((event: { data: unknown }) => void) | null }>();
  return () => {
    const me: { listener: ((event: { data: unknown }) => void) | null } = { listener: null };
    channels.add(me);
    return {
      postMessage: (data) => {
        for (const c of channels) if (c !== me) c.listener?.({ data: structuredClone(data) });
      },
      addEventListener: (_type, listener) => {
        me.listener = listener;
      },
      close: () => channels.delete(me),
    };
  };
}

function tab(openChannel: () => ChannelLike, current: string, unsaved = false) {
  const options = {
    openChannel,
    currentId: () => current,
    hasUnsavedEdits: () => unsaved,
    follow: vi.fn<CrossTabOptions['follow']>(),
    fork: vi.fn<CrossTabOptions['fork']>(),
  };
  return { ...startCrossTab(options), options };
}

describe('startCrossTab', () => {
  it('has a tab with nothing unsaved follow another tab that saved the same design', () => {
    const hub = createHub();
    const a = tab(hub, 'd1');
    const b = tab(hub, 'd1');
    a.announceSaved('d1');
    expect(b.options.follow).toHaveBeenCalledWith('d1');
    expect(a.options.follow).not.toHaveBeenCalled();
  });

  it('has a tab with unsaved edits fork instead', () => {
    const hub = createHub();
    const a = tab(hub, 'd1');
    const b = tab(hub, 'd1', true);
    a.announceSaved('d1');
    expect(b.options.fork).toHaveBeenCalledWith('d1');
    expect(b.options.follow).not.toHaveBeenCalled();
  });

  it('ignores saves of other designs, malformed messages and closed channels', () => {
    const hub = createHub();
    const a = tab(hub, 'd1');
    const b = tab(hub, 'd2');
    a.announceSaved('d1');
    hub().postMessage({ type: 'saved', id: 7 });
    b.close();
    a.announceSaved('d2');
    expect(b.options.follow).not.toHaveBeenCalled();
    expect(b.options.fork).not.toHaveBeenCalled();
  });
});
