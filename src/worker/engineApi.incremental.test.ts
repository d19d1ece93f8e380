/**
 * One edit, one call: the engine API fed patches (diffDesign on the page, applyDesignPatch in
 * the worker) after a random sequence of parameter edits answers exactly what a fresh API
 * answers for the whole design, and its curves are those of a fresh full evaluation on the same
 * grid, the same doubles.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBenchmarkDesign } from '../testing/benchmarkDesigns.ts';
import { createAnalyzer } from '../analysis/analyze.ts';
import { createCurveTimes } from '../analysis/curveTimes.ts';
import { parseDesign } from '../model/parse.ts';
import { withoutUi } from '../model/withoutUi.ts';
import { createEngineApi } from './engineApi.ts';
import { diffDesign } from './designPatch.ts';
import type { AnalyzeOptions } from './protocol.ts';

type Fields = Record<string, unknown>;
interface File {
  missionTime: number;
  components: Fields[];
  diagram: { nodes: Fields[]; zones?: unknown[] } & Fields;
}

/** A generated design with a zone (its unit's component is `az`), so shared units are rebound. */
function createBase(): File {
  const file = createBenchmarkDesign(80, 3) as File;
  const plain = file.diagram.nodes.filter((n) => n['kind'] === 'block' && !('repeatOf' in n));
  return {
    ...file,
    components: [
      ...file.components,
      {
        id: 'az',
        name: 'Zone',
        failure: { distribution: 'exponential', mtbf: 50000 },
        repair: { distribution: 'exponential', mttr: 8 },
      },
    ],
    diagram: {
      ...file.diagram,
      zones: [{ id: 'zone-a', component: 'az', members: plain.slice(2, 5).map((n) => n['id']) }],
    },
    ui: { zoom: 1 },
  } as File;
}

type Edit =
  | { kind: 'mtbf' | 'mttr'; component: number; value: number }
  | { kind: 'mission'; value: number }
  | { kind: 'quantity'; node: number; value: number }
  | { kind: 'ui'; value: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('mtbf' as const),
    component: fc.nat(4),
    value: fc.double({ min: 1e3, max: 1e6, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('mttr' as const),
    component: fc.nat(4),
    value: fc.double({ min: 0.1, max: 200, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('mission' as const),
    value: fc.double({ min: 10, max: 1e5, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('quantity' as const),
    node: fc.nat(40),
    value: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('ui' as const), value: fc.nat(100) }),
);

/** Applies an edit as the store does: new objects on its path, everything else shared. */
function applyEdit(file: File, edit: Edit): File {
  switch (edit.kind) {
    case 'mtbf':
    case 'mttr': {
      const side = edit.kind === 'mtbf' ? 'failure' : 'repair';
      return {
        ...file,
        components: file.components.map((c, i) =>
          i === edit.component
            ? { ...c, [side]: { ...(c[side] as Fields), [edit.kind]: edit.value } }
            : c,
        ),
      };
    }
    case 'mission':
      return { ...file, missionTime: edit.value };
    case 'quantity': {
      const plain = file.diagram.nodes.filter(
        (n) => n['kind'] === 'block' && !('repeatOf' in n) && !('redundancy' in n),
      );
      const target = plain[edit.node % plain.length]!;
      return {
        ...file,
        diagram: {
          ...file.diagram,
          nodes: file.diagram.nodes.map((n) =>
            n === target ? { ...n, quantity: edit.value, required: 1 } : n,
          ),
        },
      };
    }
    case 'ui':
      return {
        ...file,
        diagram: {
          ...file.diagram,
          nodes: file.diagram.nodes.map((n, i) => (i === 1 ? { ...n, ui: { x: edit.value } } : n)),
        },
      };
  }
}

describe('engine API: patches after parameter edits', () => {
  it('answers what a fresh API answers for the whole design, curves included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(editArb, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (edits, missionOverride) => {
          const api = createEngineApi();
          let file = createBase();
          let id = 0;
          const options = (f: File): AnalyzeOptions => ({
            ...(missionOverride ? { times: [f.missionTime * 2] } : {}),
            curves: { points: 40, blockCurves: ['b1'] },
          });
          const first = await api.analyze(withoutUi(file), options(file), id);
          expect(first.ok).toBe(true);
          let patched = 0;
          for (const edit of edits) {
            const next = applyEdit(file, edit);
            const changes = diffDesign(file, next);
            file = next;
            expect(changes).not.toBeNull();
            const answer = await api.analyzePatch(
              { base: id, id: id + 1, changes: changes! },
              options(file),
            );
            id++;
            expect(answer).not.toBeNull();
            patched++;
            const fresh = await createEngineApi().analyze(withoutUi(file), options(file));
            expect(answer!.ok && fresh.ok).toBe(true);
            if (!answer!.ok || !fresh.ok) throw new Error('a valid design was refused');
            expect(answer!.value.result).toEqual(fresh.value.result);
            expect(answer!.value.designWarnings).toEqual(
              expect.arrayContaining([...fresh.value.designWarnings]),
            );
            // The curves against a fresh full evaluation on the same grid.
            const parsed = parseDesign(withoutUi(file));
            if (!parsed.ok) throw new Error('invalid test design');
            const missionTime = missionOverride ? file.missionTime * 2 : file.missionTime;
            const times = createCurveTimes(missionTime, 40);
            const full = createAnalyzer().evaluate(parsed.value, {
              times,
              skipMttf: true,
              skipMeanAvailability: true,
              cutSetLimit: 0,
              blockCurves: ['b1'],
            });
            const curves = answer!.value.curves;
            expect(curves?.missionTime).toBe(missionTime);
            expect(curves?.points).toHaveLength(full.points.length);
            full.points.forEach((p, k) => {
              const q = curves!.points[k]!;
              expect(q.t).toBe(p.t);
              expect(q.unreliability).toBe(p.unreliability);
              expect(q.unavailability).toBe(p.unavailability);
              expect(q.reliability).toBe(p.reliability);
              expect(q.availability).toBe(p.availability);
              expect(q.blocks).toEqual(p.blocks);
              expect(q.meanAvailability).toBeNull();
            });
          }
          expect(patched).toBe(edits.length);
        },
      ),
      { seed: 20261202, numRuns: 20 },
    );
  }, 120_000);

  it('refuses a patch whose base it does not hold, and answers the whole design then', async () => {
    const api = createEngineApi();
    const file = createBase();
    const next = applyEdit(file, { kind: 'mission', value: 1000 });
    const changes = diffDesign(file, next)!;
    expect(await api.analyzePatch({ base: 1, id: 2, changes }, {})).toBeNull();
    await api.analyze(withoutUi(file), {}, 7);
    expect(await api.analyzePatch({ base: 6, id: 8, changes }, {})).toBeNull();
    // A refused patch leaves nothing held: the next patch on 7 is refused too.
    expect(await api.analyzePatch({ base: 7, id: 8, changes }, {})).toBeNull();
    await api.analyze(withoutUi(file), {}, 7);
    const answer = await api.analyzePatch({ base: 7, id: 8, changes }, {});
    expect(answer?.ok && answer.value.result.missionTime).toBe(1000);
    // Malformed changes (untrusted input) are refused, never thrown on.
    for (const bad of [null, 'x', [{ path: 'missionTime', value: 1 }], [{ path: ['nope', 0] }]]) {
      expect(await api.analyzePatch({ base: 8, id: 9, changes: bad as never }, {})).toBeNull();
      await api.analyze(withoutUi(file), {}, 8);
    }
  });
});
