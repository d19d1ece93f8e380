import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../model/parse.ts';
import { HOURS_PER_YEAR } from '../model/types.ts';
import {
  block,
  createDesignJson,
  exponential,
  relativeError,
  toDesign,
} from '../testing/designFiles.ts';
import { computeTornado } from './tornado.ts';

// Two units in series: a (MTBF 999, MTTR 1) and b (MTBF 9999, MTTR 1). U ≈ Ua + Ub.
const series = toDesign(
  createDesignJson(
    [exponential('a', 999, 1), exponential('b', 9999, 1)],
    [block('a1', 'a'), block('b1', 'b')],
    ['in>a1', 'a1>b1', 'b1>out'],
  ),
);

/** Downtime per year of the series with the given MTBFs and MTTRs (closed form). */
function downtime(ma: number, ra: number, mb: number, rb: number): number {
  const aa = ma / (ma + ra);
  const ab = mb / (mb + rb);
  return (1 - aa * ab) * HOURS_PER_YEAR;
}

describe('computeTornado', () => {
  it('moves each MTBF and MTTR by ±20 % and gives the closed-form downtime at each end', () => {
    const r = computeTornado(series);
    if (!r.ok) throw new Error(r.error);
    const byId = new Map(r.value.parameters.map((p) => [p.id, p]));
    const mtbfA = byId.get('component:a:mtbf')!;
    expect(mtbfA.low).toBeCloseTo(0.8 * 999, 9);
    expect(relativeError(mtbfA.downtimeLow!, downtime(0.8 * 999, 1, 9999, 1))).toBeLessThan(1e-12);
    expect(relativeError(mtbfA.downtimeHigh!, downtime(1.2 * 999, 1, 9999, 1))).toBeLessThan(1e-12);
    const mttrB = byId.get('component:b:mttr')!;
    expect(relativeError(mttrB.downtimeHigh!, downtime(999, 1, 9999, 1.2))).toBeLessThan(1e-12);
    expect(relativeError(r.value.baseDowntime!, downtime(999, 1, 9999, 1))).toBeLessThan(1e-12);
  });

  it('sorts by swing: the weaker unit first', () => {
    const r = computeTornado(series);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.parameters.map((p) => p.owner).slice(0, 2)).toEqual(['a', 'a']);
    const swings = r.value.parameters.map((p) => p.swing);
    expect([...swings].sort((x, y) => y - x)).toEqual(swings);
  });

  it('varies a standby switch within [0, 1] and its delay, and says which laws it leaves', () => {
    const file = JSON.parse(readFileSync('public/examples/three-tier.json', 'utf8')) as {
      components: { failure: unknown }[];
    };
    file.components[0]!.failure = { distribution: 'weibull', shape: 1.5, scale: 50000 };
    const parsed = parseDesign(file);
    if (!parsed.ok) throw new Error('three-tier does not parse');
    const r = computeTornado(parsed.value);
    if (!r.ok) throw new Error(r.error);
    const success = r.value.parameters.find((p) => p.id === 'node:db:switchSuccess')!;
    expect(success.base).toBe(0.99);
    expect(success.high).toBe(1);
    expect(success.low).toBeCloseTo(0.792, 12);
    // A worse switch means more downtime.
    expect(success.downtimeLow!).toBeGreaterThan(success.downtimeHigh!);
    expect(r.value.parameters.some((p) => p.id === 'node:db:switchDelay')).toBe(true);
    expect(r.value.skipped).toEqual(['lb: MTBF not varied (a weibull law has a shape of its own)']);
  });

  it('refuses a share outside (0, 1)', () => {
    expect(computeTornado(series, 0)).toEqual({
      ok: false,
      error: 'share 0 must be between 0 and 1 (0.2 is ±20 %)',
    });
  });
});
