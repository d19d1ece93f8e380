/**
 * What matters: each parameter of a design moved down and up by a share (default ±20 %), one at
 * a time, and the exact downtime per year at each end — the tornado chart of the compare view
 * (issue 11). Parameters: each component's MTBF (exponential failure) and MTTR (exponential or
 * fixed repair), each standby block's switch success and switch delay, each common-cause
 * group's β. A component is one parameter for all the blocks that use it. Laws of other kinds
 * are listed as not varied, with the reason, rather than moved in a way that changes their shape.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import type { Component, Design, Diagram, DiagramNode } from '../model/types.ts';
import type { Result } from '../util/result.ts';
import { createAnalyzer } from './analyze.ts';

/** Default share each parameter is moved by, each way. */
export const DEFAULT_TORNADO_SHARE = 0.2;

/** What a parameter is. */
export type TornadoKind = 'mtbf' | 'mttr' | 'switchSuccess' | 'switchDelay' | 'beta';

/** One parameter and the downtime at each end of its range. */
export interface TornadoParameter {
  /** `component:app:mtbf`, `node:db:switchDelay`, `group:ccf:beta` (subsystems: `sub/…`). */
  readonly id: string;
  readonly kind: TornadoKind;
  /** The component, block node or group it belongs to. */
  readonly owner: string;
  readonly base: number;
  /** The values tried (probabilities clamped to [0, 1]). */
  readonly low: number;
  readonly high: number;
  /** Downtime per year (hours) with the parameter at `low` and at `high`; null: not exact. */
  readonly downtimeLow: number | null;
  readonly downtimeHigh: number | null;
  /** |downtimeHigh − downtimeLow|, hours per year (0 when either is unknown). */
  readonly swing: number;
}

export interface TornadoResult {
  readonly share: number;
  /** Downtime per year of the design as it is, hours. */
  readonly baseDowntime: number | null;
  /** Largest swing first. */
  readonly parameters: readonly TornadoParameter[];
  /** What was not varied, and why. */
  readonly skipped: readonly string[];
}

interface Change {
  readonly id: string;
  readonly kind: TornadoKind;
  readonly owner: string;
  readonly base: number;
  /** The design with the parameter set to a value. */
  readonly apply: (value: number) => Design;
  /** Probabilities stay in [0, 1]. */
  readonly probability: boolean;
}

function withComponent(design: Design, component: Component): Design {
  return {
    ...design,
    components: design.components.map((c) => (c.id === component.id ? component : c)),
  };
}

function withDiagram(design: Design, key: string | null, diagram: Diagram): Design {
  return key === null
    ? { ...design, diagram }
    : { ...design, subsystems: { ...design.subsystems, [key]: diagram } };
}

function componentChanges(design: Design, skipped: string[]): Change[] {
  const out: Change[] = [];
  for (const c of design.components) {
    if (c.failure.kind === 'exponential' && c.failure.rate > 0) {
      const failure = c.failure;
      out.push({
        id: `component:${c.id}:mtbf`,
        kind: 'mtbf',
        owner: c.id,
        base: 1 / failure.rate,
        probability: false,
        apply: (mtbf) => withComponent(design, { ...c, failure: { ...failure, rate: 1 / mtbf } }),
      });
    } else if (c.failure.kind !== 'exponential' && c.failure.kind !== 'fixed') {
      skipped.push(`${c.id}: MTBF not varied (a ${c.failure.kind} law has a shape of its own)`);
    }
    const repair = c.repair;
    if (repair?.kind === 'exponential' && repair.mttr > 0) {
      out.push({
        id: `component:${c.id}:mttr`,
        kind: 'mttr',
        owner: c.id,
        base: repair.mttr,
        probability: false,
        apply: (mttr) => withComponent(design, { ...c, repair: { ...repair, mttr } }),
      });
    } else if (repair?.kind === 'fixed' && repair.time > 0) {
      out.push({
        id: `component:${c.id}:mttr`,
        kind: 'mttr',
        owner: c.id,
        base: repair.time,
        probability: false,
        apply: (time) => withComponent(design, { ...c, repair: { ...repair, time } }),
      });
    } else if (repair?.kind === 'lognormal') {
      skipped.push(`${c.id}: MTTR not varied (a lognormal repair law)`);
    }
  }
  return out;
}

