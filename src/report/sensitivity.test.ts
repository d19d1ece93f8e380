import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR } from '../model/types.ts';
import { block, createDesignJson, exponential, toDesign } from '../testing/designFiles.ts';
import { loadExample } from '../testing/examples.ts';
import { computeSensitivity } from './sensitivity.ts';

/** Steady-state downtime per year of one repairable unit: U = MTTR / (MTBF + MTTR). */
const downtime = (mtbf: number, mttr: number): number => (mttr / (mtbf + mttr)) * HOURS_PER_YEAR;

describe('computeSensitivity', () => {
  it('matches the closed form of one unit with its MTBF and MTTR 20% off each way', () => {
    const design = toDesign(
      createDesignJson([exponential('srv', 1000, 10)], [block('a', 'srv')], ['in>a', 'a>out']),
    );
    const s = computeSensitivity(design);
    expect(s.baseline).toBeCloseTo(downtime(1000, 10), 9);
    const mtbf = s.rows.find((r) => r.label === 'srv MTBF')!;
    const mttr = s.rows.find((r) => r.label === 'srv MTTR')!;
    expect(mtbf.low).toBeCloseTo(downtime(800, 10), 9);
    expect(mtbf.high).toBeCloseTo(downtime(1200, 10), 9);
    expect(mttr.low).toBeCloseTo(downtime(1000, 8), 9);
    expect(mttr.high).toBeCloseTo(downtime(1000, 12), 9);
  });

  it('lists the widest bars first: the database of the three-tier design', () => {
    const s = computeSensitivity(loadExample('three-tier.json').design);
    expect(s.rows[0]!.label).toBe('Database server MTBF');
    const spread = s.rows.map((r) => Math.abs(r.high! - r.low!));
    expect([...spread].sort((a, b) => b - a)).toEqual(spread);
    expect(s.skipped).toBe(0);
  });

  it('varies nothing it cannot: a unit never repaired has no MTTR bar', () => {
    const design = toDesign(
      createDesignJson([exponential('x', 100)], [block('a', 'x')], ['in>a', 'a>out']),
    );
    const s = computeSensitivity(design);
    expect(s.rows.map((r) => r.label)).not.toContain('x MTTR');
  });
});
