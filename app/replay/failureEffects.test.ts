import { describe, expect, it } from 'vitest';
import { splitBadge } from './ReplayBlockNode.tsx';
import type { ConditionBlock } from '../../src/index.ts';
import type { DiagramLayout, LayoutNode } from './replayDiagramLayout.ts';
import {
  describeBlock,
  getCycledCondition,
  getDeadEdges,
  getEffectNode,
  setUnitsDown,
} from './failureEffects.ts';

function block(id: string, quantity: number, required: number, unitsDown: number): ConditionBlock {
  return {
    id,
    kind: 'block',
    quantity,
    required,
    nodeIds: [id],
    unitsDown,
    down: quantity - unitsDown < required,
  };
}

function node(id: string, blocks: number[], kind: LayoutNode['kind'] = 'block'): LayoutNode {
  return { id, kind, x: 0, y: 0, w: 10, h: 10, blocks };
}

describe('getCycledCondition', () => {
  it('fails a 3-of-4 block one unit at a time until it is down, then restores it', () => {
    const apps = block('apps', 4, 3, 0);
    const seen: number[] = [];
    let c = {};
    for (let i = 0; i < 3; i++) {
      c = getCycledCondition(c, apps);
      seen.push((c as Record<string, number>).apps ?? 0);
    }
    expect(seen).toEqual([1, 2, 0]);
    expect(c).toEqual({});
  });

  it('toggles a single unit', () => {
    const a = block('a', 1, 1, 0);
    expect(getCycledCondition({}, a)).toEqual({ a: 1 });
    expect(getCycledCondition({ a: 1, b: 2 }, a)).toEqual({ b: 2 });
  });
});

describe('setUnitsDown', () => {
  it('drops a block whose count is 0', () => {
    expect(setUnitsDown({ a: 1 }, 'a', 0)).toEqual({});
    expect(setUnitsDown({}, 'a', 2)).toEqual({ a: 2 });
  });
});

describe('describeBlock', () => {
  it('says working, degraded or failed by hand with the units up', () => {
    expect(describeBlock(block('a', 1, 1, 0))).toBe('working');
    expect(describeBlock(block('a', 1, 1, 1))).toBe('failed by hand');
    expect(describeBlock(block('a', 4, 3, 1))).toBe('degraded: 3 of 4 up');
    expect(describeBlock(block('a', 4, 3, 2))).toBe('failed by hand: 2 of 4 up');
  });
});

describe('getEffectNode', () => {
  const blocks = [block('s/a', 1, 1, 1), block('s/b', 2, 1, 1), block('c', 1, 1, 0)];
  it('shows a subsystem by how many of its blocks are failed or degraded', () => {
    const r = getEffectNode(node('s', [0, 1], 'subsystem'), blocks, new Set(['s']));
    expect(r).toEqual({
      dead: false,
      badge: { tone: 'down', text: '1 of 2 blocks failed by hand, 1 degraded' },
    });
  });
  it('marks a node off every working route as dead', () => {
    expect(getEffectNode(node('c', [2]), blocks, new Set()).dead).toBe(true);
    expect(getEffectNode(node('c', [2]), blocks, new Set(['c'])).badge.tone).toBe('up');
  });
});

describe('getDeadEdges', () => {
  it('marks an edge dead when either end lost its routes', () => {
    const a = node('a', []);
    const b = node('b', []);
    const c = node('c', []);
    const layout: DiagramLayout = {
      nodes: [a, b, c],
      edges: [
        { from: a, to: b },
        { from: b, to: c },
      ],
      viewBox: '',
    };
    expect(getDeadEdges(layout, new Set(['a', 'b']))).toEqual([false, true]);
  });
});

describe('splitBadge', () => {
  it('keeps a short badge on one line and breaks a long one after a comma', () => {
    expect(splitBadge('running')).toEqual(['running', '']);
    const [a, b] = splitBadge('degraded: 1 of 2 up, repair · 10 min left');
    expect([a, b]).toEqual(['degraded: 1 of 2 up, ', 'repair · 10 min left']);
    expect(a + b).toBe('degraded: 1 of 2 up, repair · 10 min left');
  });
});
