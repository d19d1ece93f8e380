/**
 * Where the zones and common-cause groups of a diagram are drawn: a box around its members'
 * nodes, with room for its label on top. A zone that holds all the members of another zone or
 * group (a rack inside an availability zone inside a region) is drawn around that one's box, so
 * nesting shows as nesting. Pure: positions and sizes in, boxes out (unit-tested).
 */
import type { DiagramFile, Positions } from '../../src/index.ts';
import { getPositions } from '../../src/index.ts';
import type { Size } from './flowAdapter.ts';
import { NODE_SIZES } from './nodes/nodeSizes.ts';

/** Space between a box and what it holds, flow units. */
export const ZONE_PADDING = 14;
/** Height of the label strip at the top of a box, flow units. */
export const ZONE_LABEL_HEIGHT = 26;

/** The box of one zone or group, flow coordinates. */
export interface ZoneBox {
  readonly id: string;
  readonly kind: 'zone' | 'commonCause';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function grow(rect: Rect | null, other: Rect): Rect {
  if (rect === null) return { ...other };
  return {
    x0: Math.min(rect.x0, other.x0),
    y0: Math.min(rect.y0, other.y0),
    x1: Math.max(rect.x1, other.x1),
    y1: Math.max(rect.y1, other.y1),
  };
}

/**
 * The boxes of a diagram's zones and groups, outermost first (the order to draw them in, so
 * inner boxes lie on top). A zone or group none of whose members has a position gets no box.
 * @param override positions that replace the stored ones (nodes being dragged)
 * @param sizes measured node sizes (others take their drawn size from `NODE_SIZES`)
 */
export function getZoneBoxes(
  diagram: DiagramFile,
  override: Positions = {},
  sizes: ReadonlyMap<string, Size> = new Map(),
): ZoneBox[] {
  const groups = [
    ...(diagram.commonCause ?? []).map((g) => ({ kind: 'commonCause' as const, group: g })),
    ...(diagram.zones ?? []).map((z) => ({ kind: 'zone' as const, group: z })),
  ];
  if (groups.length === 0) return [];
  const stored = getPositions(diagram);
  const kinds = new Map(diagram.nodes.map((n) => [n.id, n.kind]));
  const rectOf = (id: string): Rect | null => {
    const p = override[id] ?? stored[id];
    const kind = kinds.get(id);
    if (p === undefined || kind === undefined) return null;
    const size = sizes.get(id) ?? NODE_SIZES[kind];
    return { x0: p.x, y0: p.y, x1: p.x + size.width, y1: p.y + size.height };
  };
  // Inner first: groups before zones (a group is a finer cause), then fewer members first.
  const order = groups
    .map((g, i) => ({ ...g, i, members: new Set(g.group.members) }))
    .sort(
      (a, b) =>
        (a.kind === b.kind ? 0 : a.kind === 'commonCause' ? -1 : 1) ||
        a.members.size - b.members.size ||
        a.i - b.i,
    );
  const done: { members: ReadonlySet<string>; rect: Rect }[] = [];
  const boxes: ZoneBox[] = [];
  for (const g of order) {
    let rect: Rect | null = null;
    for (const id of g.members) {
      const r = rectOf(id);
      if (r !== null) rect = grow(rect, r);
    }
    if (rect === null) continue;
    for (const inner of done) {
      if ([...inner.members].every((m) => g.members.has(m))) rect = grow(rect, inner.rect);
    }
    const outer: Rect = {
      x0: rect.x0 - ZONE_PADDING,
      y0: rect.y0 - ZONE_PADDING - ZONE_LABEL_HEIGHT,
      x1: rect.x1 + ZONE_PADDING,
      y1: rect.y1 + ZONE_PADDING,
    };
    done.push({ members: g.members, rect: outer });
    boxes.push({
      id: g.group.id,
      kind: g.kind,
      x: outer.x0,
      y: outer.y0,
      width: outer.x1 - outer.x0,
      height: outer.y1 - outer.y0,
    });
  }
  return boxes.reverse();
}
