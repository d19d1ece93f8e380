/**
 * `plan checkpoint|retry|rate ... [--json]`: the fault-tolerance planners of the spec, from the
 * formulas of src/analysis/planning.ts (Young 1974, Daly 2006, independent retries, the
 * chi-square interval of an observed rate); and `plan allocate`, the exact redundancy
 * allocation with a choice of component types (src/analysis/redundancyAllocation.ts).
 * Runs in Node.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { planCheckpoint, planObservedRate, planRetry } from '../analysis/planning.ts';
import type { AllocationProblem } from '../analysis/redundancyAllocation.ts';
import { allocateRedundancy } from '../analysis/redundancyAllocation.ts';
import { FYFFE_HINES_LEE } from '../analysis/redundancyAllocationBenchmark.ts';
import { formatNumber, formatShortPercent } from '../report/format.ts';
import type { CommandName } from './flags.ts';
import { formatUsage, getParseOptions, joinNegativeValues } from './flags.ts';
import type { CliIo } from './io.ts';
import { EXIT_BAD_INPUT, EXIT_OK, readTimeFlag } from './io.ts';

const PLANNERS = ['checkpoint', 'retry', 'rate', 'allocate'] as const;
type Planner = (typeof PLANNERS)[number];

const USAGE = `usage:\n${PLANNERS.map((p) => `  ${formatUsage(`plan ${p}`)}`).join('\n')}\n`;

/** A bad flag value, with the message to print. */
class FlagError extends Error {}

type FlagValues = Readonly<Record<string, string | boolean | undefined>>;

function readFlags(
  command: CommandName,
  args: readonly string[],
  files = 0,
): { values: FlagValues; files: readonly string[] } {
  const { values, positionals } = parseArgs({
    args: joinNegativeValues(command, args),
    allowPositionals: true,
    options: getParseOptions(command),
  });
  if (positionals.length > files) {
    throw new FlagError(`unexpected argument "${positionals[files]}"`);
  }
  return { values: values, files: positionals };
}

/** Largest problem file read, bytes. */
const MAX_PROBLEM_BYTES = 1024 * 1024;

/** The problem of `plan allocate`: the benchmark, or a JSON file checked for its shape. */
function readAllocationProblem(file: string | undefined, benchmark: boolean): AllocationProblem {
  if (benchmark) {
    if (file !== undefined)
      throw new FlagError('give a problem file or --fyffe-hines-lee, not both');
    return FYFFE_HINES_LEE;
  }
  if (file === undefined) throw new FlagError('give a problem file (or --fyffe-hines-lee)');
  let json: unknown;
  try {
    if (statSync(file).size > MAX_PROBLEM_BYTES) throw new FlagError(`${file}: larger than 1 MB`);
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof FlagError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : (error as Error).message;
    throw new FlagError(`cannot read ${file}: ${reason}`);
  }
  const shape = json as Partial<AllocationProblem> | null;
  const subsystems = shape?.subsystems;
  if (
    typeof shape !== 'object' ||
    shape === null ||
    !Array.isArray(subsystems) ||
    !subsystems.every(
      (s: unknown) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as { name?: unknown }).name === 'string' &&
        Array.isArray((s as { options?: unknown }).options) &&
        (s as { options: unknown[] }).options.every(
          (o) =>
            typeof o === 'object' &&
            o !== null &&
            typeof (o as { name?: unknown }).name === 'string',
        ),
    )
  ) {
    throw new FlagError(
      `${file}: expected { "subsystems": [ { "name", "options": [ { "name", "reliability", "cost", "weight"? } ] } ], "maxCost", "maxWeight"?, "maxUnits"?, "mixing"? }`,
    );
  }
  return shape as AllocationProblem;
}

function readNumberFlag(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
    throw new FlagError(`--${name} ${text}: must be a number ≥ 0`);
  }
  return value;
}

function planAllocation(values: FlagValues, file: string | undefined): [object, string] {
  const base = readAllocationProblem(file, values['fyffe-hines-lee'] === true);
  const maxCost = readNumberFlag(str(values['max-cost']), 'max-cost');
  const maxWeight = readNumberFlag(str(values['max-weight']), 'max-weight');
  const maxUnits = readCount(str(values['max-units']), 'max-units', 1);
  const problem: AllocationProblem = {
    ...base,
    ...(maxCost === undefined ? {} : { maxCost }),
    ...(maxWeight === undefined ? {} : { maxWeight }),
    ...(maxUnits === undefined ? {} : { maxUnits }),
    ...(values['no-mixing'] === true ? { mixing: false } : {}),
  };
  const answer = allocateRedundancy(problem);
  if (!answer.ok) {
    throw new FlagError(answer.error.map((i) => `${i.path}: ${i.message}`).join('; '));
  }
  const a = answer.value;
  const width = Math.max(...a.choices.map((c) => c.subsystem.length));
  const text = [
    `most reliable system: R = ${formatNumber(a.reliability, 6)} (fails ${formatNumber(a.unreliability, 4)}), cost ${formatNumber(a.cost)}${problem.maxWeight === undefined ? '' : `, weight ${formatNumber(a.weight)}`}`,
    `proven best (${a.method})`,
    ...a.choices.map(
      (c) =>
        `  ${c.subsystem.padEnd(width)}  ${c.units.map((u) => `${u.count} × ${u.option}`).join(' + ')}  R ${formatNumber(c.reliability, 6)}`,
    ),
  ];
  return [a, text.join('\n')];
}

