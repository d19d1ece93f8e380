/**
 * Whole-process times of the command line, as a pipeline feels them: medians of several runs of
 * each call, against `node -e 0` measured in the same run (the floor), and the built command line
 * (`dist-cli/rbd.mjs`) against the sources through tsx (`npm run cli`, the old way). Builds the
 * command line first when it is missing. Runs in Node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'dist-cli', 'rbd.mjs');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const EXAMPLE = join(ROOT, 'public', 'examples', 'three-tier.json');

/** Median wall time of `runs` runs of a process, in seconds. */
function time(command: string, args: readonly string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(command, args, { cwd: ROOT, stdio: 'ignore' });
    if (run.status !== 0 && run.status !== 1) {
      throw new Error(`${command} ${args.join(' ')} exited with ${String(run.status)}`);
    }
    times.push((performance.now() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Prints the table of command-line start-up times. */
export function runCliBench(runs = 5): void {
  if (!existsSync(BIN)) execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  const floor = time('node', ['-e', '0'], runs);
  const calls: [string, string[]][] = [
    ['--help', ['--help']],
    ['analyze (8 units)', ['analyze', EXAMPLE, '--json']],
    ['check', ['check', EXAMPLE, '--min-availability', '99.9%']],
    [
      'simulate --trials 1 (1 worker)',
      ['simulate', EXAMPLE, '--trials', '1', '--horizon', '8760', '--workers', '1'],
    ],
  ];
  console.log(`node -e 0: ${floor.toFixed(3)} s (median of ${runs})`);
  console.log(
    'call                            built (s)  × node -e 0   tsx sources (s)   tsx / built',
  );
  for (const [name, args] of calls) {
    const built = time('node', [BIN, ...args], runs);
    const sources = time(TSX, [join(ROOT, 'src', 'cli', 'main.ts'), ...args], Math.min(runs, 3));
    console.log(
      `${name.padEnd(32)}${built.toFixed(3).padStart(9)}${(built / floor).toFixed(2).padStart(12)}` +
        `${sources.toFixed(3).padStart(18)}${(sources / built).toFixed(1).padStart(14)}`,
    );
  }
}
