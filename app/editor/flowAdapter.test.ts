import { describe, expect, it } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import {
  applySelection,
  getFlowEdges,
  getFlowNodes,
  getGroupFlowNodes,
  readEdgeSelection,
  readNodeChanges,
  reuseEdges,
  reuseNodes,
} from './flowAdapter.ts';
import type { FlowNode } from './flowAdapter.ts';
import { createThreeTier } from '../../src/testing/threeTierFile.ts';
import { withPositions } from '../../src/index.ts';
import { getZoneBoxes } from './zoneBoxes.ts';

const design = createThreeTier();
const { diagram, components } = design;

describe('getFlowNodes', () => {
  it('maps every diagram node with its kind, position, selection and name', () => {
    const nodes = getFlowNodes(diagram, components, new Set(['apps']));
    expect(nodes.map((n) => n.type)).toEqual(['start', 'block', 'block', 'block', 'block', 'end']);
    const apps = nodes.find((n) => n.id === 'apps')!;
    expect(apps.position).toEqual({ x: 480, y: 120 });
    expect(apps.selected).toBe(true);
    expect(apps.ariaLabel).toBe('Block apps (App server)');
    expect(nodes[0]!.deletable).toBe(false);
  });

  it('uses override positions and carries measured sizes', () => {
    const nodes = getFlowNodes(
      diagram,
      components,
      new Set(),
      { lb1: { x: 1, y: 2 } },
      new Map([['lb1', { width: 180, height: 70 }]]),
    );
    const lb1 = nodes.find((n) => n.id === 'lb1')!;
    expect(lb1.position).toEqual({ x: 1, y: 2 });
    expect(lb1.measured).toEqual({ width: 180, height: 70 });
  });

  it('names repeats after the unit they repeat', () => {
    const d = {
      ...diagram,
      nodes: [...diagram.nodes, { id: 'r', kind: 'block' as const, repeatOf: 'db' }],
    };
    expect(getFlowNodes(d, components, new Set()).at(-1)!.ariaLabel).toBe(
      'Block r, same unit as db',
    );
  });
});

describe('getFlowEdges', () => {
  it('maps edges with stable ids', () => {
    const edges = getFlowEdges(diagram, new Set(['apps->db']));
    expect(edges[4]).toEqual({
      id: 'apps->db',
      source: 'apps',
      target: 'db',
      type: 'rbd',
      selected: true,
    });
  });
});

describe('reuseNodes', () => {
  it('returns the previous array when nothing changed', () => {
    const a = getFlowNodes(diagram, components, new Set());
    const b = getFlowNodes(diagram, components, new Set());
    expect(reuseNodes(a, b)).toBe(a);
  });

  it('keeps unchanged nodes identical and replaces changed ones', () => {
    const a = getFlowNodes(diagram, components, new Set());
    const moved = withPositions(diagram, { db: { x: 0, y: 0 } });
    const b = reuseNodes(a, getFlowNodes(moved, components, new Set()));
    expect(b).not.toBe(a);
    expect(b[1]).toBe(a[1]);
    expect(b[4]).not.toBe(a[4]);
    expect(b[4]!.position).toEqual({ x: 0, y: 0 });
  });

  it('notices a removed node', () => {
    const a = getFlowNodes(diagram, components, new Set());
    expect(reuseNodes(a, a.slice(1))).toHaveLength(5);
  });
});

describe('reuseEdges', () => {
  it('keeps unchanged edges identical', () => {
    const a = getFlowEdges(diagram, new Set());
    const b = reuseEdges(a, getFlowEdges(diagram, new Set(['in->lb1'])));
    expect(b[1]).toBe(a[1]);
    expect(b[0]).not.toBe(a[0]);
  });
});

describe('readNodeChanges', () => {
  it('splits drag frames, drag end, selection, sizes and removals', () => {
    const changes: NodeChange<FlowNode>[] = [
      { type: 'position', id: 'a', position: { x: 1, y: 1 }, dragging: true },
      { type: 'position', id: 'b', position: { x: 2, y: 2 }, dragging: false },
      { type: 'select', id: 'c', selected: true },
      { type: 'dimensions', id: 'd', dimensions: { width: 10, height: 20 } },
      { type: 'remove', id: 'e' },
    ];
    const intent = readNodeChanges(changes);
    expect(intent.dragging).toEqual({ a: { x: 1, y: 1 } });
    expect(intent.moved).toEqual({ b: { x: 2, y: 2 } });
    expect(intent.select).toEqual(new Map([['c', true]]));
    expect(intent.sizes.get('d')).toEqual({ width: 10, height: 20 });
    expect(intent.remove).toEqual(['e']);
  });

  it('reports no selection change when there is none', () => {
    expect(readNodeChanges([]).select).toBeNull();
    expect(readEdgeSelection([{ type: 'select', id: 'x', selected: false }])).toEqual(
      new Map([['x', false]]),
    );
  });
});

describe('applySelection', () => {
  it('adds and removes ids, keeping order and identity when unchanged', () => {
    const current = ['a', 'b'];
    expect(
      applySelection(
        current,
        new Map([
          ['b', false],
          ['c', true],
        ]),
      ),
    ).toEqual(['a', 'c']);
    expect(applySelection(current, new Map([['a', true]]))).toBe(current);
    expect(applySelection(current, null)).toBe(current);
  });
});

describe('getGroupFlowNodes', () => {
  it('maps zone and group boxes to selectable outlines that are neither dragged nor connected', () => {
    const zoned = {
      ...diagram,
      zones: [{ id: 'az-a', name: 'Zone A', component: 'lb', members: ['lb1', 'lb2'] }],
      commonCause: [{ id: 'ccf', members: ['lb1', 'lb2'], beta: 0.05 }],
    };
    const nodes = getGroupFlowNodes(zoned, getZoneBoxes(zoned), new Set(['az-a']));
    expect(nodes.map((n) => [n.id, n.type, n.selected, n.draggable, n.connectable])).toEqual([
      ['az-a', 'zone', true, false, false],
      ['ccf', 'commonCause', false, false, false],
    ]);
    expect(nodes[0]!.ariaLabel).toBe('Zone az-a (Zone A), 2 members');
    expect(nodes[1]!.ariaLabel).toBe('Common-cause group ccf, beta 0.05, 2 members');
    expect(nodes[0]!.width).toBeGreaterThan(nodes[1]!.width!);
  });
});
