/**
 * Routes still working: closed cases (parallel, series, a 2-of-3 junction, a subsystem) and, on
 * every event of traced histories of random designs (seeded fast-check), the end is on a working
 * route exactly when the trace says the system is up, and every node on a route has its block up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFlatStructure } from './structure.ts';
import { block, createDesignJson, exponential, toDesign } from '../testing/designFiles.ts';
import { randomDesignArbitrary } from '../testing/randomDesigns.ts';
import { Replay } from '../simulation/replay.ts';
import { createRouteNetwork, getLiveNodes } from './routes.ts';
import { traceHistory } from '../simulation/runner.ts';

const SEED = 20_261_203;

function routesOf(json: Record<string, unknown>) {
  const flat = createFlatStructure(toDesign(json));
  const index = new Map(flat.blocks.map((b) => [b.id, b.index]));
  return (down: string[]) => {
    const up = new Uint8Array(flat.blocks.length).fill(1);
    for (const id of down) up[index.get(id)!] = 0;
    return [...getLiveNodes(createRouteNetwork(flat), up)].sort();
  };
}

describe('getLiveNodes', () => {
  const c = [exponential('c', 100, 10)];
  it('drops the branch of a parallel pair whose block is down', () => {
    const live = routesOf(
      createDesignJson(c, [block('a', 'c'), block('b', 'c')], ['in>a', 'in>b', 'a>out', 'b>out']),
    );
    expect(live([])).toEqual(['a', 'b', 'in', 'out']);
    expect(live(['a'])).toEqual(['b', 'in', 'out']);
    expect(live(['a', 'b'])).toEqual([]);
  });

  it('drops every node of a series when one block is down, upstream too', () => {
    const live = routesOf(
      createDesignJson(c, [block('a', 'c'), block('b', 'c')], ['in>a', 'a>b', 'b>out']),
    );
    expect(live(['b'])).toEqual([]);
  });

  it('keeps a branch into a 2-of-3 end only while two branches work', () => {
    const json = createDesignJson(
      c,
      [block('a', 'c'), block('b', 'c'), block('d', 'c')],
      ['in>a', 'in>b', 'in>d', 'a>out', 'b>out', 'd>out'],
      { endRequired: 2 },
    );
    const live = routesOf(json);
    expect(live(['a'])).toEqual(['b', 'd', 'in', 'out']);
    expect(live(['a', 'b'])).toEqual([]);
  });

  it('shows a subsystem node live while a route through its inside works', () => {
    const json = {
      ...createDesignJson(
        c,
        [{ id: 's', kind: 'subsystem', subsystem: 'pair' }],
        ['in>s', 's>out'],
      ),
      subsystems: {
        pair: {
          nodes: [
            { id: 'i', kind: 'start' },
            block('x', 'c'),
            block('y', 'c'),
            { id: 'o', kind: 'end' },
          ],
          edges: [
            { from: 'i', to: 'x' },
            { from: 'i', to: 'y' },
            { from: 'x', to: 'o' },
            { from: 'y', to: 'o' },
          ],
        },
      },
    };
    const live = routesOf(json);
    expect(live(['s/x'])).toEqual(['in', 'out', 's']);
    expect(live(['s/x', 's/y'])).toEqual([]);
  });

  it(`agrees with the traced system state at every event of random designs (seed ${SEED})`, () => {
    fc.assert(
      fc.property(randomDesignArbitrary, fc.integer({ min: 0, max: 50 }), (design, history) => {
        const r = traceHistory(design, { trials: 64, horizon: 3000, seed: 11 }, history);
        if (!r.ok) throw new Error(r.error.map((e) => e.message).join('; '));
        const { trace, routes } = r.value;
        const replay = new Replay(trace);
        const blockOfNode = new Map(trace.blocks.map((id, b) => [id, b]));
        const wrong: string[] = [];
        for (let i = 0; i <= trace.events.length; i++) {
          const t = i === 0 ? 0 : trace.events[i - 1]!.t;
          // Events at one instant: compare after the last of them.
          if (i < trace.events.length && trace.events[i]!.t === t) continue;
          const up = replay.blockUp(replay.stateAfter(i));
          const live = getLiveNodes(routes, up);
          if (live.has('out') !== replay.systemUpAt(t))
            wrong.push(`event ${i}: end live ${live.has('out')}`);
          for (const id of live) {
            const b = blockOfNode.get(id);
            if (b !== undefined && up[b] !== 1) wrong.push(`event ${i}: ${id} live but down`);
          }
        }
        expect(wrong).toEqual([]);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
