/** Test helper: a frame clock for the replay's animation loops, driven by hand. */
import type { FrameClock } from '../replay/replayPlayer.ts';

/** A frame clock driven by hand: `tick(ms)` runs the pending frame at now + ms. */
export function createManualClock(): FrameClock & { tick(ms: number): void; pending(): boolean } {
  let now = 0;
  let callback: ((now: number) => void) | null = null;
  return {
    request(cb) {
      callback = cb;
      return 1;
    },
    cancel() {
      callback = null;
    },
    tick(ms) {
      now += ms;
      const cb = callback;
      callback = null;
      cb?.(now);
    },
    pending: () => callback !== null,
  };
}
