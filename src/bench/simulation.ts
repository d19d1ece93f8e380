/**
 * Benchmark figures of the Monte Carlo engine (printed, never asserted):
 * - this machine's raw rate of exponential variates with the engine's generator;
 * - unit events per second per core on the three-tier example and on a 200-block design, and
 *   their ratio to the raw rate;
 * - histories per second per core for mission reliability without repair (three-tier, 8 units),
 *   beside a vectorised numpy peer of the same figures (peer/mission_numpy.py) when python3 has numpy;
 * - speed-up from 1 to 2 worker threads;
 * - heap in use as the number of histories grows (memory must stay flat).
 * Every rate is the best of a few repetitions (the machine may be shared). Runs in Node.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import type { Design } from '../model/types.ts';
import { parseDesign } from '../model/parse.ts';
import { compileModel } from '../simulation/compile.ts';
import { createSimulationPool } from '../worker/simulationPool.ts';
import { createDesignFile } from '../model/serialize.ts';
import { Rng } from '../simulation/rng.ts';
import { createHistoryRunner, prepareSimulation, simulateDesign } from '../simulation/runner.ts';
import { createLargeDesign, createThreeTierDesign } from '../testing/sampleDesigns.ts';
import type { SimulationOptions } from '../simulation/types.ts';
import { createNodeWorkerPort } from '../worker/nodeWorkerPort.ts';

const REPETITIONS = 4;

interface PeerFigures {
  readonly historiesPerSecond: number;
  readonly reliability: number;
  readonly closedForm: number;
  readonly numpy: string;
}

/** Runs the vectorised numpy peer of the mission run (peer/mission_numpy.py), or null without numpy. */
function measureNumpyPeer(): PeerFigures | null {
  const script = fileURLToPath(new URL('./peer/mission_numpy.py', import.meta.url));
  const single = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  try {
    const out = execFileSync('python3', [script], {
      encoding: 'utf8',
      env: { ...process.env, ...single },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return JSON.parse(out) as PeerFigures;
  } catch {
    return null;
  }
}

function loadThreeTier(): Design {
  try {
    const url = new URL('../../public/examples/three-tier.json', import.meta.url);
    const parsed = parseDesign(JSON.parse(readFileSync(url, 'utf8')));
    if (parsed.ok) return parsed.value;
  } catch {
    // Fall back to the same design built in code.
  }
  return createThreeTierDesign();
}

/** Exponential variates per second in a tight loop (best of a few runs). */
function measureRawExponentialRate(): number {
  const rng = new Rng();
  rng.seedStream(1, 0);
  let best = 0;
  let sink = 0;
  for (let rep = 0; rep < REPETITIONS + 2; rep++) {
    const n = 20_000_000;
    const began = performance.now();
    for (let i = 0; i < n; i++) sink += rng.exponential();
    best = Math.max(best, n / ((performance.now() - began) / 1000));
  }
  if (sink < 0) console.log(sink);
  return best;
}

/** Best single-thread rate of one run configuration: [events/s, histories/s]. */
function measureRunner(
  design: Design,
  options: SimulationOptions,
  chunk: number,
): [number, number] {
  const prepared = prepareSimulation(design, options);
  if (!prepared.ok) throw new Error(prepared.error.map((i) => i.message).join('; '));
  const runner = createHistoryRunner(prepared.value);
  runner.runChunk(0, Math.max(1, Math.floor(chunk / 4)));
  let bestEvents = 0;
  let bestHistories = 0;
  for (let rep = 0; rep < REPETITIONS; rep++) {
    const c = runner.runChunk((rep + 1) * chunk, chunk);
    const seconds = c.elapsedMs / 1000;
    bestEvents = Math.max(bestEvents, c.data[3]! / seconds);
    bestHistories = Math.max(bestHistories, chunk / seconds);
  }
  return [bestEvents, bestHistories];
}

async function measurePool(
  workers: number,
  design: Design,
  options: SimulationOptions,
): Promise<number> {
  const pool = createSimulationPool(createNodeWorkerPort, workers);
  const file = createDesignFile(design);
  try {
    // Warm-up: start the threads and let them compile the engine.
    await pool.run(file, { ...options, trials: Math.ceil(options.trials / 10) }).promise;
    let best = Infinity;
    for (let rep = 0; rep < 2; rep++) {
      const began = performance.now();
      const r = await pool.run(file, options).promise;
      if (!r.ok) throw new Error(r.error.map((i) => i.message).join('; '));
      best = Math.min(best, performance.now() - began);
    }
    return best;
  } finally {
    pool.dispose();
  }
}

const fmt = (x: number, digits = 3): string => x.toPrecision(digits);
const millions = (x: number): string => `${fmt(x / 1e6)} M`;

/**
 * Prints the simulation benchmark figures.
 * @example
 * await runSimulationBench();
 */
export async function runSimulationBench(): Promise<void> {
  const threeTier = loadThreeTier();
  const large = createLargeDesign(200);
  const raw = measureRawExponentialRate();
  console.log(`raw exponential variates (xoshiro128** + −ln u), one core: ${millions(raw)}/s`);

  const [tierEvents] = measureRunner(threeTier, { trials: 1e9, horizon: 1e6, seed: 1 }, 3000);
  console.log(
    `event simulation, three-tier (8 units, H = 1e6 h): ${millions(tierEvents)} unit events/s per core` +
      ` = ${fmt((100 * tierEvents) / raw)} % of raw (target ≥ 30 %)`,
  );
  const [largeEvents] = measureRunner(large, { trials: 1e9, horizon: 1e5, seed: 1 }, 150);
  console.log(
    `event simulation, 200-block design (${compileModel(large).unitCount} units, H = 1e5 h): ${millions(largeEvents)} unit events/s per core` +
      ` = ${fmt((100 * largeEvents) / raw)} % of raw`,
  );
  const H = threeTier.missionTime;
  const reliabilityOnly = { trials: 1e9, horizon: H, seed: 1, reliabilityOnly: true };
  const [, reliabilityRate] = measureRunner(threeTier, reliabilityOnly, 2_000_000);
  console.log(
    `mission reliability without repair, three-tier at H = ${H} h, reliability only:` +
      ` ${millions(reliabilityRate)} histories/s per core (target ≥ 7 M)`,
  );
  const missionOptions = { trials: 1e9, horizon: H, seed: 1, repair: false };
  const [, missionRate] = measureRunner(threeTier, missionOptions, 1_000_000);
  console.log(
    `  same with every figure (failure times, downtime, per block, R(t) curve):` +
      ` ${millions(missionRate)} histories/s per core`,
  );
  const peer = measureNumpyPeer();
  console.log(
    peer === null
      ? '  numpy peer: not measured (python3 with numpy not found)'
      : `  numpy peer, the same figures vectorised (numpy ${peer.numpy}, one thread):` +
          ` ${millions(peer.historiesPerSecond)} histories/s; engine / peer ${fmt(missionRate / peer.historiesPerSecond)}` +
          ` (target ≥ 2); its R(H) ${peer.reliability.toFixed(4)} against the closed form ${peer.closedForm.toFixed(4)}`,
  );

  const poolOptions = { trials: 100_000, horizon: 1e6, seed: 2 };
  const one = await measurePool(1, threeTier, poolOptions);
  const two = await measurePool(2, threeTier, poolOptions);
  console.log(
    `worker threads, three-tier ${poolOptions.trials} histories of 1e6 h: 1 worker ${fmt(one / 1000)} s,` +
      ` 2 workers ${fmt(two / 1000)} s, speed-up ${fmt(one / two)} (target ≥ 1.7)`,
  );

  const heap: string[] = [];
  for (const trials of [1e4, 1e5, 1e6, 1e7]) {
    const r = simulateDesign(threeTier, {
      trials,
      horizon: threeTier.missionTime,
      seed: 3,
      repair: false,
    });
    if (!r.ok) throw new Error('mission run failed');
    heap.push(
      `N = ${trials.toExponential(0)}: ${fmt(getHeapStatistics().used_heap_size / 2 ** 20)} MiB`,
    );
  }
  console.log(`heap in use after a mission run (memory flat in N): ${heap.join(', ')}`);
  heap.length = 0;
  for (const trials of [1e4, 1e5, 1e6, 1e7]) {
    const r = simulateDesign(threeTier, { trials, horizon: threeTier.missionTime, seed: 4 });
    if (!r.ok) throw new Error('event run failed');
    heap.push(
      `N = ${trials.toExponential(0)}: ${fmt(getHeapStatistics().used_heap_size / 2 ** 20)} MiB`,
    );
  }
  console.log(`heap in use after an event run with repair (memory flat in N): ${heap.join(', ')}`);
}
