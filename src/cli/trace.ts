/**
 * `trace FILE --horizon H [--seed S] (--history K | --pick P) [--trials N] [--json]`: one
 * simulated history, event by event, the one `simulate` with the same seed counted (history K
 * draws only from the stream (seed, K)). `--pick` runs the first N histories (default 1000) and
 * chooses one as the app's replay player does (`selectHistoryPick`, the same code).
 * Runs in Node.
 */
import { parseArgs } from 'node:util';
import { formatNumber, formatTime } from '../report/format.ts';
import type { HistoryPickKind } from '../simulation/historyPicks.ts';
import { HISTORY_PICK_KINDS, selectHistoryPick } from '../simulation/historyPicks.ts';
import type { TracedHistory } from '../simulation/runner.ts';
import { simulateDesign, traceHistory } from '../simulation/runner.ts';
import { createTraceDocument, createTraceLog, formatSimulatedTime } from '../report/traceLog.ts';
import type { SimulationOptions } from '../simulation/types.ts';
import type { Design } from '../model/types.ts';
import { formatUsage, getParseOptions, joinNegativeValues } from './flags.ts';
import type { CliIo } from './io.ts';
import { EXIT_BAD_INPUT, EXIT_OK, formatIssue, loadDesign, readTimeFlag } from './io.ts';
import { DEFAULT_SEED, checkEventBudget } from './simulate.ts';
import { estimateHistoryEvents } from '../analysis/eventCount.ts';

const USAGE = `usage: ${formatUsage('trace')}\n`;

/** Histories run to choose a `--pick` from when `--trials` is not given. */
export const DEFAULT_PICK_TRIALS = 1000;

function parseCount(text: string, name: string, min: number): number | string {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) {
    return `--${name} ${text}: must be an integer ≥ ${min}`;
  }
  return value;
}

function isPickKind(text: string): text is HistoryPickKind {
  return (HISTORY_PICK_KINDS as readonly string[]).includes(text);
}

function formatText(
  traced: TracedHistory,
  design: Design,
  seed: number,
  horizon: number,
  pick: { kind: HistoryPickKind; trials: number } | null,
): string {
  const { trace } = traced;
  const unit = design.timeUnit;
  const failures = trace.system.filter((c, i) => i > 0 && !c.up).length;
  const why = pick === null ? '' : ` (the ${pick.kind} history of the first ${pick.trials})`;
  const lines = [
    `${design.name}: history ${trace.history}${why}, seed ${seed}, over [0, ${formatNumber(horizon)}] ${unit}s`,
    `downtime ${formatTime(trace.downtime, unit)}, ${failures} system outage${failures === 1 ? '' : 's'}, ` +
      `${trace.events.length} unit event${trace.events.length === 1 ? '' : 's'}`,
    '',
    `system ${trace.system[0]?.up === false ? 'DOWN' : 'up'} at 0`,
  ];
  for (const row of createTraceLog(trace, trace.blocks, unit)) {
    if (row.t === 0 && row.kind === 'system-down') continue;
    lines.push(
      `${formatNumber(row.t, 8).padStart(14)} ${unit}  ${formatSimulatedTime(row.t, unit).padEnd(15)} ${row.text}`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * Runs `trace`.
 * @param args the arguments after `trace`
 * @param io where to print
 * @returns the exit status: 0 ok, 2 bad input (message on stderr)
 * @example
 * runTraceCommand(['design.json', '--horizon', '1 year', '--pick', 'bad', '--json'], io);
 */
export async function runTraceCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues('trace', args),
      allowPositionals: true,
      options: getParseOptions('trace'),
    });
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const [file, ...extraArgs] = parsed.positionals;
  if (file === undefined || extraArgs.length > 0) {
    io.stderr(USAGE);
    return EXIT_BAD_INPUT;
  }
  const v = parsed.values;
  const bad = (message: string): number => {
    io.stderr(`error: ${message}\n${USAGE}`);
    return EXIT_BAD_INPUT;
  };
  if (v.horizon === undefined) return bad('missing --horizon');
  if ((v.history === undefined) === (v.pick === undefined)) {
    return bad('give one of --history K and --pick P');
  }
  if (v.pick !== undefined && !isPickKind(v.pick)) {
    return bad(`--pick ${v.pick}: must be one of ${HISTORY_PICK_KINDS.join(', ')}`);
  }
  const seed = v.seed === undefined ? DEFAULT_SEED : parseCount(v.seed, 'seed', 0);
  const history = v.history === undefined ? 0 : parseCount(v.history, 'history', 0);
  const trials = v.trials === undefined ? DEFAULT_PICK_TRIALS : parseCount(v.trials, 'trials', 1);
  for (const value of [seed, history, trials]) if (typeof value === 'string') return bad(value);
  const loaded = await loadDesign(file, io);
  if (loaded === null) return EXIT_BAD_INPUT;
  const { design, warnings } = loaded;
  const horizon = await readTimeFlag(v.horizon, design.timeUnit);
  if (!horizon.ok || !(horizon.value > 0)) {
    io.stderr(`error: --horizon ${v.horizon}: ${horizon.ok ? 'must be > 0' : horizon.error}\n`);
    return EXIT_BAD_INPUT;
  }
  // The same event budget as simulate: a pick runs the trials, a history runs one.
  const runs = v.pick === undefined ? 1 : (trials as number);
  const refusal = checkEventBudget(estimateHistoryEvents(design, horizon.value, true), runs);
  if (refusal !== null) {
    io.stderr(`error: --horizon ${v.horizon}: ${refusal}\n`);
    return EXIT_BAD_INPUT;
  }
  const options: SimulationOptions = {
    trials: trials as number,
    horizon: horizon.value,
    seed: seed as number,
  };
  const fail = (issues: readonly { path: string; message: string }[]): number => {
    for (const problem of issues) {
      io.stderr(`error: ${problem.path === '' ? '' : `${problem.path}: `}${problem.message}\n`);
    }
    return EXIT_BAD_INPUT;
  };
  let index = history as number;
  let pick: { kind: HistoryPickKind; trials: number } | null = null;
  if (v.pick !== undefined && isPickKind(v.pick)) {
    const run = simulateDesign(design, options);
    if (!run.ok) return fail(run.error);
    const chosen = selectHistoryPick(run.value.picks, v.pick);
    if (chosen === null) {
      io.stderr(
        `error: --pick ${v.pick}: none of the first ${options.trials} histories qualifies` +
          `${v.pick === 'switch-failure' ? ' (no switch-over failed)' : ' (no system failure)'}\n`,
      );
      return EXIT_BAD_INPUT;
    }
    index = chosen.history;
    pick = { kind: v.pick, trials: options.trials };
  }
  const traced = traceHistory(design, options, index);
  if (!traced.ok) return fail(traced.error);
  if (v.json === true) {
    const json = createTraceDocument(traced.value, {
      design,
      seed: options.seed,
      horizon: options.horizon,
      pick,
      warnings: warnings.map(formatIssue),
    });
    io.stdout(JSON.stringify(json, null, 2) + '\n');
  } else {
    io.stdout(formatText(traced.value, design, options.seed, options.horizon, pick));
  }
  return EXIT_OK;
}
