import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../model/parse.ts';
import { createHistoryRunner, prepareSimulation } from '../../simulation/runner.ts';
import { SimulationAccumulator } from '../../simulation/accumulator.ts';
import { computeLesson, getFigure, getRightChoice } from '../testLesson.ts';
import { createRedundantDesign } from './redundancy.ts';
import { YEAR_HOURS, YEAR_LESSON, YEAR_SEED, simulateYear } from './year.ts';

describe('YEAR_LESSON', () => {
  it('gives the exact figures of two repaired servers: U = (λ/(λ+μ))², 8766·f outages a year', () => {
    const view = computeLesson(YEAR_LESSON, { n: 2, mtbf: 1000, mttr: 10 });
    const q = 10 / 1010;
    expect(1 - getFigure(view, 'availability')).toBeCloseTo(q * q, 15);
    expect(getFigure(view, 'downtimePerYear')).toBeCloseTo(q * q * YEAR_HOURS, 9);
    // f = 2 · (1 − q) · λ · q: one up, one down, the up one fails.
    expect(getFigure(view, 'outagesPerYear')).toBeCloseTo(2 * (1 - q) * 1e-3 * q * YEAR_HOURS, 9);
    expect(getFigure(view, 'outagesPerYear')).toBeCloseTo(0.172, 3);
    expect(view.formulas[0]!.tex).toContain('8766');
  });

  it('tells each year as the run that counts it: the same downtime, year by year', () => {
    const parsed = parseDesign(createRedundantDesign(1, 200, 20));
    if (!parsed.ok) throw new Error('invalid');
    const prepared = prepareSimulation(parsed.value, {
      trials: 20,
      horizon: YEAR_HOURS,
      seed: YEAR_SEED,
    });
    if (!prepared.ok) throw new Error('not prepared');
    // The run's own downtime over its 20 histories equals the sum of the lesson's 20 years.
    const chunk = createHistoryRunner(prepared.value).runChunk(0, 20);
    const acc = new SimulationAccumulator(1);
    acc.mergeSerialized(chunk.data);
    let total = 0;
    let outages = 0;
    for (let year = 1; year <= 20; year++) {
      const story = simulateYear(1, 200, 20, year);
      total += story.downtime;
      outages += story.outages;
      // The timeline steps through the year and the service is down exactly when no server is up.
      expect(story.points[0]!.x).toBe(0);
      expect(story.points[story.points.length - 1]!.x).toBeCloseTo(YEAR_HOURS / 24, 9);
      for (const p of story.points) expect(p.system).toBe(p.units > 0 ? 1 : 0);
      expect(story.outages).toBe(story.unitFailures);
    }
    // The run sums each history's downtime as a share of the horizon.
    expect(total / YEAR_HOURS).toBeCloseTo(acc.downSum.getValue(), 9);
    expect(outages).toBeGreaterThan(0);
  });

  it('answers by the misconceptions of availability and of a single year', () => {
    const view = computeLesson(YEAR_LESSON);
    expect(getRightChoice(view, 'threeNines')).toContain('as many outages as failures');
    expect(getRightChoice(view, 'oneYear')).toContain('one year is one draw');
    expect(view.chart!.series.map((s) => s.key)).toEqual(['units', 'system']);
  });
});
