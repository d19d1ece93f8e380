/**
 * The allocation planner's inputs as typed (text, so "0." can be typed), kept in local storage
 * so that they survive a reload; read into an {@link AllocationProblem} with a message per field.
 */
import { useCallback, useState } from 'react';
import type { AllocationProblem } from '../../src/index.ts';
import { DEFAULT_MAX_UNITS } from '../../src/index.ts';

const STORAGE_KEY = 'rbd-studio.plan-allocation';
/** Most subsystems and types per subsystem kept (and offered). */
export const MAX_SUBSYSTEMS = 40;
export const MAX_TYPES = 10;
const MAX_TEXT = 60;

export interface OptionInputs {
  readonly name: string;
  readonly reliability: string;
  readonly cost: string;
  readonly weight: string;
}

export interface SubsystemInputs {
  readonly name: string;
  readonly options: readonly OptionInputs[];
}

export interface AllocationInputs {
  readonly subsystems: readonly SubsystemInputs[];
  readonly maxCost: string;
  /** Empty: no weight limit. */
  readonly maxWeight: string;
  readonly maxUnits: string;
  readonly mixing: boolean;
}

/** A small web stack: standard or premium load balancers, app servers and databases. */
export const DEFAULT_ALLOCATION_INPUTS: AllocationInputs = {
  subsystems: [
    {
      name: 'Load balancer',
      options: [
        { name: 'Standard', reliability: '0.98', cost: '2', weight: '1' },
        { name: 'Premium', reliability: '0.995', cost: '5', weight: '1' },
      ],
    },
    {
      name: 'App server',
      options: [
        { name: 'Small VM', reliability: '0.95', cost: '1', weight: '1' },
        { name: 'Large VM', reliability: '0.97', cost: '3', weight: '2' },
      ],
    },
    {
      name: 'Database',
      options: [
        { name: 'Managed', reliability: '0.999', cost: '8', weight: '1' },
        { name: 'Self-run', reliability: '0.99', cost: '3', weight: '2' },
      ],
    },
  ],
  maxCost: '20',
  maxWeight: '',
  maxUnits: String(DEFAULT_MAX_UNITS),
  mixing: true,
};

/** The inputs of a problem (the benchmark loaded in one click). */
export function fromProblem(problem: AllocationProblem): AllocationInputs {
  return {
    subsystems: problem.subsystems.map((s) => ({
      name: s.name,
      options: s.options.map((o) => ({
        name: o.name,
        reliability: String(o.reliability),
        cost: String(o.cost),
        weight: o.weight === undefined ? '' : String(o.weight),
      })),
    })),
    maxCost: String(problem.maxCost),
    maxWeight: problem.maxWeight === undefined ? '' : String(problem.maxWeight),
    maxUnits: String(problem.maxUnits ?? DEFAULT_MAX_UNITS),
    mixing: problem.mixing ?? true,
  };
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;

/** Stored inputs checked for their shape; anything else is `null`. */
export function checkStoredInputs(value: unknown): AllocationInputs | null {
  const v = value as Partial<Record<keyof AllocationInputs, unknown>> | null;
  if (typeof v !== 'object' || v === null) return null;
  if (!isText(v.maxCost) || !isText(v.maxWeight) || !isText(v.maxUnits)) return null;
  if (typeof v.mixing !== 'boolean' || !Array.isArray(v.subsystems)) return null;
  if (v.subsystems.length === 0 || v.subsystems.length > MAX_SUBSYSTEMS) return null;
  const subsystems: SubsystemInputs[] = [];
  for (const s of v.subsystems as unknown[]) {
    const sub = s as { name?: unknown; options?: unknown } | null;
    if (typeof sub !== 'object' || sub === null || !isText(sub.name)) return null;
    if (!Array.isArray(sub.options) || sub.options.length === 0 || sub.options.length > MAX_TYPES) {
      return null;
    }
    const options: OptionInputs[] = [];
    for (const o of sub.options as unknown[]) {
      const opt = o as Partial<Record<keyof OptionInputs, unknown>> | null;
      if (typeof opt !== 'object' || opt === null) return null;
      if (![opt.name, opt.reliability, opt.cost, opt.weight].every(isText)) return null;
      options.push(opt as OptionInputs);
    }
    subsystems.push({ name: sub.name, options });
  }
  return {
    subsystems,
    maxCost: v.maxCost,
    maxWeight: v.maxWeight,
    maxUnits: v.maxUnits,
    mixing: v.mixing,
  };
}

function readStored(): AllocationInputs {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (raw === null || raw === undefined) return DEFAULT_ALLOCATION_INPUTS;
    return checkStoredInputs(JSON.parse(raw)) ?? DEFAULT_ALLOCATION_INPUTS;
  } catch {
    return DEFAULT_ALLOCATION_INPUTS;
  }
}

