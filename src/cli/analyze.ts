/**
 * `analyze FILE [--t T]... [--json]`: exact results of a design file.
 * Runs in Node.
 */
import { parseArgs } from 'node:util';
import type { AnalysisResult } from '../analysis/result.ts';
import { analyzeDesign } from '../analysis/analyze.ts';
import { evaluateQuantity } from '../model/expression.ts';
import { formatDuration, formatNumber, formatPercent, formatTime } from '../report/format.ts';
import { formatUsage, getParseOptions } from './flags.ts';
import type { CliIo } from './io.ts';
import { EXIT_BAD_INPUT, EXIT_OK, formatIssue, loadDesign } from './io.ts';

/** Renders an analysis as a short human-readable report. */
export function formatAnalysisText(r: AnalysisResult): string {
  const s = r.steadyState;
  const lines = [`${r.name} (times in ${r.timeUnit}s)`, ''];
  for (const p of r.points) {
    lines.push(
      `t = ${formatNumber(p.t)}: reliability ${formatPercent(p.reliability, p.unreliability)} (unreliability ${formatNumber(p.unreliability)}), availability ${formatPercent(p.availability, p.unavailability)} (unavailability ${formatNumber(p.unavailability)})`,
    );
  }
  lines.push(
    `MTTF ${r.mttf === null ? '—' : `${formatNumber(r.mttf)} (${formatTime(r.mttf, r.timeUnit)})`}`,
    '',
    'Steady state with repair:',
    `  availability ${formatPercent(s.availability, s.unavailability)}, unavailability ${formatNumber(s.unavailability)}, ${s.nines === null ? '—' : s.nines.toFixed(2)} nines`,
    `  downtime ${formatDuration(s.downtimePerYear)} per year`,
    `  failure frequency ${formatNumber(s.failureFrequency)} per ${r.timeUnit}, MTBF ${formatTime(s.mtbf, r.timeUnit)}, MUT ${formatTime(s.mut, r.timeUnit)}, MDT ${formatTime(s.mdt, r.timeUnit)}`,
    '',
    `Importance (${r.importanceBasis}), most critical first:`,
  );
  const ranked = [...r.blocks].sort((a, b) => b.criticality - a.criticality).slice(0, 10);
  for (const b of ranked) {
    lines.push(
      `  ${b.id.padEnd(24)} criticality ${formatNumber(b.criticality)}  birnbaum ${formatNumber(b.birnbaum)}${b.singlePointOfFailure ? '  single point of failure' : ''}`,
    );
  }
  lines.push('', `Minimal cut sets (${r.minimalCutSetCount} in all):`);
  for (const set of r.minimalCutSets.slice(0, 10)) lines.push(`  {${set.join(', ')}}`);
  if (r.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const w of r.warnings) lines.push(`  ${w.message}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Runs `analyze`.
 * @param args the arguments after `analyze`
 * @returns the exit status
 */
export function runAnalyzeCommand(args: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: getParseOptions('analyze'),
    });
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr(`usage: ${formatUsage('analyze')}\n`);
    return EXIT_BAD_INPUT;
  }
  const loaded = loadDesign(file, io);
  if (loaded === null) return EXIT_BAD_INPUT;
  const { design, warnings } = loaded;
  const times: number[] = [];
  for (const text of parsed.values.t ?? []) {
    const value = evaluateQuantity(
      /^[\d.eE+-]+$/.test(text) ? Number(text) : text,
      'time',
      design.timeUnit,
    );
    if (!value.ok || value.value < 0) {
      io.stderr(`error: --t ${text}: ${value.ok ? 'must be ≥ 0' : value.error}\n`);
      return EXIT_BAD_INPUT;
    }
    times.push(value.value);
  }
  const result = analyzeDesign(design, times.length > 0 ? { times } : {});
  const merged = {
    ...result,
    warnings: [
      ...warnings.map((w) => ({ code: w.code, message: formatIssue(w) })),
      ...result.warnings,
    ],
  };
  io.stdout(
    parsed.values.json ? JSON.stringify(merged, null, 2) + '\n' : formatAnalysisText(merged),
  );
  return EXIT_OK;
}
