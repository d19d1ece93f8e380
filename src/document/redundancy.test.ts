import { describe, expect, it } from 'vitest';
import type { DiagramFile, RedundancyFile } from '../model/file.ts';
import { parseDesign } from '../model/parse.ts';
import { createThreeTier } from '../testing/threeTierFile.ts';
import { getRedundancyMode, setRedundancyModeIn } from './redundancy.ts';

const cold: RedundancyFile = {
  type: 'standby',
  standby: 'cold',
  switch: { successProbability: 0.97, delay: '5 min' },
};

function diagramWith(redundancy: RedundancyFile | undefined): DiagramFile {
  return {
    nodes: [
      { id: 'in', kind: 'start' },
      {
        id: 'db',
        kind: 'block',
        component: 'db',
        quantity: 2,
        ...(redundancy === undefined ? {} : { redundancy }),
      },
      { id: 'out', kind: 'end' },
    ],
    edges: [
      { from: 'in', to: 'db' },
      { from: 'db', to: 'out' },
    ],
  };
}

const db = (d: DiagramFile) => d.nodes.find((n) => n.id === 'db')!;
const redundancyOf = (d: DiagramFile) => {
  const node = db(d);
  return node.kind === 'block' ? node.redundancy : undefined;
};

describe('setRedundancyModeIn', () => {
  it('brings back the switch settings after cold → active → cold', () => {
    let d = setRedundancyModeIn(diagramWith(cold), 'db', 'active');
    expect(redundancyOf(d)).toBeUndefined();
    d = setRedundancyModeIn(d, 'db', 'cold');
    expect(redundancyOf(d)).toEqual(cold);
    expect(db(d).ui).toBeUndefined();
  });

  it('keeps a warm dormant factor across cold and back to warm', () => {
    const warm: RedundancyFile = { ...cold, standby: 'warm', dormantFactor: 0.3 };
    let d = setRedundancyModeIn(diagramWith(warm), 'db', 'cold');
    expect(redundancyOf(d)).toEqual(cold);
    d = setRedundancyModeIn(d, 'db', 'active');
    d = setRedundancyModeIn(d, 'db', 'warm');
    expect(redundancyOf(d)).toEqual(warm);
  });

  it('gives a first warm block the default factor and leaves an unchanged mode alone', () => {
    const d = diagramWith(undefined);
    expect(setRedundancyModeIn(d, 'db', 'active')).toBe(d);
    expect(redundancyOf(setRedundancyModeIn(d, 'db', 'warm'))).toEqual({
      type: 'standby',
      standby: 'warm',
      dormantFactor: 0.1,
    });
    expect(getRedundancyMode(redundancyOf(setRedundancyModeIn(d, 'db', 'hot')))).toBe('hot');
  });

  it('keeps what it remembers where the engine ignores it (a valid design, no warnings)', () => {
    const file = createThreeTier();
    const active = setRedundancyModeIn(file.diagram, 'db', 'active');
    const parsed = parseDesign({ ...file, diagram: active });
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });
});
