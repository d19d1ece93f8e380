/**
 * Which diagram nodes still lie on a working route from start to end, for a state of the blocks:
 * the structure's gates reached from the start (thresholds and k-of-n junctions included) whose
 * output reaches the end through reached gates. Drawn by the replay (dead paths dashed) and by
 * failure effects. Runs anywhere; no DOM.
 */
import type { FlatGate, FlatStructure } from './structure.ts';

/** The gate network of a flattened design without its laws: what route drawing needs. */
export interface RouteNetwork {
  readonly gates: readonly FlatGate[];
  /** The gate whose reachability is the system's state. */
  readonly output: number;
}

/**
 * The route network of a flattened design (shared arrays, nothing copied).
 * @example
 * const routes = createRouteNetwork(createFlatStructure(design));
 */
export function createRouteNetwork(flat: FlatStructure): RouteNetwork {
  return { gates: flat.gates, output: flat.output };
}

/**
 * Top-level node ids on a working route (a subsystem node when a route through its inside
 * works). Empty when the system is down.
 * @param blockUp 1 for a working block, by flat block index (trace block order)
 * @example
 * getLiveNodes(routes, Uint8Array.of(1, 0)); // Set { 'in', 'a', 'out' } for a ∥ b with b down
 */
export function getLiveNodes(network: RouteNetwork, blockUp: Uint8Array): Set<string> {
  const { gates, output } = network;
  const reached = new Uint8Array(gates.length);
  for (let g = 0; g < gates.length; g++) {
    const gate = gates[g]!;
    if (gate.block >= 0 && blockUp[gate.block] !== 1) continue;
    let count = 0;
    for (const p of gate.preds) count += reached[p]!;
    if (count >= gate.threshold) reached[g] = 1;
  }
  const live = new Uint8Array(gates.length);
  if (reached[output] === 1) live[output] = 1;
  for (let g = gates.length - 1; g >= 0; g--) {
    if (live[g] !== 1) continue;
    for (const p of gates[g]!.preds) if (reached[p] === 1) live[p] = 1;
  }
  const ids = new Set<string>();
  for (let g = 0; g < gates.length; g++) {
    if (live[g] === 1) ids.add(topLevel(gates[g]!.nodeId));
  }
  return ids;
}

function topLevel(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}
