/**
 * `compare FILE FILE... [--t T]... [--json]`: several designs side by side, exact, and the change
 * of each against the first (`src/analysis/compare.ts`).
 * Runs in Node.
 */
import { parseArgs } from 'node:util';
import { analyzeDesign } from '../analysis/analyze.ts';
import type { CompareDelta } from '../analysis/compare.ts';
import { computeCompareDeltas } from '../analysis/compare.ts';
import type { AnalysisResult } from '../analysis/result.ts';
import { evaluateTargets, getTargetsMet } from '../analysis/targets.ts';
import {
  formatCost,
  formatDowntimePerYear,
  formatNines,
  formatNumber,
  formatPercent,
} from '../report/format.ts';
import { formatUsage, getParseOptions, joinNegativeValues } from './flags.ts';
import type { CliIo } from './io.ts';
import { EXIT_BAD_INPUT, EXIT_OK, loadDesign, readTimeFlag } from './io.ts';

/** Most designs compared at once. */
const MAX_DESIGNS = 20;

/** Minutes in an hour, for the downtime column. */
const MINUTES_PER_HOUR = 60;

function signed(value: number | null, text: (v: number) => string): string {
  if (value === null) return '—';
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${text(Math.abs(value))}`;
}

function formatDelta(delta: CompareDelta | undefined): string {
  if (delta === undefined) return '(baseline)';
  const minutes = delta.downtimePerYear === null ? null : delta.downtimePerYear * MINUTES_PER_HOUR;
  return [
    `downtime ${signed(minutes, (v) => formatNumber(v, 3))} min/yr`,
    `nines ${signed(delta.nines, (v) => v.toFixed(2))}`,
    `cost ${signed(delta.cost, (v) => formatCost(v))}`,
    `cost per nine ${signed(delta.costPerNine === null ? null : Math.round(delta.costPerNine), (v) => formatCost(v))}`,
  ].join(', ');
}

function renderText(files: readonly string[], results: readonly AnalysisResult[]): string {
  const deltas = computeCompareDeltas(results);
  const lines: string[] = [];
  results.forEach((r, i) => {
    const s = r.steadyState;
    lines.push(
      `${i + 1}. ${r.name} (${files[i]})`,
      `   availability ${formatPercent(s.availability, s.unavailability)}, ${formatNines(s.nines)}, downtime ${formatDowntimePerYear(s.downtimePerYear)}, cost ${formatCost(r.cost)}`,
      `   ${i === 0 ? '(baseline)' : `against 1: ${formatDelta(deltas[i - 1])}`}`,
    );
  });
  return lines.join('\n') + '\n';
}

/**
 * Runs `compare`.
 * @param args the arguments after `compare`
 * @returns the exit status
 */
export async function runCompareCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues('compare', args),
      allowPositionals: true,
      options: getParseOptions('compare'),
    });
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  const files = parsed.positionals;
  if (files.length < 2 || files.length > MAX_DESIGNS) {
    io.stderr(
      `error: compare needs 2 to ${MAX_DESIGNS} design files (got ${files.length})\nusage: ${formatUsage('compare')}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const results: AnalysisResult[] = [];
  const outputs: unknown[] = [];
  for (const file of files) {
    const loaded = await loadDesign(file, io);
    if (loaded === null) return EXIT_BAD_INPUT;
    const { design } = loaded;
    // Each --t is read in each design's own time unit ("1 year" is one year for every design).
    const times: number[] = [];
    for (const text of parsed.values.t ?? []) {
      const value = await readTimeFlag(text, design.timeUnit);
      if (!value.ok || value.value < 0) {
        io.stderr(`error: --t ${text}: ${value.ok ? 'must be ≥ 0' : value.error}\n`);
        return EXIT_BAD_INPUT;
      }
      times.push(value.value);
    }
    const result = analyzeDesign(design, times.length > 0 ? { times } : {});
    results.push(result);
    // The targets are judged at the mission time, which --t may not include.
    const atMission =
      times.length === 0 || times.includes(design.missionTime)
        ? result
        : analyzeDesign(design, { skipMttf: true, skipMeanAvailability: true });
    const targets = evaluateTargets(design.targets, atMission);
    outputs.push({
      file,
      name: result.name,
      timeUnit: result.timeUnit,
      cost: result.cost,
      mttf: result.mttf,
      points: result.points,
      steadyState: result.steadyState,
      ...(targets.length === 0 ? {} : { targets, targetsMet: getTargetsMet(targets) }),
      warnings: result.warnings,
    });
  }
  if (parsed.values.json) {
    io.stdout(
      JSON.stringify({ designs: outputs, deltas: computeCompareDeltas(results) }, null, 2) + '\n',
    );
  } else {
    io.stdout(renderText(files, results));
  }
  return EXIT_OK;
}
