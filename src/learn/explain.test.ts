import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze.ts';
import type { DesignFile } from '../model/file.ts';
import { createDesignJson, exponential, toDesign } from '../testing/designFiles.ts';
import { describeExplanation, explainDesign } from './explain.ts';
import { createChainDesign, createExponentialComponent } from './lessonDesign.ts';

const example = (name: string): DesignFile =>
  JSON.parse(
    readFileSync(new URL(`../../public/examples/${name}`, import.meta.url), 'utf8'),
  ) as DesignFile;

const explain = (file: DesignFile) => explainDesign(file, analyzeDesign(toDesign(file)));

describe('explainDesign', () => {
  it('reduces the three-tier example to the engine’s availability: P₁ of the balancers, then series', () => {
    const e = explain(example('three-tier.json'));
    if (e.kind !== 'reduced') throw new Error(e.reason);
    expect(e.steps.map((s) => s.name)).toEqual([
      'A_{\\text{lb1}}',
      'A_{\\text{lb2}}',
      'A_{\\text{apps}}',
      'A_{\\text{db}}',
      'S_{1}',
      'P_{1}',
      'S_{2}',
    ]);
    expect(e.unavailability / e.engineUnavailability).toBeCloseTo(1, 10);
    expect(e.availability).toBeCloseTo(e.engineAvailability, 14);
    expect(e.steps[2]!.tex).toContain('(\\text{3 of 4})');
    expect(e.steps[5]!.tex).toMatch(
      /^P_\{1\} = 1 - \(1 - A_\{\\text\{lb1\}\}\)\(1 - A_\{\\text\{lb2\}\}\)/,
    );
    expect(describeExplanation(e)).toMatch(/^equals the engine’s system availability/);
  });

  it('multiplies a chain: two units of 1000 h / 10 h in series give (1000/1010)²', () => {
    const file = createChainDesign(
      'chain',
      [createExponentialComponent('c', 1000, 10)],
      [
        { id: 'a', kind: 'block', component: 'c' },
        { id: 'b', kind: 'block', component: 'c' },
      ],
      100,
    );
    const e = explain(file);
    if (e.kind !== 'reduced') throw new Error(e.reason);
    expect(e.availability).toBeCloseTo((1000 / 1010) ** 2, 14);
    expect(e.steps.at(-1)!.tex).toContain(
      'S_{1} = A_{\\text{a}} \\cdot A_{\\text{b}} = (99.009901\\,\\%) \\cdot (99.009901\\,\\%)',
    );
  });

  it('reads a full mesh (two balancers each wired to both servers) as parallel, then series', () => {
    const file = createDesignJson(
      [exponential('lb', 2000, 1), exponential('app', 1000, 10)],
      ['lb1', 'lb2', 'app1', 'app2'].map((id) => ({
        id,
        kind: 'block',
        component: id.slice(0, -1),
      })),
      ['in>lb1', 'in>lb2', 'lb1>app1', 'lb1>app2', 'lb2>app1', 'lb2>app2', 'app1>out', 'app2>out'],
    ) as unknown as DesignFile;
    const e = explain(file);
    if (e.kind !== 'reduced') throw new Error(e.reason);
    const uLb = 1 / 2001;
    const uApp = 10 / 1010;
    expect(e.unavailability).toBeCloseTo(uLb ** 2 + uApp ** 2 - uLb ** 2 * uApp ** 2, 15);
    expect(e.unavailability / e.engineUnavailability).toBeCloseTo(1, 10);
    expect(e.steps.filter((s) => s.kind === 'parallel')).toHaveLength(2);
  });

  it('splits a bridge on a pivotal block: A = A_X·A(X up) + (1 − A_X)·A(X down), the engine’s figure', () => {
    // s → a, b; a → c, e; b → e, d; e → c, d; c, d → t: e sits on crossing paths.
    const bridge = explain(
      createDesignJson(
        [exponential('link', 1000, 10)],
        ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, kind: 'block', component: 'link' })),
        ['in>a', 'in>b', 'a>c', 'a>e', 'b>e', 'b>d', 'e>c', 'e>d', 'c>out', 'd>out'],
      ) as unknown as DesignFile,
    );
    if (bridge.kind !== 'reduced') throw new Error(bridge.reason);
    const pivot = bridge.steps.at(-1)!;
    expect(pivot.kind).toBe('pivot');
    expect(bridge.steps.some((s) => s.condition?.state === 'up')).toBe(true);
    expect(bridge.steps.some((s) => s.condition?.state === 'down')).toBe(true);
    // Each step's name is used once, across both branches.
    expect(new Set(bridge.steps.map((s) => s.name)).size).toBe(bridge.steps.length);
    expect(bridge.unavailability / bridge.engineUnavailability).toBeCloseTo(1, 10);
    expect(describeExplanation(bridge)).toMatch(/^equals the engine’s system availability/);
    // The classic five-link bridge (Wheatstone): in → a, b; a → out, m; b → m... as edges below.
    const wheatstone = explain(
      createDesignJson(
        [exponential('link', 500, 20)],
        ['a', 'b', 'm', 'c', 'd'].map((id) => ({ id, kind: 'block', component: 'link' })),
        ['in>a', 'in>b', 'a>m', 'b>m', 'a>c', 'm>c', 'm>d', 'b>d', 'c>out', 'd>out'],
      ) as unknown as DesignFile,
    );
    if (wheatstone.kind !== 'reduced') throw new Error(wheatstone.reason);
    expect(wheatstone.unavailability / wheatstone.engineUnavailability).toBeCloseTo(1, 10);
  });

  it('splits on a unit drawn twice first, all its drawings up together and down together', () => {
    // bridge-network: the bridge's link e is drawn twice (e, e2), one unit.
    const bridge = explain(example('bridge-network.json'));
    if (bridge.kind !== 'reduced') throw new Error(bridge.reason);
    expect(bridge.unavailability / bridge.engineUnavailability).toBeCloseTo(1, 10);
    const split = bridge.steps.filter((s) => s.kind === 'pivot');
    expect(split.map((s) => s.members.slice(0, 2))).toContainEqual(['e', 'e2']);
    expect(bridge.steps.find((s) => s.name === 'A_{\\text{e}}')?.label).toMatch(
      /one unit drawn 2 times: e, e2/,
    );
    expect(bridge.steps.some((s) => s.condition?.pivot === 'e' && s.condition.state === 'up')).toBe(
      true,
    );
    // power-chain: ups-b repeats ups-a, so with the UPS down nothing is left (the 0 branch).
    const power = explain(example('power-chain.json'));
    if (power.kind !== 'reduced') throw new Error(power.reason);
    expect(power.unavailability / power.engineUnavailability).toBeCloseTo(1, 10);
    expect(power.steps.at(-1)?.tex).toMatch(/\\cdot 0 =/);
  });

  it('says why a zone, a common cause or too many repeated units stops it', () => {
    const zoned = explain(example('three-tier-one-zone.json'));
    expect(zoned.kind === 'irreducible' && zoned.reason).toMatch(/zones/);
    expect(explain(example('pool-common-cause.json'))).toMatchObject({
      kind: 'irreducible',
      reason: expect.stringMatching(/common-cause/) as unknown,
    });
    const ids = ['a', 'b', 'c', 'd'];
    const many = explain(
      createDesignJson(
        [exponential('u', 500, 20)],
        [
          ...ids.map((id) => ({ id, kind: 'block', component: 'u' })),
          ...ids.map((id) => ({ id: `${id}2`, kind: 'block', repeatOf: id })),
        ],
        [
          ...ids.map((id) => `in>${id}`),
          ...ids.map((id) => `${id}>${id}2`),
          ...ids.map((id) => `${id}2>out`),
        ],
      ) as unknown as DesignFile,
    );
    expect(many.kind === 'irreducible' && many.reason).toMatch(/4 units are drawn more than once/);
  });
});