function diagramChanges(design: Design, key: string | null, diagram: Diagram): Change[] {
  const prefix = key === null ? '' : `${key}/`;
  const out: Change[] = [];
  const withNode = (node: DiagramNode): Design =>
    withDiagram(design, key, {
      ...diagram,
      nodes: diagram.nodes.map((n) => (n.id === node.id ? node : n)),
    });
  for (const node of diagram.nodes) {
    if (node.kind !== 'block' || node.repeatOf !== null) continue;
    const r = node.redundancy;
    if (r.kind !== 'standby' || node.quantity === node.required) continue;
    out.push({
      id: `node:${prefix}${node.id}:switchSuccess`,
      kind: 'switchSuccess',
      owner: prefix + node.id,
      base: r.switchSuccess,
      probability: true,
      apply: (switchSuccess) => withNode({ ...node, redundancy: { ...r, switchSuccess } }),
    });
    if (r.switchDelay > 0) {
      out.push({
        id: `node:${prefix}${node.id}:switchDelay`,
        kind: 'switchDelay',
        owner: prefix + node.id,
        base: r.switchDelay,
        probability: false,
        apply: (switchDelay) => withNode({ ...node, redundancy: { ...r, switchDelay } }),
      });
    }
  }
  for (const group of diagram.commonCause ?? []) {
    if (group.beta <= 0) continue;
    out.push({
      id: `group:${prefix}${group.id}:beta`,
      kind: 'beta',
      owner: prefix + group.id,
      base: group.beta,
      probability: true,
      apply: (beta) =>
        withDiagram(design, key, {
          ...diagram,
          commonCause: (diagram.commonCause ?? []).map((g) =>
            g.id === group.id ? { ...g, beta } : g,
          ),
        }),
    });
  }
  return out;
}

/**
 * Moves each parameter down and up by `share` and gives the exact downtime per year at each end.
 * @param design a validated design
 * @param share the relative move each way, in (0, 1) (default 0.2: ±20 %)
 * @returns the parameters, largest swing first, and what was not varied
 * @example
 * computeTornado(design).value.parameters[0]; // { id: 'component:db:mttr', swing: 0.3, … }
 */
export function computeTornado(
  design: Design,
  share = DEFAULT_TORNADO_SHARE,
): Result<TornadoResult, string> {
  if (!(share > 0 && share < 1)) {
    return { ok: false, error: `share ${share} must be between 0 and 1 (0.2 is ±20 %)` };
  }
  const skipped: string[] = [];
  const changes = [
    ...componentChanges(design, skipped),
    ...diagramChanges(design, null, design.diagram),
    ...Object.entries(design.subsystems).flatMap(([k, d]) => diagramChanges(design, k, d)),
  ];
  // One analyzer: only parameters change, so the decision diagram is compiled once.
  const analyzer = createAnalyzer();
  const downtime = (d: Design): number | null =>
    analyzer.evaluate(d, { skipMttf: true, skipMeanAvailability: true, cutSetLimit: 1 }).steadyState
      .downtimePerYear;
  const baseDowntime = downtime(design);
  const parameters = changes.map((c): TornadoParameter => {
    const clamp = (v: number) => (c.probability ? Math.min(1, Math.max(0, v)) : v);
    const low = clamp(c.base * (1 - share));
    const high = clamp(c.base * (1 + share));
    const downtimeLow = downtime(c.apply(low));
    const downtimeHigh = downtime(c.apply(high));
    const swing =
      downtimeLow === null || downtimeHigh === null ? 0 : Math.abs(downtimeHigh - downtimeLow);
    return {
      id: c.id,
      kind: c.kind,
      owner: c.owner,
      base: c.base,
      low,
      high,
      downtimeLow,
      downtimeHigh,
      swing,
    };
  });
  parameters.sort((a, b) => b.swing - a.swing);
  return { ok: true, value: { share, baseDowntime, parameters, skipped } };
}
