/**
 * Switching a block between active and standby redundancy without losing what the user set:
 * leaving standby keeps its settings (switch success, delay, dormant factor) in the node's `ui`
 * (app-only data, ignored by the engine), and coming back restores them.
 * Runs anywhere; no DOM.
 */
import type { DiagramFile, NodeFile, RedundancyFile } from '../model/file.ts';
import { getDiagramIndex } from './diagram.ts';

/** How a block's units share the work, as the inspector offers it. */
export type RedundancyMode = 'active' | 'cold' | 'warm' | 'hot';

/** Dormant factor given to a block made warm for the first time. */
export const DEFAULT_DORMANT_FACTOR = 0.1;

type BlockFile = Extract<NodeFile, { kind: 'block' }>;

/** The mode of a block's redundancy. */
export function getRedundancyMode(r: RedundancyFile | undefined): RedundancyMode {
  return r?.type === 'standby' ? (r.standby ?? 'cold') : 'active';
}

/** The standby settings kept in a node's `ui` while it is active, if any. */
function getKept(node: BlockFile): RedundancyFile | undefined {
  const kept: unknown = node.ui?.['standby'];
  return typeof kept === 'object' && kept !== null ? (kept as RedundancyFile) : undefined;
}

function withMode(node: BlockFile, mode: RedundancyMode): BlockFile {
  const r = node.redundancy?.type === 'standby' ? node.redundancy : undefined;
  const kept = getKept(node);
  const { redundancy: _previous, ui: _ui, ...rest } = node;
  const ui: Record<string, unknown> = { ...node.ui };
  delete ui['standby'];
  let redundancy: RedundancyFile | undefined;
  if (mode === 'active') {
    // Remember everything standby had, for a return to standby.
    ui['standby'] = { ...kept, ...r };
  } else {
    const base: RedundancyFile = r ?? kept ?? { type: 'standby' };
    const factor = r?.dormantFactor ?? kept?.dormantFactor;
    const { dormantFactor: _factor, ...plain } = base;
    redundancy = { ...plain, type: 'standby', standby: mode };
    if (mode === 'warm') redundancy.dormantFactor = factor ?? DEFAULT_DORMANT_FACTOR;
    else if (factor !== undefined) ui['standby'] = { type: 'standby', dormantFactor: factor };
  }
  return {
    ...rest,
    ...(redundancy === undefined ? {} : { redundancy }),
    ...(Object.keys(ui).length > 0 ? { ui } : {}),
  };
}

/**
 * The diagram with a block's redundancy set to `mode`.
 * @param diagram the diagram holding the block
 * @param id the block node's id
 * @param mode active, or cold, warm or hot standby
 * @returns the diagram (the same object when nothing changes)
 * @example
 * let d = setRedundancyModeIn(diagram, 'db', 'active'); // switch settings kept in ui
 * d = setRedundancyModeIn(d, 'db', 'cold'); // and restored
 */
export function setRedundancyModeIn(
  diagram: DiagramFile,
  id: string,
  mode: RedundancyMode,
): DiagramFile {
  const node = getDiagramIndex(diagram).nodes.get(id);
  if (node?.kind !== 'block' || getRedundancyMode(node.redundancy) === mode) return diagram;
  const next = withMode(node, mode);
  return { ...diagram, nodes: diagram.nodes.map((n) => (n.id === id ? next : n)) };
}
