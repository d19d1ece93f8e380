/**
 * `optimize FILE (--min-availability A | --max-downtime D) [--blocks ID,...] [--max-quantity N]
 * [--budget C] [--out FILE] [--json]`: the cheapest quantities of the chosen blocks that meet
 * the target, and the Pareto front of cost against unavailability (`src/analysis/optimize.ts`).
 * Without a target flag, the design's own targets (availability, downtime per year).
 * Runs in Node.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { OptimizeCandidate } from '../analysis/optimize.ts';
import { optimizeDesign } from '../analysis/optimize.ts';
import {
  DEFAULT_MAX_QUANTITY,
  getDefaultVariableIds,
  setFileQuantities,
} from '../analysis/optimizeProblem.ts';
import type { DesignFile } from '../model/file.ts';
import { getMaxUnavailability } from '../analysis/targets.ts';
import type { DesignTargets } from '../model/types.ts';
import { formatCost, formatDowntimePerYear, formatNines, formatPercent } from '../report/format.ts';
import { formatUsage, getParseOptions, joinNegativeValues } from './flags.ts';
import type { CliIo } from './io.ts';
import { EXIT_BAD_INPUT, EXIT_OK, loadDesign, readTimeFlag } from './io.ts';

/** Front points printed as text (all of them go to the JSON). */
const TEXT_FRONT_ROWS = 25;

function readProbability(text: string): number | null {
  const t = text.trim();
  const value = t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}

function readWhole(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

function describeCandidate(c: OptimizeCandidate): string {
  const q = Object.entries(c.quantities)
    .map(([id, n]) => `${id} ${n}`)
    .join(', ');
  return `cost ${formatCost(c.cost)}, availability ${formatPercent(c.availability, c.unavailability)}, ${formatNines(c.nines)}, downtime ${formatDowntimePerYear(c.downtimePerYear)} (${q})`;
}

/**
 * Runs `optimize`.
 * @param args the arguments after `optimize`
 * @returns the exit status (0 also when no design meets the target: `best` is then `null`)
 */
export async function runOptimizeCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues('optimize', args),
      allowPositionals: true,
      options: getParseOptions('optimize'),
    });
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  const { values } = parsed;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr(`usage: ${formatUsage('optimize')}\n`);
    return EXIT_BAD_INPUT;
  }
  const bad = (message: string): number => {
    io.stderr(`error: ${message}\n`);
    return EXIT_BAD_INPUT;
  };
  if (values['min-availability'] !== undefined && values['max-downtime'] !== undefined) {
    return bad('give --min-availability or --max-downtime, not both');
  }
  const maxQuantity = readWhole(values['max-quantity'], DEFAULT_MAX_QUANTITY);
  if (maxQuantity === null) {
    return bad(`--max-quantity ${values['max-quantity']}: must be a whole number ≥ 1`);
  }
  const budget = values.budget === undefined ? undefined : Number(values.budget);
  if (budget !== undefined && !(Number.isFinite(budget) && budget >= 0)) {
    return bad(`--budget ${values.budget}: must be a number ≥ 0`);
  }
  const loaded = await loadDesign(file, io);
  if (loaded === null) return EXIT_BAD_INPUT;
  const { design } = loaded;

  let targets: DesignTargets | undefined;
  if (values['min-availability'] !== undefined) {
    const a = readProbability(values['min-availability']);
    if (a === null) {
      return bad(
        `--min-availability ${values['min-availability']}: must be a probability in [0, 1] (or a percentage like 99.99%)`,
      );
    }
    targets = { availability: a };
  } else if (values['max-downtime'] !== undefined) {
    const d = await readTimeFlag(values['max-downtime'], design.timeUnit);
    if (!d.ok || d.value < 0) {
      return bad(`--max-downtime ${values['max-downtime']}: ${d.ok ? 'must be ≥ 0' : d.error}`);
    }
    targets = { downtimePerYear: d.value };
  } else targets = design.targets;
  const maxUnavailability = getMaxUnavailability(targets, design.timeUnit);
  if (maxUnavailability === null) {
    return bad(
      `${file} sets no availability or downtime target: give --min-availability or --max-downtime\nusage: ${formatUsage('optimize')}`,
    );
  }
  const ids =
    values.blocks === undefined
      ? getDefaultVariableIds(design)
      : values.blocks
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
  const variables = ids.map((id) => ({ id, max: maxQuantity }));
  const started = performance.now();
  const result = optimizeDesign(design, {
    maxUnavailability,
    variables,
    ...(budget === undefined ? {} : { budget }),
  });
  const elapsedMs = performance.now() - started;
  if (!result.ok) return bad(result.error.message);
  const r = result.value;
  if (values.out !== undefined && r.best !== null) {
    try {
      writeFileSync(
        values.out,
        JSON.stringify(setFileQuantities(loaded.file as DesignFile, r.best.quantities), null, 2) +
          '\n',
      );
    } catch (error) {
      return bad(`cannot write ${values.out}: ${String(error)}`);
    }
  }
  if (values.json) {
    const output = {
      target: { ...targets, maxUnavailability },
      best: r.best,
      pareto: r.pareto,
      optimal: r.optimal,
      method: r.method,
      methodNote: r.methodNote,
      paretoComplete: r.paretoComplete,
      heuristic: r.heuristic,
      variables: r.variables,
      evaluated: r.evaluated,
      spaceSize: r.spaceSize,
      elapsedMs,
      ...(values.out === undefined ? {} : { out: r.best === null ? null : values.out }),
    };
    io.stdout(JSON.stringify(output, null, 2) + '\n');
    return EXIT_OK;
  }
  const lines = [
    `target: unavailability ≤ ${maxUnavailability.toExponential(3)} (availability ≥ ${formatPercent(1 - maxUnavailability, maxUnavailability)})`,
    r.best === null
      ? 'best: no design of the search space meets the target'
      : `best: ${describeCandidate(r.best)}`,
    `method: ${r.methodNote}; ${r.evaluated} designs evaluated in ${elapsedMs.toFixed(0)} ms`,
    `Pareto front (${r.pareto.length} designs${r.paretoComplete ? '' : ', incomplete'}):`,
    ...r.pareto.slice(0, TEXT_FRONT_ROWS).map((c) => `  ${describeCandidate(c)}`),
  ];
  if (r.pareto.length > TEXT_FRONT_ROWS) {
    lines.push(`  … ${r.pareto.length - TEXT_FRONT_ROWS} more (--json lists them all)`);
  }
  if (values.out !== undefined) {
    lines.push(r.best === null ? 'nothing written' : `best design written to ${values.out}`);
  }
  io.stdout(lines.join('\n') + '\n');
  return EXIT_OK;
}
