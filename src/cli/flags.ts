/**
 * The flags of every command, in one table: each command parses its arguments with the options
 * built from it, and `--help` and the usage lines are printed from it, so a flag cannot be
 * accepted without being documented (a user found `simulate`'s `--workers`, `--crews`,
 * `--no-repair` and `--reliability-only` missing from the help).
 * Runs in Node.
 */

/** One flag of a command. */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  /** May be given several times (values collected in order). */
  readonly multiple?: boolean;
  /** Required by the command (shown without brackets in the usage line). */
  readonly required?: boolean;
  /** Placeholder of the value in the usage line (string flags). */
  readonly value?: string;
  /** What it does, one line. */
  readonly help: string;
  /** Flags sharing a group are alternatives, exactly one of them given: `(--a A | --b B)`. */
  readonly oneOf?: string;
}

/** One command: its positional arguments, a summary and its flags. */
export interface CommandSpec {
  readonly args: string;
  readonly summary: string;
  readonly flags: Readonly<Record<string, FlagSpec>>;
}

const JSON_FLAG = { type: 'boolean', help: 'print one JSON object on stdout' } as const;

/** Every command of the command line and its flags. */
export const COMMANDS = {
  analyze: {
    args: 'FILE',
    summary: 'exact reliability, availability and importance of a design',
    flags: {
      t: {
        type: 'string',
        multiple: true,
        value: 'T',
        help: 'a time to report R(t), A(t) and the mean availability at (default: the mission time); units allowed ("1 year")',
      },
      json: JSON_FLAG,
    },
  },
  check: {
    args: 'FILE',
    summary: 'pipeline gate: exit 0 when the design meets the targets, 1 when it does not',
    flags: {
      'min-availability': {
        type: 'string',
        value: 'A',
        help: 'least steady-state availability, a probability or a percentage ("99.95%"); without this and --min-reliability, the design\'s own targets',
      },
      'min-reliability': {
        type: 'string',
        value: 'R',
        help: 'least reliability at the mission time',
      },
      json: JSON_FLAG,
    },
  },
  simulate: {
    args: 'FILE',
    summary: 'Monte Carlo over [0, H], reproducible for a seed',
    flags: {
      trials: { type: 'string', value: 'N', required: true, help: 'number of histories' },
      horizon: {
        type: 'string',
        value: 'H',
        required: true,
        help: 'length of each history; units allowed ("1 year")',
      },
      seed: { type: 'string', value: 'S', help: 'seed of the random streams (default 1)' },
      workers: {
        type: 'string',
        value: 'N',
        help: 'worker threads (default and most: the machine parallelism; 0 runs on the main thread)',
      },
      crews: {
        type: 'string',
        value: 'N',
        help: 'repair crews shared by the whole design, first come first served (default: one per unit)',
      },
      'no-repair': { type: 'boolean', help: 'simulate without repair (mission reliability)' },
      'reliability-only': {
        type: 'boolean',
        help: 'compute R(H) alone, without repair (fastest)',
      },
      json: JSON_FLAG,
    },
  },
  trace: {
    args: 'FILE',
    summary: 'one simulated history event by event, as simulate with that seed counted it',
    flags: {
      horizon: {
        type: 'string',
        value: 'H',
        required: true,
        help: 'length of the history; units allowed ("1 year")',
      },
      seed: { type: 'string', value: 'S', help: 'seed of the random streams (default 1)' },
      history: {
        type: 'string',
        value: 'K',
        help: 'the history to replay (its stream is (seed, K)); give this or --pick',
        oneOf: 'history',
      },
      pick: {
        type: 'string',
        value: 'P',
        help: 'typical, bad, worst, first-failure or switch-failure: chosen among the first N histories',
        oneOf: 'history',
      },
      trials: {
        type: 'string',
        value: 'N',
        help: 'histories run to choose a --pick from (default 1000)',
      },
      json: JSON_FLAG,
    },
  },
  compare: {
    args: 'FILE FILE...',
    summary: 'several designs side by side, exact, each against the first',
    flags: {
      t: {
        type: 'string',
        multiple: true,
        value: 'T',
        help: "a time to report R(t) and A(t) at, read in each design's time unit (default: each mission time)",
      },
      simulate: {
        type: 'string',
        value: 'N',
        help: 'also a Monte Carlo check: N one-year histories of each design with common random numbers, each downtime difference against the first with its paired 95 % interval and verdict',
      },
      seed: { type: 'string', value: 'S', help: 'seed of the --simulate check (default 1)' },
      json: JSON_FLAG,
    },
  },
  optimize: {
    args: 'FILE',
    summary:
      'the cheapest quantities of the chosen blocks that meet a target, and the cost/nines Pareto front',
    flags: {
      'min-availability': {
        type: 'string',
        value: 'A',
        help: 'least steady-state availability, a probability or a percentage ("99.99%"); neither flag: the design\'s targets',
        oneOf: 'target',
      },
      'max-downtime': {
        type: 'string',
        value: 'D',
        help: 'most downtime per year; a number in the design\'s time unit or with a unit ("52 min")',
        oneOf: 'target',
      },
      blocks: {
        type: 'string',
        value: 'ID,...',
        help: 'the blocks whose quantity may change (default: every block whose component has a cost)',
      },
      'max-quantity': {
        type: 'string',
        value: 'N',
        help: 'largest quantity tried for each block (default 6); the smallest is its required',
      },
      budget: { type: 'string', value: 'C', help: 'most the design may cost' },
      out: { type: 'string', value: 'FILE', help: 'write the best design as a design file' },
      json: JSON_FLAG,
    },
  },
  report: {
    args: 'FILE [FILE...]',
    summary:
      'the design review as a PDF (searchable text, vector charts) and as text; with 2–4 files, their comparison',
    flags: {
      out: { type: 'string', value: 'FILE', required: true, help: 'the PDF file to write' },
      t: {
        type: 'string',
        multiple: true,
        value: 'T',
        help: 'a time to report R(t), A(t) and the mean availability at (default: the mission time)',
      },
      trials: {
        type: 'string',
        value: 'N',
        help: 'add Monte Carlo figures from N histories (needs --horizon)',
      },
      horizon: {
        type: 'string',
        value: 'H',
        help: 'length of each simulated history; units allowed ("1 year")',
      },
      seed: { type: 'string', value: 'S', help: 'seed of the simulation (default 1)' },
    },
  },
  'plan checkpoint': {
    args: '',
    summary:
      'optimum checkpoint interval (Young, Daly) and the share of wall time lost; assumes Poisson interruptions',
    flags: {
      cost: {
        type: 'string',
        value: 'C',
        required: true,
        help: 'time to save one checkpoint; plain numbers share one unit, a time with a unit ("5 min") is read in hours',
      },
      mtbf: {
        type: 'string',
        value: 'M',
        required: true,
        help: 'mean time between failures (interruptions) of the system running the job',
      },
      restart: { type: 'string', value: 'R', help: 'time to restart after a failure (default 0)' },
      json: JSON_FLAG,
    },
  },
  'plan retry': {
    args: '',
    summary: 'independent attempts: success of K attempts, attempts a target needs',
    flags: {
      'p-success': {
        type: 'string',
        value: 'P',
        required: true,
        help: 'chance one attempt succeeds, a probability or a percentage ("90%")',
      },
      attempts: { type: 'string', value: 'K', help: 'number of attempts (≥ 1)' },
      target: {
        type: 'string',
        value: 'T',
        help: 'wanted overall success, a probability or a percentage',
      },
      json: JSON_FLAG,
    },
  },
  'plan rate': {
    args: '',
    summary: 'failure rate, MTBF and chi-square interval from observed failures (time-terminated)',
    flags: {
      failures: { type: 'string', value: 'N', required: true, help: 'failures observed' },
      time: {
        type: 'string',
        value: 'T',
        required: true,
        help: 'total operating time of all units (a number, or with a unit, read in hours)',
      },
      confidence: {
        type: 'string',
        value: 'C',
        help: 'two-sided confidence of the interval (default 0.9)',
      },
      json: JSON_FLAG,
    },
  },
  'plan allocate': {
    args: '[PROBLEM.json]',
    summary:
      'the most reliable mix of component types per subsystem within cost (and weight) limits, proven best (subsystems in series, units in active parallel)',
    flags: {
      'fyffe-hines-lee': {
        type: 'boolean',
        help: 'solve the published Fyffe–Hines–Lee benchmark (14 subsystems, cost 130, weight 191) instead of a file',
      },
      'max-cost': { type: 'string', value: 'C', help: 'cost limit (overrides the file)' },
      'max-weight': { type: 'string', value: 'W', help: 'weight limit (overrides the file)' },
      'max-units': {
        type: 'string',
        value: 'N',
        help: 'most units per subsystem (overrides the file; default 8)',
      },
      'no-mixing': { type: 'boolean', help: 'one component type per subsystem' },
      json: JSON_FLAG,
    },
  },
} as const satisfies Readonly<Record<string, CommandSpec>>;