/** The inputs, and a setter that stores them. */
export function useAllocationInputs(): [AllocationInputs, (next: AllocationInputs) => void] {
  const [inputs, setInputs] = useState(readStored);
  const set = useCallback((next: AllocationInputs) => {
    setInputs(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage full or refused: the inputs still work for this visit.
    }
  }, []);
  return [inputs, set];
}

function readNumber(text: string, min: number, max: number): number | string {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) return 'Enter a number.';
  if (value < min) return `Must be at least ${min}.`;
  if (value > max) return `Must be at most ${max}.`;
  return value;
}

/**
 * The problem the inputs describe, or `null` with a message per field (keys: `maxCost`,
 * `maxWeight`, `maxUnits`, `s{i}`, `s{i}.o{j}.name|reliability|cost|weight`).
 */
export function readAllocationInputs(inputs: AllocationInputs): {
  problem: AllocationProblem | null;
  errors: Map<string, string>;
} {
  const errors = new Map<string, string>();
  const take = (key: string, read: number | string): number => {
    if (typeof read === 'string') errors.set(key, read);
    return typeof read === 'number' ? read : 0;
  };
  const maxCost = take('maxCost', readNumber(inputs.maxCost, 0, 1e9));
  const weighed = inputs.maxWeight.trim() !== '';
  const maxWeight = weighed ? take('maxWeight', readNumber(inputs.maxWeight, 0, 1e9)) : undefined;
  const maxUnits = take('maxUnits', readNumber(inputs.maxUnits, 1, 50));
  if (!errors.has('maxUnits') && !Number.isInteger(maxUnits)) {
    errors.set('maxUnits', 'Must be a whole number.');
  }
  const names = new Set<string>();
  const subsystems = inputs.subsystems.map((s, i) => {
    if (s.name.trim() === '') errors.set(`s${i}`, 'Give it a name.');
    else if (names.has(s.name.trim())) errors.set(`s${i}`, 'Two subsystems have this name.');
    names.add(s.name.trim());
    const types = new Set<string>();
    return {
      name: s.name.trim(),
      options: s.options.map((o, j) => {
        const at = `s${i}.o${j}`;
        if (o.name.trim() === '') errors.set(`${at}.name`, 'Give it a name.');
        else if (types.has(o.name.trim())) errors.set(`${at}.name`, 'Two types have this name.');
        types.add(o.name.trim());
        const weight = weighed
          ? take(`${at}.weight`, readNumber(o.weight, 0, 1e9))
          : o.weight.trim() === ''
            ? undefined
            : take(`${at}.weight`, readNumber(o.weight, 0, 1e9));
        return {
          name: o.name.trim(),
          reliability: take(`${at}.reliability`, readNumber(o.reliability, 0, 1)),
          cost: take(`${at}.cost`, readNumber(o.cost, 0, 1e9)),
          ...(weight === undefined ? {} : { weight }),
        };
      }),
    };
  });
  if (errors.size > 0) return { problem: null, errors };
  return {
    problem: {
      subsystems,
      maxCost,
      ...(maxWeight === undefined ? {} : { maxWeight }),
      maxUnits,
      mixing: inputs.mixing,
    },
    errors,
  };
}
