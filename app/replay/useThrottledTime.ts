/**
 * The playhead time for React, updated at each discrete change of the player and at most four
 * times a second while the playhead moves (playing or scrubbing): enough for "3 h left" on the
 * badges, far below one render per frame.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { ReplayPlayer } from './replayPlayer.ts';

/** Least wall time between two renders driven by a moving playhead, ms. */
export const PLAYING_RENDER_MS = 250;

interface TimeSource {
  readonly subscribe: (listener: () => void) => () => void;
  readonly get: () => number;
}

/** A throttled external store of the playhead time. */
function createThrottledTime(player: ReplayPlayer): TimeSource {
  let value = player.getTime();
  let last = -Infinity;
  return {
    subscribe: (listener) => {
      const stopDiscrete = player.subscribe(() => {
        value = player.getTime();
        listener();
      });
      const stopFrames = player.onFrame((t) => {
        const now = performance.now();
        if (now - last < PLAYING_RENDER_MS) return;
        last = now;
        value = t;
        listener();
      });
      return () => {
        stopDiscrete();
        stopFrames();
      };
    },
    get: () => value,
  };
}

export function useThrottledTime(player: ReplayPlayer): number {
  const source = useMemo(() => createThrottledTime(player), [player]);
  return useSyncExternalStore(source.subscribe, source.get);
}