/** A command name. */
export type CommandName = keyof typeof COMMANDS;

/** The `parseArgs` option of a flag spec. */
type ParseOption<F> = F extends { type: infer T; multiple: true }
  ? { type: T; multiple: true }
  : F extends { type: infer T }
    ? { type: T }
    : never;

/** The `parseArgs` options of a command's flags (the help texts stripped). */
export type ParseOptions<C extends CommandName> = {
  -readonly [K in keyof (typeof COMMANDS)[C]['flags']]: ParseOption<
    (typeof COMMANDS)[C]['flags'][K]
  >;
};

/**
 * The `parseArgs` options of a command.
 * @param command the command
 * @returns `{ flag: { type, multiple? } }`
 * @example
 * parseArgs({ args, allowPositionals: true, options: getParseOptions('analyze') });
 */
export function getParseOptions<C extends CommandName>(command: C): ParseOptions<C> {
  const flags: Readonly<Record<string, FlagSpec>> = COMMANDS[command].flags;
  return Object.fromEntries(
    Object.entries(flags).map(([name, flag]) => [
      name,
      flag.multiple === true ? { type: flag.type, multiple: true } : { type: flag.type },
    ]),
  ) as ParseOptions<C>;
}

/** A value that starts with a dash but is a number (`-1`, `-.5`, `-1e3`), not a flag. */
const NEGATIVE_NUMBER = /^-(\d|\.\d)/;

