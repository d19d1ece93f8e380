import { describe, expect, it } from 'vitest';
import { canConnect, insertAfter, insertParallel, removeNodes } from './graph.ts';
import { renameNodeIn } from './edit.ts';
import { getDiagramIndex, getEdgeId, getPositions } from './diagram.ts';
import { createThreeTier } from '../testing/threeTierFile.ts';

const diagram = createThreeTier().diagram;
const edges = (d: typeof diagram) => d.edges.map(getEdgeId).sort();

describe('canConnect', () => {
  it('accepts a new forward edge', () => {
    expect(canConnect(diagram, 'lb1', 'db')).toEqual({ ok: true, value: true });
  });

  it('refuses a cycle and names the path that exists', () => {
    expect(canConnect(diagram, 'db', 'lb1')).toEqual({
      ok: false,
      error: expect.stringContaining('cycle: lb1 → apps → db') as unknown,
    });
  });

  it('refuses self-loops, duplicates, edges into start and out of end', () => {
    expect(canConnect(diagram, 'apps', 'apps').ok).toBe(false);
    expect(canConnect(diagram, 'lb1', 'apps').ok).toBe(false);
    expect(canConnect(diagram, 'db', 'in').ok).toBe(false);
    expect(canConnect(diagram, 'out', 'db').ok).toBe(false);
  });
});

describe('insertAfter', () => {
  it('inserts in series after one node and makes room downstream', () => {
    const next = insertAfter(diagram, { id: 'x', kind: 'block', component: 'db' }, ['apps']);
    expect(edges(next)).toContain('apps->x');
    expect(edges(next)).toContain('x->db');
    expect(edges(next)).not.toContain('apps->db');
    const p = getPositions(next);
    expect(p['x']).toEqual({ x: 720, y: 120 });
    expect(p['db']!.x).toBe(960);
  });

  it('joins several selected nodes into the new node', () => {
    const next = insertAfter(diagram, { id: 'j', kind: 'junction' }, ['lb1', 'lb2']);
    expect(edges(next)).toEqual(
      ['in->lb1', 'in->lb2', 'lb1->j', 'lb2->j', 'j->apps', 'apps->db', 'db->out'].sort(),
    );
  });

  it('on an empty design goes between start and end', () => {
    const empty = {
      nodes: [
        { id: 'in', kind: 'start' as const },
        { id: 'out', kind: 'end' as const },
      ],
      edges: [],
    };
    const next = insertAfter(empty, { id: 'a', kind: 'block', component: 'c' }, []);
    expect(edges(next)).toEqual(['a->out', 'in->a']);
  });
});

describe('insertParallel', () => {
  it('copies the neighbours of the node and places it below', () => {
    const next = insertParallel(diagram, { id: 'lb3', kind: 'block', component: 'lb' }, 'lb2');
    expect(edges(next)).toContain('in->lb3');
    expect(edges(next)).toContain('lb3->apps');
    expect(getPositions(next)['lb3']).toEqual({ x: 240, y: 300 });
  });
});

describe('removeNodes', () => {
  it('joins the neighbours of a removed series link', () => {
    const next = removeNodes(diagram, new Set(['db']));
    expect(edges(next)).toContain('apps->out');
    expect(getDiagramIndex(next).nodes.has('db')).toBe(false);
    expect(getPositions(next)['db']).toBeUndefined();
  });

  it('does not join around a parallel branch (that would bypass the other branch)', () => {
    const next = removeNodes(diagram, new Set(['lb2']));
    expect(edges(next)).not.toContain('in->apps');
  });

  it('never removes start or end', () => {
    expect(removeNodes(diagram, new Set(['in', 'out']))).toBe(diagram);
  });

  it('turns repeats of a removed block into plain blocks of its type', () => {
    const d = {
      nodes: [
        { id: 'in', kind: 'start' as const },
        { id: 'a', kind: 'block' as const, component: 'ups' },
        { id: 'b', kind: 'block' as const, repeatOf: 'a' },
        { id: 'out', kind: 'end' as const },
      ],
      edges: [
        { from: 'in', to: 'a' },
        { from: 'in', to: 'b' },
        { from: 'a', to: 'out' },
        { from: 'b', to: 'out' },
      ],
    };
    const next = removeNodes(d, new Set(['a']));
    expect(getDiagramIndex(next).nodes.get('b')).toEqual({
      id: 'b',
      kind: 'block',
      component: 'ups',
    });
  });
});

describe('shared-fate members follow their nodes', () => {
  const zoned = () => {
    const diagram = createThreeTier().diagram;
    const apps = diagram.nodes.filter((n) => n.kind === 'block').map((n) => n.id);
    return {
      apps,
      diagram: {
        ...diagram,
        zones: [{ id: 'az-a', component: 'az', members: apps.slice(0, 2) }],
        commonCause: [{ id: 'ccf', members: [apps[0]!], beta: 0.1 }],
      },
    };
  };

  it('drops a removed node from every zone and group', () => {
    const { apps, diagram } = zoned();
    const next = removeNodes(diagram, new Set([apps[0]!]));
    expect(next.zones![0]!.members).toEqual([apps[1]]);
    expect(next.commonCause![0]!.members).toEqual([]);
  });

  it('renames a member everywhere and refuses a zone id as a new name', () => {
    const { apps, diagram } = zoned();
    const renamed = renameNodeIn(diagram, apps[0]!, 'web-1');
    if (!renamed.ok) throw new Error(renamed.error);
    expect(renamed.value.zones![0]!.members).toEqual(['web-1', apps[1]]);
    expect(renamed.value.commonCause![0]!.members).toEqual(['web-1']);
    expect(renameNodeIn(diagram, apps[0]!, 'az-a')).toEqual({
      ok: false,
      error: 'id "az-a" is already used',
    });
  });
});
