/**
 * Runs the Monte Carlo lesson's simulations in the engine worker, one call per step (a run of up
 * to 10⁵ histories takes some tens of milliseconds there), so the page only draws: first the
 * ladder N/64 … N with the student's seed, then the coverage count over many seeds in a few
 * batches (progress a few times a second at most). Cancel, starting again, or changing a setting
 * drops the run (its call in flight finishes unheard).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MonteCarloEstimate } from '../../src/index.ts';
import { COVERAGE_SEEDS, getLadder } from '../../src/index.ts';
import { countLessonCoverageInWorker, runLessonEstimateInWorker } from '../engine/engineClient.ts';

/** Histories per seed in the coverage count (enough for an honest interval, quick to run). */
const COVERAGE_TRIALS = 1000;
/** Coverage seeds run per call (100 seeds: four updates). */
const COVERAGE_BATCH = 25;

export interface MonteCarloState {
  readonly status: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  readonly ladder: readonly MonteCarloEstimate[];
  /** Seeds run so far in the coverage count, and how many of their intervals hold the truth. */
  readonly coverageRuns: number;
  readonly covered: number;
  /** Why the run failed, or null. */
  readonly error: string | null;
}

const IDLE: MonteCarloState = {
  status: 'idle',
  ladder: [],
  coverageRuns: 0,
  covered: 0,
  error: null,
};

/** The run's controls: start (or start again) and cancel. */
export interface MonteCarloControls {
  readonly run: () => void;
  readonly cancel: () => void;
}

export function useMonteCarloRun(
  t: number | null,
  trials: number | null,
  seed: number | null,
  exact: number | null,
): [MonteCarloState, MonteCarloControls] {
  const [run, setState] = useState<{ key: string; state: MonteCarloState }>({
    key: '',
    state: IDLE,
  });
  /** The run going on: each run has its own token, and a run whose token is gone stops. */
  const current = useRef<object | null>(null);
  const stop = useCallback(() => {
    current.current = null;
  }, []);
  const key = `${t}|${trials}|${seed}`;
  // A new setting makes the old figures meaningless: stop, and show nothing of the old run.
  useEffect(() => stop, [key, stop]);
  const state = run.key === key ? run.state : IDLE;

  const start = useCallback(() => {
    if (t === null || trials === null || seed === null || exact === null) return;
    const token = {};
    current.current = token;
    const update = (change: (s: MonteCarloState) => MonteCarloState): void =>
      setState((r) => (r.key === key ? { key: r.key, state: change(r.state) } : r));
    setState({ key, state: { ...IDLE, status: 'running' } });
    const live = (): boolean => current.current === token;
    void (async () => {
      try {
        for (const size of getLadder(trials)) {
          const estimate = await runLessonEstimateInWorker(t, size, seed);
          if (!live()) return;
          if (estimate === null) throw new Error('the settings are out of range');
          update((s) => ({ ...s, ladder: [...s.ladder, estimate] }));
        }
        for (let done = 0; done < COVERAGE_SEEDS; done += COVERAGE_BATCH) {
          const batch = Math.min(COVERAGE_BATCH, COVERAGE_SEEDS - done);
          const hits = await countLessonCoverageInWorker(
            t,
            COVERAGE_TRIALS,
            seed + 1 + done,
            batch,
            exact,
          );
          if (!live()) return;
          if (hits === null) throw new Error('the settings are out of range');
          update((s) => ({
            ...s,
            coverageRuns: s.coverageRuns + batch,
            covered: s.covered + hits,
          }));
        }
        current.current = null;
        update((s) => ({ ...s, status: 'done' }));
      } catch (error) {
        if (!live()) return;
        current.current = null;
        update((s) => ({
          ...s,
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
        }));
      }
    })();
  }, [t, trials, seed, exact, key]);
  const cancel = useCallback(() => {
    stop();
    setState((r) =>
      r.state.status === 'running' ? { key: r.key, state: { ...r.state, status: 'cancelled' } } : r,
    );
  }, [stop]);
  return [state, { run: start, cancel }];
}

export { COVERAGE_TRIALS };
