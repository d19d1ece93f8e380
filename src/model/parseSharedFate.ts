/**
 * Reading the shared-fate lists of one diagram: `zones` (shared units whose outage takes their
 * members down) and `commonCause` (beta-factor groups). Run after the diagram's nodes are read:
 * members name nodes of the same diagram, and zone and group ids share the node id space.
 * Runs anywhere (worker, Node, browser); no DOM.
 */
import type { CommonCauseGroup, Component, Zone } from './types.ts';
import type { DiagramContext, DiagramDraft, NodeDraft } from './parseDiagram.ts';
import {
  PROBABILITY,
  checkFields,
  describeValue,
  fieldPath,
  isFields,
  itemPath,
  own,
  readRequiredNumber,
  readRequiredString,
  readString,
} from './parseRead.ts';
import type { Fields } from './parseRead.ts';
import { showInput } from './expression.ts';

/** The zones and common-cause groups of one diagram, as read. */
export interface SharedFateDraft {
  readonly zones: readonly Zone[];
  readonly commonCause: readonly CommonCauseGroup[];
}

/** What the shared-fate reader needs besides the diagram context. */
export interface SharedFateContext extends DiagramContext {
  /** Components that were read without error, by id (for the common-cause law checks). */
  readonly components: ReadonlyMap<string, Component>;
}

/** Reads a list field that may be absent; `null` when it is not a list (reported). */
function readList(
  raw: Fields,
  key: string,
  path: string,
  label: string,
  ctx: DiagramContext,
): readonly unknown[] | null {
  const value = own(raw, key);
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value as readonly unknown[];
  ctx.issues.error(
    'wrong-type',
    fieldPath(path, key),
    `invalid ${key} for ${label}: ${describeValue(value)} (must be a list)`,
  );
  return null;
}

/** The physical block a block node stands for: itself, or the block it repeats. */
function ownerOf(node: NodeDraft, byId: ReadonlyMap<string, NodeDraft>): NodeDraft {
  return node.repeatOf === null ? node : (byId.get(node.repeatOf) ?? node);
}

/**
 * Reads the member list of one zone or group: each a node id of the diagram, of an allowed
 * kind, listed once.
 * @returns the member drafts, or `null` when some member is wrong (reported)
 */
function readMembers(
  item: Fields,
  at: string,
  owner: string,
  allowSubsystems: boolean,
  draft: DiagramDraft,
  byId: ReadonlyMap<string, NodeDraft>,
  sharedIds: ReadonlySet<string>,
  ctx: DiagramContext,
): NodeDraft[] | null {
  const path = fieldPath(at, 'members');
  const list = own(item, 'members');
  if (list === undefined || list === null) {
    ctx.issues.error('missing-field', path, `missing field "members" for ${owner}`);
    return null;
  }
  if (!Array.isArray(list)) {
    ctx.issues.error(
      'wrong-type',
      path,
      `invalid members for ${owner}: ${describeValue(list)} (must be a list of node ids)`,
    );
    return null;
  }
  const members: NodeDraft[] = [];
  const seen = new Set<string>();
  let ok = true;
  const allowed = allowSubsystems ? 'a block or subsystem' : 'a block';
  list.forEach((id: unknown, i) => {
    const here = itemPath(path, i);
    if (typeof id !== 'string') {
      ctx.issues.error(
        'wrong-type',
        here,
        `invalid member of ${owner}: ${describeValue(id)} (must be a node id)`,
      );
      ok = false;
      return;
    }
    const node = byId.get(id);
    if (node === undefined) {
      // A shared id is known but is a zone or group, not a node.
      if (sharedIds.has(id)) {
        ctx.issues.error(
          'bad-member',
          here,
          `${owner} lists ${showInput(id)}, a zone or common-cause group; members must be ${allowed} node` +
            (allowSubsystems ? ' (a node may sit in several zones)' : ''),
        );
      } else if (draft.nodesOk) {
        ctx.issues.error('unknown-node', here, `${owner} lists unknown node ${showInput(id)}`);
      }
      ok = false;
      return;
    }
    if (node.kind !== 'block' && !(allowSubsystems && node.kind === 'subsystem')) {
      ctx.issues.error(
        'bad-member',
        here,
        `${owner} lists ${showInput(id)}, which is a ${node.kind} node (members must be ${allowed} node)`,
      );
      ok = false;
      return;
    }
    if (seen.has(id)) {
      ctx.issues.error('bad-member', here, `${owner} lists ${showInput(id)} twice`);
      ok = false;
      return;
    }
    seen.add(id);
    members.push(node);
  });
  return ok ? members : null;
}

/** Reads the `id` (unique among nodes, zones and groups) and `name` of a zone or group. */
function readIdentity(
  item: Fields,
  at: string,
  kindLabel: string,
  where: string,
  firstAt: Map<string, string>,
  ctx: DiagramContext,
): { id: string; name: string; owner: string } | null {
  const id = readRequiredString(item, 'id', at, `a ${kindLabel}${where}`, ctx.issues, {
    nonEmpty: true,
  });
  const owner = id === null ? `a ${kindLabel}${where}` : `${kindLabel} ${showInput(id)}${where}`;
  const name = readString(item, 'name', at, owner, ctx.issues);
  if (id === null || name === null) return null;
  const first = firstAt.get(id);
  if (first !== undefined) {
    ctx.issues.error(
      'duplicate-id',
      fieldPath(at, 'id'),
      `duplicate id ${showInput(id)}${where} (first used at ${first}; zone and common-cause ids share the node ids)`,
    );
    return null;
  }
  firstAt.set(id, at);
  return { id, name: name ?? '', owner };
}

