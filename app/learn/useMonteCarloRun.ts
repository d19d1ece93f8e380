/**
 * Runs the Monte Carlo lesson's simulations in small steps, one run per task (a run of up to
 * 10⁵ histories takes some tens of milliseconds), so the page stays responsive: first the ladder
 * N/64 … N with the student's seed, then the coverage count over many seeds. Starting again, or
 * changing a setting, drops the previous run.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MonteCarloEstimate } from '../../src/index.ts';
import { COVERAGE_SEEDS, estimateFailedShare, getLadder, isCovered } from '../../src/index.ts';

/** Histories per seed in the coverage count (enough for an honest interval, quick to run). */
const COVERAGE_TRIALS = 1000;
/** Coverage seeds run per task. */
const COVERAGE_BATCH = 5;

export interface MonteCarloState {
  readonly status: 'idle' | 'running' | 'done';
  readonly ladder: readonly MonteCarloEstimate[];
  /** Seeds run so far in the coverage count, and how many of their intervals hold the truth. */
  readonly coverageRuns: number;
  readonly covered: number;
}

const IDLE: MonteCarloState = { status: 'idle', ladder: [], coverageRuns: 0, covered: 0 };

export function useMonteCarloRun(
  t: number | null,
  trials: number | null,
  seed: number | null,
  exact: number | null,
): [MonteCarloState, () => void] {
  const [run, setState] = useState<{ key: string; state: MonteCarloState }>({
    key: '',
    state: IDLE,
  });
  const timer = useRef<number | null>(null);
  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  }, []);
  const key = `${t}|${trials}|${seed}`;
  // A new setting makes the old figures meaningless: stop, and show nothing of the old run.
  useEffect(() => stop, [key, stop]);
  const state = run.key === key ? run.state : IDLE;

  const start = useCallback(() => {
    if (t === null || trials === null || seed === null || exact === null) return;
    stop();
    const sizes = getLadder(trials);
    const steps = sizes.length + COVERAGE_SEEDS;
    let step = 0;
    const update = (change: (s: MonteCarloState) => MonteCarloState): void =>
      setState((r) => ({ key: r.key, state: change(r.state) }));
    setState({
      key: `${t}|${trials}|${seed}`,
      state: { status: 'running', ladder: [], coverageRuns: 0, covered: 0 },
    });
    const next = (): void => {
      if (step < sizes.length) {
        const estimate = estimateFailedShare(t, sizes[step]!, seed);
        update((s) => ({ ...s, ladder: [...s.ladder, estimate] }));
        step++;
      } else {
        // Seeds in small batches (each run is about a millisecond): one update per batch.
        const batch = Math.min(COVERAGE_BATCH, steps - step);
        let hits = 0;
        for (let i = 0; i < batch; i++) {
          const run = estimateFailedShare(t, COVERAGE_TRIALS, seed + 1 + step + i - sizes.length);
          if (isCovered(run, exact)) hits++;
        }
        update((s) => ({ ...s, coverageRuns: s.coverageRuns + batch, covered: s.covered + hits }));
        step += batch;
      }
      if (step < steps) timer.current = window.setTimeout(next, 0);
      else {
        timer.current = null;
        update((s) => ({ ...s, status: 'done' }));
      }
    };
    timer.current = window.setTimeout(next, 0);
  }, [t, trials, seed, exact, stop]);
  return [state, start];
}

export { COVERAGE_TRIALS };
