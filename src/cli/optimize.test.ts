import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './main.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'rbd-optimize-'));
const THREE_TIER = 'public/examples/three-tier.json';

interface Candidate {
  cost: number;
  unavailability: number;
  quantities: Record<string, number>;
}
interface OptimizeOut {
  target: { maxUnavailability: number; availability?: number; downtimePerYear?: number };
  best: Candidate | null;
  pareto: Candidate[];
  optimal: boolean;
  method: string;
  evaluated: number;
}

describe('optimize', () => {
  it('prints the cheapest design meeting the target, proven optimal, with the front', async () => {
    const { code, stdout } = await run([
      'optimize',
      THREE_TIER,
      '--min-availability',
      '99.99%',
      '--json',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as OptimizeOut;
    expect(out.target.maxUnavailability).toBeCloseTo(1e-4, 15);
    expect(out.optimal).toBe(true);
    expect(out.method).toBe('branch-and-bound');
    expect(out.best!.unavailability).toBeLessThanOrEqual(1e-4);
    expect(Object.keys(out.best!.quantities)).toEqual(['lb1', 'lb2', 'apps', 'db']);
    expect(out.evaluated).toBeGreaterThan(0);
    // The front is sorted by cost, each point better than the one before.
    for (let i = 1; i < out.pareto.length; i++) {
      expect(out.pareto[i]!.cost).toBeGreaterThan(out.pareto[i - 1]!.cost);
      expect(out.pareto[i]!.unavailability).toBeLessThan(out.pareto[i - 1]!.unavailability);
    }
    // No cheaper design on the front meets the target.
    const cheaper = out.pareto.filter((p) => p.cost < out.best!.cost);
    expect(cheaper.every((p) => p.unavailability > 1e-4)).toBe(true);
  });

  it('writes the best design with --out, and analyze reads it back with that cost', async () => {
    const out = join(dir, 'best.json');
    const { code, stdout } = await run([
      'optimize',
      THREE_TIER,
      '--max-downtime',
      '30 min',
      '--blocks',
      'apps,db',
      '--out',
      out,
      '--json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as OptimizeOut;
    expect(result.target.maxUnavailability).toBeCloseTo(0.5 / 8766, 15);
    expect(Object.keys(result.best!.quantities)).toEqual(['apps', 'db']);
    const analysed = JSON.parse((await run(['analyze', out, '--json'])).stdout) as {
      cost: number;
      steadyState: { unavailability: number };
    };
    expect(analysed.cost).toBe(result.best!.cost);
    expect(analysed.steadyState.unavailability).toBeCloseTo(result.best!.unavailability, 15);
    // The rest of the file (its description, the layout) is kept as written.
    const written = JSON.parse(readFileSync(out, 'utf8')) as { diagram: { ui: unknown } };
    expect(written.diagram.ui).toEqual(
      (JSON.parse(readFileSync(THREE_TIER, 'utf8')) as { diagram: { ui: unknown } }).diagram.ui,
    );
  });

  it("uses the design's own target when no flag is given", async () => {
    const file = JSON.parse(readFileSync(THREE_TIER, 'utf8')) as Record<string, unknown>;
    file.targets = { availability: '99.9%' };
    const path = join(dir, 'targeted.json');
    writeFileSync(path, JSON.stringify(file));
    const out = JSON.parse((await run(['optimize', path, '--json'])).stdout) as OptimizeOut;
    expect(out.target.availability).toBeCloseTo(0.999, 12);
    expect(out.best!.unavailability).toBeLessThanOrEqual(1e-3);
  });

  it('says when no design within the budget meets the target', async () => {
    const { code, stdout } = await run([
      'optimize',
      THREE_TIER,
      '--min-availability',
      '99.99%',
      '--budget',
      '1000',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('best: no design of the search space meets the target');
  });

  it('exits 2 on bad input, naming the flag or block', async () => {
    const cases: [string[], string][] = [
      [['--min-availability', '2'], '--min-availability 2: must be a probability'],
      [['--min-availability', '0.9', '--max-downtime', '1'], 'not both'],
      [['--min-availability', '0.9', '--max-quantity', '0'], '--max-quantity 0'],
      [['--min-availability', '0.9', '--budget', '-5'], '--budget -5'],
      [['--min-availability', '0.9', '--blocks', 'nope'], 'unknown block "nope"'],
      [[], 'sets no availability or downtime target'],
    ];
    for (const [flags, message] of cases) {
      const { code, stderr, stdout } = await run(['optimize', THREE_TIER, ...flags]);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
      expect(stdout).toBe('');
    }
  });
});
