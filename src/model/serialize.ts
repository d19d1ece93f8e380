/**
 * The way back from a normalised {@link Design} to a design file: every number in the design's
 * time unit, each law as its module writes it (an exponential law as its rate).
 * `parseDesign(createDesignFile(d))` gives `d` again (tested), so code that holds a `Design`
 * (tests, benchmarks, generated designs) can hand a file to anything that validates its input,
 * such as the workers.
 * Runs anywhere; no DOM.
 */
import type {
  CommonCauseFile,
  ComponentFile,
  DesignFile,
  DiagramFile,
  NodeFile,
  RedundancyFile,
  ZoneFile,
} from './file.ts';
import type {
  CommonCauseGroup,
  Component,
  Design,
  Diagram,
  DiagramNode,
  Redundancy,
  Zone,
} from './types.ts';
import { assertNever } from '../util/assert.ts';
import { createFailureFile, createRepairFile } from '../laws/files.ts';

function componentFile(c: Component): ComponentFile {
  return {
    id: c.id,
    name: c.name,
    failure: createFailureFile(c.failure),
    ...(c.repair === null ? {} : { repair: createRepairFile(c.repair) }),
    ...(c.cost === null ? {} : { cost: c.cost }),
  };
}

function redundancyFile(r: Redundancy): RedundancyFile | undefined {
  if (r.kind === 'active') return undefined;
  return {
    type: 'standby',
    standby: r.standby,
    ...(r.standby === 'warm' ? { dormantFactor: r.dormantFactor } : {}),
    switch: { successProbability: r.switchSuccess, delay: r.switchDelay },
  };
}

function nodeFile(n: DiagramNode): NodeFile {
  switch (n.kind) {
    case 'start':
      return { id: n.id, kind: 'start' };
    case 'end':
      return { id: n.id, kind: 'end', required: n.required };
    case 'junction':
      return { id: n.id, kind: 'junction', required: n.required };
    case 'subsystem':
      return { id: n.id, kind: 'subsystem', subsystem: n.subsystem, inputs: n.inputs };
    case 'block': {
      if (n.repeatOf !== null) {
        return { id: n.id, kind: 'block', repeatOf: n.repeatOf, inputs: n.inputs };
      }
      const redundancy = redundancyFile(n.redundancy);
      return {
        id: n.id,
        kind: 'block',
        component: n.component,
        quantity: n.quantity,
        required: n.required,
        inputs: n.inputs,
        ...(redundancy === undefined ? {} : { redundancy }),
      };
    }
    default:
      return assertNever(n);
  }
}

function zoneFile(z: Zone): ZoneFile {
  return {
    id: z.id,
    ...(z.name === '' ? {} : { name: z.name }),
    component: z.component,
    members: [...z.members],
  };
}

function commonCauseFile(g: CommonCauseGroup): CommonCauseFile {
  return {
    id: g.id,
    ...(g.name === '' ? {} : { name: g.name }),
    members: [...g.members],
    beta: g.beta,
  };
}

function diagramFile(d: Diagram): DiagramFile {
  return {
    nodes: d.nodes.map(nodeFile),
    edges: d.edges.map((e) => ({ from: e.from, to: e.to })),
    ...(d.zones === undefined ? {} : { zones: d.zones.map(zoneFile) }),
    ...(d.commonCause === undefined ? {} : { commonCause: d.commonCause.map(commonCauseFile) }),
  };
}

/**
 * Writes a normalised design as a design file.
 * @param design a validated design
 * @returns a file that `parseDesign` reads back into an equal design
 * @example
 * const file = createDesignFile(design);
 * parseDesign(file); // { ok: true, value: design (equal), warnings: [] }
 */
export function createDesignFile(design: Design): DesignFile {
  const subsystems = Object.entries(design.subsystems);
  return {
    format: 'rbd-design',
    version: 1,
    name: design.name,
    ...(design.description === '' ? {} : { description: design.description }),
    timeUnit: design.timeUnit,
    missionTime: design.missionTime,
    components: design.components.map(componentFile),
    diagram: diagramFile(design.diagram),
    ...(subsystems.length === 0
      ? {}
      : { subsystems: Object.fromEntries(subsystems.map(([k, d]) => [k, diagramFile(d)])) }),
  };
}
