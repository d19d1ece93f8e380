import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getNodeParallelism } from '../worker/nodeWorkerPort.ts';
import { runSimulateCommand } from './simulate.ts';

const THREE_TIER = fileURLToPath(new URL('../../public/examples/three-tier.json', import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSimulateCommand(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
  });
  return { code, out, err };
}

describe('runSimulateCommand', () => {
  it('prints the simulate contract fields as JSON', async () => {
    const { code, out, err } = await run([
      THREE_TIER,
      '--trials',
      '2000',
      '--horizon',
      '1 year',
      '--seed',
      '3',
      '--workers',
      '0',
      '--json',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    for (const key of [
      'trials',
      'horizon',
      'seed',
      'availability',
      'reliability',
      'failures',
      'events',
      'elapsedMs',
      'eventsPerSecond',
      'perBlock',
      'downtime',
    ]) {
      expect(json).toHaveProperty(key);
    }
    expect(json).toMatchObject({ trials: 2000, horizon: 8766, seed: 3 });
    const availability = json.availability as { mean: unknown; ci95: unknown[] };
    expect(typeof availability.mean).toBe('number');
    expect(availability.ci95.map((x) => typeof x)).toEqual(['number', 'number']);
    expect(typeof (json.failures as { meanCount: unknown }).meanCount).toBe('number');
  });

  it('gives the same numbers on worker threads as in this thread', async () => {
    const args = [THREE_TIER, '--trials', '3000', '--horizon', '100000', '--json'];
    const inThread = JSON.parse((await run([...args, '--workers', '0'])).out) as Record<
      string,
      unknown
    >;
    const onWorkers = JSON.parse((await run([...args, '--workers', '2'])).out) as Record<
      string,
      unknown
    >;
    expect(onWorkers.availability).toEqual(inThread.availability);
    expect(onWorkers.perBlock).toEqual(inThread.perBlock);
  });

  it('clamps --workers to the threads the machine runs at once, with a notice', async () => {
    const { code, out, err } = await run([
      THREE_TIER,
      '--trials',
      '200',
      '--horizon',
      '100',
      '--workers',
      '100000',
      '--json',
    ]);
    expect(code).toBe(0);
    const parallelism = getNodeParallelism();
    const notice = `--workers 100000: more than the ${parallelism} threads this machine runs at once; using ${parallelism}`;
    expect(err).toBe(`notice: ${notice}\n`);
    const json = JSON.parse(out) as { workers: number; warnings: string[] };
    expect(json.workers).toBe(parallelism);
    expect(json.warnings).toContain(notice);
  });

  it('refuses a run whose expected events exceed the budget, naming the count, before it starts', async () => {
    const { code, out, err } = await run([THREE_TIER, '--trials', '1000', '--horizon', '1e308']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(
      /^error: --horizon 1e308: a history would have about 5\.\de\+304 unit events \(5\.\de\+307 for 1000 histories\); the budget is 1e\+7 per history and 1e\+9 in all/,
    );
    // Without repair each unit fails at most once: the same horizon is answered.
    const mission = await run([
      THREE_TIER,
      '--trials',
      '1000',
      '--horizon',
      '1e308',
      '--workers',
      '0',
      '--reliability-only',
      '--json',
    ]);
    expect(mission.code).toBe(0);
    expect((JSON.parse(mission.out) as { reliability: { mean: number } }).reliability.mean).toBe(0);
  });

  it('prints a readable report without --json', async () => {
    const { code, out } = await run([
      THREE_TIER,
      '--trials',
      '500',
      '--horizon',
      '8760',
      '--workers',
      '0',
      '--no-repair',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('availability');
    expect(out).toContain('no repair');
  });

  it.each([
    [['--trials', '10', '--horizon', '10'], 'usage'],
    [[THREE_TIER, '--horizon', '10'], 'missing --trials'],
    [[THREE_TIER, '--trials', '0', '--horizon', '10'], '--trials 0'],
    [[THREE_TIER, '--trials', '10'], 'missing --horizon'],
    [[THREE_TIER, '--trials', '10', '--horizon', '-5'], '--horizon -5: must be > 0'],
    [[THREE_TIER, '--trials', '-10', '--horizon', '10'], '--trials -10: must be an integer ≥ 1'],
    [[THREE_TIER, '--trials', '10', '--horizon', '10', '--seed', '-1'], '--seed -1'],
    [[THREE_TIER, '--trials', '10', '--horizon=-5'], '--horizon -5: must be > 0'],
    [[THREE_TIER, '--trials', '10', '--horizon', '5 kg'], '--horizon 5 kg'],
    [[THREE_TIER, '--trials', '10', '--horizon', '10', '--seed=-1'], '--seed -1'],
    [[THREE_TIER, '--trials', '10', '--horizon', '10', '--crews', '0'], '--crews 0'],
    [[THREE_TIER, '--trials', '10', '--horizon', '10', '--bogus'], 'bogus'],
    [['/nonexistent.json', '--trials', '10', '--horizon', '10'], 'cannot read'],
  ])('exits 2 with a message on bad input %j', async (args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
  });

  it('exits 2 on a file that is not a design', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rbd-sim-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"format": "something-else"}');
    const { code, err } = await run([file, '--trials', '10', '--horizon', '10']);
    expect(code).toBe(2);
    expect(err).toContain('not a valid design');
  });
});
