/**
 * The replay of one history of the latest Monte Carlo run: which one (a pick of the run, a
 * random one or one by number), and its trace once the worker has re-simulated it. Written by
 * the replay controller (app/engine/replayController.ts). The playhead is not here: it moves
 * every frame and lives in the player (app/replay/replayPlayer.ts), outside React and the store.
 */
import type { HistoryPickKind, TracedHistory } from '../../src/index.ts';
import type { SliceCreator } from './types.ts';

/** How the history was chosen. */
export type ReplayChoiceKind = HistoryPickKind | 'random' | 'number';

export type ReplayStatus = 'loading' | 'ready' | 'error';

/** The history being replayed. */
export interface ReplayEntry {
  /** The run it belongs to. */
  readonly runId: string;
  readonly history: number;
  readonly choice: ReplayChoiceKind;
  readonly status: ReplayStatus;
  readonly traced: TracedHistory | null;
  readonly message: string;
}

export interface ReplaySlice {
  readonly replay: ReplayEntry | null;
  /** Starts loading a history (the controller then writes its trace). */
  readonly setReplay: (entry: ReplayEntry) => void;
  /** Writes the outcome for that history (ignored when another one was asked for since). */
  readonly finishReplay: (
    runId: string,
    history: number,
    outcome: { traced: TracedHistory } | { message: string },
  ) => void;
}

export const createReplaySlice: SliceCreator<ReplaySlice> = (set, get) => ({
  replay: null,
  setReplay: (entry) => set({ replay: entry }, false, 'replay/set'),
  finishReplay: (runId, history, outcome) => {
    const current = get().replay;
    if (current === null || current.runId !== runId || current.history !== history) return;
    set(
      {
        replay:
          'traced' in outcome
            ? { ...current, status: 'ready', traced: outcome.traced, message: '' }
            : { ...current, status: 'error', traced: null, message: outcome.message },
      },
      false,
      'replay/finish',
    );
  },
});
