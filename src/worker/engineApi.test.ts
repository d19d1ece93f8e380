import { describe, expect, it } from 'vitest';
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
});
