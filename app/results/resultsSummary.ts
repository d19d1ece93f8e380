/**
 * The plain-text summary behind "Copy results": every headline figure with its unit, the
 * ranking, the cut sets and the warnings, ready to paste into a chat or a design review.
 * Pure; runs anywhere.
 */
import type { AnalysisResult, TimeUnit } from '../../src/index.ts';
import { formatDuration, formatPercent, formatTime } from '../../src/index.ts';
import type { AnalysisStatus } from '../store/index.ts';
import {
  formatCost,
  formatFailuresPerYear,
  formatInUnit,
  formatNines,
  formatProbability,
} from './formatFigures.ts';
import { getCutSetRows, getImportanceRanking } from './importanceRanking.ts';

/** How many ranking rows and cut sets the summary lists. */
const SUMMARY_ROWS = 5;

/**
 * Creates the summary.
 * @param result the analysis shown
 * @param status its status (a non-current one is said at the top)
 * @param timeUnit the design's time unit
 */
export function createResultsSummary(
  result: AnalysisResult,
  status: AnalysisStatus,
  timeUnit: TimeUnit,
): string {
  const s = result.steadyState;
  const point = result.points[0];
  const lines: string[] = [`${result.name}: exact analysis`];
  if (status !== 'current')
    lines.push(`(status: ${status}; these figures may not match the design)`);
  lines.push(
    '',
    `Availability: ${formatPercent(s.availability, s.unavailability)} (${formatNines(s.nines)})`,
    `Unavailability: ${formatProbability(s.unavailability)}`,
    `Downtime: ${formatDuration(s.downtimePerYear)} / year`,
    `System MTBF: ${formatTime(s.mtbf, timeUnit)} (${formatInUnit(s.mtbf, timeUnit)})`,
    `Mean down time: ${formatTime(s.mdt, timeUnit)} (${formatInUnit(s.mdt, timeUnit)})`,
    `Failure frequency: ${formatFailuresPerYear(s.failureFrequency, timeUnit)}`,
    `MTTF (no repair): ${formatTime(result.mttf, timeUnit)} (${formatInUnit(result.mttf, timeUnit)})`,
  );
  if (point !== undefined) {
    lines.push(
      `Reliability at ${formatTime(point.t, timeUnit)} (${formatInUnit(point.t, timeUnit)}): ` +
        formatPercent(point.reliability, point.unreliability),
    );
  }
  if (result.cost !== null) lines.push(`Cost: ${formatCost(result.cost)}`);

  const ranking = getImportanceRanking(result, SUMMARY_ROWS);
  if (ranking.length > 0) {
    lines.push('', 'Improve first:');
    ranking.forEach((row, i) => {
      const share = `${(row.criticality * 100).toFixed(1)}%`;
      const downtime =
        row.downtimeHoursPerYear === null
          ? `${share} of mission unreliability`
          : `${share} of downtime, ${formatDuration(row.downtimeHoursPerYear)} / year`;
      const spof = row.singlePointOfFailure ? ' (single point of failure)' : '';
      lines.push(`  ${i + 1}. ${row.id}: ${downtime}${spof}`);
    });
  }
  const cuts = getCutSetRows(result);
  if (cuts.length > 0) {
    lines.push('', `Minimal cut sets (${result.minimalCutSetCount}):`);
    for (const cut of cuts.slice(0, SUMMARY_ROWS)) {
      lines.push(`  ${cut.blocks.join(' + ')}  p = ${formatProbability(cut.probability)}`);
    }
    if (result.minimalCutSetCount > SUMMARY_ROWS) {
      lines.push(`  … and ${result.minimalCutSetCount - Math.min(SUMMARY_ROWS, cuts.length)} more`);
    }
  }
  if (result.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const w of result.warnings) {
      lines.push(`  - ${w.block === undefined ? '' : `${w.block}: `}${w.message}`);
    }
  }
  return lines.join('\n');
}
