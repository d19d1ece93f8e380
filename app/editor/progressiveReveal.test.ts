import { describe, expect, it } from 'vitest';
import { createBenchmarkDesign } from '../../src/testing/benchmarkDesigns.ts';
import type { DesignFile } from '../../src/index.ts';
import { getPositions } from '../../src/index.ts';
import { NODE_SIZES } from './nodes/nodeSizes.ts';
import { adaptSlice, pickNodesToShow } from './progressiveReveal.ts';

const design = createBenchmarkDesign(200, 3) as DesignFile;
const positions = getPositions(design.diagram);
const all = new Set(design.diagram.nodes.map((n) => n.id));

describe('pickNodesToShow', () => {
  it('picks exactly the hidden nodes whose box meets the grown view, nearest the centre first', () => {
    const view = { x: 200, y: -100, width: 900, height: 500 };
    const picked = pickNodesToShow(design.diagram, positions, all, view, 10_000, 0.25);
    // Brute force: every node's box against the grown rectangle (no position: shown at once).
    const expected = design.diagram.nodes.filter((n) => {
      const p = positions[n.id];
      if (p === undefined) return true;
      const s = NODE_SIZES[n.kind];
      return (
        p.x <= view.x + view.width * 1.25 &&
        p.y <= view.y + view.height * 1.25 &&
        p.x + s.width >= view.x - view.width * 0.25 &&
        p.y + s.height >= view.y - view.height * 0.25
      );
    });
    expect(new Set(picked)).toEqual(new Set(expected.map((n) => n.id)));
    expect(picked.length).toBeGreaterThan(0);
    const distance = (id: string) => {
      const n = design.diagram.nodes.find((m) => m.id === id)!;
      const p = positions[id];
      if (p === undefined) return 0;
      const s = NODE_SIZES[n.kind];
      return Math.hypot(p.x + s.width / 2 - 650, p.y + s.height / 2 - 150);
    };
    for (let i = 1; i < picked.length; i++) {
      expect(distance(picked[i]!)).toBeGreaterThanOrEqual(distance(picked[i - 1]!));
    }
  });

  it('takes at most the slice and never a node already shown', () => {
    const view = { x: -5000, y: -5000, width: 1e5, height: 1e5 };
    const first = pickNodesToShow(design.diagram, positions, all, view, 7);
    expect(first).toHaveLength(7);
    const rest = new Set([...all].filter((id) => !first.includes(id)));
    const second = pickNodesToShow(design.diagram, positions, rest, view, 1e6);
    expect(second).toHaveLength(rest.size);
    expect(second.some((id) => first.includes(id))).toBe(false);
  });
});

describe('adaptSlice', () => {
  it('halves after a slow frame, grows after a quick one, within its bounds', () => {
    expect(adaptSlice(40, 200)).toBe(20);
    expect(adaptSlice(4, 500)).toBe(4);
    expect(adaptSlice(40, 5)).toBe(60);
    expect(adaptSlice(400, 1)).toBe(400);
    expect(adaptSlice(40, 30)).toBe(40);
  });
});
