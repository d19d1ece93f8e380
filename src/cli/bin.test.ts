/**
 * The built command line (`dist-cli/rbd.mjs`, made by `npm run build:cli`, which `npm test`
 * runs first) gives what the sources give: the same JSON, the same simulated bits on its built
 * worker threads, mathjs loaded for an expression that needs it, and the same exit statuses.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './main.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'dist-cli', 'rbd.mjs');
const EXAMPLE = join(ROOT, 'public', 'examples', 'three-tier.json');

/** Runs the built command line as its own process. */
function runBuilt(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', [BIN, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the command line from the sources, in this process. */
async function runSources(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: () => undefined });
  return { code, stdout };
}

/** The simulate JSON without its timings (which differ from run to run). */
function withoutTimings(json: string): unknown {
  const { elapsedMs, eventsPerSecond, historiesPerSecond, workers, ...rest } = JSON.parse(
    json,
  ) as Record<string, unknown>;
  void [elapsedMs, eventsPerSecond, historiesPerSecond, workers];
  return rest;
}

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build:cli first`);
});

describe('the built command line', () => {
  it('prints the same analysis as the sources', async () => {
    const built = await runBuilt(['analyze', EXAMPLE, '--t', '1 year', '--json']);
    const sources = await runSources(['analyze', EXAMPLE, '--t', '1 year', '--json']);
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(sources.stdout));
  });

  it('simulates the same bits on its built worker threads as the sources in this thread', async () => {
    const args = ['simulate', EXAMPLE, '--trials', '3000', '--horizon', '8760', '--seed', '3'];
    const built = await runBuilt([...args, '--workers', '2', '--json']);
    const sources = await runSources([...args, '--workers', '0', '--json']);
    expect(built.code).toBe(0);
    expect(withoutTimings(built.stdout)).toEqual(withoutTimings(sources.stdout));
  });

  it('loads mathjs for an expression beyond a number with a unit', async () => {
    const design = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
      components: { failure: unknown }[];
    };
    design.components[0]!.failure = { distribution: 'exponential', mtbf: '1/2e-5' };
    const path = join(mkdtempSync(join(tmpdir(), 'rbd-bin-')), 'expression.json');
    writeFileSync(path, JSON.stringify(design));
    const built = await runBuilt(['analyze', path, '--json']);
    const sources = await runSources(['analyze', path, '--json']);
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(sources.stdout));
  });

  it('exits 1 on a missed target and 2 on bad input, saying why on stderr', async () => {
    const missed = await runBuilt(['check', EXAMPLE, '--min-availability', '99.99999%']);
    expect(missed.code).toBe(1);
    const bad = await runBuilt(['analyze', join(ROOT, 'no-such-file.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no such file');
    expect(bad.stdout).toBe('');
  });

  it('answers or refuses the inputs of issue 16 within seconds, as the sources do', async () => {
    // A negative flag value, refused by name (Node's parseArgs called it ambiguous).
    const negative = await runBuilt(['analyze', EXAMPLE, '--t', '-1']);
    expect(negative).toMatchObject({ code: 2, stdout: '', stderr: 'error: --t -1: must be ≥ 0\n' });
    // A huge t: the exact answer (minutes before).
    const huge = await runBuilt(['analyze', EXAMPLE, '--t', '1e15', '--json']);
    expect(huge.code).toBe(0);
    const points = (JSON.parse(huge.stdout) as { points: { reliability: number }[] }).points;
    expect(points[0]!.reliability).toBe(0);
    // A horizon whose events no run could process: refused, naming the expected count.
    const horizon = await runBuilt(['simulate', EXAMPLE, '--trials', '1000', '--horizon', '1e308']);
    expect(horizon.code).toBe(2);
    expect(horizon.stderr).toContain('a history would have about 5.7e+304 unit events');
    // A JSON syntax error at its line and column.
    const path = join(mkdtempSync(join(tmpdir(), 'rbd-bin-')), 'bad.json');
    writeFileSync(path, '{\n  "format": "rbd-design",,\n}');
    const bad = await runBuilt(['analyze', path]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'file is not valid JSON at line 2, column 26: unexpected character ","',
    );
  });
});
