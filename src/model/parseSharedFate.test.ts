import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse.ts';
import { createDesignFile } from './serialize.ts';
import { createDesignReader } from './parseIncremental.ts';
import { error, issuesFor, ok, variant, warning } from '../testing/parseCases.ts';

/** The base design (in → x → y → out) with a zone component `az` and a parallel pair. */
function sharedBase(): Record<string, unknown> {
  return variant({
    components: [
      {
        id: 'a',
        name: 'A',
        failure: { distribution: 'exponential', mtbf: 1000 },
        repair: { distribution: 'exponential', mttr: 2 },
        cost: 10,
      },
      { id: 'b', failure: { distribution: 'exponential', rate: 0.001 } },
      { id: 'w', failure: { distribution: 'weibull', shape: 2, scale: 500 } },
      {
        id: 'az',
        name: 'Zone',
        failure: { distribution: 'exponential', mtbf: 17532 },
        repair: { distribution: 'exponential', mttr: 4 },
      },
    ],
    diagram: {
      nodes: [
        { id: 'in', kind: 'start' },
        { id: 'x', kind: 'block', component: 'a' },
        { id: 'x2', kind: 'block', component: 'a' },
        { id: 'y', kind: 'block', component: 'b' },
        { id: 'j', kind: 'junction' },
        { id: 'ww', kind: 'block', component: 'w' },
        { id: 'out', kind: 'end' },
      ],
      edges: [
        { from: 'in', to: 'x' },
        { from: 'in', to: 'x2' },
        { from: 'x', to: 'j' },
        { from: 'x2', to: 'j' },
        { from: 'j', to: 'y' },
        { from: 'y', to: 'ww' },
        { from: 'ww', to: 'out' },
      ],
    },
  }) as Record<string, unknown>;
}

/** The shared base with these zones and groups in the root diagram. */
function withShared(zones: unknown, commonCause?: unknown): unknown {
  const file = sharedBase();
  const diagram = file.diagram as Record<string, unknown>;
  return {
    ...file,
    diagram: { ...diagram, zones, ...(commonCause === undefined ? {} : { commonCause }) },
  };
}

const zone = (members: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'az-a',
  component: 'az',
  members,
  ...extra,
});

