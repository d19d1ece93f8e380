import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DesignFile } from '../../src/index.ts';
import { setFileQuantities } from '../../src/index.ts';
import { getDesignSteps } from './waterfall.ts';

const threeTier = JSON.parse(readFileSync('public/examples/three-tier.json', 'utf8')) as DesignFile;

describe('getDesignSteps', () => {
  it('has no step between a design and itself, its layout aside', () => {
    const moved = structuredClone(threeTier);
    moved.diagram.nodes[1]!.ui = { note: 'moved' };
    expect(getDesignSteps(threeTier, moved)).toEqual([]);
  });

  it('applies a component change, then each block change, ending on the other design', () => {
    // lb1 written with its default quantity, 1, is no change.
    const other = setFileQuantities(threeTier, { apps: 5, db: 3, lb1: 1 });
    other.components = other.components.map((c) =>
      c.id === 'lb' ? { ...c, repair: { distribution: 'exponential', mttr: 1 } } : c,
    );
    const steps = getDesignSteps(threeTier, other);
    expect(steps.map((s) => s.label)).toEqual([
      'Load balancer: repair changed',
      'apps: 4 → 5 units (+1)',
      'db: 2 → 3 units (+1)',
    ]);
    expect(steps[steps.length - 1]!.file).toBe(other);
    // Each step keeps the changes before it.
    const apps = steps[1]!.file.diagram.nodes.find((n) => n.id === 'apps');
    expect(apps?.kind === 'block' && apps.quantity).toBe(5);
    expect(steps[1]!.file.components.find((c) => c.id === 'lb')?.repair).toEqual({
      distribution: 'exponential',
      mttr: 1,
    });
  });

  it('takes a change of structure as one last step', () => {
    const other = structuredClone(threeTier);
    other.diagram.nodes = other.diagram.nodes.filter((n) => n.id !== 'lb2');
    other.diagram.edges = other.diagram.edges.filter((e) => e.from !== 'lb2' && e.to !== 'lb2');
    const steps = getDesignSteps(threeTier, other);
    expect(steps.map((s) => s.label)).toEqual(['the whole design changed']);
    expect(steps[0]!.file).toBe(other);
  });
});
