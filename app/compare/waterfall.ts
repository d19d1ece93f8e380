/**
 * What caused the difference between two designs: the changes from the baseline's file to the
 * other's (a component's laws or price, a block's units or redundancy, then everything else the
 * structure changed as one step), applied one after another. Each step's design is analysed and
 * its change of downtime is that step's share: the shares add up to the whole change, because
 * the last design of the chain is the other design itself. Pure; runs anywhere.
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

/**
 * The chain of designs from `base` to `other`, one change per step.
 * @param base the baseline's file
 * @param other the other design's file
 * @returns the steps in order (empty when nothing the engine reads differs); the last step's
 *   design is `other` whenever anything changed
 */
export function getDesignSteps(base: DesignFile, other: DesignFile): DesignStep[] {
  const steps: DesignStep[] = [];
  let file = base;
  const push = (label: string, next: DesignFile) => {
    file = next;
    steps.push({ label, file });
  };
  // Components changed in place (same id in both).
  for (const b of other.components) {
    const a = file.components.find((c) => c.id === b.id);
    if (a === undefined || same(core(a), core(b))) continue;
    push(describeComponent(b.id, a, b), {
      ...file,
      components: file.components.map((c) => (c.id === b.id ? b : c)),
    });
  }
  // Nodes of the top-level diagram changed in place, when the diagram keeps its shape.
  const shapeOf = (f: DesignFile) => ({
    ids: f.diagram.nodes.map((n) => `${n.kind}:${n.id}`).sort(),
    edges: f.diagram.edges.map((e) => `${e.from}>${e.to}`).sort(),
  });
  if (same(shapeOf(file), shapeOf(other))) {
    for (const b of other.diagram.nodes) {
      const a = file.diagram.nodes.find((n) => n.id === b.id);
      if (a === undefined || same(nodeCore(a), nodeCore(b))) continue;
      const components = b.kind === 'block' && b.component !== undefined ? b.component : null;
      const needed =
        components === null || file.components.some((c) => c.id === components)
          ? file.components
          : [...file.components, ...other.components.filter((c) => c.id === components)];
      push(describeNode(a, b), {
        ...file,
        components: needed,
        diagram: {
          ...file.diagram,
          nodes: file.diagram.nodes.map((n) => (n.id === b.id ? b : n)),
        },
      });
    }
  }
  // Whatever else differs (nodes or edges added or removed, subsystems, zones, groups, the
  // mission time): one last step, to the other design itself.
  const engineView = (f: DesignFile) => ({
    timeUnit: f.timeUnit ?? 'hour',
    missionTime: f.missionTime,
    components: f.components.map(core),
    nodes: f.diagram.nodes.map(nodeCore),
    edges: f.diagram.edges,
    zones: f.diagram.zones,
    commonCause: f.diagram.commonCause,
    subsystems: f.subsystems,
  });
  if (!same(engineView(file), engineView(other))) {
    push(steps.length === 0 ? 'the whole design changed' : 'the rest of the structure', other);
  } else if (steps.length > 0) {
    // The chain ends on the other design itself (only names or layout may differ).
    steps[steps.length - 1] = { ...steps[steps.length - 1]!, file: other };
  }
  return steps;
}
