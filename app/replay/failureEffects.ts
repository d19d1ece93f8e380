/**
 * What the failure-effects mode shows, as pure functions over the engine's answer for a
 * condition set by hand: the next condition when a block is clicked (a unit more held failed,
 * until the block is down, then all restored; a subsystem all at once), each diagram node's words and drawing class, and
 * the edges that lost every working route. No React, no DOM; unit-tested.
 */
import type { ConditionBlock, ConditionResult } from '../../src/index.ts';
import type { DiagramLayout, LayoutNode } from './replayDiagramLayout.ts';
import type { BlockBadge } from './replayModel.ts';

/** Units held failed by block path id. */
export type UnitsDown = Readonly<Record<string, number>>;

/** Units that take a k-of-n block down: n − k + 1. */
export function getUnitsToFail(block: Pick<ConditionBlock, 'quantity' | 'required'>): number {
  return block.quantity - block.required + 1;
}

/**
 * The condition after one more unit of a block is failed by hand; once the block is down, the
 * next step restores all its units (a click cycles: 1 held, 2 held, …, down, restored).
 */
export function getCycledCondition(
  current: UnitsDown,
  block: Pick<ConditionBlock, 'id' | 'quantity' | 'required'>,
): UnitsDown {
  const held = current[block.id] ?? 0;
  const next = held >= getUnitsToFail(block) ? 0 : held + 1;
  return setUnitsDown(current, block.id, next);
}

/**
 * The condition after a diagram node is pressed: a block's units cycle ({@link
 * getCycledCondition}); a subsystem (a node drawing several blocks) fails whole, every block in
 * it held down, and once all of them are held down, the next press restores them all.
 */
export function getNodeCondition(
  current: UnitsDown,
  group: readonly Pick<ConditionBlock, 'id' | 'quantity' | 'required'>[],
): UnitsDown {
  if (group.length === 1) return getCycledCondition(current, group[0]!);
  const allDown = isGroupDown(current, group);
  let next = current;
  for (const b of group) next = setUnitsDown(next, b.id, allDown ? 0 : getUnitsToFail(b));
  return next;
}

/** Whether every block of a group is held down by hand. */
export function isGroupDown(
  current: UnitsDown,
  group: readonly Pick<ConditionBlock, 'id' | 'quantity' | 'required'>[],
): boolean {
  return group.length > 0 && group.every((b) => (current[b.id] ?? 0) >= getUnitsToFail(b));
}

/** The condition with `count` units of a block held failed (0 removes the entry). */
export function setUnitsDown(current: UnitsDown, id: string, count: number): UnitsDown {
  const { [id]: _dropped, ...rest } = current;
  return count > 0 ? { ...rest, [id]: count } : rest;
}

/**
 * What pressing a node does, in words ("fail one more unit", "restore all 4 blocks in it"), as
 * {@link getNodeCondition} does it; null for a node that draws no block.
 * @param group the engine's blocks the node draws, under the current condition
 */
export function describePress(group: readonly ConditionBlock[]): string | null {
  const isDown = (b: ConditionBlock): boolean => b.unitsDown >= getUnitsToFail(b);
  if (group.length === 0) return null;
  if (group.length > 1) {
    return `${group.every(isDown) ? 'restore' : 'fail'} all ${group.length} blocks in it`;
  }
  const own = group[0]!;
  return isDown(own) ? 'restore it' : own.quantity > 1 ? 'fail one more unit' : 'fail it';
}

/** Words for a block's state under the condition ("degraded: 2 of 3 up"). */
export function describeBlock(block: ConditionBlock): string {
  const up = block.quantity - block.unitsDown;
  const q = block.quantity;
  if (block.unitsDown === 0) return q > 1 ? `working (${q} of ${q})` : 'working';
  if (block.down) return q > 1 ? `failed by hand: ${up} of ${q} up` : 'failed by hand';
  return `degraded: ${up} of ${q} up`;
}

/** A diagram node's badge and whether it still lies on a working route. */
export interface EffectNode {
  readonly badge: BlockBadge;
  /** Lost every working route from start to end (drawn greyed and dashed, said in words). */
  readonly dead: boolean;
}

/**
 * The badge of a diagram node: its block's state by hand, or for a subsystem how many of its
 * blocks are held failed.
 * @param blocks the engine's blocks, by the indices of `node.blocks`
 */
export function getEffectNode(
  node: LayoutNode,
  blocks: readonly ConditionBlock[],
  live: ReadonlySet<string>,
): EffectNode {
  const dead = !live.has(node.id);
  const own = node.blocks.map((b) => blocks[b]).filter((b) => b !== undefined);
  if (own.length === 0) return { dead, badge: { tone: 'up', text: '' } };
  if (own.length === 1) {
    const b = own[0]!;
    const tone = b.down ? 'down' : b.unitsDown > 0 ? 'degraded' : 'up';
    return { dead, badge: { tone, text: describeBlock(b) } };
  }
  const down = own.filter((b) => b.down).length;
  const degraded = own.filter((b) => !b.down && b.unitsDown > 0).length;
  const parts = [
    down > 0 ? `${down} of ${own.length} blocks failed by hand` : '',
    degraded > 0 ? `${degraded} degraded` : '',
  ].filter((p) => p !== '');
  return {
    dead,
    badge: {
      tone: down > 0 ? 'down' : degraded > 0 ? 'degraded' : 'up',
      text: parts.length > 0 ? parts.join(', ') : `all ${own.length} blocks working`,
    },
  };
}

/** Per edge of the layout: true when it lost every working route (an end off the routes). */
export function getDeadEdges(layout: DiagramLayout, live: ReadonlySet<string>): boolean[] {
  return layout.edges.map((e) => !live.has(e.from.id) || !live.has(e.to.id));
}

/** The blocks held down of a result, for the words of its cut sets. */
export function getHeldDown(result: ConditionResult): string[] {
  return result.blocks.filter((b) => b.down).map((b) => b.id);
}
