/**
 * Hooks over the replay player: the discrete snapshot (renders only when the event index,
 * play state or speed changes) and a frame callback for the few nodes that move every frame.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { PlayerSnapshot, ReplayPlayer } from './replayPlayer.ts';

/** The player's snapshot; re-renders only on discrete changes. */
export function usePlayerSnapshot(player: ReplayPlayer): PlayerSnapshot {
  return useSyncExternalStore(
    (listener) => player.subscribe(listener),
    () => player.getSnapshot(),
  );
}

/**
 * Calls `onFrame(t)` on every playhead move (and once now) without rendering; keep it tiny:
 * it writes to DOM nodes held in refs.
 */
export function usePlayerFrame(player: ReplayPlayer, onFrame: (t: number) => void): void {
  useEffect(() => {
    onFrame(player.getTime());
    return player.onFrame(onFrame);
  }, [player, onFrame]);
}

/** While playing, moving words and figures are rewritten at most this often, ms. */
export const TEXT_FRAME_MS = 100;

/**
 * A pacer for text written every frame: true when paused, and while playing only in the first
 * frame of each {@link TEXT_FRAME_MS} slot of the frame clock (`document.timeline`, the same for
 * every callback of one frame, so all moving text changes in the same frame). A frame that only
 * moves the playhead and the thumb (composited transforms) then paints nothing, and the browser
 * skips its paint and layerisation, the largest part of a frame on a 200-block page.
 */
export function createTextPacer(player: ReplayPlayer): () => boolean {
  let slot = -1;
  return () => {
    if (!player.getSnapshot().playing) return true;
    const now = Number(document.timeline.currentTime ?? performance.now());
    const current = Math.floor(now / TEXT_FRAME_MS);
    if (current === slot) return false;
    slot = current;
    return true;
  };
}
