/**
 * Two tabs editing one design must never lose an edit without a word. Every tab announces on a
 * BroadcastChannel each design it saves; a tab that hears that another tab saved the design it
 * has open either follows (it has nothing unsaved: it reloads the newer version and says so) or,
 * when it has unsaved edits of its own, forks: its version goes on as a copy and the user is
 * told. Pure apart from the injected channel (tests pass a fake).
 */

/** What a tab says about a design it saved. */
export interface SavedMessage {
  readonly type: 'saved';
  readonly id: string;
  /** The tab that saved it. */
  readonly tab: string;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export interface CrossTabOptions {
  /** Opens the channel (default: a BroadcastChannel named `rbd-studio-library`). */
  readonly openChannel?: () => ChannelLike | null;
  /** The id of the design this tab has open. */
  readonly currentId: () => string | null;
  /** Whether this tab has edits of the open design not yet written to storage. */
  readonly hasUnsavedEdits: () => boolean;
  /** Another tab saved the open design and this tab had nothing unsaved: reload it. */
  readonly follow: (id: string) => void;
  /** Another tab saved the open design while this tab had unsaved edits: keep them as a copy. */
  readonly fork: (id: string) => void;
}

export interface CrossTab {
  /** Tells the other tabs this tab saved a design. */
  readonly announceSaved: (id: string) => void;
  readonly close: () => void;
}

/** The channel's name: one per origin, shared by every tab of the app. */
export const CHANNEL_NAME = 'rbd-studio-library';

function isSavedMessage(data: unknown): data is SavedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m['type'] === 'saved' && typeof m['id'] === 'string' && typeof m['tab'] === 'string';
}

function openBroadcastChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
}

/**
 * Starts listening to the other tabs.
 * @example
 * const tabs = startCrossTab({ currentId, hasUnsavedEdits, follow, fork });
 * tabs.announceSaved(id); // after each write
 */
export function startCrossTab(options: CrossTabOptions): CrossTab {
  const tab = Math.random().toString(36).slice(2);
  const channel = (options.openChannel ?? openBroadcastChannel)();
  channel?.addEventListener('message', (event) => {
    const message = event.data;
    if (!isSavedMessage(message) || message.tab === tab) return;
    if (message.id !== options.currentId()) return;
    if (options.hasUnsavedEdits()) options.fork(message.id);
    else options.follow(message.id);
  });
  return {
    announceSaved: (id) => channel?.postMessage({ type: 'saved', id, tab } satisfies SavedMessage),
    close: () => channel?.close(),
  };
}
