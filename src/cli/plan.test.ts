import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './main.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('plan', () => {
  it('checkpoint: Young and Daly with the waste at each (Daly 2006, M = 24 h, δ = 5 min, R = 10 min)', async () => {
    const { code, out } = await run([
      'plan',
      'checkpoint',
      '--cost',
      '5 min',
      '--mtbf',
      '24 hours',
      '--restart',
      '10 min',
      '--json',
    ]);
    expect(code).toBe(0);
    const plan = JSON.parse(out) as { young: number; daly: number; waste: { daly: number } };
    expect(plan.young * 60).toBeCloseTo(120, 6);
    expect(plan.daly * 60).toBeCloseTo(116.69, 2);
    expect(plan.waste.daly).toBeCloseTo(1 - 500 / 547.9, 3);
  });

  it('retry: the fields that were asked for', async () => {
    const both = await run([
      'plan',
      'retry',
      '--p-success',
      '90%',
      '--attempts',
      '3',
      '--target',
      '0.9999',
      '--json',
    ]);
    expect(JSON.parse(both.out)).toMatchObject({ pSuccess: 0.999, minAttempts: 4 });
    const only = await run(['plan', 'retry', '--p-success', '0.5', '--target', '0.99', '--json']);
    expect(JSON.parse(only.out)).toEqual({ minAttempts: 7 });
    const text = await run(['plan', 'retry', '--p-success', '0.5', '--attempts', '2']);
    expect(text.out).toContain('success within 2 attempts: 0.75');
  });

  it('rate: 3 failures in 24 unit-years, 90 % chi-square interval', async () => {
    const { code, out } = await run(['plan', 'rate', '--failures', '3', '--time', '24', '--json']);
    expect(code).toBe(0);
    const plan = JSON.parse(out) as { rate: number; mtbf: number; lower: number; upper: number };
    expect(plan).toMatchObject({ rate: 0.125, mtbf: 8 });
    expect(plan.lower).toBeCloseTo(1.6354 / 48, 4);
    expect(plan.upper).toBeCloseTo(15.5073 / 48, 4);
  });

  it('allocate: the Fyffe–Hines–Lee benchmark at weight 190, and a problem from a file', async () => {
    const { code, out } = await run([
      'plan',
      'allocate',
      '--fyffe-hines-lee',
      '--max-weight',
      '190',
      '--json',
    ]);
    expect(code).toBe(0);
    const answer = JSON.parse(out) as { reliability: number; optimal: boolean; weight: number };
    expect(answer.reliability.toFixed(6)).toBe('0.986416');
    expect(answer.optimal).toBe(true);
    expect(answer.weight).toBeLessThanOrEqual(190);
    const dir = mkdtempSync(join(tmpdir(), 'rbd-allocate-'));
    const file = join(dir, 'problem.json');
    writeFileSync(
      file,
      JSON.stringify({
        subsystems: [
          {
            name: 'db',
            options: [
              { name: 'standard', reliability: 0.9, cost: 1 },
              { name: 'premium', reliability: 0.99, cost: 3 },
            ],
          },
        ],
        maxCost: 3,
      }),
    );
    const text = await run(['plan', 'allocate', file]);
    expect(text.code).toBe(0);
    // Three standard units (0.999) beat one premium (0.99) at the same cost.
    expect(text.out).toContain('R = 0.999');
    expect(text.out).toContain('3 × standard');
    expect(text.out).toContain('proven best');
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        subsystems: [{ name: 'db', options: [{ name: 'x', reliability: 2, cost: 1 }] }],
        maxCost: 1,
      }),
    );
    const refused = await run(['plan', 'allocate', bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('subsystems[0].options[0].reliability');
  });

  it.each([
    [['plan'], 'plan needs a planner'],
    [['plan', 'nap'], 'unknown planner "nap"'],
    [['plan', 'rate', '--failures', '-1', '--time', '24'], '--failures -1: must be an integer ≥ 0'],
    [['plan', 'rate', '--failures', '1', '--time', '0'], '--time 0: must be > 0'],
    [
      ['plan', 'retry', '--p-success', '1.5', '--attempts', '2'],
      '--p-success 1.5: must be a probability',
    ],
    [['plan', 'retry', '--p-success', '0.5'], 'give --attempts, --target or both'],
    [['plan', 'checkpoint', '--cost', '5'], '--mtbf is required'],
    [['plan', 'checkpoint', '--cost', '5', '--mtbf', '1 parsec'], '--mtbf 1 parsec:'],
    [['plan', 'allocate'], 'give a problem file (or --fyffe-hines-lee)'],
    [['plan', 'allocate', '/nonexistent/p.json'], 'no such file'],
    [['plan', 'allocate', '--fyffe-hines-lee', '--max-units', '0'], '--max-units 0: must be'],
    [['plan', 'allocate', '--fyffe-hines-lee', '--max-cost', '5'], 'no system fits'],
  ])('refuses %j by name, exit 2', async (args, message) => {
    const { code, err, out } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
  });
});
