import { describe, expect, it } from 'vitest';
import { createFragment, pasteFragment } from './fragment.ts';
import { getDiagramIndex } from './diagram.ts';
import { createThreeTier } from '../testing/threeTierFile.ts';

describe('createFragment', () => {
  it('keeps only inner edges and leaves out start and end', () => {
    const f = createFragment(createThreeTier().diagram, ['in', 'lb1', 'apps', 'db'])!;
    expect(f.nodes.map((n) => n.id)).toEqual(['lb1', 'apps', 'db']);
    expect(f.edges).toEqual([
      { from: 'lb1', to: 'apps' },
      { from: 'apps', to: 'db' },
    ]);
  });

  it('is null for nothing to copy', () => {
    expect(createFragment(createThreeTier().diagram, ['in', 'out'])).toBeNull();
  });
});

describe('pasteFragment', () => {
  it('keeps repeats pointing inside the copy', () => {
    const design = createThreeTier();
    design.diagram.nodes.push({ id: 'db-r', kind: 'block', repeatOf: 'db' });
    const f = createFragment(design.diagram, ['db', 'db-r'])!;
    const { design: next, ids } = pasteFragment(design, null, f, { x: 0, y: 0 });
    expect(ids).toEqual(['db1', 'db-r1']);
    expect(getDiagramIndex(next.diagram).nodes.get('db-r1')).toMatchObject({ repeatOf: 'db1' });
  });
});
