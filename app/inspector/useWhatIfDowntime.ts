/**
 * What-ifs in downtime: the system's downtime per year of the design as it is and of named
 * variants of it (a step of a recovery taken out, a switch made perfect), each computed exactly
 * in the engine worker once the edits settle. Used to say what a step or a failure mode costs.
 */
import { useEffect, useState } from 'react';
import type { DesignFile } from '../../src/index.ts';
import { analyzeInWorker } from '../engine/engineClient.ts';
import { useAppStore } from '../store/index.ts';
import { selectDesign } from '../store/selectors.ts';

/** Waits this long after the last edit before asking the worker (edits come in bursts). */
const SETTLE_MS = 300;

/** Downtime in hours per year (`null`: not computable for that design). */
export interface WhatIfDowntime {
  /** The design as it is. */
  readonly base: number | null;
  /** Variant name → its downtime. */
  readonly variants: Readonly<Record<string, number | null>>;
}

async function getDowntime(design: DesignFile): Promise<number | null> {
  const answer = await analyzeInWorker(design, {
    skipMttf: true,
    skipMeanAvailability: true,
    cutSetLimit: 1,
  });
  return answer.ok ? answer.value.result.steadyState.downtimePerYear : null;
}

/**
 * The downtime of the design and of its variants, or `null` while they are computed.
 * @param variantsOf the variants of a design, by name (keep its identity stable: useCallback)
 */
export function useWhatIfDowntime(
  variantsOf: (design: DesignFile) => Readonly<Record<string, DesignFile>>,
): WhatIfDowntime | null {
  const design = useAppStore(selectDesign);
  const [answer, setAnswer] = useState<{
    design: DesignFile;
    variantsOf: typeof variantsOf;
    value: WhatIfDowntime;
  } | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const base = await getDowntime(design);
          const variants: Record<string, number | null> = {};
          for (const [name, variant] of Object.entries(variantsOf(design))) {
            if (cancelled) return;
            variants[name] = await getDowntime(variant);
          }
          if (!cancelled) setAnswer({ design, variantsOf, value: { base, variants } });
        } catch {
          // The worker stopped: say nothing rather than something wrong.
          if (!cancelled) setAnswer({ design, variantsOf, value: { base: null, variants: {} } });
        }
      })();
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [design, variantsOf]);
  return answer !== null && answer.design === design && answer.variantsOf === variantsOf
    ? answer.value
    : null;
}
