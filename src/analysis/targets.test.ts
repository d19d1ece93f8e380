import { describe, expect, it } from 'vitest';
import { analyzeDesign } from './analyze.ts';
import { evaluateTargets, getMaxUnavailability, getTargetsMet } from './targets.ts';
import { createDesignJson, exponential, block, toDesign } from '../testing/designFiles.ts';

// One unit, MTBF 999 h, MTTR 1 h: A = 0.999 exactly, downtime 8.766 h/yr.
const design = (targets: unknown): ReturnType<typeof toDesign> =>
  toDesign(
    createDesignJson([exponential('a', 999, 1)], [block('a1', 'a')], ['in>a1', 'a1>out'], {
      targets,
      timeUnit: 'hour',
    }),
  );

describe('evaluateTargets', () => {
  it('judges availability, downtime (in hours) and reliability at the mission time', () => {
    const d = design({ availability: 0.9985, downtimePerYear: '8 h', reliability: 0.5 });
    const outcomes = evaluateTargets(d.targets, analyzeDesign(d));
    expect(outcomes.map((o) => [o.metric, o.met])).toEqual([
      ['availability', true],
      ['downtimePerYear', false],
      ['reliability', false],
    ]);
    expect(outcomes[1]!.shortfall).toBeCloseTo(0.766, 9);
    // R(1000) = exp(-1000/999).
    expect(outcomes[2]!.actual).toBeCloseTo(Math.exp(-1000 / 999), 12);
    expect(getTargetsMet(outcomes)).toBe(false);
  });

  it('is met when every target is, and says nothing without targets', () => {
    const d = design({ availability: 0.99 });
    expect(getTargetsMet(evaluateTargets(d.targets, analyzeDesign(d)))).toBe(true);
    expect(evaluateTargets(undefined, analyzeDesign(d))).toEqual([]);
    expect(getTargetsMet([])).toBeNull();
  });

  it('the most unavailability allowed is the stricter of the two targets', () => {
    expect(getMaxUnavailability({ availability: 0.999, downtimePerYear: 1 }, 'hour')).toBe(
      1 / 8766,
    );
    expect(getMaxUnavailability({ downtimePerYear: 1 }, 'day')).toBe(24 / 8766);
    expect(getMaxUnavailability({ reliability: 0.9 }, 'hour')).toBeNull();
  });
});
