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

const dir = mkdtempSync(join(tmpdir(), 'rbd-compare-'));
const THREE_TIER = 'public/examples/three-tier.json';

/** Three-tier with changes applied to its file, written to a temporary file. */
function variant(name: string, change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(readFileSync(THREE_TIER, 'utf8')) as Record<string, unknown>;
  change(file);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

interface NodeFile {
  id: string;
  quantity?: number;
}
const setAppServers = (quantity: number) => (file: Record<string, unknown>) => {
  const nodes = (file.diagram as { nodes: NodeFile[] }).nodes;
  nodes.find((n) => n.id === 'apps')!.quantity = quantity;
};

interface CompareOut {
  designs: {
    file: string;
    name: string;
    cost: number;
    steadyState: { downtimePerYear: number; nines: number; unavailability: number };
    points: { t: number }[];
    targetsMet?: boolean;
  }[];
  deltas: {
    design: number;
    against: number;
    downtimePerYear: number;
    nines: number;
    cost: number;
    costPerNine: number | null;
  }[];
}

describe('compare', () => {
  it('prints each design as analyze does and each delta against the first', async () => {
    const five = variant('five-apps.json', setAppServers(5));
    const { code, stdout } = await run(['compare', THREE_TIER, five, '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as CompareOut;
    const single = await Promise.all(
      [THREE_TIER, five].map(
        async (f) =>
          JSON.parse((await run(['analyze', f, '--json'])).stdout) as {
            steadyState: unknown;
            cost: number;
          },
      ),
    );
    expect(out.designs.map((d) => d.file)).toEqual([THREE_TIER, five]);
    out.designs.forEach((d, i) => {
      expect(d.steadyState).toEqual(single[i]!.steadyState);
      expect(d.cost).toBe(single[i]!.cost);
    });
    const [delta] = out.deltas;
    expect(delta!.design).toBe(1);
    expect(delta!.against).toBe(0);
    // One more app server costs one app server's price (4000) and lowers the downtime.
    expect(delta!.cost).toBe(4000);
    expect(delta!.downtimePerYear).toBeLessThan(0);
    expect(delta!.downtimePerYear).toBe(
      out.designs[1]!.steadyState.downtimePerYear - out.designs[0]!.steadyState.downtimePerYear,
    );
    expect(delta!.costPerNine).toBeCloseTo(4000 / delta!.nines, 6);
  });

  it('reads --t in each design own time unit', async () => {
    const days = variant('days.json', (f) => {
      f.timeUnit = 'day';
      f.missionTime = 365;
    });
    const { code, stdout } = await run(['compare', THREE_TIER, days, '--t', '1 year', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as CompareOut;
    expect(out.designs.map((d) => d.points[0]!.t)).toEqual([8766, 365.25]);
  });

  it('says whether each design meets its own targets', async () => {
    const strict = variant('strict.json', (f) => {
      f.targets = { availability: '99.999999%' };
    });
    const loose = variant('loose.json', (f) => {
      f.targets = { availability: 0.99 };
    });
    const out = JSON.parse((await run(['compare', strict, loose, '--json'])).stdout) as CompareOut;
    expect(out.designs.map((d) => d.targetsMet)).toEqual([false, true]);
  });

  it('prints a text table with the change of downtime in minutes', async () => {
    const five = variant('five-apps-text.json', setAppServers(5));
    const { code, stdout } = await run(['compare', THREE_TIER, five]);
    expect(code).toBe(0);
    expect(stdout).toContain('(baseline)');
    expect(stdout).toMatch(/against 1: downtime −[\d.]+ min\/yr/);
  });

  it('exits 2 with fewer than two designs or a bad file', async () => {
    const one = await run(['compare', THREE_TIER]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('compare needs 2 to 20 design files (got 1)');
    const missing = await run(['compare', THREE_TIER, join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    expect(missing.stdout).toBe('');
  });
});

describe('check with the design targets', () => {
  it('uses the design targets when no flag is given', async () => {
    const met = variant('met.json', (f) => {
      f.targets = { availability: 0.99, downtimePerYear: '10 h' };
    });
    const { code, stdout } = await run(['check', met, '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { targetsFrom: string; targets: { metric: string }[] };
    expect(out.targetsFrom).toBe('design');
    expect(out.targets.map((t) => t.metric)).toEqual(['availability', 'downtimePerYear']);
  });

  it('exits 1 when a design target on downtime is missed', async () => {
    const missed = variant('missed.json', (f) => {
      f.targets = { downtimePerYear: '1 s' };
    });
    const { code, stdout } = await run(['check', missed]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL downtimePerYear/);
    expect(stdout).toContain('h/yr');
  });

  it('lets flags override the design targets', async () => {
    const missed = variant('override.json', (f) => {
      f.targets = { downtimePerYear: '1 s' };
    });
    const { code } = await run(['check', missed, '--min-availability', '0.9']);
    expect(code).toBe(0);
  });

  it('exits 2 when neither a flag nor the design gives a target', async () => {
    const { code, stderr } = await run(['check', THREE_TIER]);
    expect(code).toBe(2);
    expect(stderr).toContain('sets no targets');
  });

  it('adds the Monte Carlo check with --simulate, as comparePaired gives it', async () => {
    const fewer = variant('fewer-apps.json', setAppServers(3));
    const r = await run([
      'compare',
      THREE_TIER,
      fewer,
      '--simulate',
      '4000',
      '--seed',
      '3',
      '--json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      simulation: {
        trials: number;
        seed: number;
        differences: { verdict: string; difference: { mean: number } }[];
      };
    };
    expect(out.simulation.trials).toBe(4000);
    expect(out.simulation.seed).toBe(3);
    expect(out.simulation.differences[0]!.verdict).toBe('real');
    expect(out.simulation.differences[0]!.difference.mean).toBeGreaterThan(10);
    const text = await run(['compare', THREE_TIER, THREE_TIER, '--simulate', '500']);
    expect(text.stdout).toContain('2 against 1: 0 min/yr [0, 0], within noise (identical draws)');
    // Without --simulate the output keeps its shape.
    const plain = await run(['compare', THREE_TIER, fewer, '--json']);
    expect(Object.keys(JSON.parse(plain.stdout) as object)).toEqual(['designs', 'deltas']);
  });

  it('refuses a bad --simulate or a --seed without it', async () => {
    const bad = await run(['compare', THREE_TIER, THREE_TIER, '--simulate', '1e-3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--simulate 1e-3: must be a whole number ≥ 2');
    const seed = await run(['compare', THREE_TIER, THREE_TIER, '--seed', '4']);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain('--seed goes with --simulate');
    const negative = await run([
      'compare',
      THREE_TIER,
      THREE_TIER,
      '--simulate',
      '10',
      '--seed',
      '-1',
    ]);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain('--seed: the seed must be');
  });
});
