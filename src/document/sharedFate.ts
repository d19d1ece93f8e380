/**
 * Pure edits of the zones and common-cause groups of one diagram (src/model/FORMAT.md, "Shared
 * fate"): create one from some nodes, change its name, component or β, add or remove a member,
 * remove it. Each edit refuses, with the reason, what the parser would reject (a start, end or
 * junction as member; a subsystem or a repeat in a common-cause group; a block in two groups).
 * Nothing here mutates its input. Runs anywhere; no DOM.
 */
import type { CommonCauseFile, DiagramFile, NodeFile, Quantity, ZoneFile } from '../model/file.ts';
import type { Result } from '../util/result.ts';
import { getDiagramIndex, getIdStem } from './diagram.ts';

/** What a shared-fate id names: a zone or a common-cause group. */
export type SharedFateKind = 'zone' | 'commonCause';

/** A zone or a common-cause group of a diagram, with what it is. */
export type SharedFateGroup =
  | { readonly kind: 'zone'; readonly group: ZoneFile }
  | { readonly kind: 'commonCause'; readonly group: CommonCauseFile };

/** The zone or common-cause group with this id, if any. */
export function getSharedFateGroup(diagram: DiagramFile, id: string): SharedFateGroup | undefined {
  const zone = diagram.zones?.find((z) => z.id === id);
  if (zone !== undefined) return { kind: 'zone', group: zone };
  const group = diagram.commonCause?.find((g) => g.id === id);
  return group === undefined ? undefined : { kind: 'commonCause', group };
}

/** Every zone and group a node is a member of, zones first. */
export function getGroupsOfNode(diagram: DiagramFile, nodeId: string): SharedFateGroup[] {
  return [
    ...(diagram.zones ?? [])
      .filter((z) => z.members.includes(nodeId))
      .map((group) => ({ kind: 'zone' as const, group })),
    ...(diagram.commonCause ?? [])
      .filter((g) => g.members.includes(nodeId))
      .map((group) => ({ kind: 'commonCause' as const, group })),
  ];
}

/** An id unused by the diagram's nodes, zones and groups: `az-1`, `az-2`, … */
export function createSharedFateId(diagram: DiagramFile, stem: string): string {
  const { nodes } = getDiagramIndex(diagram);
  const taken = new Set([
    ...(diagram.zones ?? []).map((z) => z.id),
    ...(diagram.commonCause ?? []).map((g) => g.id),
  ]);
  const base = getIdStem(stem);
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!nodes.has(id) && !taken.has(id)) return id;
  }
}

/** Why a node cannot be a member of a zone or group, or null when it can. */
function refuseMember(kind: SharedFateKind, id: string, node: NodeFile | undefined): string | null {
  if (node === undefined) return `unknown node "${id}"`;
  if (kind === 'zone') {
    return node.kind === 'block' || node.kind === 'subsystem'
      ? null
      : `${id} is a ${node.kind}: only blocks and subsystems can be in a zone`;
  }
  if (node.kind !== 'block') return `${id} is a ${node.kind}: only blocks can share a common cause`;
  if (node.repeatOf !== undefined) {
    return `${id} is a repeat of ${node.repeatOf}: put ${node.repeatOf} in the group instead`;
  }
  return null;
}

