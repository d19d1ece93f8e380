import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { EDITOR_KEY, IDLE_ANALYSIS, createAppStore } from './index.ts';
import { THREE_TIER, analyzeFile } from '../test/resultsFixtures.ts';
import type { AppState } from './types.ts';
import type { DesignFile } from '../../src/index.ts';
import { createEmptyDesign, getDiagramIndex, getEdgeId, getPositions } from '../../src/index.ts';
import { selectAnalysisStatus, selectCurrentDiagram, selectCurrentKey } from './selectors.ts';
import { createThreeTier } from '../../src/testing/threeTierFile.ts';

let store: StoreApi<AppState>;
const s = () => store.getState();
const edges = () => selectCurrentDiagram(s()).edges.map(getEdgeId).sort();
const node = (id: string) => getDiagramIndex(selectCurrentDiagram(s())).nodes.get(id);

/** A design with nothing between start and end. */
function createBlankDesign(): DesignFile {
  const file = createEmptyDesign();
  return {
    ...file,
    components: [],
    diagram: {
      nodes: [
        { id: 'in', kind: 'start' },
        { id: 'out', kind: 'end' },
      ],
      edges: [],
      ui: { positions: { in: { x: 0, y: 0 }, out: { x: 480, y: 0 } } },
    },
  };
}

beforeEach(() => {
  store = createAppStore();
  store.setState({ design: createBlankDesign() });
});

describe('a new store', () => {
  it('holds a new design, one unit between start and end, at revision 0', () => {
    const fresh = createAppStore().getState();
    expect(fresh.design.diagram.nodes.map((n) => n.kind)).toEqual(['start', 'block', 'end']);
    expect(fresh.revision).toBe(0);
  });
});

describe('loadDesign', () => {
  it('replaces the document, clears history and selection and bumps the revision', () => {
    s().addCatalogueItem({ kind: 'preset', id: 'server' });
    s().setAnalysis(EDITOR_KEY, { ...IDLE_ANALYSIS, status: 'current', revision: 1 });
    s().loadDesign(createThreeTier());
    expect(s().design.name).toBe('Three tier');
    expect(s().past).toEqual([]);
    expect(s().selection.nodes).toEqual([]);
    expect(s().revision).toBe(2);
    expect(s().analyses[EDITOR_KEY]).toBeUndefined();
  });

  it('spreads columns drawn closer than a block is wide', () => {
    const file = createThreeTier();
    file.diagram.ui = {
      positions: { in: { x: 0, y: 0 }, lb1: { x: 100, y: 0 }, out: { x: 200, y: 0 } },
    };
    s().loadDesign(file);
    const p = getPositions(s().design.diagram);
    expect(p['lb1']!.x - p['in']!.x).toBeGreaterThanOrEqual(236);
  });

  it('fills in missing positions', () => {
    const file = createThreeTier();
    delete file.diagram.ui;
    s().loadDesign(file);
    expect(Object.keys(getPositions(s().design.diagram)).sort()).toEqual([
      'apps',
      'db',
      'in',
      'lb1',
      'lb2',
      'out',
    ]);
  });
});

describe('addCatalogueItem', () => {
  it('adds a preset type once and a block connected between start and end', () => {
    const r = s().addCatalogueItem({ kind: 'preset', id: 'lb' });
    expect(r).toEqual({ ok: true, value: 'lb1' });
    expect(s().design.components.map((c) => c.id)).toEqual(['lb']);
    expect(edges()).toEqual(['in->lb1', 'lb1->out']);
    expect(s().selection.nodes).toEqual(['lb1']);
    s().addCatalogueItem({ kind: 'preset', id: 'lb' }, { mode: 'parallel' });
    expect(s().design.components).toHaveLength(1);
    expect(edges()).toEqual(['in->lb1', 'in->lb2', 'lb1->out', 'lb2->out']);
  });

  it('adds after a multiple selection, joining the branches', () => {
    s().loadDesign(createThreeTier());
    s().setSelection(['lb1', 'lb2']);
    s().addCatalogueItem({ kind: 'junction' });
    expect(edges()).toContain('lb1->j1');
    expect(edges()).toContain('j1->apps');
    expect(edges()).not.toContain('lb1->apps');
  });

  it('drops an unconnected node at a point', () => {
    s().addCatalogueItem({ kind: 'preset', id: 'ssd' }, { mode: 'at', position: { x: 5, y: 6 } });
    expect(edges()).toEqual([]);
    expect(getPositions(s().design.diagram)['ssd1']).toEqual({ x: 5, y: 6 });
  });

  it('refuses unknown items', () => {
    expect(s().addCatalogueItem({ kind: 'component', id: 'nope' }).ok).toBe(false);
    expect(s().revision).toBe(0);
  });
});

