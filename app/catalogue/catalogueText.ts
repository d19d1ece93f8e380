/** One-line summaries of component types for the catalogue ("MTBF 35000 h · MTTR 4 h · 6,000"). */
import type { FailureFile, Quantity, RepairFile, TimeUnit } from '../../src/index.ts';
import { summarizeFailure, summarizeRepair, takesRepair } from '../../src/index.ts';
import { TIME_UNIT_SHORT } from '../components/quantityText.ts';

function show(q: Quantity, unit: TimeUnit): string {
  return typeof q === 'number' ? `${q.toLocaleString('en-US')} ${TIME_UNIT_SHORT[unit]}` : q;
}

/** Full summary of a type (each law's module words its own part). */
export function getTypeSummary(
  failure: FailureFile,
  repair: RepairFile | undefined,
  cost: Quantity | undefined,
  unit: TimeUnit,
): string {
  const showTime = (q: Quantity) => show(q, unit);
  const parts = [summarizeFailure(failure, showTime)];
  if (takesRepair(failure))
    parts.push(repair === undefined ? 'no repair' : summarizeRepair(repair, showTime));
  if (cost !== undefined)
    parts.push(`cost ${typeof cost === 'number' ? cost.toLocaleString('en-US') : cost}`);
  return parts.join(' · ');
}
