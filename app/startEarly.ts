/**
 * What the page starts before anything else, imported first by `main.tsx` so that it runs as
 * soon as the entry is evaluated, not after React's first render: the exact engine's worker
 * (its chunk loads while the page draws itself) and the expression reader (mathjs, which the
 * library waits for before it reads the first design). Both were on the way to the first
 * figures, one after the other.
 */
import { loadExpressionEngine } from '../src/index.ts';
import { prestartEngineWorker } from './engine/engineWorker.ts';

prestartEngineWorker();
// A failed load is reported where it is awaited (the library); here it is only started.
loadExpressionEngine().catch(() => undefined);
