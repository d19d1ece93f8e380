/**
 * Component presets for IT systems. Every figure is a typical order of magnitude drawn from
 * vendor datasheets and published field studies (annualised failure rates of disks, cloud
 * status histories), meant as a starting point: adjust it to your hardware, contracts and
 * operations. Times are written with their unit so they stay right in any design time unit.
 */
import type { ComponentFile, FailureFile, RepairFile } from '../model/file.ts';

/** Groups shown in the catalogue, in this order. */
export const PRESET_GROUPS = [
  'compute',
  'storage',
  'power',
  'network',
  'cloud',
  'service',
] as const;
export type PresetGroup = (typeof PRESET_GROUPS)[number];

/** Display names of the groups. */
export const PRESET_GROUP_NAMES: Readonly<Record<PresetGroup, string>> = {
  compute: 'Compute',
  storage: 'Storage',
  power: 'Power',
  network: 'Network',
  cloud: 'Cloud',
  service: 'Services',
};

/** A typical component type offered in the catalogue. */
export interface ComponentPreset {
  /** Also the component id when added to a design. */
  readonly id: string;
  readonly name: string;
  readonly group: PresetGroup;
  readonly failure: FailureFile;
  readonly repair?: RepairFile;
  readonly cost?: number;
  /** Where the figure comes from and what to adjust. */
  readonly note: string;
}

const exp = (mtbf: string): FailureFile => ({ distribution: 'exponential', mtbf });
const fix = (mttr: string): RepairFile => ({ distribution: 'exponential', mttr });

/** The built-in presets. */
export const PRESETS: readonly ComponentPreset[] = [
  {
    id: 'server',
    name: 'Server',
    group: 'compute',
    failure: exp('35000 h'),
    repair: fix('4 h'),
    cost: 6000,
    note: 'Rack server with next-business-day parts on site; vendors quote 30k–100k h.',
  },
  {
    id: 'vm',
    name: 'Virtual machine',
    group: 'compute',
    failure: exp('15000 h'),
    repair: fix('15 min'),
    cost: 1500,
    note: 'Host and hypervisor faults included; repair is a restart on another host.',
  },
  {
    id: 'container',
    name: 'Container',
    group: 'compute',
    failure: exp('2000 h'),
    repair: fix('1 min'),
    cost: 100,
    note: 'Crashes and out-of-memory kills; the orchestrator restarts it within a minute.',
  },
  {
    id: 'lb',
    name: 'Load balancer',
    group: 'network',
    failure: exp('50000 h'),
    repair: fix('4 h'),
    cost: 12000,
    note: 'Hardware appliance; a managed cloud balancer fails less but is not under your control.',
  },
  {
    id: 'db',
    name: 'Database server',
    group: 'compute',
    failure: exp('20000 h'),
    repair: fix('8 h'),
    cost: 25000,
    note: 'Hardware and software faults; repair includes restore and catch-up.',
  },
  {
    id: 'disk',
    name: 'Hard disk',
    group: 'storage',
    failure: exp('500000 h'),
    repair: fix('24 h'),
    cost: 300,
    note: 'Field annual failure rates of 1–2 % (datasheets claim 1–2.5 M h); repair is a rebuild.',
  },
  {
    id: 'ssd',
    name: 'SSD',
    group: 'storage',
    failure: exp('1500000 h'),
    repair: fix('12 h'),
    cost: 500,
    note: 'Field annual failure rates around 0.5 %; wear-out is not modelled.',
  },
  {
    id: 'psu',
    name: 'Power supply',
    group: 'power',
    failure: exp('100000 h'),
    repair: fix('2 h'),
    cost: 250,
    note: 'Hot-swappable server power supply with a spare on site.',
  },
  {
    id: 'ups',
    name: 'UPS',
    group: 'power',
    failure: exp('150000 h'),
    repair: fix('8 h'),
    cost: 15000,
    note: 'Online UPS with static bypass; batteries need periodic testing.',
  },
  {
    id: 'generator',
    name: 'Generator',
    group: 'power',
    failure: exp('8000 h'),
    repair: fix('24 h'),
    cost: 60000,
    note: 'Diesel standby set; model failures to start as a standby block with a switch success of about 0.98.',
  },
  {
    id: 'switch',
    name: 'Network switch',
    group: 'network',
    failure: exp('200000 h'),
    repair: fix('4 h'),
    cost: 5000,
    note: 'Top-of-rack switch; vendors quote 150k–400k h.',
  },
  {
    id: 'router',
    name: 'Router',
    group: 'network',
    failure: exp('100000 h'),
    repair: fix('4 h'),
    cost: 15000,
    note: 'Edge router with a support contract.',
  },
  {
    id: 'link',
    name: 'Network link',
    group: 'network',
    failure: exp('6 months'),
    repair: fix('6 h'),
    cost: 2000,
    note: 'Leased WAN or fibre circuit: cuts and provider incidents about twice a year.',
  },
  {
    id: 'az',
    name: 'Availability zone',
    group: 'cloud',
    failure: exp('2 years'),
    repair: fix('4 h'),
    note: 'Zone-wide incidents of public clouds: about one every few years, lasting hours.',
  },
  {
    id: 'region',
    name: 'Cloud region',
    group: 'cloud',
    failure: exp('5 years'),
    repair: fix('8 h'),
    note: 'Region-wide control-plane or network incidents.',
  },
  {
    id: 'rack',
    name: 'Rack',
    group: 'compute',
    failure: exp('5 years'),
    repair: fix('4 h'),
    note: 'Everything a rack shares (its power strips, top-of-rack switch, cooling): one rack-wide outage every few years. Use it as a zone around the servers of one rack.',
  },
  {
    id: 'power-feed',
    name: 'Power feed',
    group: 'power',
    failure: exp('3 years'),
    repair: fix('2 h'),
    note: 'One of the A/B feeds of a data hall (breaker, PDU or UPS path). Use it as a zone around what it powers.',
  },
  {
    id: 'dns',
    name: 'DNS service',
    group: 'service',
    failure: exp('10 years'),
    repair: fix('45 min'),
    cost: 6000,
    note: 'Managed authoritative DNS or global traffic manager.',
  },
  {
    id: 'identity',
    name: 'Identity service',
    group: 'service',
    failure: exp('6 months'),
    repair: fix('1 h'),
    cost: 3000,
    note: 'Hosted single sign-on provider: a few incidents a year.',
  },
];

/**
 * Presets offered as the component of a zone (a shared unit whose outage takes its members
 * down), in the order the zone inspector lists them.
 */
export const ZONE_PRESET_IDS: readonly string[] = ['az', 'region', 'rack', 'power-feed', 'switch'];

const PRESETS_BY_ID: ReadonlyMap<string, ComponentPreset> = new Map(PRESETS.map((p) => [p.id, p]));

/** A preset by id. */
export function getPreset(id: string): ComponentPreset | undefined {
  return PRESETS_BY_ID.get(id);
}

/** The component a preset adds to a design, with the given id. */
export function createComponentFromPreset(preset: ComponentPreset, id: string): ComponentFile {
  const component: ComponentFile = {
    id,
    name: preset.name,
    failure: preset.failure,
    ui: { preset: preset.id, note: `Typical figure, adjust to yours. ${preset.note}` },
  };
  if (preset.repair) component.repair = preset.repair;
  if (preset.cost !== undefined) component.cost = preset.cost;
  return component;
}

/** Group of the preset with this id (also for ids like `server-2`), if any. */
export function getPresetGroupOf(componentId: string): PresetGroup | undefined {
  return getPreset(componentId)?.group ?? getPreset(componentId.replace(/-\d+$/, ''))?.group;
}