function need(values: Readonly<Record<string, unknown>>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string') throw new FlagError(`--${name} is required`);
  return value;
}

async function readTime(
  values: Readonly<Record<string, unknown>>,
  name: string,
  positive: boolean,
): Promise<number | undefined> {
  const text = values[name];
  if (typeof text !== 'string') return undefined;
  const read = await readTimeFlag(text, 'hour');
  if (!read.ok) throw new FlagError(`--${name} ${text}: ${read.error}`);
  if (positive ? !(read.value > 0) : !(read.value >= 0)) {
    throw new FlagError(`--${name} ${text}: must be ${positive ? '> 0' : '≥ 0'}`);
  }
  return read.value;
}

function readProbability(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const value = trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new FlagError(`--${name} ${text}: must be a probability in [0, 1] (or a percentage)`);
  }
  return value;
}

function readCount(text: string | undefined, name: string, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isSafeInteger(value) || value < min) {
    throw new FlagError(`--${name} ${text}: must be an integer ≥ ${min}`);
  }
  return value;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

async function runPlanner(planner: Planner, args: readonly string[]): Promise<[object, string]> {
  const { values, files } = readFlags(`plan ${planner}`, args, planner === 'allocate' ? 1 : 0);
  switch (planner) {
    case 'allocate':
      return planAllocation(values, files[0]);
    case 'checkpoint': {
      need(values, 'cost');
      need(values, 'mtbf');
      const cost = (await readTime(values, 'cost', true))!;
      const mtbf = (await readTime(values, 'mtbf', true))!;
      const restart = (await readTime(values, 'restart', false)) ?? 0;
      const plan = planCheckpoint(cost, mtbf, restart);
      const text = [
        `Young's interval √(2CM): ${formatNumber(plan.young)}  (wall time lost ${formatShortPercent(plan.waste.young)})`,
        `Daly's interval:         ${formatNumber(plan.daly)}  (wall time lost ${formatShortPercent(plan.waste.daly)})`,
        'in the unit of --cost and --mtbf (hours when they carry units); the formulas assume Poisson interruptions',
      ];
      return [plan, text.join('\n')];
    }
    case 'retry': {
      const p = readProbability(need(values, 'p-success'), 'p-success')!;
      const attempts = readCount(str(values['attempts']), 'attempts', 1);
      const target = readProbability(str(values['target']), 'target');
      if (attempts === undefined && target === undefined) {
        throw new FlagError('give --attempts, --target or both');
      }
      const plan = planRetry(p, attempts, target);
      const text: string[] = [];
      if (plan.pSuccess !== undefined) {
        text.push(
          `success within ${attempts} attempt${attempts === 1 ? '' : 's'}: ${formatNumber(plan.pSuccess, 6)} (fails ${formatNumber(1 - p, 4)}^${attempts} = ${formatNumber((1 - p) ** attempts!, 4)})`,
        );
      }
      if (plan.minAttempts !== undefined) {
        text.push(
          plan.minAttempts === null
            ? `no number of attempts reaches ${formatNumber(target!, 6)}`
            : `attempts needed for ${formatNumber(target!, 6)}: ${plan.minAttempts}`,
        );
      }
      if (plan.minPSuccess !== undefined) {
        text.push(
          `per-attempt success needed with ${attempts} attempts: ${formatNumber(plan.minPSuccess, 6)}`,
        );
      }
      return [plan, text.join('\n')];
    }
    case 'rate': {
      const failures = readCount(need(values, 'failures'), 'failures', 0)!;
      need(values, 'time');
      const time = (await readTime(values, 'time', true))!;
      const confidence = readProbability(str(values['confidence']), 'confidence') ?? 0.9;
      if (confidence <= 0 || confidence >= 1) {
        throw new FlagError(`--confidence ${String(values['confidence'])}: must be in (0, 1)`);
      }
      const plan = planObservedRate(failures, time, confidence);
      const text = [
        `rate ${formatNumber(plan.rate)} per unit of --time, MTBF ${formatNumber(plan.mtbf)}`,
        `${formatShortPercent(confidence)} interval of the rate: [${formatNumber(plan.lower)}, ${formatNumber(plan.upper)}]` +
          ` (MTBF ${plan.upper > 0 ? formatNumber(1 / plan.upper) : '—'} to ${plan.lower > 0 ? formatNumber(1 / plan.lower) : '∞'})`,
      ];
      return [plan, text.join('\n')];
    }
  }
}

/**
 * Runs `plan`.
 * @param args the arguments after `plan` (the planner first)
 * @returns 0, or 2 on bad input (message on stderr)
 * @example runPlanCommand(['rate', '--failures', '3', '--time', '24', '--json'], io);
 */
export async function runPlanCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [planner, ...rest] = args;
  if (!(PLANNERS as readonly (string | undefined)[]).includes(planner)) {
    io.stderr(
      `error: ${planner === undefined ? 'plan needs a planner' : `unknown planner "${planner}"`}\n${USAGE}`,
    );
    return EXIT_BAD_INPUT;
  }
  try {
    const [plan, text] = await runPlanner(planner as Planner, rest);
    io.stdout(rest.includes('--json') ? `${JSON.stringify(plan)}\n` : `${text}\n`);
    return EXIT_OK;
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
}
