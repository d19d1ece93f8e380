/**
 * The command line: `analyze`, `check`, `compare`, `optimize`, `simulate`, `trace` and `report`
 * on design files, and the `plan` calculators.
 * Run with `npm run cli -- analyze public/examples/three-tier.json --json`. Runs in Node.
 */
import { runAnalyzeCommand } from './analyze.ts';
import { runCheckCommand } from './check.ts';
import { formatHelp } from './flags.ts';
import type { CliIo } from './io.ts';
import { EXIT_BAD_INPUT } from './io.ts';

const USAGE = formatHelp();

/**
 * Runs one command.
 * @param argv the arguments after the program name
 * @returns the exit status: 0 ok, 1 target missed (check), 2 bad input
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return runAnalyzeCommand(rest, io);
    case 'check':
      return runCheckCommand(rest, io);
    case 'simulate': {
      // Loaded on demand: the simulation (and its worker threads) only when asked for.
      const { runSimulateCommand } = await import('./simulate.ts');
      return runSimulateCommand(rest, io);
    }
    case 'trace': {
      const { runTraceCommand } = await import('./trace.ts');
      return runTraceCommand(rest, io);
    }
    case 'report': {
      // Loaded on demand: the PDF writer and the font only when a report is asked for.
      const { runReportCommand } = await import('./report.ts');
      return runReportCommand(rest, io);
    }
    case 'compare': {
      const { runCompareCommand } = await import('./compare.ts');
      return runCompareCommand(rest, io);
    }
    case 'optimize': {
      const { runOptimizeCommand } = await import('./optimize.ts');
      return runOptimizeCommand(rest, io);
    }
    case 'plan': {
      const { runPlanCommand } = await import('./plan.ts');
      return runPlanCommand(rest, io);
    }
    case undefined:
    case '--help':
    case 'help':
      io.stdout(USAGE);
      return command === undefined ? EXIT_BAD_INPUT : 0;
    default:
      io.stderr(`error: unknown command "${command}"\n${USAGE}`);
      return EXIT_BAD_INPUT;
  }
}

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

// Run from the sources (`npm run cli`, i.e. tsx src/cli/main.ts); the build enters by bin.ts.
if (process.argv[1]?.endsWith('cli/main.ts')) {
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`internal error: ${String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
