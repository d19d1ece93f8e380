/**
 * Opens a history of the latest Monte Carlo run in the replay view: records the choice in the
 * store, asks the worker pool to re-simulate exactly that history with tracing on (history h
 * draws only from the stream (seed, h), so it is the history the run counted), and writes the
 * trace back. A newer request wins; an older answer is dropped by the slice.
 * Runs on the main thread; no DOM, no React.
 */
import type { SimulationPool } from '../../src/index.ts';
import { selectHistoryPick } from '../../src/index.ts';
import type { AppStore, ReplayChoiceKind, SimulationRunState } from '../store/index.ts';

/**
 * The history a choice names in a run, or null (the run has none of that kind).
 * @param number the history for `number`, a uniform in [0, 1) for `random`
 */
export function getChosenHistory(
  run: SimulationRunState,
  choice: ReplayChoiceKind,
  number = 0,
): number | null {
  const result = run.result;
  if (result === null) return null;
  if (choice === 'number') {
    return Number.isSafeInteger(number) && number >= 0 && number < result.trials ? number : null;
  }
  if (choice === 'random') return Math.min(result.trials - 1, Math.floor(number * result.trials));
  return selectHistoryPick(result.picks, choice)?.history ?? null;
}

/**
 * Replays history `history` of a finished run (and shows the replay view).
 * @param store the app store
 * @param pool the simulation worker pool
 * @returns the promise of the trace being written (resolves in all cases)
 */
export function openReplay(
  store: AppStore,
  pool: SimulationPool,
  run: SimulationRunState,
  history: number,
  choice: ReplayChoiceKind,
): Promise<void> {
  const state = store.getState();
  state.setReplay({ runId: run.id, history, choice, status: 'loading', traced: null, message: '' });
  if (state.view !== 'replay') state.setView('replay');
  return pool.trace(state.design, run.options, history).then(
    (outcome) => {
      store
        .getState()
        .finishReplay(
          run.id,
          history,
          outcome.ok
            ? { traced: outcome.value }
            : { message: outcome.error.map((i) => i.message).join('; ') },
        );
    },
    (error: unknown) => {
      store.getState().finishReplay(run.id, history, { message: String(error) });
    },
  );
}