describe('parseDesign: zones and common-cause groups', () => {
  it('reads zones and groups into the diagram, and writes them back unchanged', () => {
    const file = withShared(
      [zone(['x', 'y'], { name: 'Zone A' }), { id: 'rack', component: 'az', members: ['x'] }],
      [{ id: 'ccf', members: ['x', 'x2'], beta: 0.05 }],
    );
    const design = ok(file);
    expect(design.diagram.zones).toEqual([
      { id: 'az-a', name: 'Zone A', component: 'az', members: ['x', 'y'] },
      { id: 'rack', name: '', component: 'az', members: ['x'] },
    ]);
    expect(design.diagram.commonCause).toEqual([
      { id: 'ccf', name: '', members: ['x', 'x2'], beta: 0.05 },
    ]);
    const again = parseDesign(createDesignFile(design));
    expect(again.ok && again.warnings).toEqual([]);
    expect(again.ok && again.value).toEqual(design);
  });

  it('leaves empty lists out of the design', () => {
    const design = ok(withShared([], []));
    expect('zones' in design.diagram).toBe(false);
    expect('commonCause' in design.diagram).toBe(false);
  });

  it('reads zones of a subsystem, whose members are that subsystem’s nodes', () => {
    const file = sharedBase();
    const design = ok({
      ...file,
      subsystems: {
        dc: {
          nodes: [
            { id: 'in', kind: 'start' },
            { id: 'p', kind: 'block', component: 'a' },
            { id: 'out', kind: 'end' },
          ],
          edges: [
            { from: 'in', to: 'p' },
            { from: 'p', to: 'out' },
          ],
          zones: [{ id: 'r', component: 'az', members: ['p'] }],
        },
      },
      diagram: {
        ...(file.diagram as object),
        nodes: [
          ...(file.diagram as { nodes: unknown[] }).nodes.slice(0, -1),
          { id: 'site', kind: 'subsystem', subsystem: 'dc' },
          { id: 'out', kind: 'end' },
        ],
        edges: [
          ...(file.diagram as { edges: unknown[] }).edges.slice(0, -1),
          { from: 'ww', to: 'site' },
          { from: 'site', to: 'out' },
        ],
        zones: [zone(['site', 'x'])],
      },
    });
    expect(design.subsystems.dc?.zones?.[0]?.members).toEqual(['p']);
    expect(design.diagram.zones?.[0]?.members).toEqual(['site', 'x']);
  });

  it('names the field of each wrong zone', () => {
    const issues = issuesFor(
      withShared([
        zone(['x', 'nope', 'in', 'j', 'x', 7]),
        { id: 'z2', component: 'zz', members: ['y'] },
        { id: 'y', component: 'az', members: [] },
        { id: 'z3', component: 'az' },
        { id: 'z4', component: 'az', members: ['az-a'] },
        'zone',
      ]),
    );
    expect(issues).toContainEqual(
      error('diagram.zones[0].members[1]', 'zone "az-a" lists unknown node "nope"'),
    );
    expect(issues).toContainEqual(
      error(
        'diagram.zones[0].members[2]',
        'zone "az-a" lists "in", which is a start node (members must be a block or subsystem node)',
      ),
    );
    expect(issues).toContainEqual(
      error(
        'diagram.zones[0].members[3]',
        'zone "az-a" lists "j", which is a junction node (members must be a block or subsystem node)',
      ),
    );
    expect(issues).toContainEqual(
      error('diagram.zones[0].members[4]', 'zone "az-a" lists "x" twice'),
    );
    expect(issues).toContainEqual(
      error('diagram.zones[0].members[5]', 'invalid member of zone "az-a": 7 (must be a node id)'),
    );
    expect(issues).toContainEqual(
      error('diagram.zones[1].component', 'zone "z2" uses unknown component "zz"'),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'duplicate-id',
        path: 'diagram.zones[2].id',
      }),
    );
    expect(issues).toContainEqual(
      error('diagram.zones[3].members', 'missing field "members" for zone "z3"'),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'bad-member', path: 'diagram.zones[4].members[0]' }),
    );
    expect(issues).toContainEqual(
      error('diagram.zones[5]', 'invalid zone: "zone" (must be an object)'),
    );
  });

  it('rejects a zone list that is not a list, and warns about unknown zone fields', () => {
    expect(issuesFor(withShared({ id: 'z' }))).toContainEqual(
      expect.objectContaining({ severity: 'error', path: 'diagram.zones' }),
    );
    expect(issuesFor(withShared([zone(['x'], { colour: 'red' })]))).toContainEqual(
      warning('diagram.zones[0].colour', 'unknown field "colour" ignored'),
    );
  });

  it('names the field of each wrong common-cause group', () => {
    const issues = issuesFor(
      withShared(
        [zone(['x'])],
        [
          { id: 'c1', members: ['x', 'y'], beta: 0.1 },
          { id: 'c2', members: ['ww'], beta: 0.1 },
          { id: 'c3', members: ['x2'], beta: 1.5 },
          { id: 'c4', members: ['x2'] },
          { id: 'az-a', members: ['x2'], beta: 0.1 },
          { id: 'c5', members: ['x'], beta: 0.2 },
          { id: 'c6', members: ['x', 'x'], beta: 0.1 },
        ],
      ),
    );
    expect(issues).toContainEqual(
      error(
        'diagram.commonCause[0].members[1]',
        'common-cause group "c1" lists "y" of component "b", but "x" is of component "a" ' +
          '(the members of a common-cause group share one component)',
      ),
    );
    expect(issues).toContainEqual(
      error(
        'diagram.commonCause[1].members[0]',
        'common-cause group "c2" lists "ww", whose component "w" fails by a weibull law ' +
          '(a common-cause group needs an exponential failure law)',
      ),
    );
    expect(issues).toContainEqual(
      error(
        'diagram.commonCause[2].beta',
        'invalid beta for common-cause group "c3": 1.5 (must be between 0 and 1)',
      ),
    );
    expect(issues).toContainEqual(
      error('diagram.commonCause[3].beta', 'missing field "beta" for common-cause group "c4"'),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'duplicate-id', path: 'diagram.commonCause[4].id' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'bad-member', path: 'diagram.commonCause[6].members[1]' }),
    );
  });

  it('rejects a block in two common-cause groups', () => {
    expect(
      issuesFor(
        withShared(
          [],
          [
            { id: 'c1', members: ['x'], beta: 0.1 },
            { id: 'c2', members: ['x2', 'x'], beta: 0.2 },
          ],
        ),
      ),
    ).toContainEqual(
      error(
        'diagram.commonCause[1].members[1]',
        'common-cause group "c2" lists "x", already in common-cause group "c1" ' +
          '(a block may be in one common-cause group only)',
      ),
    );
  });

  it('rejects a subsystem node in a common-cause group', () => {
    const file = withShared([], [{ id: 'c', members: ['j'], beta: 0.1 }]);
    expect(issuesFor(file)).toContainEqual(
      error(
        'diagram.commonCause[0].members[0]',
        'common-cause group "c" lists "j", which is a junction node (members must be a block node)',
      ),
    );
  });
});

describe('createDesignReader with shared fate', () => {
  it('answers as parseDesign when a group member’s law changes, and keeps zones when a block changes', () => {
    const reader = createDesignReader();
    const first = withShared([zone(['x', 'y'])], [{ id: 'c', members: ['x', 'x2'], beta: 0.1 }]);
    expect(reader.read(first).ok).toBe(true);
    const weibull = structuredClone(first) as { components: Record<string, unknown>[] };
    weibull.components[0]!.failure = { distribution: 'weibull', shape: 2, scale: 500 };
    expect(reader.read(weibull)).toEqual(parseDesign(weibull));
    expect(reader.read(weibull).ok).toBe(false);

    const zonesOnly = withShared([zone(['x', 'y'])]);
    expect(reader.read(zonesOnly).ok).toBe(true);
    const changed = structuredClone(zonesOnly) as { diagram: { nodes: Record<string, unknown>[] } };
    changed.diagram.nodes[2]!.quantity = 2;
    const patched = reader.read(changed);
    expect(reader.lastPath).toBe('patched');
    expect(patched).toEqual(parseDesign(changed));
  });
});
