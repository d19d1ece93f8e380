import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDesignFile } from '../model/serialize.ts';
import { createLargeDesign, createThreeTierDesign } from '../testing/sampleDesigns.ts';
import { runOk } from '../testing/simulationChecks.ts';
import { HISTORY_PICK_KINDS, selectHistoryPick } from '../simulation/historyPicks.ts';
import { traceHistory } from '../simulation/runner.ts';
import type { SimulationProgress, SimulationResult } from '../simulation/types.ts';
import { createInThreadPort } from './inThreadPort.ts';
import { createNodeWorkerPort } from './nodeWorkerPort.ts';
import type { SimulationPool } from './simulationPool.ts';
import { createSimulationPool } from './simulationPool.ts';
import type { SimulationPortHandlers, SimulationWorkerPort } from './simulationProtocol.ts';

const design = createThreeTierDesign();
const file = createDesignFile(design);
const options = { trials: 3000, horizon: 200_000, seed: 51, traceHistories: [5, 2999] };

/** The fields that must be bit-identical (everything but timings). */
function stable(r: SimulationResult): unknown {
  const { elapsedMs, eventsPerSecond, historiesPerSecond, ...rest } = r;
  void elapsedMs;
  void eventsPerSecond;
  void historiesPerSecond;
  return rest;
}

const pools: SimulationPool[] = [];
afterAll(() => pools.forEach((p) => p.dispose()));

