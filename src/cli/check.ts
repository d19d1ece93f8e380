/**
 * `check FILE [--min-availability A] [--min-reliability R] [--json]`: a pipeline gate.
 * Exit 0 when the design meets the targets, 1 when it does not, 2 on bad input. Without either
 * flag the targets are the design's own (`targets` in the file: availability, downtime per year,
 * reliability at the mission time).
 * Runs in Node.
 */
import { parseArgs } from 'node:util';
import { analyzeDesign } from '../analysis/analyze.ts';
import type { TargetOutcome } from '../analysis/targets.ts';
import { evaluateTargets } from '../analysis/targets.ts';
import { formatDowntimePerYear, formatNumber, formatPercent } from '../report/format.ts';
import { createReport, getSection } from '../report/report.ts';
import { formatUsage, getParseOptions, joinNegativeValues } from './flags.ts';
import type { CliIo } from './io.ts';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_TARGET_MISSED, loadDesign } from './io.ts';

/** How many blocks `mostCritical` lists. */
const MOST_CRITICAL = 5;

const METRIC_FIGURE: Readonly<Record<TargetOutcome['metric'], string>> = {
  availability: 'availability',
  downtimePerYear: 'downtime',
  reliability: 'reliability',
};

function parseTarget(name: string, text: string | undefined, io: CliIo): number | null | undefined {
  if (text === undefined) return undefined;
  const value = text.trim().endsWith('%') ? Number(text.trim().slice(0, -1)) / 100 : Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    io.stderr(
      `error: --${name} ${text}: must be a probability in [0, 1] (or a percentage like 99.95%)\n`,
    );
    return null;
  }
  return value;
}

/**
 * Runs `check`.
 * @param args the arguments after `check`
 * @returns 0 when every target is met, 1 when one is missed, 2 on bad input
 */
export async function runCheckCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues('check', args),
      allowPositionals: true,
      options: getParseOptions('check'),
    });
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  const [file, ...extra] = parsed.positionals;
  const minA = parseTarget('min-availability', parsed.values['min-availability'], io);
  const minR = parseTarget('min-reliability', parsed.values['min-reliability'], io);
  if (minA === null || minR === null) return EXIT_BAD_INPUT;
  if (file === undefined || extra.length > 0) {
    io.stderr(`usage: ${formatUsage('check')}\n`);
    return EXIT_BAD_INPUT;
  }
  const loaded = await loadDesign(file, io);
  if (loaded === null) return EXIT_BAD_INPUT;
  const fromFlags = minA !== undefined || minR !== undefined;
  const targets = fromFlags
    ? {
        ...(minA === undefined ? {} : { availability: minA }),
        ...(minR === undefined ? {} : { reliability: minR }),
      }
    : loaded.design.targets;
  if (targets === undefined) {
    io.stderr(
      `error: ${file} sets no targets: give --min-availability or --min-reliability, or add "targets" to the design\nusage: ${formatUsage('check')}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const result = analyzeDesign(loaded.design);
  // Reliability is judged at the mission time, the analysis's only point here.
  const outcomes = evaluateTargets(targets, result);
  const unknown = outcomes.filter((o) => o.actual === null);
  if (unknown.length > 0) {
    io.stderr(
      `error: ${unknown.map((o) => o.metric).join(' and ')} of this design is not exactly computable: ${result.warnings.map((w) => w.message).join('; ')}; use simulate\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const pass = outcomes.every((o) => o.met === true);
  // The blocks that matter most: the report's ranking, as `analyze` and the app show it.
  const report = createReport(result, { rankingSize: MOST_CRITICAL });
  const ranking = getSection(report, 'ranking')?.entries ?? [];
  const mostCritical = ranking.map(({ row }) => ({
    id: row.id,
    criticality: row.criticality,
    birnbaum: row.birnbaum,
  }));
  if (parsed.values.json) {
    io.stdout(
      JSON.stringify(
        {
          name: result.name,
          pass,
          targetsFrom: fromFlags ? 'flags' : 'design',
          targets: outcomes,
          mostCritical,
          steadyState: result.steadyState,
          points: result.points,
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const figures = new Map(report.headline.map((f) => [f.id, f]));
    for (const o of outcomes) {
      const status = o.met === true ? 'ok  ' : 'FAIL';
      const figure = figures.get(METRIC_FIGURE[o.metric]);
      const target =
        o.metric === 'downtimePerYear'
          ? formatDowntimePerYear(o.target)
          : formatPercent(o.target, 1 - o.target);
      io.stdout(
        `${status} ${o.metric} ${figure?.text ?? '—'} (target ${target})${o.met === true ? '' : `, short by ${formatNumber(o.shortfall)}${o.metric === 'downtimePerYear' ? ' h/yr' : ''}`}\n`,
      );
    }
    if (!pass) {
      io.stdout('Blocks that matter most:\n');
      for (const { row, text } of ranking) {
        const share = row.downtimeHoursPerYear === null ? '' : `, ${text.downtime}`;
        io.stdout(`  ${row.id}: criticality ${text.share}${share}\n`);
      }
    }
  }
  return pass ? EXIT_OK : EXIT_TARGET_MISSED;
}
