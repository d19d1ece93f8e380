import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DesignFile, DiagramFile } from '../model/file.ts';
import { parseDesign } from '../model/parse.ts';
import {
  addCommonCauseIn,
  addZoneIn,
  getGroupsOfNode,
  removeSharedFateIn,
  renameSharedFateIn,
  setMemberIn,
  setSharedFateFieldIn,
} from './sharedFate.ts';
import { createNodeId } from './diagram.ts';
import { removeNodes } from './graph.ts';

const readExample = (name: string): DesignFile =>
  JSON.parse(
    readFileSync(new URL(`../../public/examples/${name}`, import.meta.url), 'utf8'),
  ) as DesignFile;

const twoZones = readExample('three-tier-two-zones.json');
/** The three-tier service with no zone at all. */
const bare: DiagramFile = (() => {
  const d = { ...twoZones.diagram };
  delete d.zones;
  return d;
})();
const withDiagram = (diagram: DiagramFile): DesignFile => ({ ...twoZones, diagram });

describe('addZoneIn', () => {
  it('makes a zone the parser accepts, with a fresh id', () => {
    const made = addZoneIn(bare, ['app1', 'app2'], 'az', 'Zone A');
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.value.id).toBe('az-1');
    expect(made.value.diagram.zones).toEqual([
      { id: 'az-1', component: 'az', members: ['app1', 'app2'], name: 'Zone A' },
    ]);
    expect(parseDesign(withDiagram(made.value.diagram)).ok).toBe(true);
    const again = addZoneIn(made.value.diagram, ['db1'], 'az');
    expect(again.ok && again.value.id).toBe('az-2');
  });

  it('refuses a junction, the start or an empty selection, naming the node', () => {
    expect(addZoneIn(bare, ['app1', 'j1'], 'az')).toEqual({
      ok: false,
      error: 'j1 is a junction: only blocks and subsystems can be in a zone',
    });
    expect(addZoneIn(bare, ['in'], 'az').ok).toBe(false);
    expect(addZoneIn(bare, [], 'az').ok).toBe(false);
  });

  it('leaves zones in the selection out of the members (a zone is not a member)', () => {
    const made = addZoneIn(twoZones.diagram, ['az-a', 'app1'], 'az');
    expect(made.ok && made.value.diagram.zones?.at(-1)?.members).toEqual(['app1']);
  });
});

describe('addCommonCauseIn', () => {
  it('makes a beta-factor group over blocks of one type', () => {
    const made = addCommonCauseIn(bare, ['app1', 'app2'], 0.05);
    expect(made.ok && made.value.diagram.commonCause).toEqual([
      { id: 'ccf-1', members: ['app1', 'app2'], beta: 0.05 },
    ]);
    if (!made.ok) throw new Error(made.error);
    expect(parseDesign(withDiagram(made.value.diagram)).ok).toBe(true);
  });

  it('refuses blocks of different types, a single block and a block already in a group', () => {
    expect(addCommonCauseIn(bare, ['app1', 'db1'], 0.1)).toEqual({
      ok: false,
      error: 'the blocks of a common-cause group must share one type (found app, db)',
    });
    expect(addCommonCauseIn(bare, ['app1'], 0.1).ok).toBe(false);
    const made = addCommonCauseIn(bare, ['app1', 'app2'], 0.05);
    if (!made.ok) throw new Error(made.error);
    expect(addCommonCauseIn(made.value.diagram, ['app1', 'app2'], 0.05)).toEqual({
      ok: false,
      error: 'app1 is already in a common-cause group (one group per block)',
    });
  });
});

