/**
 * `analyze FILE [--t T]... [--json]`: exact results of a design file.
 * Runs in Node.
 */
import { parseArgs } from 'node:util';
import { analyzeDesign } from '../analysis/analyze.ts';
import { createReport } from '../report/report.ts';
import { renderReportText } from '../report/text.ts';
import { createReportWarnings, getWarningJson } from '../report/warnings.ts';
import { formatUsage, getParseOptions, joinNegativeValues } from './flags.ts';
import type { CliIo } from './io.ts';
import { EXIT_BAD_INPUT, EXIT_OK, loadDesign, readTimeFlag } from './io.ts';

/**
 * Runs `analyze`.
 * @param args the arguments after `analyze`
 * @returns the exit status
 */
export async function runAnalyzeCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues('analyze', args),
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
  const loaded = await loadDesign(file, io);
  if (loaded === null) return EXIT_BAD_INPUT;
  const { design, warnings } = loaded;
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
  if (parsed.values.json) {
    // The contract's `warnings`: the design's and the engine's in one list, as report warnings.
    const merged = createReportWarnings(result.warnings, warnings).map(getWarningJson);
    io.stdout(JSON.stringify({ ...result, warnings: merged }, null, 2) + '\n');
  } else {
    io.stdout(renderReportText(createReport(result, { designWarnings: warnings })));
  }
  return EXIT_OK;
}