describe('createSimulationPool', () => {
  const reference = runOk(design, options, 4096);

  it('gives the same bits for any chunk size in one thread', () => {
    expect(stable(runOk(design, options, 1))).toEqual(stable(reference));
    expect(stable(runOk(design, options, 77))).toEqual(stable(reference));
  });

  it('gives the same bits with 1, 2 and 4 Node worker threads', async () => {
    for (const size of [1, 2, 4]) {
      const pool = createSimulationPool(createNodeWorkerPort, size);
      pools.push(pool);
      const r = await pool.run(file, options).promise;
      expect(r.ok && stable(r.value)).toEqual(stable(reference));
      pool.dispose();
    }
  });

  it('keeps the same notable histories with 1, 2 and 4 workers and any chunk size', async () => {
    // The three-tier design over 200,000 h (standby databases): every pick kind exists.
    expect(reference.picks.picks.map((p) => p.kind)).toEqual(HISTORY_PICK_KINDS);
    expect(reference.picks.switchFailureHistories).toBeGreaterThan(0);
    expect(reference.picks.sample.length).toBe(512);
    expect(runOk(design, options, 13).picks).toEqual(reference.picks);
    for (const size of [1, 2, 4]) {
      const pool = createSimulationPool(createNodeWorkerPort, size);
      pools.push(pool);
      const r = await pool.run(file, options).promise;
      expect(r.ok && r.value.picks).toEqual(reference.picks);
      pool.dispose();
    }
  });

  it('traces a picked history in a worker, as counted, while a run goes on', async () => {
    const pool = createSimulationPool(createNodeWorkerPort, 1);
    pools.push(pool);
    const bad = selectHistoryPick(reference.picks, 'bad')!;
    const run = pool.run(file, options);
    const traced = await pool.trace(file, options, bad.history);
    expect(traced.ok && traced.value.trace.downtime).toBe(bad.downtime);
    const here = traceHistory(design, options, bad.history);
    expect(traced.ok && here.ok && traced.value).toEqual(here.ok && here.value);
    const r = await run.promise;
    expect(r.ok && stable(r.value)).toEqual(stable(reference));
    const wrong = await pool.trace({ hello: 'world' }, options, 1);
    expect(!wrong.ok && wrong.error[0]!.code).toBe('invalid-design');
    pool.dispose();
  });

  it('gives the same bits on the mission fast path through workers', async () => {
    const mission = { trials: 50_000, horizon: 8760, seed: 52, repair: false };
    const pool = createSimulationPool(createNodeWorkerPort, 2);
    pools.push(pool);
    const r = await pool.run(file, mission).promise;
    expect(r.ok && r.value.method).toBe('mission');
    expect(r.ok && stable(r.value)).toEqual(stable(runOk(design, mission, 999)));
    pool.dispose();
  });

  it('reports running estimates and stops promptly when cancelled', async () => {
    const pool = createSimulationPool(createInThreadPort, 2);
    pools.push(pool);
    const progress: SimulationProgress[] = [];
    const big = createLargeDesign(200);
    const run = pool.run(createDesignFile(big), { trials: 1e9, horizon: 1e5, seed: 53 }, (p) =>
      progress.push(p),
    );
    // Waits for the state (two estimates), never for a time: the machine may be loaded.
    await vi.waitFor(() => expect(progress.length).toBeGreaterThanOrEqual(2), {
      timeout: 60_000,
      interval: 20,
    });
    run.cancel();
    const reported = progress.length;
    const r = await run.promise;
    expect(!r.ok && r.error[0]!.code).toBe('cancelled');
    // Nothing is reported once the run is cancelled.
    expect(progress.length).toBe(reported);
    const last = progress[progress.length - 1]!;
    expect(last.completed).toBeGreaterThan(0);
    expect(last.result.availability.mean).toBeGreaterThan(0.9);
    // The pool is usable again.
    const again = await pool.run(file, { trials: 100, horizon: 1000, seed: 1 }).promise;
    expect(again.ok).toBe(true);
  });

  it('cancels Node workers mid-chunk and recovers', async () => {
    const pool = createSimulationPool(createNodeWorkerPort, 2);
    pools.push(pool);
    const run = pool.run(createDesignFile(createLargeDesign(200)), {
      trials: 1e9,
      horizon: 1e6,
      seed: 54,
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    run.cancel();
    const r = await run.promise;
    expect(!r.ok && r.error[0]!.code).toBe('cancelled');
    const again = await pool.run(file, options).promise;
    expect(again.ok && stable(again.value)).toEqual(stable(reference));
    pool.dispose();
  });

  /** Ports that misbehave on chosen chunks: `fate(n)` for the n-th chunk any port receives. */
  function createFaultyFactory(fate: (chunk: number) => 'work' | 'crash' | 'silent') {
    let chunks = 0;
    return (): SimulationWorkerPort => {
      const inner = createInThreadPort();
      let handlers: SimulationPortHandlers | null = null;
      return {
        post(message): void {
          const what = message.type === 'chunk' ? fate(chunks++) : 'work';
          if (what === 'crash')
            setTimeout(() => handlers?.error('simulation worker crashed: boom'), 0);
          else if (what === 'work') inner.post(message);
          // 'silent': the worker was killed from outside: no answer, no error event.
        },
        listen(h): void {
          handlers = h;
          inner.listen(h);
        },
        terminate: () => inner.terminate(),
      };
    };
  }

  it('finishes a run whose worker died mid-run, bit for bit as an undisturbed run, and says so', async () => {
    const pool = createSimulationPool(
      createFaultyFactory((n) => (n === 2 ? 'crash' : 'work')),
      2,
    );
    pools.push(pool);
    const r = await pool.run(file, options).promise;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { workersRestarted, ...rest } = r.value;
    expect(workersRestarted).toBe(1);
    expect(stable(rest as SimulationResult)).toEqual(stable(reference));
  });

  it('replaces a worker that stops answering without an error, within its deadline', async () => {
    const pool = createSimulationPool(
      createFaultyFactory((n) => (n === 1 ? 'silent' : 'work')),
      1,
      { minChunkMs: 200, firstChunkMs: 2000 },
    );
    pools.push(pool);
    const r = await pool.run(file, options).promise;
    expect(r.ok && r.value.workersRestarted).toBe(1);
    if (!r.ok) return;
    const { workersRestarted: _restarted, ...rest } = r.value;
    expect(stable(rest as SimulationResult)).toEqual(stable(reference));
  });

  it('answers a trace through a trace worker that died silently, on a fresh one', async () => {
    let ports = 0;
    const factory = (): SimulationWorkerPort => {
      const inner = createInThreadPort();
      const dead = ports++ === 0;
      return {
        post: (message) => (dead ? undefined : inner.post(message)),
        listen: (h) => inner.listen(h),
        terminate: () => inner.terminate(),
      };
    };
    const pool = createSimulationPool(factory, 1, { traceMs: 300 });
    pools.push(pool);
    const traced = await pool.trace(file, options, 5);
    const here = traceHistory(design, options, 5);
    expect(traced.ok && here.ok && traced.value).toEqual(here.ok && here.value);
    expect(traced.ok).toBe(true);
    expect(ports).toBe(2);
  });

  it('fails cleanly when every worker dies, and recovers with fresh workers', async () => {
    let broken = true;
    const pool = createSimulationPool(
      createFaultyFactory(() => (broken ? 'crash' : 'work')),
      1,
    );
    pools.push(pool);
    const before = structuredClone(file);
    const r = await pool.run(file, options).promise;
    expect(!r.ok && r.error[0]).toMatchObject({
      code: 'worker-failed',
      message: 'simulation worker crashed: boom',
    });
    expect(file).toEqual(before);
    broken = false;
    const again = await pool.run(file, options).promise;
    expect(again.ok && stable(again.value)).toEqual(stable(reference));
  });

  it('rejects bad options with issues naming the field, without starting workers', async () => {
    let started = 0;
    const pool = createSimulationPool(() => {
      started++;
      return createInThreadPort();
    }, 2);
    const r = await pool.run(file, { trials: 0, horizon: -1, seed: 1.5 }).promise;
    expect(!r.ok && r.error.map((i) => i.path)).toEqual(['trials', 'horizon', 'seed']);
    expect(started).toBe(0);
  });

  it('has the worker validate the design file, naming the field of a bad one', async () => {
    const pool = createSimulationPool(createInThreadPort, 1);
    pools.push(pool);
    const bad = structuredClone(file);
    bad.components[0]!.failure = { distribution: 'exponential', mtbf: -5 };
    const r = await pool.run(bad, options).promise;
    expect(!r.ok && r.error[0]).toMatchObject({
      code: 'invalid-design',
      path: 'components[0].failure.mtbf',
    });
    const notADesign = await pool.run({ hello: 'world' }, options).promise;
    expect(!notADesign.ok && notADesign.error[0]!.code).toBe('invalid-design');
  });
});