describe('setMemberIn', () => {
  it('moves app2 from zone A to zone B', () => {
    const one = addZoneIn(bare, ['lb1', 'app1', 'app2'], 'az', 'A');
    if (!one.ok) throw new Error(one.error);
    const two = addZoneIn(one.value.diagram, ['lb2'], 'az', 'B');
    if (!two.ok) throw new Error(two.error);
    const out = setMemberIn(two.value.diagram, 'az-1', 'app2', false);
    const moved = out.ok ? setMemberIn(out.value, 'az-2', 'app2', true) : out;
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    expect(moved.value.zones?.map((z) => z.members)).toEqual([
      ['lb1', 'app1'],
      ['lb2', 'app2'],
    ]);
    expect(getGroupsOfNode(moved.value, 'app2').map((g) => g.group.id)).toEqual(['az-2']);
  });

  it('refuses a junction as member and a block in a second group', () => {
    expect(setMemberIn(twoZones.diagram, 'az-a', 'j2', true).ok).toBe(false);
    const made = addCommonCauseIn(bare, ['app1', 'app2'], 0.05);
    if (!made.ok) throw new Error(made.error);
    const extra: DiagramFile = {
      ...made.value.diagram,
      nodes: [...made.value.diagram.nodes, { id: 'app3', kind: 'block', component: 'app' }],
    };
    const second = addCommonCauseIn(extra, ['app3', 'app1'], 0.1);
    expect(second.ok).toBe(false);
    expect(setMemberIn(extra, 'ccf-1', 'app3', true).ok).toBe(true);
    expect(setMemberIn(made.value.diagram, 'nope', 'app1', true).ok).toBe(false);
  });
});

describe('setSharedFateFieldIn', () => {
  it('renames, changes the component of a zone and the beta of a group', () => {
    const named = setSharedFateFieldIn(twoZones.diagram, 'az-a', 'name', 'Frankfurt A');
    expect(named.zones?.[0]?.name).toBe('Frankfurt A');
    expect(setSharedFateFieldIn(named, 'az-a', 'name', '  ').zones?.[0]).not.toHaveProperty('name');
    expect(setSharedFateFieldIn(named, 'az-a', 'component', 'lb').zones?.[0]?.component).toBe('lb');
    expect(setSharedFateFieldIn(named, 'az-a', 'beta', 0.1)).toBe(named);
    const made = addCommonCauseIn(bare, ['app1', 'app2'], 0.05);
    if (!made.ok) throw new Error(made.error);
    expect(
      setSharedFateFieldIn(made.value.diagram, 'ccf-1', 'beta', 0.2).commonCause?.[0]?.beta,
    ).toBe(0.2);
  });
});

describe('removeSharedFateIn', () => {
  it('removes a zone and drops the emptied list', () => {
    const one = removeSharedFateIn(twoZones.diagram, new Set(['az-a']));
    expect(one.zones?.map((z) => z.id)).toEqual(['az-b']);
    expect(removeSharedFateIn(one, new Set(['az-b']))).not.toHaveProperty('zones');
    expect(removeSharedFateIn(one, new Set(['lb1']))).toBe(one);
  });

  it('removing a member node keeps the zone (graph.ts keeps the lists in step)', () => {
    const next = removeNodes(twoZones.diagram, new Set(['app1']));
    expect(next.zones?.[0]?.members).toEqual(['lb1', 'db1']);
  });
});

describe('createNodeId', () => {
  it('never hands out a zone id to a new block', () => {
    const d: DiagramFile = { ...bare, zones: [{ id: 'x1', component: 'az', members: ['app1'] }] };
    expect(createNodeId(d, 'x')).toBe('x2');
  });
});

describe('renameSharedFateIn', () => {
  it('renames a zone; refuses an id a node or another zone has, and a bad id', () => {
    const renamed = renameSharedFateIn(twoZones.diagram, 'az-a', 'frankfurt-a');
    expect(renamed.ok && renamed.value.zones?.map((z) => z.id)).toEqual(['frankfurt-a', 'az-b']);
    expect(renameSharedFateIn(twoZones.diagram, 'az-a', 'app1')).toEqual({
      ok: false,
      error: 'id "app1" is already used',
    });
    expect(renameSharedFateIn(twoZones.diagram, 'az-a', 'az-b').ok).toBe(false);
    expect(renameSharedFateIn(twoZones.diagram, 'az-a', 'a b').ok).toBe(false);
    expect(renameSharedFateIn(twoZones.diagram, 'nope', 'x').ok).toBe(false);
  });
});