/** The members a new zone or group may take from `ids`, or why none (or one, for a group). */
function checkMembers(
  diagram: DiagramFile,
  kind: SharedFateKind,
  ids: readonly string[],
): Result<string[], string> {
  const { nodes } = getDiagramIndex(diagram);
  const members = [...new Set(ids)].filter((id) => getSharedFateGroup(diagram, id) === undefined);
  if (members.length === 0) {
    return { ok: false, error: `select the blocks to put in the ${describeKind(kind)} first` };
  }
  for (const id of members) {
    const why = refuseMember(kind, id, nodes.get(id));
    if (why !== null) return { ok: false, error: why };
  }
  if (kind === 'commonCause') {
    if (members.length < 2) {
      return { ok: false, error: 'a common-cause group needs at least two blocks' };
    }
    const components = new Set(
      members.map((id) => {
        const node = nodes.get(id);
        return node?.kind === 'block' ? node.component : undefined;
      }),
    );
    if (components.size > 1) {
      return {
        ok: false,
        error: `the blocks of a common-cause group must share one type (found ${[...components].join(', ')})`,
      };
    }
    const taken = members.find((id) =>
      (diagram.commonCause ?? []).some((g) => g.members.includes(id)),
    );
    if (taken !== undefined) {
      return {
        ok: false,
        error: `${taken} is already in a common-cause group (one group per block)`,
      };
    }
  }
  return { ok: true, value: members };
}

/** "zone" or "common-cause group". */
export function describeKind(kind: SharedFateKind): string {
  return kind === 'zone' ? 'zone' : 'common-cause group';
}

/** A new diagram with a zone and the new zone's id. */
export interface CreatedGroup {
  readonly diagram: DiagramFile;
  readonly id: string;
}

/**
 * The diagram with a new zone over some of its nodes (zones, groups, starts, ends and
 * junctions among `ids` refuse the edit with the reason).
 * @param component the zone's component type (an id of the design's components)
 */
export function addZoneIn(
  diagram: DiagramFile,
  ids: readonly string[],
  component: string,
  name?: string,
): Result<CreatedGroup, string> {
  const members = checkMembers(diagram, 'zone', ids);
  if (!members.ok) return members;
  const id = createSharedFateId(diagram, component);
  const zone: ZoneFile = { id, component, members: members.value };
  if (name !== undefined && name.trim() !== '') zone.name = name.trim();
  return {
    ok: true,
    value: { diagram: { ...diagram, zones: [...(diagram.zones ?? []), zone] }, id },
  };
}

/** The diagram with a new common-cause group of β `beta` over some of its blocks. */
export function addCommonCauseIn(
  diagram: DiagramFile,
  ids: readonly string[],
  beta: Quantity,
): Result<CreatedGroup, string> {
  const members = checkMembers(diagram, 'commonCause', ids);
  if (!members.ok) return members;
  const id = createSharedFateId(diagram, 'ccf');
  const group: CommonCauseFile = { id, members: members.value, beta };
  return {
    ok: true,
    value: { diagram: { ...diagram, commonCause: [...(diagram.commonCause ?? []), group] }, id },
  };
}

/** Fields of a zone or group the inspector edits. */
export interface SharedFateFieldValues {
  name: string;
  component: string;
  beta: Quantity;
}
export type SharedFateField = keyof SharedFateFieldValues;

/** Drops an empty list (empty lists are the same as none, and the file stays small). */
function withLists(
  diagram: DiagramFile,
  zones: ZoneFile[],
  groups: CommonCauseFile[],
): DiagramFile {
  const next: DiagramFile = { ...diagram };
  if (zones.length > 0) next.zones = zones;
  else delete next.zones;
  if (groups.length > 0) next.commonCause = groups;
  else delete next.commonCause;
  return next;
}

/**
 * The diagram with one field of a zone or group changed (`name` undefined or blank removes the
 * name; `component` applies to zones, `beta` to groups; other fields are ignored).
 */
export function setSharedFateFieldIn<K extends SharedFateField>(
  diagram: DiagramFile,
  id: string,
  field: K,
  value: SharedFateFieldValues[K] | undefined,
): DiagramFile {
  const found = getSharedFateGroup(diagram, id);
  if (found === undefined) return diagram;
  const blank = value === undefined || (typeof value === 'string' && value.trim() === '');
  const apply = <T extends ZoneFile | CommonCauseFile>(g: T): T => {
    if (field === 'name') {
      const copy = { ...g };
      if (blank) delete copy.name;
      else copy.name = String(value).trim();
      return copy;
    }
    if (blank) return g;
    return { ...g, [field]: value };
  };
  if (found.kind === 'zone') {
    if (field === 'beta') return diagram;
    if ((found.group as unknown as Record<string, unknown>)[field] === value) return diagram;
    const zones = (diagram.zones ?? []).map((z) => (z.id === id ? apply(z) : z));
    return { ...diagram, zones };
  }
  if (field === 'component') return diagram;
  if ((found.group as unknown as Record<string, unknown>)[field] === value) return diagram;
  const groups = (diagram.commonCause ?? []).map((g) => (g.id === id ? apply(g) : g));
  return { ...diagram, commonCause: groups };
}

