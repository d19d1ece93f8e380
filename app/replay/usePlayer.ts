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