/**
 * Reads and checks the `zones` and `commonCause` lists of one diagram object.
 * @param raw the diagram object as found in the file
 * @param draft the diagram's nodes as read by `readDiagram`
 * @returns the zones and groups, or `null` when one of them has an error (all reported)
 * @example
 * readSharedFate(rawDiagram, draft, ctx); // { zones: [{ id: 'az-a', … }], commonCause: [] }
 */
export function readSharedFate(
  raw: Fields,
  draft: DiagramDraft,
  ctx: SharedFateContext,
): SharedFateDraft | null {
  const where = draft.label === 'the diagram' ? '' : ` in ${draft.label}`;
  const byId = new Map(draft.nodes.map((n) => [n.id, n]));
  const firstAt = new Map<string, string>(draft.nodes.map((n) => [n.id, n.path]));
  const zoneList = readList(raw, 'zones', draft.path, draft.label, ctx);
  const groupList = readList(raw, 'commonCause', draft.path, draft.label, ctx);
  if (zoneList === null || groupList === null) return null;
  const errorsBefore = ctx.issues.errors;
  // Every id first, so a member naming a zone or group is told apart from an unknown node.
  const sharedIds = new Set<string>();
  for (const list of [zoneList, groupList]) {
    for (const item of list) {
      const id = isFields(item) ? own(item, 'id') : undefined;
      if (typeof id === 'string' && !byId.has(id)) sharedIds.add(id);
    }
  }
  const zones: Zone[] = [];
  zoneList.forEach((item: unknown, i) => {
    const at = itemPath(fieldPath(draft.path, 'zones'), i);
    if (!isFields(item)) {
      ctx.issues.error(
        'wrong-type',
        at,
        `invalid zone: ${describeValue(item)} (must be an object)`,
      );
      return;
    }
    checkFields(item, at, ['id', 'name', 'component', 'members'], ctx.issues);
    const identity = readIdentity(item, at, 'zone', where, firstAt, ctx);
    const owner = identity?.owner ?? `a zone${where}`;
    let component = readRequiredString(item, 'component', at, owner, ctx.issues);
    if (component !== null && !ctx.componentIds.has(component)) {
      ctx.issues.error(
        'unknown-component',
        fieldPath(at, 'component'),
        `${owner} uses unknown component ${showInput(component)}`,
      );
      component = null;
    }
    const members = readMembers(item, at, owner, true, draft, byId, sharedIds, ctx);
    if (identity === null || component === null || members === null) return;
    zones.push({
      id: identity.id,
      name: identity.name,
      component,
      members: members.map((m) => m.id),
    });
  });
  const commonCause: CommonCauseGroup[] = [];
  const groupOfBlock = new Map<string, string>();
  groupList.forEach((item: unknown, i) => {
    const at = itemPath(fieldPath(draft.path, 'commonCause'), i);
    if (!isFields(item)) {
      ctx.issues.error(
        'wrong-type',
        at,
        `invalid common-cause group: ${describeValue(item)} (must be an object)`,
      );
      return;
    }
    checkFields(item, at, ['id', 'name', 'members', 'beta'], ctx.issues);
    const identity = readIdentity(item, at, 'common-cause group', where, firstAt, ctx);
    const owner = identity?.owner ?? `a common-cause group${where}`;
    const beta = readRequiredNumber(
      item,
      'beta',
      at,
      owner,
      { kind: 'probability', range: PROBABILITY },
      ctx.timeUnit,
      ctx.issues,
    );
    const members = readMembers(item, at, owner, false, draft, byId, sharedIds, ctx);
    if (identity === null || beta === null || members === null) return;
    if (!checkGroupLaws(members, byId, at, owner, ctx)) return;
    let ok = true;
    members.forEach((m, k) => {
      const physical = ownerOf(m, byId).id;
      const other = groupOfBlock.get(physical);
      if (other !== undefined && other !== identity.id) {
        ctx.issues.error(
          'bad-member',
          itemPath(fieldPath(at, 'members'), k),
          `${owner} lists ${showInput(m.id)}, already in common-cause group ${showInput(other)} ` +
            '(a block may be in one common-cause group only)',
        );
        ok = false;
      }
      groupOfBlock.set(physical, identity.id);
    });
    if (ok) {
      commonCause.push({
        id: identity.id,
        name: identity.name,
        members: members.map((m) => m.id),
        beta,
      });
    }
  });
  return ctx.issues.errors > errorsBefore ? null : { zones, commonCause };
}

/** Checks that a group's members share one component with an exponential failure law. */
function checkGroupLaws(
  members: readonly NodeDraft[],
  byId: ReadonlyMap<string, NodeDraft>,
  at: string,
  owner: string,
  ctx: SharedFateContext,
): boolean {
  let first: { id: string; component: string } | null = null;
  let ok = true;
  for (const [k, m] of members.entries()) {
    const component = ownerOf(m, byId).block?.component ?? null;
    if (component === null) continue; // the block's own error is reported already
    const here = itemPath(fieldPath(at, 'members'), k);
    if (first === null) {
      first = { id: m.id, component };
      const law = ctx.components.get(component)?.failure;
      if (law !== undefined && law.kind !== 'exponential') {
        ctx.issues.error(
          'common-cause-law',
          here,
          `${owner} lists ${showInput(m.id)}, whose component ${showInput(component)} fails by a ` +
            `${law.kind} law (a common-cause group needs an exponential failure law)`,
        );
        ok = false;
      }
    } else if (component !== first.component) {
      ctx.issues.error(
        'common-cause-law',
        here,
        `${owner} lists ${showInput(m.id)} of component ${showInput(component)}, but ` +
          `${showInput(first.id)} is of component ${showInput(first.component)} ` +
          '(the members of a common-cause group share one component)',
      );
      ok = false;
    }
  }
  return ok;
}