/**
 * The diagram with a node added to (`member` true) or removed from a zone or group, or why not.
 * A zone or group left without members is kept (the user may add some back; the parser accepts
 * it, and it then covers nothing).
 */
export function setMemberIn(
  diagram: DiagramFile,
  groupId: string,
  nodeId: string,
  member: boolean,
): Result<DiagramFile, string> {
  const found = getSharedFateGroup(diagram, groupId);
  if (found === undefined) return { ok: false, error: `unknown zone or group "${groupId}"` };
  const has = found.group.members.includes(nodeId);
  if (has === member) return { ok: true, value: diagram };
  if (member) {
    const why = refuseMember(found.kind, nodeId, getDiagramIndex(diagram).nodes.get(nodeId));
    if (why !== null) return { ok: false, error: why };
    if (found.kind === 'commonCause') {
      const other = (diagram.commonCause ?? []).find((g) => g.members.includes(nodeId));
      if (other !== undefined) {
        return { ok: false, error: `${nodeId} is already in common-cause group ${other.id}` };
      }
    }
  }
  const members = member
    ? [...found.group.members, nodeId]
    : found.group.members.filter((m) => m !== nodeId);
  const zones = (diagram.zones ?? []).map((z) => (z.id === groupId ? { ...z, members } : z));
  const groups = (diagram.commonCause ?? []).map((g) => (g.id === groupId ? { ...g, members } : g));
  return { ok: true, value: withLists(diagram, zones, groups) };
}

/** The diagram without the zones and groups named in `ids` (other ids are ignored). */
export function removeSharedFateIn(diagram: DiagramFile, ids: ReadonlySet<string>): DiagramFile {
  const zones = diagram.zones ?? [];
  const groups = diagram.commonCause ?? [];
  const keptZones = zones.filter((z) => !ids.has(z.id));
  const keptGroups = groups.filter((g) => !ids.has(g.id));
  if (keptZones.length === zones.length && keptGroups.length === groups.length) return diagram;
  return withLists(diagram, keptZones, keptGroups);
}

/** Characters allowed in an id typed by a user (as for nodes: src/document/edit.ts). */
const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * The diagram with a zone or group renamed, or why it cannot be (an id must be unused by the
 * diagram's nodes, zones and groups: they share one id space).
 */
export function renameSharedFateIn(
  diagram: DiagramFile,
  id: string,
  wanted: string,
): Result<DiagramFile, string> {
  if (getSharedFateGroup(diagram, id) === undefined) {
    return { ok: false, error: `unknown zone or group "${id}"` };
  }
  if (wanted === id) return { ok: true, value: diagram };
  if (!ID_PATTERN.test(wanted)) {
    return {
      ok: false,
      error: `invalid id ${JSON.stringify(wanted)}: use 1 to 64 letters, digits, "-", "_", "." or ":"`,
    };
  }
  if (getDiagramIndex(diagram).nodes.has(wanted) || getSharedFateGroup(diagram, wanted)) {
    return { ok: false, error: `id "${wanted}" is already used` };
  }
  const at = <T extends { id: string }>(g: T): T => (g.id === id ? { ...g, id: wanted } : g);
  const next: DiagramFile = { ...diagram };
  if (diagram.zones) next.zones = diagram.zones.map(at);
  if (diagram.commonCause) next.commonCause = diagram.commonCause.map(at);
  return { ok: true, value: next };
}
