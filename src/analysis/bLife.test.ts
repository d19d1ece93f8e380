import { describe, expect, it } from 'vitest';
import { analyzeDesign, createAnalyzer } from './analyze.ts';
import {
  block,
  createDesignJson,
  exponential,
  relativeError,
  toDesign,
  type DesignJson,
} from '../testing/designFiles.ts';

const LAMBDA = 1e-4;
const LEVELS = { b1: 0.01, b10: 0.1, b50: 0.5 } as const;

function bLifeOf(components: DesignJson[], nodes: DesignJson[], edges: string[]) {
  return analyzeDesign(toDesign(createDesignJson(components, nodes, edges)), { skipMttf: true })
    .bLife;
}

const NEVER = { id: 'n', name: 'n', failure: { distribution: 'exponential', rate: 0 } };

describe('bLife', () => {
  it('gives one exponential unit Bp = −ln(1 − p)/λ, with or without repair', () => {
    for (const mttr of [undefined, 5]) {
      const life = bLifeOf(
        [exponential('u', 1 / LAMBDA, mttr)],
        [block('a', 'u')],
        ['in>a', 'a>out'],
      )!;
      for (const [key, p] of Object.entries(LEVELS)) {
        const expected = -Math.log1p(-p) / LAMBDA;
        expect(relativeError(life[key as keyof typeof LEVELS]!, expected)).toBeLessThan(1e-10);
      }
    }
  });

  it('gives a series pair Bp = −ln(1 − p)/(2λ)', () => {
    const life = bLifeOf(
      [exponential('u', 1 / LAMBDA)],
      [block('a', 'u'), block('b', 'u')],
      ['in>a', 'a>b', 'b>out'],
    )!;
    expect(relativeError(life.b10!, -Math.log1p(-0.1) / (2 * LAMBDA))).toBeLessThan(1e-10);
  });

  it('gives a parallel pair Bp = −ln(1 − √p)/λ', () => {
    const life = bLifeOf(
      [exponential('u', 1 / LAMBDA)],
      [block('a', 'u'), block('b', 'u')],
      ['in>a', 'in>b', 'a>out', 'b>out'],
    )!;
    for (const [key, p] of Object.entries(LEVELS)) {
      const expected = -Math.log1p(-Math.sqrt(p)) / LAMBDA;
      expect(relativeError(life[key as keyof typeof LEVELS]!, expected)).toBeLessThan(1e-10);
    }
  });

  it('is null at every level for a unit that never fails', () => {
    const life = bLifeOf([NEVER], [block('a', 'n')], ['in>a', 'a>out']);
    expect(life).toEqual({ b1: null, b10: null, b50: null });
  });

  it('is null for the levels a parallel never-failing unit keeps out of reach', () => {
    const life = bLifeOf(
      [NEVER, exponential('u', 1 / LAMBDA)],
      [block('a', 'n'), block('b', 'u')],
      ['in>a', 'in>b', 'a>out', 'b>out'],
    );
    expect(life).toEqual({ b1: null, b10: null, b50: null });
  });

  it('is 0 for a level a fixed unit already exceeds, and only the rest is searched', () => {
    const fixed = { id: 'f', name: 'f', failure: { distribution: 'fixed', reliability: 0.95 } };
    const life = bLifeOf(
      [fixed, exponential('u', 1 / LAMBDA)],
      [block('a', 'f'), block('b', 'u')],
      ['in>a', 'a>b', 'b>out'],
    )!;
    expect(life.b1).toBe(0);
    // F(t) = 1 − 0.95·e^(−λt) = 0.1 at t = ln(0.95/0.9)/λ.
    expect(relativeError(life.b10!, Math.log(0.95 / 0.9) / LAMBDA)).toBeLessThan(1e-10);
  });

  it('stops at a fixed unit whose probability caps the unreliability below the level', () => {
    const fixed = { id: 'f', name: 'f', failure: { distribution: 'fixed', reliability: 0.7 } };
    const life = bLifeOf(
      [fixed, exponential('u', 1 / LAMBDA)],
      [block('a', 'f'), block('b', 'u')],
      ['in>a', 'in>b', 'a>out', 'b>out'],
    )!;
    // F(∞) = 0.3: B50 is never reached; F(t) = 0.3·(1 − e^(−λt)) = 0.1 at ln(1.5)/λ.
    expect(life.b50).toBeNull();
    expect(relativeError(life.b10!, Math.log(1.5) / LAMBDA)).toBeLessThan(1e-10);
  });

  it('is null with a warning when the mission reliability is not exact', () => {
    const weibullStandby = toDesign(
      createDesignJson(
        [{ id: 'w', name: 'w', failure: { distribution: 'weibull', shape: 2, scale: 1000 } }],
        [block('s', 'w', { quantity: 2, redundancy: { type: 'standby', standby: 'cold' } })],
        ['in>s', 's>out'],
      ),
    );
    const r = analyzeDesign(weibullStandby);
    expect(r.bLife).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('b-life-not-exact');
  });

  it('does not depend on repair, and the analyzer reuses it while only repair changes', () => {
    const design = (mttr: number) =>
      toDesign(
        createDesignJson(
          [exponential('u', 1 / LAMBDA, mttr)],
          [block('a', 'u')],
          ['in>a', 'a>out'],
        ),
      );
    const analyzer = createAnalyzer();
    const first = analyzer.evaluate(design(3)).bLife;
    expect(analyzer.evaluate(design(30)).bLife).toBe(first);
    expect(analyzeDesign(design(30)).bLife).toEqual(first);
  });
});
