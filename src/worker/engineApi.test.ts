import { describe, expect, it } from 'vitest';
import threeTier from '../../public/examples/three-tier.json';
import { createBenchmarkDesign } from '../testing/benchmarkDesigns.ts';
import { createEngineApi } from './engineApi.ts';

type File = {
  components: { failure: { mtbf: number } }[];
  diagram: { nodes: { kind: string; quantity?: number; repeatOf?: string }[] };
};

/** The answer without its timing. */
async function answer(api: ReturnType<typeof createEngineApi>, file: unknown): Promise<unknown> {
  const response = await api.analyze(file, { times: [8766] });
  if (!response.ok) return response;
  const { elapsedMs: _elapsed, ...rest } = response.value;
  return JSON.parse(JSON.stringify({ ...rest, result: { ...rest.result, elapsedMs: 0 } }));
}

describe('createEngineApi', () => {
  it('answers a sequence of edits exactly as a fresh engine answers each version', async () => {
    const base = createBenchmarkDesign(120, 5) as File;
    const kept = createEngineApi();
    await kept.analyze(base, { times: [8766] });
    const versions: unknown[] = [];
    let file = base;
    for (let k = 0; k < 6; k++) {
      file = structuredClone(file);
      file.components[k % file.components.length]!.failure.mtbf = 10_000 + 3_000 * k;
      const plain = file.diagram.nodes.filter((n) => n.kind === 'block' && !n.repeatOf)[k]!;
      if (k % 2 === 0) plain.quantity = 2 + k;
      if (k === 4) file.components[0]!.failure.mtbf = -1; // an error in between
      versions.push(file);
    }
    for (const version of versions) {
      expect(await answer(kept, version)).toEqual(await answer(createEngineApi(), version));
    }
  });

  it('answers a condition set by hand, and refuses a bad design or condition as data', async () => {
    const api = createEngineApi();
    const none = await api.analyzeCondition(threeTier, { unitsDown: {} });
    const base = await api.analyze(threeTier, {});
    expect(none.ok && base.ok).toBe(true);
    if (!none.ok || !base.ok) return;
    expect(none.value.systemUp).toBe(true);
    expect(none.value.availability).toBe(base.value.result.steadyState.availability);
    // Holding a single point of failure down takes the system down, with that block as the cut.
    const spof = base.value.result.blocks.find((b) => b.singlePointOfFailure)!;
    const down = await api.analyzeCondition(threeTier, {
      unitsDown: { [spof.id]: none.value.blocks.find((b) => b.id === spof.id)!.quantity },
    });
    expect(down.ok && down.value.systemUp).toBe(false);
    expect(down.ok && down.value.availability).toBe(0);
    expect(down.ok && down.value.cutSets).toEqual([[spof.id]]);
    const bad = await api.analyzeCondition({ format: 'nope' }, { unitsDown: {} });
    expect(!bad.ok && bad.error[0]?.path).toBe('format');
    const unknown = await api.analyzeCondition(threeTier, { unitsDown: { nope: 1 } });
    expect(!unknown.ok && unknown.error[0]?.path).toBe('condition.nope');
  });
});
