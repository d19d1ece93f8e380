/** One-line summaries of component types for the catalogue ("MTBF 35000 h · MTTR 4 h · 6,000"). */
import type { FailureFile, Quantity, RepairFile, TimeUnit } from '../../src/index.ts';
import { TIME_UNIT_SHORT } from '../components/quantityText.ts';

function show(q: Quantity, unit: TimeUnit): string {
  return typeof q === 'number' ? `${q.toLocaleString('en-US')} ${TIME_UNIT_SHORT[unit]}` : q;
}

/** Summary of a failure law. */
export function getFailureSummary(f: FailureFile, unit: TimeUnit): string {
  switch (f.distribution) {
    case 'exponential':
      return 'mtbf' in f ? `MTBF ${show(f.mtbf, unit)}` : `rate ${String(f.rate)}`;
    case 'weibull':
      return `Weibull β ${String(f.shape)}, η ${show(f.scale, unit)}`;
    case 'lognormal':
      return `lognormal life ${show(f.mean, unit)}`;
    case 'fixed':
      return `works with p = ${String(f.reliability)}`;
  }
}

/** Summary of a repair law. */
export function getRepairSummary(r: RepairFile | undefined, unit: TimeUnit): string {
  if (r === undefined) return 'no repair';
  switch (r.distribution) {
    case 'exponential':
      return `MTTR ${show(r.mttr, unit)}`;
    case 'lognormal':
      return `repair ${show(r.mean, unit)}`;
    case 'fixed':
      return `repair ${show(r.time, unit)}`;
  }
}

/** Full summary of a type. */
export function getTypeSummary(
  failure: FailureFile,
  repair: RepairFile | undefined,
  cost: Quantity | undefined,
  unit: TimeUnit,
): string {
  const parts = [getFailureSummary(failure, unit)];
  if (failure.distribution !== 'fixed') parts.push(getRepairSummary(repair, unit));
  if (cost !== undefined)
    parts.push(`cost ${typeof cost === 'number' ? cost.toLocaleString('en-US') : cost}`);
  return parts.join(' · ');
}
