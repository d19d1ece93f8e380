/**
 * Flattening a design into one gate network: subsystems expanded (each use of a subsystem is an
 * independent copy of its units), repeats resolved to the block they repeat. This is the common
 * input of the exact engine (decision diagrams) and of the Monte Carlo simulation.
 * Runs anywhere; no DOM.
 */
import type { Component, Design, Diagram, DiagramNode, Redundancy } from './types.ts';
import { assert } from '../util/assert.ts';

/** One physical block instance: one random element of the structure function. */
export interface FlatBlock {
  /** Position in {@link FlatStructure.blocks}. */
  readonly index: number;
  /** Path id: `lb1` at top level, `site1/db` inside the subsystem node `site1`. */
  readonly id: string;
  readonly component: Component;
  readonly quantity: number;
  readonly required: number;
  readonly redundancy: Redundancy;
  /** Path ids of every diagram node drawing this unit: the block itself, then its repeats. */
  readonly nodeIds: readonly string[];
}

/**
 * A gate of the flattened network. It is reached when its block works (if `block >= 0`) and at
 * least `threshold` of its `preds` (indices of earlier gates) are reached.
 */
export interface FlatGate {
  /** Index into {@link FlatStructure.blocks}, or -1 for a gate without a unit. */
  readonly block: number;
  readonly threshold: number;
  readonly preds: readonly number[];
  /** Path id of the diagram node this gate stands for (inner start/end: `site1/in`). */
  readonly nodeId: string;
}

/** A design flattened into gates in topological order. Gate 0 is the root start. */
export interface FlatStructure {
  readonly blocks: readonly FlatBlock[];
  readonly gates: readonly FlatGate[];
  /** Index of the gate whose reachability is the system's state (the root end). */
  readonly output: number;
}

/** Orders the nodes of one (validated, acyclic) diagram so every edge goes forward. */
function sortNodes(diagram: Diagram): DiagramNode[] {
  const byId = new Map<string, DiagramNode>();
  for (const node of diagram.nodes) byId.set(node.id, node);
  const indegree = new Map<string, number>();
  const next = new Map<string, string[]>();
  for (const node of diagram.nodes) {
    indegree.set(node.id, 0);
    next.set(node.id, []);
  }
  for (const edge of diagram.edges) {
    indegree.set(edge.to, (indegree.get(edge.to) ?? 0) + 1);
    next.get(edge.from)?.push(edge.to);
  }
  // Depth-first topological order keeps each branch's blocks together, which gives the
  // decision diagram a good variable order on series-parallel motifs.
  const order: DiagramNode[] = [];
  const stack: string[] = [];
  for (const node of diagram.nodes) if (indegree.get(node.id) === 0) stack.push(node.id);
  stack.reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(byId.get(id)!);
    const succ = next.get(id) ?? [];
    for (let i = succ.length - 1; i >= 0; i--) {
      const to = succ[i]!;
      const left = indegree.get(to)! - 1;
      indegree.set(to, left);
      if (left === 0) stack.push(to);
    }
  }
  assert(order.length === diagram.nodes.length, 'diagram is not acyclic');
  return order;
}

/**
 * Flattens a validated design into a gate network.
 * @param design a design accepted by `parseDesign`
 * @returns blocks (random elements) and gates in topological order
 * @example
 * const flat = createFlatStructure(design);
 * flat.blocks.length; // number of independent units
 */
export function createFlatStructure(design: Design): FlatStructure {
  const components = new Map<string, Component>();
  for (const c of design.components) components.set(c.id, c);
  const blocks: FlatBlock[] = [];
  const gates: FlatGate[] = [];
  const mutableNodeIds: string[][] = [];

  /** Expands `diagram` whose start is fed by `entryPreds` (threshold `entryThreshold`). */
  const expand = (
    diagram: Diagram,
    prefix: string,
    entryPreds: readonly number[],
    entryThreshold: number,
  ): number => {
    const order = sortNodes(diagram);
    const nodeById = new Map<string, DiagramNode>();
    for (const n of diagram.nodes) nodeById.set(n.id, n);
    const gateOf = new Map<string, number>();
    const preds = new Map<string, string[]>();
    for (const edge of diagram.edges) {
      const list = preds.get(edge.to);
      if (list) list.push(edge.from);
      else preds.set(edge.to, [edge.from]);
    }
    const blockOf = new Map<string, number>();
    let endGate = -1;
    for (const node of order) {
      const path = prefix + node.id;
      const inGates = (preds.get(node.id) ?? []).map((p) => gateOf.get(p)!);
      switch (node.kind) {
        case 'start': {
          gateOf.set(node.id, gates.length);
          gates.push({ block: -1, threshold: entryThreshold, preds: entryPreds, nodeId: path });
          break;
        }
        case 'end': {
          endGate = gates.length;
          gateOf.set(node.id, gates.length);
          gates.push({ block: -1, threshold: node.required, preds: inGates, nodeId: path });
          break;
        }
        case 'junction': {
          gateOf.set(node.id, gates.length);
          gates.push({ block: -1, threshold: node.required, preds: inGates, nodeId: path });
          break;
        }
        case 'block': {
          let block: number;
          if (node.repeatOf !== null) {
            const original = blockOf.get(node.repeatOf);
            if (original === undefined) {
              // The repeated node comes later in topological order: create its unit now.
              block = blocks.length;
              blockOf.set(node.repeatOf, block);
            } else block = original;
          } else {
            const existing = blockOf.get(node.id);
            block = existing ?? blocks.length;
            blockOf.set(node.id, block);
          }
          if (block === blocks.length) {
            const ownerId = node.repeatOf ?? node.id;
            const owner = nodeById.get(ownerId);
            assert(owner?.kind === 'block', `repeatOf ${ownerId} is not a block`);
            const component = components.get(owner.component);
            assert(component, `unknown component ${owner.component}`);
            mutableNodeIds.push([]);
            blocks.push({
              index: block,
              id: prefix + owner.id,
              component,
              quantity: owner.quantity,
              required: owner.required,
              redundancy: owner.redundancy,
              nodeIds: mutableNodeIds[block]!,
            });
          }
          if (node.repeatOf === null) mutableNodeIds[block]!.unshift(path);
          else mutableNodeIds[block]!.push(path);
          gateOf.set(node.id, gates.length);
          gates.push({ block, threshold: node.inputs, preds: inGates, nodeId: path });
          break;
        }
        case 'subsystem': {
          const inner = design.subsystems[node.subsystem];
          assert(inner, `unknown subsystem ${node.subsystem}`);
          gateOf.set(node.id, expand(inner, path + '/', inGates, node.inputs));
          break;
        }
        default:
          throw new Error(`unexpected node ${JSON.stringify(node satisfies never)}`);
      }
    }
    assert(endGate >= 0, 'diagram has no end');
    return endGate;
  };

  const output = expand(design.diagram, '', [], 0);
  return { blocks, gates, output };
}