describe('connectNodes', () => {
  it('adds an edge and refuses a cycle with the reason', () => {
    s().loadDesign(createThreeTier());
    expect(s().connectNodes('lb1', 'db').ok).toBe(true);
    expect(s().connectNodes('db', 'lb2')).toEqual({
      ok: false,
      error: expect.stringMatching(/cycle/) as unknown,
    });
    expect(edges()).toContain('lb1->db');
  });
});

describe('undo and redo', () => {
  it('undo restores every edit, redo replays it', () => {
    const empty = s().design;
    s().addCatalogueItem({ kind: 'preset', id: 'server' });
    const one = s().design;
    s().setNodeField('server1', 'quantity', 3);
    expect(node('server1')).toMatchObject({ quantity: 3 });
    s().undo();
    expect(s().design).toBe(one);
    s().undo();
    expect(s().design).toBe(empty);
    expect(s().selection.nodes).toEqual([]);
    s().redo();
    s().redo();
    expect(node('server1')).toMatchObject({ quantity: 3 });
    expect(s().future).toEqual([]);
  });

  it('a drag is one step; arrow-key nudges with one key merge', () => {
    s().loadDesign(createThreeTier());
    s().moveNodes({ lb1: { x: 10, y: 10 }, lb2: { x: 10, y: 300 } });
    expect(s().past).toHaveLength(1);
    s().moveNodes({ apps: { x: 1, y: 1 } }, 'nudge');
    s().moveNodes({ apps: { x: 2, y: 1 } }, 'nudge');
    expect(s().past).toHaveLength(2);
    s().undo();
    expect(getPositions(s().design.diagram)['apps']).toEqual({ x: 480, y: 120 });
  });

  it('typing in one field is one step', () => {
    s().setDesignField('name', 'A');
    s().setDesignField('name', 'AB');
    s().setDesignField('name', 'ABC');
    expect(s().past).toHaveLength(1);
    s().undo();
    expect(s().design.name).toBe('Untitled design');
  });
});

describe('deleteSelection', () => {
  it('removes selected nodes and edges in one step', () => {
    s().loadDesign(createThreeTier());
    s().setSelection(['lb2'], ['apps->db']);
    s().deleteSelection();
    expect(node('lb2')).toBeUndefined();
    expect(edges()).not.toContain('apps->db');
    expect(s().selection).toEqual({ nodes: [], edges: [] });
    s().undo();
    expect(node('lb2')).toBeDefined();
  });
});

describe('copy, paste and duplicate', () => {
  it('pastes copies with fresh ids, inner edges and an offset', () => {
    s().loadDesign(createThreeTier());
    s().setSelection(['apps', 'db']);
    s().copySelection();
    s().pasteClipboard();
    expect(s().selection.nodes).toEqual(['apps1', 'db1']);
    expect(edges()).toContain('apps1->db1');
    expect(getPositions(s().design.diagram)['db1']).toEqual({ x: 760, y: 160 });
    s().duplicateSelection();
    expect(s().selection.nodes).toEqual(['apps2', 'db2']);
  });
});

describe('setComponentField', () => {
  it('changes the type shared by every block using it', () => {
    s().loadDesign(createThreeTier());
    s().setComponentField('lb', 'failure', { distribution: 'exponential', mtbf: '10 years' });
    expect(s().design.components[0]!.failure).toEqual({
      distribution: 'exponential',
      mtbf: '10 years',
    });
    s().setComponentField('lb', 'repair', undefined);
    expect(s().design.components[0]!.repair).toBeUndefined();
  });

  it('removes only unused types', () => {
    s().loadDesign(createThreeTier());
    expect(s().removeComponent('lb').ok).toBe(false);
    const id = s().addComponent();
    expect(s().inspectedComponent).toBe(id);
    expect(s().removeComponent(id).ok).toBe(true);
  });
});