/**
 * A command's arguments with every string flag followed by a negative number joined to it
 * (`--t -1` becomes `--t=-1`), for `parseArgs`: the command then reads the value and refuses it
 * by name ("--t -1: must be ≥ 0") instead of Node's "argument is ambiguous" (issue 16).
 * @param command the command
 * @param args the arguments after the command's name
 * @returns the arguments to give `parseArgs`
 * @example
 * joinNegativeValues('analyze', ['design.json', '--t', '-1']); // ['design.json', '--t=-1']
 */
export function joinNegativeValues(command: CommandName, args: readonly string[]): string[] {
  const flags: Readonly<Record<string, FlagSpec>> = COMMANDS[command].flags;
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    if (
      Object.hasOwn(flags, name) &&
      flags[name]!.type === 'string' &&
      next !== undefined &&
      NEGATIVE_NUMBER.test(next)
    ) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/**
 * A command's usage line, e.g. `analyze FILE [--t T]... [--json]`.
 * @param command the command
 */
export function formatUsage(command: CommandName): string {
  const spec: CommandSpec = COMMANDS[command];
  const entries = Object.entries(spec.flags);
  const flagText = (name: string, flag: FlagSpec): string =>
    flag.type === 'string' ? `--${name} ${flag.value ?? 'VALUE'}` : `--${name}`;
  const flags: string[] = [];
  const groups = new Set<string>();
  for (const [name, flag] of entries) {
    if (flag.oneOf !== undefined) {
      if (groups.has(flag.oneOf)) continue;
      groups.add(flag.oneOf);
      const group = entries.filter(([, f]) => f.oneOf === flag.oneOf);
      flags.push(`(${group.map(([n, f]) => flagText(n, f)).join(' | ')})`);
      continue;
    }
    const text = flagText(name, flag);
    const shown = flag.required === true ? text : `[${text}]`;
    flags.push(flag.multiple === true ? `${shown}...` : shown);
  }
  return [command, spec.args, ...flags].filter((part) => part !== '').join(' ');
}

/** The full help: every command with its usage line and every flag with what it does. */
export function formatHelp(): string {
  const lines = ['usage:'];
  for (const command of Object.keys(COMMANDS) as CommandName[]) {
    const spec: CommandSpec = COMMANDS[command];
    lines.push('', `  ${formatUsage(command)}`, `      ${spec.summary}`);
    for (const [name, flag] of Object.entries(spec.flags)) {
      const text = flag.type === 'string' ? `--${name} ${flag.value ?? 'VALUE'}` : `--${name}`;
      lines.push(`      ${text.padEnd(24)} ${flag.help}`);
    }
  }
  return lines.join('\n') + '\n';
}
