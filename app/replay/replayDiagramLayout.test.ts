import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DesignFile } from '../../src/index.ts';
import { simulateDesign, traceHistory, withAllPositions } from '../../src/index.ts';
import { loadExample } from '../../src/testing/examples.ts';
import { getDiagramLayout } from './replayDiagramLayout.ts';

function layoutOf(file: string) {
  const { design } = loadExample(file);
  const raw = JSON.parse(readFileSync(`public/examples/${file}`, 'utf8')) as DesignFile;
  const run = simulateDesign(design, { trials: 4, horizon: 1000, seed: 1 });
  const traced = traceHistory(design, { trials: 4, horizon: 1000, seed: 1 }, 0);
  if (!run.ok || !traced.ok) throw new Error('run failed');
  const byId = new Map(run.value.perBlock.map((b) => [b.id, b.nodeIds]));
  const blocks = traced.value.trace.blocks;
  const layout = getDiagramLayout(
    withAllPositions(raw).diagram,
    blocks.map((id) => byId.get(id) ?? [id]),
  );
  return { layout, blocks };
}

describe('getDiagramLayout', () => {
  it('draws every block of a subsystem on its subsystem node (two-site)', () => {
    const { layout, blocks } = layoutOf('two-site.json');
    const drawn = layout.nodes.flatMap((n) => n.blocks);
    expect(new Set(drawn)).toEqual(new Set(blocks.map((_, b) => b)));
    const sub = layout.nodes.find((n) => n.kind === 'subsystem')!;
    expect(sub.blocks.length).toBeGreaterThan(1);
    expect(sub.blocks.every((b) => blocks[b]!.includes('/'))).toBe(true);
  });

  it('draws a repeated block on its node and on the node repeating it (bridge network)', () => {
    const { layout } = layoutOf('bridge-network.json');
    const shown = new Map<number, number>();
    for (const n of layout.nodes) for (const b of n.blocks) shown.set(b, (shown.get(b) ?? 0) + 1);
    expect([...shown.values()].some((count) => count === 2)).toBe(true);
    expect(layout.edges.length).toBeGreaterThan(0);
  });
});
