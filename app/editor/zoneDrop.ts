/**
 * Dragging blocks in and out of zones: what a drop changes in the zones' members. A block or
 * subsystem dropped with its centre inside a zone's outline (as drawn before the drag) joins the
 * zone; a member dropped with its centre outside leaves it. A zone all of whose members moved
 * together keeps its members (the outline went with them). Common-cause groups are not changed
 * by dragging (a group's members must share a type: the inspector edits them).
 * Pure (unit-tested).
 */
import type { DiagramFile, Positions } from '../../src/index.ts';
import { getDiagramIndex } from '../../src/index.ts';
import type { Size } from './flowAdapter.ts';
import { NODE_SIZES } from './nodes/nodeSizes.ts';
import type { ZoneBox } from './zoneBoxes.ts';

/** One member added to or removed from a zone. */
export interface MembershipChange {
  readonly groupId: string;
  readonly nodeId: string;
  readonly member: boolean;
}

/**
 * The membership changes of a drop.
 * @param boxes the zones' outlines before the drag (`getZoneBoxes` on the stored positions)
 * @param moved where the dragged nodes were dropped
 * @param sizes measured node sizes
 */
export function getDropMembership(
  diagram: DiagramFile,
  boxes: readonly ZoneBox[],
  moved: Positions,
  sizes: ReadonlyMap<string, Size> = new Map(),
): MembershipChange[] {
  const { nodes } = getDiagramIndex(diagram);
  const changes: MembershipChange[] = [];
  for (const zone of diagram.zones ?? []) {
    const box = boxes.find((b) => b.id === zone.id && b.kind === 'zone');
    if (box === undefined) continue;
    if (zone.members.length > 0 && zone.members.every((m) => m in moved)) continue;
    for (const [id, p] of Object.entries(moved)) {
      const node = nodes.get(id);
      if (node === undefined || (node.kind !== 'block' && node.kind !== 'subsystem')) continue;
      const size = sizes.get(id) ?? NODE_SIZES[node.kind];
      const cx = p.x + size.width / 2;
      const cy = p.y + size.height / 2;
      const inside =
        cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height;
      const member = zone.members.includes(id);
      if (inside !== member) changes.push({ groupId: zone.id, nodeId: id, member: inside });
    }
  }
  return changes;
}
