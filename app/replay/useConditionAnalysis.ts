/**
 * The engine's answer for the design under a condition set by hand, computed in the exact
 * engine's worker (app/engine/engineClient.ts). The latest request wins; the previous answer stays
 * on screen while a new one is computed.
 */
import { useEffect, useState } from 'react';
import type { ConditionResult, DesignFile } from '../../src/index.ts';
import { analyzeConditionInWorker } from '../engine/engineClient.ts';
import type { UnitsDown } from './failureEffects.ts';

export interface ConditionAnalysis {
  /** The latest answer (possibly for an earlier condition while `pending`). */
  readonly result: ConditionResult | null;
  readonly pending: boolean;
  /** Why the latest request failed, else ''. */
  readonly message: string;
}

interface Answer {
  readonly design: DesignFile;
  readonly unitsDown: UnitsDown;
  readonly result: ConditionResult | null;
  readonly message: string;
}

export function useConditionAnalysis(design: DesignFile, unitsDown: UnitsDown): ConditionAnalysis {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    let current = true;
    analyzeConditionInWorker(design, { unitsDown }).then(
      (response) => {
        if (!current) return;
        setAnswer((last) =>
          response.ok
            ? { design, unitsDown, result: response.value, message: '' }
            : {
                design,
                unitsDown,
                result: last?.result ?? null,
                message: response.error.map((i) => i.message).join('; '),
              },
        );
      },
      (error: unknown) => {
        if (!current) return;
        setAnswer((last) => ({
          design,
          unitsDown,
          result: last?.result ?? null,
          message: String(error),
        }));
      },
    );
    return () => {
      current = false;
    };
  }, [design, unitsDown]);
  return {
    result: answer?.result ?? null,
    pending: answer === null || answer.design !== design || answer.unitsDown !== unitsDown,
    message: answer?.message ?? '',
  };
}
