/**
 * Bars of the ranking chart: one per ranked block, `value` in the chart's unit (downtime per
 * year in the axis unit, or percent of mission unreliability). Pure; app-only (chart data).
 */
import type { ImportanceRow } from '../../src/index.ts';

/** A bar of the ranking chart: `value` in the chart's unit. */
export interface ImportanceBar {
  readonly id: string;
  readonly value: number;
  readonly row: ImportanceRow;
}

/** Whether a chart datum is one of our bars (recharts hands data back untyped). */
export function isImportanceBar(value: unknown): value is ImportanceBar {
  return typeof value === 'object' && value !== null && 'row' in value && 'id' in value;
}
