/**
 * `simulate FILE --trials N --horizon H [--seed S] [--workers N] [--crews N] [--no-repair]
 * [--reliability-only] [--json]`: Monte Carlo over [0, H] with N histories on worker threads (the same pool code as the
 * browser). Prints the `simulate` contract's fields (plus extras) with `--json`.
 * Runs in Node.
 */
import { parseArgs } from 'node:util';
import { formatNumber, formatTime } from '../report/format.ts';
import { createSimulationPool } from '../worker/simulationPool.ts';
import { createInThreadPort } from '../worker/inThreadPort.ts';
import type { SimulationOptions, SimulationResult } from '../simulation/types.ts';
import { createNodeWorkerPort, getNodeParallelism } from '../worker/nodeWorkerPort.ts';
import type { TimeUnit } from '../model/types.ts';
import { estimateHistoryEvents } from '../analysis/eventCount.ts';
import { formatUsage, getParseOptions, joinNegativeValues } from './flags.ts';
import { EXIT_BAD_INPUT, EXIT_OK, formatIssue, loadDesign, readTimeFlag } from './io.ts';

const USAGE = `usage: ${formatUsage('simulate')}\n`;

/** Default seed when `--seed` is not given (runs stay reproducible). */
export const DEFAULT_SEED = 1;
/** Points of the empirical R(t) curve printed with `--json`. */
const CURVE_POINTS = 20;

/**
 * Most unit events expected of one history, and of a whole run: about a minute of simulation
 * on one core at a few million events a second. Beyond them a run is refused before it starts,
 * naming the expected count (a horizon of 1e308 ran for minutes: issue 16).
 */
export const MAX_HISTORY_EVENTS = 1e7;
/** Most unit events expected of a whole run (see {@link MAX_HISTORY_EVENTS}). */
export const MAX_RUN_EVENTS = 1e9;

/** Why a run's expected events exceed the budget, or `null` when they do not. */
export function checkEventBudget(perHistory: number, trials: number): string | null {
  const total = perHistory * trials;
  if (perHistory <= MAX_HISTORY_EVENTS && total <= MAX_RUN_EVENTS) return null;
  const show = (x: number): string =>
    x < Infinity ? x.toExponential(1) : `more than ${Number.MAX_VALUE.toExponential(1)}`;
  return (
    `a history would have about ${show(perHistory)} unit events (${show(total)} for ${trials} histories);` +
    ` the budget is ${MAX_HISTORY_EVENTS.toExponential(0)} per history and ${MAX_RUN_EVENTS.toExponential(0)} in all:` +
    ` shorten the horizon or run fewer trials (--no-repair and --reliability-only have at most one event per unit)`
  );
}

/** Where the command writes. */
export interface SimulateIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

function parseCount(text: string | undefined, name: string, min: number): number | string {
  if (text === undefined) return `missing --${name}`;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) {
    return `--${name} ${text}: must be an integer ≥ ${min}`;
  }
  return value;
}

/** The JSON document of a result: the spec's fields first, extras after. */
export function createSimulateJson(
  result: SimulationResult,
  extra: { name: string; timeUnit: TimeUnit; workers: number; warnings: readonly string[] },
): Record<string, unknown> {
  const curve = result.reliabilityCurve;
  const step = Math.max(1, Math.floor((curve.t.length - 1) / CURVE_POINTS));
  const points: { t: number; reliability: number }[] = [];
  for (let i = 0; i < curve.t.length; i += step)
    points.push({ t: curve.t[i]!, reliability: curve.reliability[i]! });
  return {
    trials: result.trials,
    horizon: result.horizon,
    seed: result.seed,
    availability: { mean: result.availability.mean, ci95: result.availability.ci95 },
    reliability: { mean: result.reliability.mean, ci95: result.reliability.ci95 },
    failures: {
      meanCount: result.failures.meanCount,
      ci95: result.failures.ci95,
      meanCountExcludingSwitchOvers: result.failures.meanCountExcludingSwitchOvers,
    },
    events: result.events,
    elapsedMs: result.elapsedMs,
    eventsPerSecond: result.eventsPerSecond,
    name: extra.name,
    timeUnit: extra.timeUnit,
    method: result.method,
    repair: result.repair,
    crews: result.crews,
    workers: extra.workers,
    historiesPerSecond: result.historiesPerSecond,
    unavailability: result.unavailability,
    downtime: {
      mean: result.downtime.mean,
      p50: result.downtime.p50,
      p90: result.downtime.p90,
      p99: result.downtime.p99,
      max: result.downtime.max,
      zeroCount: result.downtime.zeroCount,
    },
    perBlock: result.perBlock,
    reliabilityCurve: points,
    warnings: extra.warnings,
  };
}

