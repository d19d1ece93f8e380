import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './main.ts';
import { COMMANDS } from './flags.ts';
import { parseJsonText } from '../model/jsonText.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'rbd-cli-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('analyze', () => {
  it('prints the contract fields as JSON', async () => {
    const { code, stdout } = await run([
      'analyze',
      'public/examples/three-tier.json',
      '--t',
      '8760',
      '--t',
      '1 year',
      '--json',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown> & {
      points: { t: number; reliability: number; unavailability: number }[];
      steadyState: Record<string, number>;
      blocks: { id: string; birnbaum: number; criticality: number }[];
      minimalCutSets: string[][];
    };
    expect(out.name).toBe('Three-tier web service');
    expect(out.timeUnit).toBe('hour');
    expect(out.points.map((p) => p.t)).toEqual([8760, 8766]);
    for (const key of [
      'availability',
      'unavailability',
      'nines',
      'downtimePerYear',
      'failureFrequency',
      'mtbf',
      'mut',
      'mdt',
    ]) {
      expect(typeof out.steadyState[key]).toBe('number');
    }
    expect(out.steadyState.mut! + out.steadyState.mdt!).toBeCloseTo(out.steadyState.mtbf!, 6);
    expect(out.blocks.length).toBeGreaterThan(0);
    expect(out.minimalCutSets.length).toBeGreaterThan(0);
    // The fields added to the contract.
    expect(out.cost).toBe(90000);
    for (const p of out.points as unknown as Record<string, number>[]) {
      expect(p.meanAvailability! + p.meanUnavailability!).toBeCloseTo(1, 12);
    }
    expect(Object.keys(out.bLife as object)).toEqual(['b1', 'b10', 'b50']);
    for (const b of out.blocks as unknown as Record<string, unknown>[]) {
      expect(b.kind).toBe('block');
      for (const key of ['availability', 'unavailability', 'raw', 'fussellVesely']) {
        expect(typeof b[key]).toBe('number');
      }
      expect(b.rrw === null || typeof b.rrw === 'number').toBe(true);
    }
    expect(Array.isArray(out.warnings)).toBe(true);
  });

  it('answers at any finite t, however large: R = 0, A(t) and its mean at the steady state', async () => {
    // Its standby pair took 20 s at t = 1e13 and 5 minutes at 1e15 (uniformisation grows with λt).
    const { code, stdout } = await run([
      'analyze',
      'public/examples/three-tier.json',
      '--t',
      '1e15',
      '--t',
      '1e308',
      '--t',
      String(Number.MAX_VALUE),
      '--json',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      points: Record<string, number>[];
      steadyState: { availability: number; unavailability: number };
      warnings: unknown[];
    };
    const u = out.steadyState.unavailability;
    expect(out.points.map((p) => p.t)).toEqual([1e15, 1e308, Number.MAX_VALUE]);
    for (const p of out.points) {
      expect([p.reliability, p.unreliability]).toEqual([0, 1]);
      expect(Math.abs(p.unavailability! - u) / u).toBeLessThan(1e-9);
      expect(Math.abs(p.meanUnavailability! - u) / u).toBeLessThan(1e-9);
      expect(p.availability! + p.unavailability!).toBeCloseTo(1, 12);
    }
    expect(out.warnings).toEqual([]);
  });

  it('gives the MTTF of one exponential unit of MTBF 1e308 as 1e308, and says when it overflows', async () => {
    const huge = (quantity: number) =>
      file(
        `mtbf-${quantity}.json`,
        JSON.stringify({
          format: 'rbd-design',
          version: 1,
          name: 'huge',
          missionTime: 10,
          components: [{ id: 'u', failure: { distribution: 'exponential', mtbf: 1e308 } }],
          diagram: {
            nodes: [
              { id: 'in', kind: 'start' },
              { id: 'a', kind: 'block', component: 'u', quantity },
              { id: 'out', kind: 'end' },
            ],
            edges: [
              { from: 'in', to: 'a' },
              { from: 'a', to: 'out' },
            ],
          },
        }),
      );
    type Out = {
      mttf: number | null;
      bLife: { b50: number | null };
      warnings: { code: string; message: string }[];
    };
    const one = JSON.parse((await run(['analyze', huge(1), '--json'])).stdout) as Out;
    expect(Math.abs(one.mttf! / 1e308 - 1)).toBeLessThan(1e-9);
    expect(Math.abs(one.bLife.b50! / (Math.LN2 * 1e308) - 1)).toBeLessThan(1e-9);
    expect(one.warnings).toEqual([]);
    // Three in parallel: (1 + 1/2 + 1/3)·1e308 is beyond the largest double; B50 solves
    // (1 − e^(−x))³ = ½.
    const three = JSON.parse((await run(['analyze', huge(3), '--json'])).stdout) as Out;
    expect(three.mttf).toBeNull();
    expect(three.warnings.map((w) => w.code)).toEqual(['mttf-too-large']);
    const b50 = -Math.log1p(-Math.cbrt(0.5)) * 1e308;
    expect(Math.abs(three.bLife.b50! / b50 - 1)).toBeLessThan(1e-9);
  });

  it('keeps R + Q = 1 to 1e-12 for one block of a million units, each side summed directly', async () => {
    // Unit reliability e^(−0.876) at t = 8760: k = 416,450 is the binomial mode (R ≈ ½).
    for (const required of [1, 416_450, 1_000_000]) {
      const design = {
        format: 'rbd-design',
        version: 1,
        name: 'million',
        missionTime: 8760,
        components: [
          {
            id: 'u',
            failure: { distribution: 'exponential', mtbf: 10_000 },
            repair: { distribution: 'exponential', mttr: 2 },
          },
        ],
        diagram: {
          nodes: [
            { id: 'in', kind: 'start' },
            { id: 'a', kind: 'block', component: 'u', quantity: 1_000_000, required },
            { id: 'out', kind: 'end' },
          ],
          edges: [
            { from: 'in', to: 'a' },
            { from: 'a', to: 'out' },
          ],
        },
      };
      const path = file(`million-${required}.json`, JSON.stringify(design));
      const { code, stdout } = await run(['analyze', path, '--t', '8760', '--t', '1e5', '--json']);
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as {
        points: Record<string, number>[];
        steadyState: { availability: number; unavailability: number };
      };
      for (const p of out.points) {
        expect(Math.abs(p.reliability! + p.unreliability! - 1)).toBeLessThan(1e-12);
        expect(Math.abs(p.availability! + p.unavailability! - 1)).toBeLessThan(1e-12);
        expect(Math.abs(p.meanAvailability! + p.meanUnavailability! - 1)).toBeLessThan(1e-12);
      }
      const s = out.steadyState;
      expect(Math.abs(s.availability + s.unavailability - 1)).toBeLessThan(1e-12);
    }
  });

  it('prints a readable report without --json', async () => {
    const { code, stdout } = await run(['analyze', 'public/examples/bridge-network.json']);
    expect(code).toBe(0);
    expect(stdout).toContain('Minimal cut sets (4 in all)');
  });

  it('exits 2 with a message on a missing file', async () => {
    const { code, stderr } = await run(['analyze', join(dir, 'nope.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('no such file');
  });

  it('exits 2 with the problem on invalid JSON, at its line and column (as the app says it)', async () => {
    const text = '{\n  "format": "rbd-design",\n  "version": 1,,\n}';
    const { code, stderr, stdout } = await run(['analyze', file('bad.json', text)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      '  file is not valid JSON at line 3, column 16: unexpected character ","\n',
    );
    // The app reads files with the same function: it says the same.
    const shared = parseJsonText(text);
    expect(!shared.ok && shared.issues[0]!.message).toBe(
      'file is not valid JSON at line 3, column 16: unexpected character ","',
    );
  });

  it('refuses keys that could reach a prototype, naming each spot (the app refuses them too)', async () => {
    const design = JSON.parse(readFileSync('public/examples/three-tier.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const text = JSON.stringify(design).replace(
      /^\{/,
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},',
    );
    const { code, stderr, stdout } = await run(['analyze', file('proto.json', text), '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('  __proto__: key "__proto__" is not allowed in a design file\n');
    expect(stderr).toContain(
      '  constructor.prototype: key "prototype" is not allowed in a design file\n',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('exits 2 naming the field of an invalid design', async () => {
    const design = JSON.parse(
      JSON.stringify({
        format: 'rbd-design',
        version: 1,
        name: 'bad',
        missionTime: 10,
        components: [{ id: 'u', name: 'u', failure: { distribution: 'exponential', mtbf: -5 } }],
        diagram: {
          nodes: [
            { id: 'in', kind: 'start' },
            { id: 'a', kind: 'block', component: 'u' },
            { id: 'out', kind: 'end' },
          ],
          edges: [
            { from: 'in', to: 'a' },
            { from: 'a', to: 'out' },
          ],
        },
      }),
    ) as unknown;
    const { code, stderr, stdout } = await run([
      'analyze',
      file('neg.json', JSON.stringify(design)),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('components[0].failure.mtbf');
  });

  it('reads a negative --t as a value and refuses it by name', async () => {
    for (const value of ['-1', '-1e3', '-.5']) {
      const { code, stderr, stdout } = await run([
        'analyze',
        'public/examples/three-tier.json',
        '--t',
        value,
      ]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`error: --t ${value}: must be ≥ 0\n`);
    }
  });

  it('exits 2 on an unknown command', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('--help', () => {
  it('lists every flag of every command', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const [command, spec] of Object.entries(COMMANDS)) {
      expect(stdout).toContain(`${command} ${spec.args}`.trim());
      for (const flag of Object.keys(spec.flags))
        expect(stdout).toMatch(new RegExp(`--${flag}\\b`));
    }
    for (const flag of ['--workers', '--crews', '--no-repair', '--reliability-only']) {
      expect(stdout).toContain(flag);
    }
  });

  it('is documented in src/cli/README.md: each command by its usage line', async () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const { stdout } = await run(['--help']);
    for (const [command, spec] of Object.entries(COMMANDS)) {
      const start = `${command} ${spec.args}`.trim();
      const usage = stdout.split('\n').find((line) => line.trim().startsWith(start))!;
      expect(readme).toContain(`## \`${usage.trim()}\``);
    }
  });

  it('prints the usage line of the command on a wrong call', async () => {
    const { code, stderr } = await run(['analyze']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: analyze FILE [--t T]... [--json]');
  });
});

describe('check', () => {
  it('exits 0 when the design meets the target', async () => {
    const { code, stdout } = await run([
      'check',
      'public/examples/three-tier.json',
      '--min-availability',
      '0.99',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('ok');
  });

  it('exits 1 with the shortfall and the blocks that matter most when it does not', async () => {
    const { code, stdout } = await run([
      'check',
      'public/examples/three-tier.json',
      '--min-availability',
      '99.99999999%',
      '--json',
    ]);
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as {
      pass: boolean;
      targets: { shortfall: number }[];
      mostCritical: unknown[];
    };
    expect(out.pass).toBe(false);
    expect(out.targets[0]!.shortfall).toBeGreaterThan(0);
    expect(out.mostCritical.length).toBeGreaterThan(0);
  });

  it('reads a negative target as a value and refuses it by name', async () => {
    const { code, stderr } = await run([
      'check',
      'public/examples/three-tier.json',
      '--min-availability',
      '-0.5',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('--min-availability -0.5: must be a probability in [0, 1]');
  });

  it('exits 2 on a target outside [0, 1]', async () => {
    const { code, stderr } = await run([
      'check',
      'public/examples/three-tier.json',
      '--min-availability',
      '1.5',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('--min-availability');
  });
});
