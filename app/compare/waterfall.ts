/**
 * What caused the difference between two designs: the changes from the baseline's file to the
 * other's (a component's laws or price, a block's units or redundancy, then everything else the
 * structure changed as one step), applied one after another. Each step's design is analysed and
 * its change of downtime is that step's share: the shares add up to the whole change, because
 * the last design of the chain is the other design itself. A step's share depends on the order
 * when changes interact (a second replica is worth less after the first), so the order-free
 * Shapley shares are offered too: each change's effect averaged over every order. Pure; runs
 * anywhere.
 */
import type { ComponentFile, DesignFile, NodeFile } from '../../src/index.ts';

/** One step of the chain. */
export interface DesignStep {
  readonly label: string;
  /** The design after this step (and every step before it). */
  readonly file: DesignFile;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The engine's part of a node or component (without `ui`, which changes nothing). */
function core<T extends { ui?: unknown }>(value: T): Omit<T, 'ui'> {
  const { ui: _ui, ...rest } = value;
  return rest;
}

/** A node as the engine reads it: `quantity` and `required` with their default of 1 written. */
function nodeCore(node: NodeFile): unknown {
  const rest = core(node);
  return node.kind === 'block'
    ? { ...rest, quantity: String(node.quantity ?? 1), required: String(node.required ?? 1) }
    : rest;
}

function describeComponent(id: string, a: ComponentFile, b: ComponentFile): string {
  const parts: string[] = [];
  if (!same(a.failure, b.failure)) parts.push('failure law');
  if (!same(a.repair, b.repair)) parts.push('repair');
  if (!same(a.cost, b.cost)) parts.push('cost');
  return `${b.name ?? id}: ${parts.length === 0 ? 'changed' : parts.join(', ')} changed`;
}

function describeNode(a: NodeFile, b: NodeFile): string {
  if (a.kind === 'block' && b.kind === 'block') {
    const q = (n: typeof a) => Number(n.quantity ?? 1);
    const k = (n: typeof a) => Number(n.required ?? 1);
    if (q(a) !== q(b) && k(a) === k(b) && same(a.redundancy, b.redundancy)) {
      const more = q(b) - q(a);
      return `${b.id}: ${q(a)} → ${q(b)} units (${more > 0 ? '+' : '−'}${Math.abs(more)})`;
    }
    if (a.component !== b.component) return `${b.id}: component ${a.component} → ${b.component}`;
    return `${b.id}: units, needed or redundancy changed`;
  }
  return `${b.id}: changed`;
}

/** One change between two designs that can be applied to any design of the same shape. */
export interface DesignChange {
  readonly label: string;
  readonly apply: (file: DesignFile) => DesignFile;
}

/** The changes in place from `base` to `other`, and whether anything else differs. */
export interface DesignChanges {
  /** Components and top-level nodes changed in place; they commute (each touches its own id). */
  readonly changes: readonly DesignChange[];
  /** Something else differs (nodes or edges added or removed, subsystems, zones, the mission time). */
  readonly rest: boolean;
}

/** The engine's view of a design, to tell whether two differ in anything the engine reads. */
function engineView(f: DesignFile): unknown {
  return {
    timeUnit: f.timeUnit ?? 'hour',
    missionTime: f.missionTime,
    components: f.components.map(core),
    nodes: f.diagram.nodes.map(nodeCore),
    edges: f.diagram.edges,
    zones: f.diagram.zones,
    commonCause: f.diagram.commonCause,
    subsystems: f.subsystems,
  };
}

/**
 * The changes from `base` to `other`, each one a component or a top-level node replaced by the
 * other design's (nodes only when the diagram keeps its shape).
 */
export function getDesignChanges(base: DesignFile, other: DesignFile): DesignChanges {
  const changes: DesignChange[] = [];
  for (const b of other.components) {
    const a = base.components.find((c) => c.id === b.id);
    if (a === undefined || same(core(a), core(b))) continue;
    changes.push({
      label: describeComponent(b.id, a, b),
      apply: (f) => ({ ...f, components: f.components.map((c) => (c.id === b.id ? b : c)) }),
    });
  }
  const shapeOf = (f: DesignFile) => ({
    ids: f.diagram.nodes.map((n) => `${n.kind}:${n.id}`).sort(),
    edges: f.diagram.edges.map((e) => `${e.from}>${e.to}`).sort(),
  });
  if (same(shapeOf(base), shapeOf(other))) {
    for (const b of other.diagram.nodes) {
      const a = base.diagram.nodes.find((n) => n.id === b.id);
      if (a === undefined || same(nodeCore(a), nodeCore(b))) continue;
      const component = b.kind === 'block' && b.component !== undefined ? b.component : null;
      changes.push({
        label: describeNode(a, b),
        apply: (f) => ({
          ...f,
          components:
            component === null || f.components.some((c) => c.id === component)
              ? f.components
              : [...f.components, ...other.components.filter((c) => c.id === component)],
          diagram: { ...f.diagram, nodes: f.diagram.nodes.map((n) => (n.id === b.id ? b : n)) },
        }),
      });
    }
  }
  const applied = changes.reduce((f, change) => change.apply(f), base);
  return { changes, rest: !same(engineView(applied), engineView(other)) };
}

/**
 * The chain of designs from `base` to `other`, one change per step.
 * @param base the baseline's file
 * @param other the other design's file
 * @returns the steps in order (empty when nothing the engine reads differs); the last step's
 *   design is `other` whenever anything changed
 */
export function getDesignSteps(base: DesignFile, other: DesignFile): DesignStep[] {
  const { changes, rest } = getDesignChanges(base, other);
  const steps: DesignStep[] = [];
  let file = base;
  for (const change of changes) {
    file = change.apply(file);
    steps.push({ label: change.label, file });
  }
  // Whatever else differs: one last step, to the other design itself.
  if (rest) {
    steps.push({
      label: steps.length === 0 ? 'the whole design changed' : 'the rest of the structure',
      file: other,
    });
  } else if (steps.length > 0) {
    // The chain ends on the other design itself (only names or layout may differ).
    steps[steps.length - 1] = { ...steps[steps.length - 1]!, file: other };
  }
  return steps;
}

/** Most changes whose order-free shares are computed (2^n designs are analysed). */
export const MAX_SHAPLEY_CHANGES = 6;

/**
 * The designs of every subset of the changes, indexed by bit mask (bit i: change i applied);
 * mask 0 is `base`. With `rest`, one more design at the end: `other` itself.
 * @returns `null` when there are more than {@link MAX_SHAPLEY_CHANGES} changes
 */
export function getSubsetDesigns(base: DesignFile, other: DesignFile): DesignFile[] | null {
  const { changes, rest } = getDesignChanges(base, other);
  if (changes.length > MAX_SHAPLEY_CHANGES) return null;
  const files: DesignFile[] = [];
  for (let mask = 0; mask < 1 << changes.length; mask++) {
    files.push(changes.reduce((f, change, i) => ((mask >> i) & 1 ? change.apply(f) : f), base));
  }
  if (rest) files.push(other);
  return files;
}

/**
 * Shapley shares of n players in a game given by its value on every subset (indexed by bit
 * mask): player i's share is the mean, over every order of the players, of what adding i changes.
 * The shares add up to `values[full] − values[0]` whatever the order, and a change whose effect
 * does not depend on the others gets exactly that effect.
 * @param values the value of each subset, `values.length === 2 ** n`
 */
export function getShapleyShares(values: readonly number[], n: number): number[] {
  if (values.length !== 1 << n) throw new Error(`expected ${1 << n} values, got ${values.length}`);
  const factorial = [1];
  for (let k = 1; k <= n; k++) factorial.push(factorial[k - 1]! * k);
  const shares = new Array<number>(n).fill(0);
  for (let mask = 0; mask < values.length; mask++) {
    let size = 0;
    for (let m = mask; m !== 0; m &= m - 1) size++;
    for (let i = 0; i < n; i++) {
      if ((mask >> i) & 1) continue;
      const weight = (factorial[size]! * factorial[n - size - 1]!) / factorial[n]!;
      shares[i]! += weight * (values[mask | (1 << i)]! - values[mask]!);
    }
  }
  return shares;
}
