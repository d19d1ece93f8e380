/**
 * Flattening a design into one gate network: subsystems expanded (each use of a subsystem is an
 * independent copy of its units), repeats resolved to the block they repeat. This is the common
 * input of the exact engine (decision diagrams) and of the Monte Carlo simulation.
 * Runs anywhere; no DOM.
 */
import type { CommonCauseGroup, Component, Design, Diagram, Redundancy } from './types.ts';
import { assert } from '../util/assert.ts';
import { assertNever } from '../errors.ts';

/**
 * What a flat block stands for: a block of the diagram, a zone (a shared unit whose outage takes
 * its members down) or the common-cause event of a beta-factor group.
 */
export type FlatBlockKind = 'block' | 'zone' | 'commonCause';

/** One physical block instance: one random element of the structure function. */
export interface FlatBlock {
  /** Position in {@link FlatStructure.blocks}. */
  readonly index: number;
  readonly kind: FlatBlockKind;
  /** Path id: `lb1` at top level, `site1/db` inside the subsystem node `site1`. */
  readonly id: string;
  readonly component: Component;
  readonly quantity: number;
  readonly required: number;
  readonly redundancy: Redundancy;
  /**
   * Path ids of every diagram node drawing this unit: the block itself, then its repeats; for a
   * zone or a common-cause event, its own id.
   */
  readonly nodeIds: readonly string[];
  /**
   * Zones and common-cause events only: path ids of the diagram nodes it takes down (its
   * members, with the repeats of member blocks). Empty for a block.
   */
  readonly memberIds: readonly string[];
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

/** One diagram indexed by position: topological order, predecessors and ids, no string maps. */
interface IndexedDiagram {
  /** Node positions in topological order. */
  readonly order: Int32Array;
  /** Predecessor positions of each node, in edge order. */
  readonly preds: readonly number[][];
  /** Position of each node id. */
  readonly indexOf: ReadonlyMap<string, number>;
}

/**
 * Indexed diagrams by identity: a validated diagram is never changed, and the incremental reader
 * hands the same object back after an edit elsewhere (a component's figures).
 */
const indexed = new WeakMap<Diagram, IndexedDiagram>();

/** Orders the nodes of one (validated, acyclic) diagram so every edge goes forward (cached). */
function indexDiagram(diagram: Diagram): IndexedDiagram {
  let index = indexed.get(diagram);
  if (index === undefined) {
    index = computeIndex(diagram);
    indexed.set(diagram, index);
  }
  return index;
}

function computeIndex(diagram: Diagram): IndexedDiagram {
  const n = diagram.nodes.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(diagram.nodes[i]!.id, i);
  const indegree = new Int32Array(n);
  const next: number[][] = Array.from({ length: n }, () => []);
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (const edge of diagram.edges) {
    const from = indexOf.get(edge.from)!;
    const to = indexOf.get(edge.to)!;
    indegree[to]!++;
    next[from]!.push(to);
    preds[to]!.push(from);
  }
  // Depth-first topological order keeps each branch's blocks together, which gives the
  // decision diagram a good variable order on series-parallel motifs.
  const order = new Int32Array(n);
  let count = 0;
  const stack: number[] = [];
  for (let i = n - 1; i >= 0; i--) if (indegree[i] === 0) stack.push(i);
  while (stack.length > 0) {
    const i = stack.pop()!;
    order[count++] = i;
    const succ = next[i]!;
    for (let k = succ.length - 1; k >= 0; k--) {
      const to = succ[k]!;
      if (--indegree[to]! === 0) stack.push(to);
    }
  }
  assert(count === n, 'diagram is not acyclic');
  return { order, preds, indexOf };
}

const ACTIVE: Redundancy = { kind: 'active' };

/**
 * The laws of common-cause groups: for a component of rate λ and a β, the event's component
 * (rate β·λ, the component's repair law, no cost) and the members' (rate (1 − β)·λ). Made once
 * per component and β, so that blocks of equal laws stay one kind for the exact engine.
 */
interface CommonCauseLaws {
  event(component: Component, beta: number): Component;
  independent(component: Component, beta: number): Component;
}

function createCommonCauseLaws(): CommonCauseLaws {
  // Weak: a flattening reused across edits (see updateFlatComponents) keeps its laws while
  // the components they derive from are alive.
  const made = new WeakMap<Component, Map<string, Component>>();
  const get = (component: Component, key: string, rate: number, cost: number | null): Component => {
    let byKey = made.get(component);
    if (byKey === undefined) {
      byKey = new Map();
      made.set(component, byKey);
    }
    let law = byKey.get(key);
    if (law === undefined) {
      assert(component.failure.kind === 'exponential', `${component.id} is not exponential`);
      law = { ...component, failure: { kind: 'exponential', rate }, cost };
      byKey.set(key, law);
    }
    return law;
  };
  const rateOf = (c: Component): number =>
    c.failure.kind === 'exponential' ? c.failure.rate : NaN;
  return {
    event: (c, beta) => get(c, `event|${beta}`, beta * rateOf(c), null),
    independent: (c, beta) => get(c, `unit|${beta}`, (1 - beta) * rateOf(c), c.cost),
  };
}

/** Where a flat block's component comes from: the design's component, maybe a β share of it. */
interface BlockSource {
  readonly componentId: string;
  readonly share: 'own' | 'event' | 'unit';
  readonly beta: number;
}

/** What {@link updateFlatComponents} needs of a flattening: its blocks' sources and laws. */
interface FlatOrigin {
  readonly diagram: Diagram;
  readonly subsystems: Design['subsystems'];
  readonly components: Design['components'];
  readonly sources: readonly BlockSource[];
  readonly laws: CommonCauseLaws;
  /** Block indices by component id, made on the first update and shared by later origins. */
  readonly byComponent?: ReadonlyMap<string, readonly number[]>;
}

function groupByComponent(sources: readonly BlockSource[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  sources.forEach((source, i) => {
    const group = groups.get(source.componentId);
    if (group === undefined) groups.set(source.componentId, [i]);
    else group.push(i);
  });
  return groups;
}

const origins = new WeakMap<FlatStructure, FlatOrigin>();

/**
 * The flattening of `design` given an earlier flattening `previous`: when the diagrams are the
 * same objects (an edit of components only, as the incremental reader hands them back), the
 * gates are shared and only the blocks whose component changed are made again; otherwise a
 * fresh {@link createFlatStructure}. Equal in every field to `createFlatStructure(design)`.
 * @param previous an earlier result of this function or of {@link createFlatStructure}
 * @param design a design accepted by `parseDesign`
 * @example
 * let flat = createFlatStructure(design);
 * flat = updateFlatComponents(flat, designWithOneMtbfChanged); // gates reused
 */
export function updateFlatComponents(
  previous: FlatStructure | null,
  design: Design,
): FlatStructure {
  const origin = previous === null ? undefined : origins.get(previous);
  if (
    previous === null ||
    origin === undefined ||
    origin.diagram !== design.diagram ||
    origin.subsystems !== design.subsystems
  ) {
    return createFlatStructure(design);
  }
  if (origin.components === design.components) return previous;
  // Only the blocks of components whose object changed are made again: the others keep their
  // component (a β share of an unchanged component is the same object, the laws being kept
  // per component object).
  const before = new Map<string, Component>();
  for (const c of origin.components) before.set(c.id, c);
  const now = new Map<string, Component>();
  for (const c of design.components) now.set(c.id, c);
  const { laws, sources } = origin;
  const byComponent = origin.byComponent ?? groupByComponent(sources);
  let blocks: FlatBlock[] | null = null;
  for (const [id, indices] of byComponent) {
    const own = now.get(id);
    assert(own, `unknown component ${id}`);
    if (before.get(id) === own) continue;
    for (const i of indices) {
      const b = previous.blocks[i]!;
      const source = sources[i]!;
      const component =
        source.share === 'own'
          ? own
          : source.share === 'event'
            ? laws.event(own, source.beta)
            : laws.independent(own, source.beta);
      if (component === b.component) continue;
      blocks ??= previous.blocks.slice();
      // Written out in the order createFlatStructure writes them (one object shape, and a
      // spread of nine fields cost a microsecond a block).
      blocks[i] = {
        index: b.index,
        kind: b.kind,
        id: b.id,
        component,
        quantity: b.quantity,
        required: b.required,
        redundancy: b.redundancy,
        nodeIds: b.nodeIds,
        memberIds: b.memberIds,
      };
    }
  }
  const next: FlatStructure = blocks === null ? previous : { ...previous, blocks };
  origins.set(next, { ...origin, components: design.components, byComponent });
  return next;
}

/**
 * Flattens a validated design into a gate network. Zones and common-cause events become blocks
 * of their own (one unit each, per copy of their diagram); a member's gate is followed by one
 * gate per zone or event covering it, reached when the member is and that unit works.
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
  const laws = createCommonCauseLaws();
  const sources: BlockSource[] = [];

  /** Adds a zone or common-cause unit (one unit, active) and returns its index. */
  const addSharedUnit = (
    kind: FlatBlockKind,
    id: string,
    component: Component,
    source: BlockSource,
  ): number => {
    const index = blocks.length;
    sources.push(source);
    mutableNodeIds.push([id]);
    blocks.push({
      index,
      kind,
      id,
      component,
      quantity: 1,
      required: 1,
      redundancy: ACTIVE,
      nodeIds: mutableNodeIds[index]!,
      memberIds: [],
    });
    return index;
  };

  /** Appends one gate per shared unit after `gate`: reached when it is and the unit works. */
  const gateBehind = (
    gate: number,
    shared: readonly number[] | undefined,
    path: string,
  ): number => {
    if (shared === undefined) return gate;
    let last = gate;
    for (const unit of shared) {
      (blocks[unit]!.memberIds as string[]).push(path);
      gates.push({ block: unit, threshold: 1, preds: [last], nodeId: path });
      last = gates.length - 1;
    }
    return last;
  };

  /** Expands `diagram` whose start is fed by `entryPreds` (threshold `entryThreshold`). */
  const expand = (
    diagram: Diagram,
    prefix: string,
    entryPreds: readonly number[],
    entryThreshold: number,
  ): number => {
    const { order, preds, indexOf } = indexDiagram(diagram);
    // Zones and common-cause events of this copy of the diagram, by the node id they gate (a
    // member block's repeats share its unit, so they are gated by its owner's id).
    const sharedOf = new Map<string, number[]>();
    const share = (member: string, unit: number): void => {
      const node = diagram.nodes[indexOf.get(member)!]!;
      const owner = node.kind === 'block' && node.repeatOf !== null ? node.repeatOf : member;
      const list = sharedOf.get(owner);
      if (list === undefined) sharedOf.set(owner, [unit]);
      else if (!list.includes(unit)) list.push(unit);
    };
    const groupOf = new Map<string, CommonCauseGroup>();
    for (const zone of diagram.zones ?? []) {
      const component = components.get(zone.component);
      assert(component, `unknown component ${zone.component}`);
      const unit = addSharedUnit('zone', prefix + zone.id, component, {
        componentId: zone.component,
        share: 'own',
        beta: 0,
      });
      for (const m of zone.members) share(m, unit);
    }
    for (const group of diagram.commonCause ?? []) {
      const first = diagram.nodes[indexOf.get(group.members[0] ?? '') ?? -1];
      if (first?.kind !== 'block') continue; // an empty group takes nothing down
      const component = components.get(first.component);
      assert(component, `unknown component ${first.component}`);
      const unit = addSharedUnit(
        'commonCause',
        prefix + group.id,
        laws.event(component, group.beta),
        { componentId: first.component, share: 'event', beta: group.beta },
      );
      for (const m of group.members) {
        share(m, unit);
        const node = diagram.nodes[indexOf.get(m)!]!;
        groupOf.set(node.kind === 'block' && node.repeatOf !== null ? node.repeatOf : m, group);
      }
    }
    const gateOf = new Int32Array(diagram.nodes.length);
    const blockOf = new Int32Array(diagram.nodes.length).fill(-1);
    let endGate = -1;
    for (const at of order) {
      const node = diagram.nodes[at]!;
      const path = prefix + node.id;
      const inGates = preds[at]!.map((p) => gateOf[p]!);
      switch (node.kind) {
        case 'start': {
          gateOf[at] = gates.length;
          gates.push({ block: -1, threshold: entryThreshold, preds: entryPreds, nodeId: path });
          break;
        }
        case 'end': {
          endGate = gates.length;
          gateOf[at] = gates.length;
          gates.push({ block: -1, threshold: node.required, preds: inGates, nodeId: path });
          break;
        }
        case 'junction': {
          gateOf[at] = gates.length;
          gates.push({ block: -1, threshold: node.required, preds: inGates, nodeId: path });
          break;
        }
        case 'block': {
          // A repeat shares the unit of the node it repeats, which may come later in
          // topological order: whichever is met first creates the unit.
          const ownerAt = node.repeatOf === null ? at : indexOf.get(node.repeatOf)!;
          let block = blockOf[ownerAt]!;
          if (block < 0) {
            block = blocks.length;
            blockOf[ownerAt] = block;
            const owner = diagram.nodes[ownerAt];
            assert(owner?.kind === 'block', `repeatOf ${node.repeatOf} is not a block`);
            const own = components.get(owner.component);
            assert(own, `unknown component ${owner.component}`);
            const group = groupOf.get(owner.id);
            // In a common-cause group each unit fails on its own at (1 − β)·λ.
            const component = group === undefined ? own : laws.independent(own, group.beta);
            sources.push({
              componentId: owner.component,
              share: group === undefined ? 'own' : 'unit',
              beta: group?.beta ?? 0,
            });
            mutableNodeIds.push([]);
            blocks.push({
              index: block,
              kind: 'block',
              id: prefix + owner.id,
              component,
              quantity: owner.quantity,
              required: owner.required,
              redundancy: owner.redundancy,
              nodeIds: mutableNodeIds[block]!,
              memberIds: [],
            });
          }
          if (node.repeatOf === null) mutableNodeIds[block]!.unshift(path);
          else mutableNodeIds[block]!.push(path);
          gates.push({ block, threshold: node.inputs, preds: inGates, nodeId: path });
          gateOf[at] = gateBehind(
            gates.length - 1,
            sharedOf.get(ownerAt === at ? node.id : node.repeatOf!),
            path,
          );
          break;
        }
        case 'subsystem': {
          const inner = design.subsystems[node.subsystem];
          assert(inner, `unknown subsystem ${node.subsystem}`);
          const innerEnd = expand(inner, path + '/', inGates, node.inputs);
          gateOf[at] = gateBehind(innerEnd, sharedOf.get(node.id), path);
          break;
        }
        default:
          return assertNever(node, 'node');
      }
    }
    assert(endGate >= 0, 'diagram has no end');
    return endGate;
  };

  const output = expand(design.diagram, '', [], 0);
  const flat: FlatStructure = { blocks, gates, output };
  origins.set(flat, {
    diagram: design.diagram,
    subsystems: design.subsystems,
    components: design.components,
    sources,
    laws,
  });
  return flat;
}

/**
 * Which gates are reached when the blocks are up or down as given: the structure function
 * evaluated on one state (replays, failure-effects views, checks of traces).
 * @param flat the flattened design
 * @param blockUp 1 for a working block, by block index
 * @returns 1 for each reached gate; the system works when `reached[flat.output]` is 1
 * @example
 * const reached = evaluateFlatStructure(flat, Uint8Array.from(flat.blocks, () => 1));
 * reached[flat.output]; // 1: everything works
 */
export function evaluateFlatStructure(flat: FlatStructure, blockUp: Uint8Array): Uint8Array {
  const reached = new Uint8Array(flat.gates.length);
  for (let g = 0; g < flat.gates.length; g++) {
    const gate = flat.gates[g]!;
    if (gate.block >= 0 && blockUp[gate.block] !== 1) continue;
    let count = 0;
    for (const p of gate.preds) count += reached[p]!;
    if (count >= gate.threshold) reached[g] = 1;
  }
  return reached;
}
