/**
 * The parts of a design review that describe the design rather than its figures: each
 * component with its laws written out (λ, μ, MTBF, MTTR) and where its figures come from, the
 * shared-fate zones and common-cause groups, and the assumptions the figures rest on.
 * Pure; runs anywhere; no DOM.
 */
import type { FailureLaw, RepairLaw } from '../laws/registry.ts';
import type { Component, Design, Diagram, TimeUnit } from '../model/types.ts';
import { HOURS_PER_YEAR } from '../model/types.ts';
import { assertNever } from '../util/assert.ts';
import { formatCost, formatInUnit, formatNumber, TIME_UNIT_NAMES } from './format.ts';

/** Where a component's figures come from, when the file does not say. */
export const NO_SOURCE = 'not given (indicative assumption)';

/** One component of the design as the report lists it. */
export interface ComponentRow {
  readonly id: string;
  readonly name: string;
  /** The failure law written out, with λ for a constant rate (`exponential, MTBF 50,000 hours, λ = 2e-5 per hour`). */
  readonly failure: string;
  /** The repair law written out, with μ for exponential repair; `never repaired` without one. */
  readonly repair: string;
  readonly cost: string;
  /** Where the figures come from (the file's `source`), or {@link NO_SOURCE}. */
  readonly source: string;
}

/** A zone or common-cause group, with its members. */
export interface SharedFateRow {
  /** Path id (`site-a/rack` inside a subsystem). */
  readonly id: string;
  readonly kind: 'zone' | 'commonCause';
  readonly name: string;
  readonly members: readonly string[];
  /** What it does (`one Power feed shared by its members`, `β = 0.05 of each unit's rate`). */
  readonly detail: string;
}

function per(unit: TimeUnit): string {
  return `per ${TIME_UNIT_NAMES[unit][0]}`;
}

/**
 * A failure law in words, with its parameters and units.
 * @param law the failure law (rates per design time unit)
 * @param unit the design's time unit
 * @example describeFailureLaw({ kind: 'exponential', rate: 2e-5 }, 'hour');
 * // 'exponential, MTBF 50,000 hours, λ = 2.000e-5 per hour'
 */
export function describeFailureLaw(law: FailureLaw, unit: TimeUnit): string {
  switch (law.kind) {
    case 'exponential':
      return law.rate === 0
        ? 'exponential, λ = 0 (never fails)'
        : `exponential, MTBF ${formatInUnit(1 / law.rate, unit)}, λ = ${formatNumber(law.rate)} ${per(unit)}`;
    case 'weibull':
      return (
        `Weibull, shape β = ${formatNumber(law.shape)}, scale η = ${formatInUnit(law.scale, unit)}` +
        (law.location === undefined ? '' : `, location γ = ${formatInUnit(law.location, unit)}`)
      );
    case 'lognormal':
      return `lognormal, mean ${formatInUnit(law.mean, unit)}, sd ${formatInUnit(law.sd, unit)}`;
    case 'gamma':
      return `gamma, shape k = ${formatNumber(law.shape)}, scale θ = ${formatInUnit(law.scale, unit)}`;
    case 'loglogistic':
      return `log-logistic, shape β = ${formatNumber(law.shape)}, scale α = ${formatInUnit(law.scale, unit)}`;
    case 'fixed':
      return `fixed, works with probability ${formatNumber(law.reliability)}`;
    default:
      return assertNever(law);
  }
}

/**
 * A repair law in words (`null`: never repaired).
 * @example describeRepairLaw({ kind: 'exponential', mttr: 4 }, 'hour');
 * // 'exponential, MTTR 4 hours, μ = 0.25 per hour'
 */
export function describeRepairLaw(law: RepairLaw | null, unit: TimeUnit): string {
  if (law === null) return 'never repaired';
  switch (law.kind) {
    case 'exponential':
      return law.mttr === 0
        ? 'exponential, MTTR 0 (instant)'
        : `exponential, MTTR ${formatInUnit(law.mttr, unit)}, μ = ${formatNumber(1 / law.mttr)} ${per(unit)}`;
    case 'lognormal':
      return `lognormal, mean ${formatInUnit(law.mean, unit)}, sd ${formatInUnit(law.sd, unit)}`;
    case 'fixed':
      return `fixed time ${formatInUnit(law.time, unit)}`;
    default:
      return assertNever(law);
  }
}

/**
 * Where each component's figures come from, read from a design *file*: the component's
 * `source` (design-format.md) or, in older files, `ui.source`. Anything else is ignored.
 * @param file the design file's JSON (unknown: nothing is trusted)
 * @returns source text by component id (components without one are absent)
 */
