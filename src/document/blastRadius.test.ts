import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DesignFile, DiagramFile, NodeFile } from '../model/file.ts';
import { parseDesign } from '../model/parse.ts';
import { analyzeDesign } from '../analysis/analyze.ts';
import { getBlastRadius } from './blastRadius.ts';

const readExample = (name: string): DesignFile =>
  JSON.parse(
    readFileSync(new URL(`../../public/examples/${name}`, import.meta.url), 'utf8'),
  ) as DesignFile;

/** The needs of the examples are plain numbers. */
const need = (node: NodeFile): number => {
  const value =
    node.kind === 'block' || node.kind === 'subsystem'
      ? node.inputs
      : node.kind === 'start'
        ? 1
        : node.required;
  return typeof value === 'number' ? value : 1;
};

describe('getBlastRadius', () => {
  it('a zone of the two-zone service takes one unit of every tier and not the service', () => {
    const { diagram } = readExample('three-tier-two-zones.json');
    expect(getBlastRadius(diagram, 'az-a', need)).toEqual({
      down: ['lb1', 'app1', 'db1'],
      cutOff: [],
      diagramDown: false,
    });
  });

  it('the one zone of the one-zone service takes the service down', () => {
    const { diagram } = readExample('three-tier-one-zone.json');
    const zone = diagram.zones![0]!;
    const radius = getBlastRadius(diagram, zone.id, need);
    expect(radius.diagramDown).toBe(true);
    expect(new Set(radius.down)).toEqual(new Set(zone.members));
  });

  it('a block in series cuts off what lies after it; a 2-of-3 junction survives one input', () => {
    const diagram: DiagramFile = {
      nodes: [
        { id: 'in', kind: 'start' },
        { id: 'a', kind: 'block', component: 'c' },
        { id: 'b1', kind: 'block', component: 'c' },
        { id: 'b2', kind: 'block', component: 'c' },
        { id: 'b3', kind: 'block', component: 'c' },
        { id: 'j', kind: 'junction', required: 2 },
        { id: 'side', kind: 'block', component: 'c' },
        { id: 'out', kind: 'end' },
      ],
      edges: [
        { from: 'in', to: 'a' },
        { from: 'a', to: 'b1' },
        { from: 'a', to: 'b2' },
        { from: 'a', to: 'b3' },
        { from: 'b1', to: 'j' },
        { from: 'b2', to: 'j' },
        { from: 'b3', to: 'j' },
        { from: 'j', to: 'out' },
        { from: 'in', to: 'side' },
        { from: 'side', to: 'b3' },
      ],
    };
    expect(getBlastRadius(diagram, 'b1', need)).toEqual({
      down: ['b1'],
      cutOff: [],
      diagramDown: false,
    });
    // Losing a leaves only b3 (reached from `side`), 1 of the 2 that j needs: the diagram fails,
    // and what lies after a without another input is cut off.
    expect(getBlastRadius(diagram, 'a', need)).toEqual({
      down: ['a'],
      cutOff: ['b1', 'b2'],
      diagramDown: true,
    });
    const zoned: DiagramFile = {
      ...diagram,
      zones: [{ id: 'z', component: 'c', members: ['b1', 'b2'] }],
    };
    expect(getBlastRadius(zoned, 'z', need)).toEqual({
      down: ['b1', 'b2'],
      cutOff: [],
      diagramDown: true,
    });
  });

  it('a block takes its repeats down with it', () => {
    const { diagram } = readExample('power-chain.json');
    const repeat = diagram.nodes.find((n) => n.kind === 'block' && n.repeatOf !== undefined);
    if (repeat?.kind !== 'block' || repeat.repeatOf === undefined) throw new Error('no repeat');
    expect(getBlastRadius(diagram, repeat.repeatOf, need).down).toContain(repeat.id);
  });

  it.each([
    'three-tier-two-zones.json',
    'three-tier-one-zone.json',
    'pool-common-cause.json',
    'power-chain.json',
  ])(
    'says the diagram goes down exactly for the single points of failure of the exact engine (%s)',
    (name) => {
      const file = readExample(name);
      const parsed = parseDesign(file);
      if (!parsed.ok) throw new Error('example does not parse');
      const result = analyzeDesign(parsed.value);
      for (const block of result.blocks) {
        if (block.id.includes('/')) continue;
        const radius = getBlastRadius(
          file.diagram,
          block.kind === 'block' ? block.nodeIds[0]! : block.id,
          need,
        );
        expect([block.id, radius.diagramDown]).toEqual([block.id, block.singlePointOfFailure]);
      }
    },
  );
});
