import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExample } from '../testing/examples.ts';
import { HISTORY_PICK_KINDS, selectHistoryPick } from '../simulation/historyPicks.ts';
import { simulateDesign } from '../simulation/runner.ts';
import { runTraceCommand } from './trace.ts';

const THREE_TIER = fileURLToPath(new URL('../../public/examples/three-tier.json', import.meta.url));
const KINDS = [
  'failed',
  'repair-started',
  'repaired',
  'switched-in',
  'switch-completed',
  'switch-failed',
];

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runTraceCommand(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
  });
  return { code, out, err };
}

interface TraceJson {
  seed: number;
  history: number;
  horizon: number;
  units: { block: string; unit: number }[];
  events: { t: number; block: string; unit: number; kind: string }[];
  system: { t: number; up: boolean }[];
  downtime: number;
  failures: number;
  pick: { kind: string; trials: number } | null;
}

describe('runTraceCommand', () => {
  const { design } = loadExample('three-tier.json');
  const options = { trials: 1000, horizon: 8766, seed: 7 };
  const picked = simulateDesign(design, options);
  if (!picked.ok) throw new Error('run failed');

  it('prints the spec fields as JSON, with the history the run counted', async () => {
    const bad = selectHistoryPick(picked.value.picks, 'bad')!;
    const { code, out, err } = await run([
      THREE_TIER,
      '--horizon',
      '1 year',
      '--seed',
      '7',
      '--history',
      String(bad.history),
      '--json',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as TraceJson;
    expect(Object.keys(json).slice(0, 9)).toEqual([
      'seed',
      'history',
      'horizon',
      'units',
      'events',
      'system',
      'downtime',
      'failures',
      'name',
    ]);
    expect(json).toMatchObject({ seed: 7, history: bad.history, horizon: 8766, pick: null });
    // The run's figure for that history, bit for bit (JSON keeps every digit of a double).
    expect(json.downtime).toBe(bad.downtime);
    expect(json.units).toHaveLength(8);
    expect(json.units[0]).toEqual({ block: 'lb1', unit: 0 });
    for (const e of json.events) expect(KINDS).toContain(e.kind);
    expect(json.system[0]).toEqual({ t: 0, up: true });
    expect(json.failures).toBe(json.system.filter((c) => !c.up).length);
  });

  it.each(HISTORY_PICK_KINDS)('picks the %s history as the player does', async (kind) => {
    const expected = selectHistoryPick(picked.value.picks, kind);
    const { code, out } = await run([
      THREE_TIER,
      '--horizon',
      '8766',
      '--seed',
      '7',
      '--pick',
      kind,
      '--json',
    ]);
    // Every kind exists in this run (checked first), so the command never refuses.
    expect(expected).not.toBeNull();
    expect(code).toBe(0);
    const json = JSON.parse(out) as TraceJson;
    expect(json.history).toBe(expected!.history);
    expect(json.downtime).toBe(expected!.downtime);
    expect(json.pick).toEqual({ kind, trials: 1000 });
  });

  it('prints the event log in plain words', async () => {
    const { code, out } = await run([
      THREE_TIER,
      '--horizon',
      '1 year',
      '--seed',
      '7',
      '--pick',
      'bad',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('(the bad history of the first 1000)');
    expect(out).toMatch(/day \d+ \d\d:\d\d +\S+ unit \d+ failed; /);
    expect(out).toContain('system DOWN');
    expect(out).toMatch(/system up again after /);
  });

  it('refuses a call without exactly one of --history and --pick, or with a bad pick', async () => {
    for (const args of [
      [THREE_TIER, '--horizon', '100'],
      [THREE_TIER, '--horizon', '100', '--history', '1', '--pick', 'bad'],
      [THREE_TIER, '--horizon', '100', '--pick', 'median'],
      [THREE_TIER, '--horizon', '100', '--history', '-1'],
      [THREE_TIER, '--history', '1'],
    ]) {
      const { code, out, err } = await run(args);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain('usage: trace FILE --horizon H');
    }
  });

  it('refuses a negative history by name, and a horizon past the event budget within seconds', async () => {
    const negative = await run([THREE_TIER, '--horizon', '100', '--history', '-1']);
    expect(negative.code).toBe(2);
    expect(negative.err).toContain('--history -1');
    const huge = await run([THREE_TIER, '--horizon', '1e308', '--pick', 'bad']);
    expect(huge.code).toBe(2);
    expect(huge.out).toBe('');
    expect(huge.err).toContain('--horizon 1e308: a history would have about');
  });
});
