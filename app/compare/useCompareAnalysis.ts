/**
 * Analyses the compared designs in the compare worker whenever one changes (a variant edited,
 * the baseline edited in the editor), keeping the last answer on screen while the next one is
 * computed. Answers to older requests are dropped.
 */
import { useEffect, useRef, useState } from 'react';
import type { CompareResponse, DesignFile } from '../../src/index.ts';
import { HOURS_PER_UNIT, HOURS_PER_YEAR } from '../../src/index.ts';
import { compareInWorker } from '../engine/compareClient.ts';
import { createCurveHours } from './compareFigures.ts';

/** The A(t) chart runs to three years. */
const CURVE_END_HOURS = 3 * HOURS_PER_YEAR;

/** Wait after an edit before asking the worker (typing a quantity sends one request). */
const DEBOUNCE_MS = 120;

export interface CompareAnalysis {
  readonly status: 'computing' | 'current' | 'error';
  /** The last answer (possibly of the designs before the latest edit while `computing`). */
  readonly response: CompareResponse | null;
  /** What went wrong (`error`): which design and why. */
  readonly message: string | null;
}

/** The chart's times in hours (the same for every design). */
export const CURVE_HOURS = createCurveHours(CURVE_END_HOURS);

export function useCompareAnalysis(
  files: readonly DesignFile[],
  names: readonly string[],
): CompareAnalysis {
  // The answer and the designs it is for: while they are not the current ones, it is computing.
  const [state, setState] = useState<CompareAnalysis & { for: readonly DesignFile[] | null }>({
    status: 'computing',
    response: null,
    message: null,
    for: null,
  });
  const request = useRef(0);
  const namesRef = useRef(names);
  useEffect(() => {
    namesRef.current = names;
  });
  useEffect(() => {
    const id = ++request.current;
    const timer = setTimeout(() => {
      const times = files.map((f) =>
        CURVE_HOURS.map((h) => h / HOURS_PER_UNIT[f.timeUnit ?? 'hour']),
      );
      compareInWorker(files, times).then(
        (answer) => {
          if (id !== request.current) return;
          if (answer.ok) {
            setState({ status: 'current', response: answer.value, message: null, for: files });
          } else {
            const { index, issues } = answer.error;
            const first = issues[0];
            setState((s) => ({
              status: 'error',
              for: files,
              response: s.response,
              message: `${namesRef.current[index] ?? `design ${index + 1}`} is not valid: ${first === undefined ? 'unknown problem' : `${first.path === '' ? '' : `${first.path}: `}${first.message}`}`,
            }));
          }
        },
        (error: unknown) => {
          if (id !== request.current) return;
          setState((s) => ({
            status: 'error',
            for: files,
            response: s.response,
            message: String(error),
          }));
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [files]);
  return state.for === files ? state : { ...state, status: 'computing' };
}