function formatText(
  result: SimulationResult,
  name: string,
  unit: TimeUnit,
  workers: number,
): string {
  const a = result.availability;
  const r = result.reliability;
  const lines = [
    `${name}: ${result.trials} histories over [0, ${formatNumber(result.horizon)}] ${unit}s, seed ${result.seed}` +
      `${result.repair ? '' : ', no repair'}${result.crews === null ? '' : `, ${result.crews} crew(s)`}`,
    '',
    `availability ${formatNumber(a.mean, 8)}  (95% CI ${formatNumber(a.ci95[0], 8)} … ${formatNumber(a.ci95[1], 8)})`,
    `reliability  ${formatNumber(r.mean, 6)}  (95% CI ${formatNumber(r.ci95[0], 6)} … ${formatNumber(r.ci95[1], 6)})`,
    `system outages per history ${formatNumber(result.failures.meanCount)}` +
      ` (failures without switch-overs ${formatNumber(result.failures.meanCountExcludingSwitchOvers)})`,
    `downtime per history: mean ${formatTime(result.downtime.mean, unit)}, P50 ${formatTime(result.downtime.p50, unit)},` +
      ` P90 ${formatTime(result.downtime.p90, unit)}, P99 ${formatTime(result.downtime.p99, unit)}`,
    '',
    'Blocks by share of system downtime:',
  ];
  for (const b of result.perBlock.slice(0, 10)) {
    lines.push(
      `  ${b.id.padEnd(24)} share ${formatNumber(b.downtimeShare, 3)}  down ${formatNumber(b.downFraction)}  outages/history ${formatNumber(b.failures)}`,
    );
  }
  lines.push(
    '',
    `${result.events} unit events in ${formatNumber(result.elapsedMs / 1000, 3)} s on ${workers === 0 ? 'the main thread' : `${workers} worker(s)`}` +
      ` (${formatNumber(result.eventsPerSecond / 1e6, 3)} M events/s, ${formatNumber(result.historiesPerSecond / 1e6, 3)} M histories/s)`,
  );
  return lines.join('\n') + '\n';
}

/**
 * Runs `simulate`.
 * @param args the arguments after `simulate`
 * @param io where to print
 * @returns the exit status: 0 ok, 2 bad input (message on stderr)
 * @example
 * await runSimulateCommand(['design.json', '--trials', '1e5', '--horizon', '8760', '--json'], io);
 */
export async function runSimulateCommand(args: readonly string[], io: SimulateIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues('simulate', args),
      allowPositionals: true,
      options: getParseOptions('simulate'),
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
  const trials = parseCount(v.trials, 'trials', 1);
  const seed = v.seed === undefined ? DEFAULT_SEED : parseCount(v.seed, 'seed', 0);
  const workers =
    v.workers === undefined ? getNodeParallelism() : parseCount(v.workers, 'workers', 0);
  const crews = v.crews === undefined ? undefined : parseCount(v.crews, 'crews', 1);
  for (const value of [trials, seed, workers, crews]) {
    if (typeof value === 'string') {
      io.stderr(`error: ${value}\n${USAGE}`);
      return EXIT_BAD_INPUT;
    }
  }
  if (v.horizon === undefined) {
    io.stderr(`error: missing --horizon\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const loaded = await loadDesign(file, io);
  if (loaded === null) return EXIT_BAD_INPUT;
  const { design, warnings } = loaded;
  const horizonText = v.horizon;
  const horizon = await readTimeFlag(horizonText, design.timeUnit);
  if (!horizon.ok || !(horizon.value > 0)) {
    io.stderr(`error: --horizon ${horizonText}: ${horizon.ok ? 'must be > 0' : horizon.error}\n`);
    return EXIT_BAD_INPUT;
  }
  const repair = v['no-repair'] !== true && v['reliability-only'] !== true;
  // Only repair makes a history's events grow with the horizon; without it each unit has at
  // most one, and the cost is the trials asked for.
  const refusal = repair
    ? checkEventBudget(estimateHistoryEvents(design, horizon.value, repair), trials as number)
    : null;
  if (refusal !== null) {
    io.stderr(`error: --horizon ${horizonText}: ${refusal}\n`);
    return EXIT_BAD_INPUT;
  }
  const options: SimulationOptions = {
    trials: trials as number,
    horizon: horizon.value,
    seed: seed as number,
    repair,
    ...(v['reliability-only'] === true ? { reliabilityOnly: true } : {}),
    ...(crews === undefined ? {} : { crews: crews as number }),
  };
  // More threads than the machine runs at once only cost memory and start-up (a user's
  // `--workers 100000` started 1000 threads, one per history: issue 16).
  const maxWorkers = getNodeParallelism();
  const notices: string[] = [];
  if ((workers as number) > maxWorkers) {
    notices.push(
      `--workers ${workers as number}: more than the ${maxWorkers} threads this machine runs at once; using ${maxWorkers}`,
    );
  }
  const workerCount = Math.min(workers as number, maxWorkers, trials as number);
  for (const notice of notices) io.stderr(`notice: ${notice}\n`);
  const pool =
    workerCount === 0
      ? createSimulationPool(createInThreadPort, 1)
      : createSimulationPool(createNodeWorkerPort, workerCount);
  let outcome;
  try {
    outcome = await pool.run(loaded.file, options).promise;
  } finally {
    pool.dispose();
  }
  if (!outcome.ok) {
    for (const problem of outcome.error) {
      io.stderr(`error: ${problem.path === '' ? '' : `${problem.path}: `}${problem.message}\n`);
    }
    return EXIT_BAD_INPUT;
  }
  const result = outcome.value;
  if (v.json === true) {
    const json = createSimulateJson(result, {
      name: design.name,
      timeUnit: design.timeUnit,
      workers: workerCount,
      warnings: [...notices, ...warnings.map(formatIssue)],
    });
    io.stdout(JSON.stringify(json, null, 2) + '\n');
  } else {
    io.stdout(formatText(result, design.name, design.timeUnit, workerCount));
  }
  return EXIT_OK;
}
