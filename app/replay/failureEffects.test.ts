import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBadge } from './ReplayBlockNode.tsx';
import type { ConditionBlock } from '../../src/index.ts';
import type { DiagramLayout, LayoutNode } from './replayDiagramLayout.ts';
import {
  describeBlock,
  describePress,
  getCycledCondition,
  getDeadEdges,
  getEffectNode,
  getNodeCondition,
  getUnitsToFail,
  isGroupDown,
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

describe('getNodeCondition', () => {
  it('cycles a single block as getCycledCondition does', () => {
    const apps = block('apps', 4, 3, 0);
    expect(getNodeCondition({}, [apps])).toEqual({ apps: 1 });
    expect(getNodeCondition({ apps: 2 }, [apps])).toEqual({});
  });

  it('fails a subsystem whole, then restores it whole, leaving other blocks alone', () => {
    const site = [block('a/infra', 1, 1, 0), block('a/apps', 3, 2, 0), block('a/db', 1, 1, 0)];
    const failed = getNodeCondition({ 'a/apps': 1, 'b/db': 1 }, site);
    expect(failed).toEqual({ 'a/infra': 1, 'a/apps': 2, 'a/db': 1, 'b/db': 1 });
    expect(isGroupDown(failed, site)).toBe(true);
    expect(getNodeCondition(failed, site)).toEqual({ 'b/db': 1 });
  });

  it('on any condition: one press holds the whole group down or restores it, the rest kept', () => {
    const arbBlock = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .map(([q, k]) => ({ quantity: q, required: Math.min(k, q) }));
    fc.assert(
      fc.property(
        fc.array(arbBlock, { minLength: 2, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 8, maxLength: 8 }),
        (shapes, held) => {
          const group = shapes.map((s, i) => ({ id: `g${i}`, ...s }));
          let current: Record<string, number> = { other: held[7]! };
          group.forEach((b, i) => {
            current = { ...setUnitsDown(current, b.id, Math.min(held[i]!, getUnitsToFail(b))) };
          });
          const wasDown = isGroupDown(current, group);
          const next = getNodeCondition(current, group);
          for (const b of group) {
            expect(next[b.id] ?? 0).toBe(wasDown ? 0 : getUnitsToFail(b));
          }
          expect(next.other ?? 0).toBe(current.other ?? 0);
          expect(isGroupDown(next, group)).toBe(!wasDown);
        },
      ),
    );
  });
});

describe('describePress', () => {
  it('says what a press does to a block and to a subsystem', () => {
    expect(describePress([])).toBeNull();
    expect(describePress([block('db', 1, 1, 0)])).toBe('fail it');
    expect(describePress([block('apps', 4, 3, 1)])).toBe('fail one more unit');
    expect(describePress([block('apps', 4, 3, 2)])).toBe('restore it');
    const site = [block('a/lb', 1, 1, 1), block('a/apps', 3, 2, 1)];
    expect(describePress(site)).toBe('fail all 2 blocks in it');
    expect(describePress([block('a/lb', 1, 1, 1), block('a/apps', 3, 2, 2)])).toBe(
      'restore all 2 blocks in it',
    );
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
