import { describe, expect, it } from 'vitest';
import type { DiagramFile } from '../../src/index.ts';
import { ZONE_LABEL_HEIGHT, ZONE_PADDING, getZoneBoxes } from './zoneBoxes.ts';
import { NODE_SIZES } from './nodes/nodeSizes.ts';

const block = (id: string) => ({ id, kind: 'block' as const, component: 'c' });
const { width: W, height: H } = NODE_SIZES.block;
const P = ZONE_PADDING;
const L = ZONE_LABEL_HEIGHT;

const diagram: DiagramFile = {
  nodes: [block('a'), block('b'), block('c')],
  edges: [],
  zones: [
    { id: 'region', component: 'r', members: ['a', 'b', 'c'] },
    { id: 'rack', component: 'k', members: ['a'] },
    { id: 'az', component: 'z', members: ['a', 'b'] },
  ],
  ui: { positions: { a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 0, y: 200 } } },
};

describe('getZoneBoxes', () => {
  it('draws a zone around its members with padding and a label strip', () => {
    const [rack] = getZoneBoxes({ ...diagram, zones: [diagram.zones![1]!] });
    expect(rack).toEqual({
      id: 'rack',
      kind: 'zone',
      x: -P,
      y: -P - L,
      width: W + 2 * P,
      height: H + 2 * P + L,
    });
  });

  it('nests: rack inside az inside region, outermost first, each around the inner box', () => {
    const boxes = getZoneBoxes(diagram);
    expect(boxes.map((b) => b.id)).toEqual(['region', 'az', 'rack']);
    const [region, az, rack] = boxes;
    expect(az!.x).toBe(rack!.x - P);
    expect(az!.y).toBe(rack!.y - P - L);
    expect(region!.x).toBe(az!.x - P);
    expect(region!.y).toBe(az!.y - P - L);
    expect(region!.y + region!.height).toBe(200 + H + P);
  });

  it('follows a node being dragged and uses measured sizes', () => {
    const one = { ...diagram, zones: [diagram.zones![1]!] };
    const [moved] = getZoneBoxes(
      one,
      { a: { x: 50, y: 60 } },
      new Map([['a', { width: 100, height: 40 }]]),
    );
    expect(moved).toMatchObject({
      x: 50 - P,
      y: 60 - P - L,
      width: 100 + 2 * P,
      height: 40 + 2 * P + L,
    });
  });

  it('draws a common-cause group inside the zone that holds its members; skips an empty zone', () => {
    const d: DiagramFile = {
      ...diagram,
      zones: [
        { id: 'az', component: 'z', members: ['a', 'b'] },
        { id: 'empty', component: 'z', members: [] },
      ],
      commonCause: [{ id: 'ccf', members: ['a', 'b'], beta: 0.05 }],
    };
    const boxes = getZoneBoxes(d);
    expect(boxes.map((b) => [b.id, b.kind])).toEqual([
      ['az', 'zone'],
      ['ccf', 'commonCause'],
    ]);
    expect(boxes[0]!.width).toBe(boxes[1]!.width + 2 * P);
  });
});