describe('setRedundancyMode', () => {
  it('keeps switch success and delay through cold → active → cold, one undo step each', () => {
    s().loadDesign(createThreeTier());
    const standby = {
      type: 'standby',
      standby: 'cold',
      switch: { successProbability: 0.95, delay: '2 min' },
    } as const;
    s().setNodeField('db', 'redundancy', standby);
    s().setRedundancyMode('db', 'active');
    expect(node('db')).not.toHaveProperty('redundancy');
    s().setRedundancyMode('db', 'cold');
    expect(node('db')).toMatchObject({ redundancy: standby });
    s().undo();
    expect(node('db')).not.toHaveProperty('redundancy');
  });
});

describe('renameNode', () => {
  it('renames everywhere and refuses taken or invalid ids', () => {
    s().loadDesign(createThreeTier());
    s().setSelection(['lb1']);
    expect(s().renameNode('lb1', 'edge-a').ok).toBe(true);
    expect(edges()).toContain('in->edge-a');
    expect(s().selection.nodes).toEqual(['edge-a']);
    expect(getPositions(s().design.diagram)['edge-a']).toEqual({ x: 240, y: 60 });
    expect(s().renameNode('edge-a', 'lb2').ok).toBe(false);
    expect(s().renameNode('edge-a', 'a b').ok).toBe(false);
  });
});

describe('subsystems', () => {
  it('groups a selection, opens it and returns by the breadcrumb', () => {
    s().loadDesign(createThreeTier());
    s().setSelection(['lb1', 'lb2']);
    const r = s().createSubsystemFromSelection('front');
    expect(r).toEqual({ ok: true, value: 'front' });
    expect(edges()).toEqual(['apps->db', 'db->out', 'front->apps', 'in->front']);
    s().openSubsystem('front');
    expect(selectCurrentKey(s())).toBe('front');
    expect(edges()).toEqual(['front-in->lb1', 'front-in->lb2', 'lb1->front-out', 'lb2->front-out']);
    s().setNodeField('lb1', 'quantity', 2);
    expect(s().design.subsystems?.['front']?.nodes[1]).toMatchObject({ quantity: 2 });
    s().goToLevel(0);
    expect(selectCurrentKey(s())).toBeNull();
    expect(s().selection.nodes).toEqual(['front']);
  });

  it('refuses a selection with two ways in, saying why', () => {
    s().loadDesign(createThreeTier());
    s().setSelection(['lb1', 'apps']);
    expect(s().createSubsystemFromSelection()).toEqual({
      ok: false,
      error: expect.stringMatching(/entered from 2 nodes/) as unknown,
    });
  });

  it('undo of the grouping leaves the opened subsystem', () => {
    s().loadDesign(createThreeTier());
    s().setSelection(['db']);
    s().createSubsystemFromSelection('data');
    s().openSubsystem('data');
    s().undo();
    expect(s().path).toEqual([]);
  });

  it('refuses to put a subsystem inside itself', () => {
    s().loadDesign(createThreeTier());
    s().setSelection(['db']);
    s().createSubsystemFromSelection('data');
    s().openSubsystem('data');
    expect(s().addCatalogueItem({ kind: 'subsystem', name: 'data' }).ok).toBe(false);
  });
});

describe('setAnalysis', () => {
  it('reports a current result as stale once the design moves on', () => {
    s().setAnalysis(EDITOR_KEY, { ...IDLE_ANALYSIS, status: 'current', revision: 0 });
    expect(selectAnalysisStatus(s())).toBe('current');
    s().setDesignField('name', 'x');
    expect(selectAnalysisStatus(s())).toBe('stale');
  });

  it('keeps analyses of several designs apart, and reindexes blocks only for a new result', () => {
    const result = analyzeFile(THREE_TIER);
    const entry = { ...IDLE_ANALYSIS, status: 'current' as const, revision: 0, result };
    s().setAnalysis(EDITOR_KEY, entry);
    s().setAnalysis('lib-2', { ...IDLE_ANALYSIS, status: 'computing' });
    const index = s().analyses[EDITOR_KEY]!.blockResults;
    expect(index.get('lb1')?.id).toBe('lb1');
    s().setAnalysis(EDITOR_KEY, { ...entry, busy: true });
    expect(s().analyses[EDITOR_KEY]!.blockResults).toBe(index);
    expect(s().analyses['lib-2']!.status).toBe('computing');
    s().clearAnalysis('lib-2');
    expect(Object.keys(s().analyses)).toEqual([EDITOR_KEY]);
  });
});
