import { describe, expect, it } from 'vitest';
import type { DiagramFile } from '../../src/index.ts';
import { getDropMembership } from './zoneDrop.ts';
import { getZoneBoxes } from './zoneBoxes.ts';

const block = (id: string) => ({ id, kind: 'block' as const, component: 'c' });
const diagram: DiagramFile = {
  nodes: [block('a'), block('b'), block('c'), { id: 'j', kind: 'junction' }],
  edges: [],
  zones: [
    { id: 'z1', component: 'az', members: ['a', 'b'] },
    { id: 'z2', component: 'az', members: ['c'] },
  ],
  commonCause: [{ id: 'g', members: ['a', 'b'], beta: 0.1 }],
  ui: {
    positions: {
      a: { x: 0, y: 0 },
      b: { x: 0, y: 200 },
      c: { x: 600, y: 0 },
      j: { x: 300, y: 500 },
    },
  },
};
const boxes = getZoneBoxes(diagram);

describe('getDropMembership', () => {
  it('a member dropped outside its zone leaves it and joins the zone it lands in', () => {
    expect(getDropMembership(diagram, boxes, { b: { x: 600, y: 10 } })).toEqual([
      { groupId: 'z1', nodeId: 'b', member: false },
      { groupId: 'z2', nodeId: 'b', member: true },
    ]);
  });

  it('a small nudge inside the outline changes nothing', () => {
    expect(getDropMembership(diagram, boxes, { b: { x: 10, y: 220 } })).toEqual([]);
  });

  it('moving every member of a zone together keeps it; junctions never join', () => {
    expect(getDropMembership(diagram, boxes, { c: { x: 900, y: 400 } })).toEqual([]);
    expect(getDropMembership(diagram, boxes, { j: { x: 10, y: 100 } })).toEqual([]);
  });
});
