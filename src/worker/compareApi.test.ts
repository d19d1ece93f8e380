import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import { setFileQuantities } from '../analysis/optimizeProblem.ts';
import type { DesignFile } from '../model/file.ts';
import { parseDesign } from '../model/parse.ts';
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
});
