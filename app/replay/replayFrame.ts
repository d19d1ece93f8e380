/**
 * The state of the replay diagram at one moment, shared by the SVG diagram and the canvas
 * renderer of exported frames: each block's badge, each node's badge (a subsystem by its worst
 * block, as RAPTOR's hierarchy indicator does), one letter per unit, and the blocks of the cut
 * sets holding the system down. Pure; no React, no DOM (runs in the export worker too).
 */
import type { Replay, RouteNetwork } from '../../src/index.ts';
import { UNIT_RUNNING, UNIT_STANDBY, UNIT_SWITCHING, getLiveNodes } from '../../src/index.ts';
import type { LayoutNode } from './replayDiagramLayout.ts';
import type { BlockBadge } from './replayModel.ts';
import { getActiveCutSets, getBlockBadge } from './replayModel.ts';

const TONE_RANK: Readonly<Record<BlockBadge['tone'], number>> = {
  up: 0,
  degraded: 1,
  switching: 2,
  'switch-failed': 3,
  repair: 4,
  down: 5,
};

/** The diagram at one moment. */
export interface DiagramFrame {
  /** Per trace block. */
  readonly badges: readonly BlockBadge[];
  /** Per trace block: one letter per unit (r running, s standby, w switching, f failed). */
  readonly units: readonly string[];
  /** Block ids in a cut set whose members are all down (empty while the system is up). */
  readonly inCut: ReadonlySet<string>;
  /** The cut sets holding the system down. */
  readonly activeCutSets: readonly (readonly string[])[];
  readonly systemUp: boolean;
  /** Top-level node ids on a working route from start to end (null: routes not known). */
  readonly live: ReadonlySet<string> | null;
}

/**
 * The diagram at t.
 * @param eventIndex events applied at t (`replay.eventsUpTo(t)`)
 * @param hoursPerUnit hours in one design time unit (times left in words)
 */
export function getDiagramFrame(
  replay: Replay,
  t: number,
  eventIndex: number,
  cutSets: readonly (readonly string[])[],
  hoursPerUnit: number,
  routes: RouteNetwork | null = null,
): DiagramFrame {
  const { trace } = replay;
  const state = replay.stateAfter(eventIndex);
  const badges = trace.blocks.map((_, b) => getBlockBadge(replay, state, b, t, hoursPerUnit));
  const systemUp = replay.systemUpAt(t);
  const blockUp = replay.blockUp(state);
  const activeCutSets = systemUp ? [] : getActiveCutSets(cutSets, trace.blocks, blockUp);
  const units = trace.blocks.map((_, b) => {
    let codes = '';
    for (let u = 0; u < trace.quantities[b]!; u++) {
      const s = replay.unitState(state, b, u);
      codes +=
        s === UNIT_RUNNING ? 'r' : s === UNIT_STANDBY ? 's' : s === UNIT_SWITCHING ? 'w' : 'f';
    }
    return codes;
  });
  return {
    badges,
    units,
    inCut: new Set(activeCutSets.flat()),
    activeCutSets,
    systemUp,
    live: routes === null ? null : getLiveNodes(routes, blockUp),
  };
}

/** A node's badge: its block's, or for a subsystem its worst block and how many are not running. */
export function getNodeBadge(node: LayoutNode, badges: readonly BlockBadge[]): BlockBadge | null {
  if (node.blocks.length === 0) return null;
  if (node.blocks.length === 1) return badges[node.blocks[0]!]!;
  let worst = badges[node.blocks[0]!]!;
  let notUp = 0;
  for (const b of node.blocks) {
    const badge = badges[b]!;
    if (badge.tone !== 'up') notUp++;
    if (TONE_RANK[badge.tone] > TONE_RANK[worst.tone]) worst = badge;
  }
  return notUp === 0
    ? { tone: 'up', text: `all ${node.blocks.length} blocks running` }
    : {
        tone: worst.tone,
        text: `${notUp} of ${node.blocks.length} blocks not running; worst: ${worst.text}`,
      };
}
