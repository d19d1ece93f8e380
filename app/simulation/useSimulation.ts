/**
 * Runs a Monte Carlo simulation of a design in the worker pool and keeps its running estimates:
 * status, progress, the latest (merged) result and a convergence series. Cancel at any moment.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  SimulationIssue,
  SimulationOptions,
  SimulationResult,
  SimulationRun,
} from '../../src/index.ts';
import { getSimulationPool } from '../engine/simulationClient.ts';
import type { ConvergencePoint } from './convergence.ts';
import { appendConvergence } from './convergence.ts';

export type SimulationStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface SimulationState {
  readonly status: SimulationStatus;
  readonly completed: number;
  readonly total: number;
  readonly result: SimulationResult | null;
  readonly availability: readonly ConvergencePoint[];
  readonly reliability: readonly ConvergencePoint[];
  readonly issues: readonly SimulationIssue[];
  /** Revision of the design the result belongs to. */
  readonly revision: number;
}

const IDLE: SimulationState = {
  status: 'idle',
  completed: 0,
  total: 0,
  result: null,
  availability: [],
  reliability: [],
  issues: [],
  revision: -1,
};

/** Simulation state and its start/cancel actions. */
export function useSimulation(): {
  state: SimulationState;
  start: (design: unknown, revision: number, options: SimulationOptions) => void;
  cancel: () => void;
} {
  const [state, setState] = useState<SimulationState>(IDLE);
  const run = useRef<SimulationRun | null>(null);

  const cancel = useCallback(() => {
    run.current?.cancel();
    run.current = null;
  }, []);

  const start = useCallback((file: unknown, revision: number, options: SimulationOptions) => {
    run.current?.cancel();
    setState({ ...IDLE, status: 'running', total: options.trials, revision });
    const current = getSimulationPool().run(file, options, (progress) => {
      if (run.current !== current) return;
      setState((s) => ({
        ...s,
        completed: progress.completed,
        total: progress.total,
        result: progress.result,
        availability: appendConvergence(s.availability, progress.result, 'availability'),
        reliability: appendConvergence(s.reliability, progress.result, 'reliability'),
      }));
    });
    run.current = current;
    current.promise.then(
      (outcome) => {
        if (
          run.current !== current &&
          !(outcome.ok === false && outcome.error[0]?.code === 'cancelled')
        )
          return;
        if (outcome.ok) {
          setState((s) => ({
            ...s,
            status: 'done',
            completed: outcome.value.trials,
            result: outcome.value,
            availability: appendConvergence(s.availability, outcome.value, 'availability'),
            reliability: appendConvergence(s.reliability, outcome.value, 'reliability'),
          }));
        } else {
          const cancelled = outcome.error.some((i) => i.code === 'cancelled');
          setState((s) => ({
            ...s,
            status: cancelled ? 'cancelled' : 'error',
            issues: cancelled ? [] : outcome.error,
          }));
        }
        if (run.current === current) run.current = null;
      },
      (error: unknown) =>
        setState((s) => ({
          ...s,
          status: 'error',
          issues: [{ code: 'worker-failed', path: '', message: String(error) }],
        })),
    );
  }, []);

  useEffect(() => () => run.current?.cancel(), []);
  return { state, start, cancel };
}
