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
import type { LawForm } from '../laws/lawModule.ts';
import type { FailureFile, RepairFile } from '../laws/registry.ts';
import { getFailureModule, getRepairModule } from '../laws/registry.ts';

/**
 * A law file with the times that were given as parts written back as those parts. A key the
 * written law lacks (an exponential law is written by its rate) is first put in the form that
 * has it, with the parts' sum as its value.
 */
function withParts<F extends FailureFile | RepairFile>(
  file: F,
  role: 'failure' | 'repair',
  c: Component,
  createFile: (formId: string, mean: number) => F,
  forms: readonly LawForm[],
): F {
  const parts = Object.entries(c.timeParts ?? {}).filter(([k]) => k.startsWith(`${role}.`));
  let out = { ...file } as Record<string, unknown>;
  for (const [path, given] of parts) {
    const key = path.slice(role.length + 1);
    if (!Object.hasOwn(out, key)) {
      const form = forms.find((f) => f.fields.some((spec) => spec.key === key));
      if (form === undefined) continue;
      const sum = Object.values(given).reduce((a, b) => a + b, 0);
      out = { ...createFile(form.id, sum) } as Record<string, unknown>;
    }
    out[key] = { ...given };
  }
  return out as F;
}

function componentFile(c: Component): ComponentFile {
  const failureModule = getFailureModule(c.failure);
  const failure = withParts(
    createFailureFile(c.failure),
    'failure',
    c,
    (id, mean) => failureModule.createFile(id, mean),
    failureModule.forms,
  );
  let repair: RepairFile | undefined;
  if (c.repair !== null) {
    const repairModule = getRepairModule(c.repair);
    repair = withParts(
      createRepairFile(c.repair),
      'repair',
      c,
      (id, mean) => repairModule.createFile(id, mean),
      repairModule.forms,
    );
  }
  return {
    id: c.id,
    name: c.name,
    failure,
    ...(repair === undefined ? {} : { repair }),
    ...(c.cost === null ? {} : { cost: c.cost }),
    ...(c.source === undefined ? {} : { source: c.source }),
  };
}

function redundancyFile(r: Redundancy): RedundancyFile | undefined {
  if (r.kind === 'active') return undefined;
  return {
    type: 'standby',
    standby: r.standby,
    ...(r.standby === 'warm' ? { dormantFactor: r.dormantFactor } : {}),
    switch: {
      successProbability: r.switchSuccess,
      delay: r.switchDelayParts === undefined ? r.switchDelay : { ...r.switchDelayParts },
    },
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
    ...(design.targets === undefined ? {} : { targets: { ...design.targets } }),
  };
}