export function getComponentSources(file: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof file !== 'object' || file === null) return out;
  const components = (file as { components?: unknown }).components;
  if (!Array.isArray(components)) return out;
  for (const item of components as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const c = item as { id?: unknown; source?: unknown; ui?: unknown };
    const ui = typeof c.ui === 'object' && c.ui !== null ? (c.ui as { source?: unknown }) : {};
    const text = typeof c.source === 'string' ? c.source : ui.source;
    if (typeof c.id === 'string' && typeof text === 'string' && text.trim() !== '') {
      out[c.id] = text.trim().slice(0, 500);
    }
  }
  return out;
}

/**
 * The component rows of a design.
 * @param design the design
 * @param sources from {@link getComponentSources}
 */
export function getComponentRows(
  design: Design,
  sources: Readonly<Record<string, string>>,
): ComponentRow[] {
  return design.components.map((c: Component) => ({
    id: c.id,
    name: c.name,
    failure: describeFailureLaw(c.failure, design.timeUnit),
    repair: describeRepairLaw(c.repair, design.timeUnit),
    cost: formatCost(c.cost),
    source: sources[c.id] ?? NO_SOURCE,
  }));
}

function collectSharedFate(
  diagram: Diagram,
  prefix: string,
  design: Design,
  out: SharedFateRow[],
): void {
  const names = new Map(design.components.map((c) => [c.id, c.name]));
  for (const zone of diagram.zones ?? []) {
    out.push({
      id: prefix + zone.id,
      kind: 'zone',
      name: zone.name === '' ? zone.id : zone.name,
      members: zone.members.map((m) => prefix + m),
      detail: `one ${names.get(zone.component) ?? zone.component} shared by its members: when it is down, so are they`,
    });
  }
  for (const group of diagram.commonCause ?? []) {
    out.push({
      id: prefix + group.id,
      kind: 'commonCause',
      name: group.name === '' ? group.id : group.name,
      members: group.members.map((m) => prefix + m),
      detail: `β = ${formatNumber(group.beta)}: that share of each unit's failure rate is one event failing every member at once`,
    });
  }
  for (const node of diagram.nodes) {
    if (node.kind !== 'subsystem') continue;
    const inner = design.subsystems[node.subsystem];
    if (inner !== undefined) collectSharedFate(inner, `${prefix}${node.id}/`, design, out);
  }
}

/**
 * The zones and common-cause groups of a design, subsystems included (path ids).
 * @param design the design
 * @returns one row per zone and group; empty when the design has none
 */
export function getSharedFateRows(design: Design): SharedFateRow[] {
  const out: SharedFateRow[] = [];
  collectSharedFate(design.diagram, '', design, out);
  return out;
}

function hasStandby(diagram: Diagram, design: Design): boolean {
  return diagram.nodes.some(
    (n) =>
      (n.kind === 'block' && n.redundancy.kind === 'standby') ||
      (n.kind === 'subsystem' &&
        design.subsystems[n.subsystem] !== undefined &&
        hasStandby(design.subsystems[n.subsystem]!, design)),
  );
}

/**
 * The assumptions the figures rest on, in plain sentences (domain.md).
 * @param design the design
 * @param sharedFate from {@link getSharedFateRows}
 * @param exactLimits the engine's reasons for figures it could not give exactly
 */
export function getAssumptions(
  design: Design,
  sharedFate: readonly SharedFateRow[],
  exactLimits: readonly string[],
): string[] {
  const list = [
    sharedFate.length === 0
      ? 'Units fail independently of one another: the design declares no shared-fate zone and no common-cause group.'
      : `Units fail independently except through the ${sharedFate.length} zone(s) and common-cause group(s) listed under "Shared fate".`,
    'Each failed unit has its own repair crew, which starts at once (no waiting for spares or people); a repaired unit is as good as new.',
    'Units keep ageing and can fail while the system is down.',
    `Downtime per year is the long-run unavailability × ${HOURS_PER_YEAR} h (a year of 365.25 days).`,
    'Long-run figures are steady state with repair; reliability and MTTF are without repair, starting with every unit new.',
  ];
  if (hasStandby(design.diagram, design)) {
    list.push(
      'Standby: a waiting unit fails at the dormant factor × its rate; each switch-over works with the stated probability and the block is down during the switch delay.',
    );
  }
  list.push(
    'Figures marked "exact" come from binary decision diagrams and Markov chains, not from simulation; figures marked "simulated" are Monte Carlo estimates with 95% intervals.',
  );
  for (const reason of exactLimits) list.push(`Not covered exactly: ${reason}`);
  return list;
}
