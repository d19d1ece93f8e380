import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConvergencePoint } from '../store/index.ts';
import {
  CONVERGENCE_MARGIN,
  findNearestPoint,
  getConvergenceGeometry,
} from './convergenceGeometry.ts';

const W = 560;
const H = 200;

/** A run's series: estimates converging on 0.999 with a shrinking interval. */
function series(count: number): ConvergencePoint[] {
  return Array.from({ length: count }, (_, i) => {
    const histories = 1000 * 2 ** i;
    const half = 0.01 / Math.sqrt(histories / 1000);
    const mean = 0.999 + (i % 2 === 0 ? half / 3 : -half / 3);
    return { histories, mean, lo: mean - half, hi: mean + half };
  });
}

describe('convergence chart geometry', () => {
  it('places every point inside the plot, left to right, with decade ticks around them', () => {
    const g = getConvergenceGeometry(series(10), 0.999, W, H)!;
    const { left, top, width, height } = g.plot;
    expect(width).toBe(W - CONVERGENCE_MARGIN.left - CONVERGENCE_MARGIN.right);
    for (const [i, p] of g.placed.entries()) {
      expect(p.x).toBeGreaterThanOrEqual(left);
      expect(p.x).toBeLessThanOrEqual(left + width);
      expect(p.y).toBeGreaterThanOrEqual(top);
      expect(p.y).toBeLessThanOrEqual(top + height);
      expect(p.x).toBeGreaterThan(i === 0 ? -Infinity : g.placed[i - 1]!.x);
    }
    // 1000 … 512,000 histories: decades 1e3 to 1e6.
    expect(g.xTicks.map((t) => t.label)).toEqual(['1,000', '10,000', '100,000', '1e6']);
    expect(g.xTicks[0]!.at).toBe(left);
    expect(g.xTicks[g.xTicks.length - 1]!.at).toBe(left + width);
    // The y ticks rise as the values do (screen y falls) and stay in the plot.
    for (let i = 1; i < g.yTicks.length; i++)
      expect(g.yTicks[i]!.at).toBeLessThan(g.yTicks[i - 1]!.at);
    expect(g.yTicks.length).toBeGreaterThanOrEqual(3);
    expect(g.exactY).not.toBeNull();
    expect(g.line.startsWith('M')).toBe(true);
    expect(g.line.match(/L/g)).toHaveLength(9);
    // The band goes out along the upper ends and back along the lower ones: 20 vertices.
    expect(g.band.match(/[ML]/g)).toHaveLength(20);
    expect(g.band.endsWith('Z')).toBe(true);
  });

  it('keeps the exact value in view even far from the estimates, and leaves out unknown intervals', () => {
    const points = series(3).map((p, i) => (i === 0 ? { ...p, lo: NaN, hi: NaN } : p));
    const g = getConvergenceGeometry(points, 0.5, W, H)!;
    expect(g.exactY).not.toBeNull();
    expect(g.exactY!).toBeGreaterThanOrEqual(g.plot.top);
    expect(g.exactY!).toBeLessThanOrEqual(g.plot.top + g.plot.height);
    expect(g.band.match(/[ML]/g)).toHaveLength(4);
    expect(g.placed).toHaveLength(3);
  });

  it('draws one flat estimate without an interval, and nothing without points or room', () => {
    const one = getConvergenceGeometry([{ histories: 10, mean: 1, lo: NaN, hi: NaN }], null, W, H)!;
    expect(one.band).toBe('');
    expect(one.exactY).toBeNull();
    expect(Number.isFinite(one.placed[0]!.y)).toBe(true);
    expect(getConvergenceGeometry([], 0.9, W, H)).toBeNull();
    expect(
      getConvergenceGeometry([{ histories: 0, mean: NaN, lo: 0, hi: 1 }], 0.9, W, H),
    ).toBeNull();
    expect(getConvergenceGeometry(series(4), 0.9, 100, H)).toBeNull();
  });

  it('finds the nearest point as a search of every point would', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ min: 0, max: 1000, noNaN: true }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.double({ min: -50, max: 1050, noNaN: true }),
        (xs, at) => {
          const placed = [...xs]
            .sort((a, b) => a - b)
            .map((x) => ({ x, y: 0, point: { histories: 1, mean: 0, lo: 0, hi: 0 } }));
          const found = findNearestPoint(placed, at);
          const best = Math.min(...placed.map((p) => Math.abs(p.x - at)));
          expect(Math.abs(placed[found]!.x - at)).toBe(best);
        },
      ),
      { seed: 20261203, numRuns: 300 },
    );
    expect(findNearestPoint([], 3)).toBe(-1);
  });
});
