/**
 * The planners' inputs as typed, kept in local storage so that they survive a reload (one JSON
 * object; a missing or damaged entry falls back to the defaults).
 */
import { useCallback, useState } from 'react';

const STORAGE_KEY = 'rbd-studio.plan-inputs';

/** Every planner field, as text. */
export interface PlanInputs {
  readonly checkpointCost: string;
  readonly checkpointMtbf: string;
  readonly checkpointRestart: string;
  readonly checkpointCurrent: string;
  readonly retryP: string;
  readonly retryAttempts: string;
  readonly retryTarget: string;
  readonly retryTimeout: string;
  readonly retryLatency: string;
  readonly retryBackoff: string;
  readonly retryMultiplier: string;
  readonly rateFailures: string;
  readonly rateTime: string;
  readonly rateConfidence: string;
  readonly ringNodes: string;
  readonly ringReplicas: string;
  readonly ringDown: string;
}

/** Daly's worked case (δ = 5 min, R = 10 min, M = 24 h) and small round examples. */
export const DEFAULT_PLAN_INPUTS: PlanInputs = {
  checkpointCost: '5',
  checkpointMtbf: '24',
  checkpointRestart: '10',
  checkpointCurrent: '60',
  retryP: '0.9',
  retryAttempts: '3',
  retryTarget: '0.9999',
  retryTimeout: '1000',
  retryLatency: '100',
  retryBackoff: '200',
  retryMultiplier: '2',
  rateFailures: '3',
  rateTime: '24',
  rateConfidence: '0.9',
  ringNodes: '10',
  ringReplicas: '3',
  ringDown: '3',
};

function readStored(): PlanInputs {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (raw === null || raw === undefined) return DEFAULT_PLAN_INPUTS;
    const stored = JSON.parse(raw) as Record<string, unknown>;
    const merged: Record<string, string> = { ...DEFAULT_PLAN_INPUTS };
    for (const key of Object.keys(DEFAULT_PLAN_INPUTS)) {
      const value = stored[key];
      if (typeof value === 'string' && value.length <= 40) merged[key] = value;
    }
    return merged as unknown as PlanInputs;
  } catch {
    return DEFAULT_PLAN_INPUTS;
  }
}

/** The inputs and a setter of one field (stored on every change). */
export function usePlanInputs(): [PlanInputs, (field: keyof PlanInputs, text: string) => void] {
  const [inputs, setInputs] = useState(readStored);
  const setField = useCallback((field: keyof PlanInputs, text: string) => {
    setInputs((current) => {
      const next = { ...current, [field]: text };
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage refused (private mode, quota): the inputs still work for this visit.
      }
      return next;
    });
  }, []);
  return [inputs, setField];
}
