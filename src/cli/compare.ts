/**
 * `compare FILE FILE... [--t T]... [--simulate N [--seed S]] [--json]`: several designs side by
 * side, exact, and the change of each against the first (`src/analysis/compare.ts`); with
 * `--simulate`, the Monte Carlo check of those changes with common random numbers
 * (`src/simulation/paired.ts`).
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
import type { Design } from '../model/types.ts';
import type { PairedComparison } from '../simulation/paired.ts';
import { comparePaired } from '../simulation/paired.ts';
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

function renderSimulation(s: PairedComparison): string {
  const f = (x: number) => formatNumber(x, 3);
  const lines = [
    `Monte Carlo check: ${s.trials} one-year histories of each design, common random numbers, seed ${s.seed}`,
  ];
  s.designs.forEach((e, i) => {
    lines.push(`${i + 1}. downtime ${f(e.mean)} min/yr [${f(e.ci95[0])}, ${f(e.ci95[1])}]`);
  });
  for (const d of s.differences) {
    const [lo, hi] = d.difference.ci95;
    const reduction =
      d.varianceReduction === null
        ? 'identical draws'
        : `variance reduction × ${formatNumber(d.varianceReduction, 3)}`;
    lines.push(
      `${d.design + 1} against 1: ${f(d.difference.mean)} min/yr [${f(lo)}, ${f(hi)}], ${d.verdict === 'real' ? 'a real difference' : 'within noise'} (${reduction})`,
    );
  }
  return lines.join('\n') + '\n';
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
  let trials: number | null = null;
  let seed = 1;
  if (parsed.values.simulate !== undefined) {
    trials = Number(parsed.values.simulate);
    if (!Number.isInteger(trials) || trials < 2) {
      io.stderr(`error: --simulate ${parsed.values.simulate}: must be a whole number ≥ 2\n`);
      return EXIT_BAD_INPUT;
    }
  }
  if (parsed.values.seed !== undefined) {
    seed = Number(parsed.values.seed);
    if (trials === null) {
      io.stderr('error: --seed goes with --simulate\n');
      return EXIT_BAD_INPUT;
    }
  }
  const results: AnalysisResult[] = [];
  const designs: Design[] = [];
  const outputs: unknown[] = [];
  for (const file of files) {
    const loaded = await loadDesign(file, io);
    if (loaded === null) return EXIT_BAD_INPUT;
    const { design } = loaded;
    designs.push(design);
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
  let simulation: PairedComparison | null = null;
  if (trials !== null) {
    const paired = comparePaired(designs, { trials, seed });
    if (!paired.ok) {
      for (const issue of paired.error) {
        const flag = { trials: '--simulate', seed: '--seed' }[issue.path] ?? issue.path;
        io.stderr(`error: ${flag}: ${issue.message}\n`);
      }
      return EXIT_BAD_INPUT;
    }
    simulation = paired.value;
  }
  if (parsed.values.json) {
    const out = {
      designs: outputs,
      deltas: computeCompareDeltas(results),
      ...(simulation === null ? {} : { simulation }),
    };
    io.stdout(JSON.stringify(out, null, 2) + '\n');
  } else {
    io.stdout(
      renderText(files, results) + (simulation === null ? '' : renderSimulation(simulation)),
    );
  }
  return EXIT_OK;
}
