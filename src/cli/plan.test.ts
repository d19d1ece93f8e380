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
  ])('refuses %j by name, exit 2', async (args, message) => {
    const { code, err, out } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
  });
});
