import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { setFileQuantities } from '../analysis/optimizeProblem.ts';
import type { DesignFile } from '../model/file.ts';
import { parseDesign } from '../model/parse.ts';
import { comparePaired } from '../simulation/paired.ts';
import { createCompareApi } from './compareApi.ts';

const threeTier = JSON.parse(readFileSync('public/examples/three-tier.json', 'utf8')) as DesignFile;

describe('createCompareApi', () => {
  it('compares designs as analyze does, at their times and mission time, with the deltas', async () => {
    const variant = setFileQuantities(threeTier, { apps: 5 });
    const r = await createCompareApi().compare(
      [threeTier, variant],
      [
        [1, 10],
        [1, 10],
      ],
    );
    if (!r.ok) throw new Error('not compared');
    const { results, deltas } = r.value;
    expect(results.map((x) => x.points.map((p) => p.t))).toEqual([
      [1, 10, 8760],
      [1, 10, 8760],
    ]);
    const parsed = parseDesign(variant);
    if (!parsed.ok) throw new Error('variant does not parse');
    expect(results[1]!.steadyState).toEqual(analyzeDesign(parsed.value).steadyState);
    expect(deltas[0]!.cost).toBe(4000);
  });

  it('names the design that is not valid', async () => {
    const broken = { ...threeTier, components: [] };
    const r = await createCompareApi().compare([threeTier, broken], [[], []]);
    expect(r.ok ? null : r.error.index).toBe(1);
  });

  it('optimises and gives the tornado of a file', async () => {
    const api = createCompareApi();
    const best = await api.optimize(threeTier, { maxUnavailability: 1e-4 });
    expect(best.ok && best.value.optimal).toBe(true);
    const tornado = await api.tornado(threeTier, 0.2);
    expect(tornado.ok && tornado.value.parameters.length).toBeGreaterThan(0);
  });

  it('runs the Monte Carlo check as comparePaired does, reporting progress', async () => {
    const variant = setFileQuantities(threeTier, { apps: 3 });
    const seen: number[] = [];
    const r = await createCompareApi().simulate(
      [threeTier, variant],
      { trials: 5000, seed: 4 },
      (done, total) => {
        expect(total).toBe(5000);
        seen.push(done);
      },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const designs = [threeTier, variant].map((f) => {
      const p = parseDesign(f);
      if (!p.ok) throw new Error('invalid');
      return p.value;
    });
    const direct = comparePaired(designs, { trials: 5000, seed: 4 });
    expect(direct.ok && r.value).toEqual(direct.ok ? direct.value : null);
    expect(r.value.differences[0]!.verdict).toBe('real');
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('says which design or option of the check is wrong', async () => {
    const api = createCompareApi();
    const broken = await api.simulate([threeTier, { ...threeTier, components: [] }], {
      trials: 100,
      seed: 1,
    });
    expect(broken.ok ? [] : broken.error.map((i) => i.path.slice(0, 11))).toContain('designs[1].');
    const trials = await api.simulate([threeTier, threeTier], { trials: 0, seed: 1 });
    expect(trials.ok ? [] : trials.error.map((i) => i.path)).toEqual(['trials']);
  });
});
