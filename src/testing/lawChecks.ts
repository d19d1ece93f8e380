/**
 * The checks every failure law's test runs on a few parameter sets of its law (src/laws): the
 * survival pair is consistent, the simulation's draws follow R(t) and the mean, an invertible
 * law's lives flip exactly at R(t), the exact engine agrees with Monte Carlo on small designs,
 * the mission fast path gives the figures of its general loops, and `createDesignFile` writes the
 * law back. Each returns the problems found (none: `[]`), so tests assert `toEqual([])`. Seeded;
 * every tolerance is computed from the number of draws (z = 3.29, 99.9 %). Test-only; Node.
 */
import { analyzeDesign } from '../analysis/analyze.ts';
import { getMeanLife, getSurvival, getSurvivalPair } from '../laws/figures.ts';
import { parseDesign } from '../model/parse.ts';
import { createDesignFile } from '../model/serialize.ts';
import type { Design, FailureLaw, RepairLaw } from '../model/types.ts';
import { SimulationAccumulator } from '../simulation/accumulator.ts';
import { compileModel } from '../simulation/compile.ts';
import { MissionEngine } from '../simulation/mission.ts';
import { Rng } from '../simulation/rng.ts';
import {
  createLifeCode,
  getInvertibleSurvival,
  getLifeFromUniform,
  sampleLife,
} from '../simulation/sampling.ts';
import { Z_999 } from '../simulation/stats.ts';
import { TraceRecorder } from '../simulation/trace.ts';
import { createBlock, createComponent, createDesign, createStandby } from './sampleDesigns.ts';
import { checkAvailability, checkReliability, runEngine, runOk } from './simulationChecks.ts';

/** The time t with R(t) = r (0 < r < 1), by bisection on a log scale. */
export function getTimeAtSurvival(law: FailureLaw, r: number): number {
  let lo = 0;
  let hi = 1;
  while (getSurvival(law, hi) > r) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = lo === 0 ? hi / 2 : Math.sqrt(lo * hi);
    if (getSurvival(law, mid) > r) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Survival levels at which draws and pairs are checked. */
const LEVELS = [0.999, 0.9, 0.5, 0.1, 0.001];

/**
 * The pair sums to 1 and lies in [0, 1], its work side is R(t), and R does not increase.
 * @param times ages to check besides those at {@link LEVELS}, design time units
 */
export function checkSurvivalPair(law: FailureLaw, times: readonly number[] = []): string[] {
  const problems: string[] = [];
  const all = [...times, ...LEVELS.map((r) => getTimeAtSurvival(law, r))].sort((a, b) => a - b);
  let last = 1;
  for (const t of all) {
    const { work, fail } = getSurvivalPair(law, t);
    if (!(Math.abs(work + fail - 1) < 1e-12)) problems.push(`t = ${t}: ${work} + ${fail} ≠ 1`);
    if (!(work >= 0 && fail >= 0 && work <= 1 && fail <= 1)) problems.push(`t = ${t}: outside`);
    if (getSurvival(law, t) !== work) problems.push(`t = ${t}: getSurvival ≠ work`);
    if (work > last) problems.push(`t = ${t}: R rises to ${work}`);
    last = work;
  }
  return problems;
}

/**
 * The simulation's draws of the law: the share of lives above t is R(t) within z standard errors
 * at several levels, and their mean is the law's mean (when its variance is finite).
 * @param draws number of lives drawn
 * @param checkMean false for laws of infinite variance (the sample mean has no standard error)
 */
export function checkSampler(
  law: FailureLaw,
  seed: number,
  draws = 200_000,
  checkMean = true,
): string[] {
  const problems: string[] = [];
  const code = createLifeCode(law);
  const rng = new Rng();
  rng.seedStream(seed, 0);
  const lives = new Float64Array(draws);
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < draws; i++) {
    const life = sampleLife(code.kind, code.a, code.b, code.c, rng);
    lives[i] = life;
    sum += life;
    squares += life * life;
  }
  for (const r of LEVELS) {
    const t = getTimeAtSurvival(law, r);
    let above = 0;
    for (let i = 0; i < draws; i++) above += Number(lives[i]! > t);
    const tolerance = Z_999 * Math.sqrt((r * (1 - r)) / draws) + 1 / draws;
    if (Math.abs(above / draws - r) > tolerance) {
      problems.push(`R(${t}) = ${r}, drawn ${above / draws} (tolerance ${tolerance})`);
    }
  }
  if (checkMean) {
    const mean = sum / draws;
    const sd = Math.sqrt(Math.max(squares / draws - mean * mean, 0));
    const tolerance = (Z_999 * sd) / Math.sqrt(draws);
    const exact = getMeanLife(law);
    if (!(Math.abs(mean - exact) <= tolerance)) {
      problems.push(`mean ${exact}, drawn ${mean} (tolerance ${tolerance})`);
    }
  }
  return problems;
}

/**
 * For an invertible law: a life drawn is the life of the draw's uniform, and "failed before t"
 * is exactly "v > R(t)" (away from rounding at the boundary).
 * @returns problems; a law that is not invertible gives one problem saying so
 */
export function checkInverse(law: FailureLaw, seed: number, count = 20_000): string[] {
  const code = createLifeCode(law);
  const times = LEVELS.map((r) => getTimeAtSurvival(law, r));
  if (Number.isNaN(getInvertibleSurvival(code.kind, code.a, code.b, code.c, times[0]!))) {
    return ['not invertible'];
  }
  const problems: string[] = [];
  const a = new Rng();
  const b = new Rng();
  a.seedStream(seed, 1);
  b.seedStream(seed, 1);
  for (let i = 0; i < count && problems.length < 5; i++) {
    const life = sampleLife(code.kind, code.a, code.b, code.c, a);
    const v = b.uniform();
    if (life !== getLifeFromUniform(code.kind, code.a, code.b, code.c, v)) {
      problems.push(`draw ${i}: sampleLife ≠ the life of its uniform`);
    }
    for (const t of times) {
      const r = getInvertibleSurvival(code.kind, code.a, code.b, code.c, t);
      if (Math.abs(v - r) < 1e-12) continue;
      if (life < t !== v > r) problems.push(`v = ${v}, t = ${t}: life ${life}, R ${r}`);
    }
  }
  return problems;
}

/** `createDesignFile` writes the law back, and the file parses to the same law. */
export function checkRoundTrip(law: FailureLaw, repair: RepairLaw | null = null): string[] {
  const design = createDesign(
    [createComponent('u', law, repair)],
    [createBlock('b', 'u')],
    [
      ['in', 'b'],
      ['b', 'out'],
    ],
  );
  const parsed = parseDesign(createDesignFile(design));
  if (!parsed.ok) return parsed.issues.map((i) => `${i.path}: ${i.message}`);
  const again = parsed.value.components[0]!;
  return JSON.stringify([again.failure, again.repair]) === JSON.stringify([law, repair])
    ? parsed.warnings.map((w) => w.message)
    : [`read back as ${JSON.stringify([again.failure, again.repair])}`];
}

/**
 * A small design of the law: one unit in series with a 2-of-3 active block of it; with
 * `withPair`, all that beside (parallel to) a cold-standby pair of exponential units.
 */
export function createLawDesign(
  law: FailureLaw,
  repair: RepairLaw | null,
  missionTime: number,
  withPair = true,
): Design {
  const spare = createComponent('e', { kind: 'exponential', rate: 1 / missionTime }, repair);
  const design = createDesign(
    [createComponent('u', law, repair), ...(withPair ? [spare] : [])],
    [
      createBlock('one', 'u'),
      createBlock('vote', 'u', { quantity: 3, required: 2 }),
      ...(withPair
        ? [createBlock('pair', 'e', { quantity: 2, redundancy: createStandby('cold', 0.9, 0) })]
        : []),
    ],
    [
      ['in', 'one'],
      ['one', 'vote'],
      ['vote', 'out'],
      ...(withPair
        ? ([
            ['in', 'pair'],
            ['pair', 'out'],
          ] as const)
        : []),
    ],
  );
  return { ...design, missionTime };
}

/**
 * The exact engine against Monte Carlo on {@link createLawDesign}: mission reliability without
 * repair (Wilson interval) with the standby pair, and with `repair` the long-run availability of
 * the law's blocks alone (300 system failures per history), when it is defined.
 * @param missionTime t of the reliability check (near the law's median is most telling)
 */
export function checkExactAgainstSimulation(
  law: FailureLaw,
  repair: RepairLaw,
  missionTime: number,
  seed: number,
): string[] {
  const problems: string[] = [];
  const plain = createLawDesign(law, null, missionTime);
  const exact = analyzeDesign(plain, { skipMttf: true });
  const reliability = exact.points[0]!.reliability;
  if (reliability === null) return ['no exact reliability'];
  const mission = runOk(plain, { trials: 40_000, horizon: missionTime, seed, repair: false });
  const r = checkReliability(mission, reliability);
  if (r !== 'inside') problems.push(r);
  const repaired = createLawDesign(law, repair, missionTime, false);
  const steady = analyzeDesign(repaired, { skipMttf: true }).steadyState;
  if (steady.availability !== null && steady.failureFrequency !== null) {
    const horizon = 300 / steady.failureFrequency;
    const run = runOk(repaired, { trials: 200, horizon, seed: seed + 1 });
    const a = checkAvailability(run, steady.availability);
    if (a !== 'inside') problems.push(a);
  }
  return problems;
}

/**
 * The mission path on {@link createLawDesign}: untraced histories (fast plans for invertible
 * laws) give the counts of traced ones (the general loops), and the event engine without repair
 * agrees on reliability within z standard errors of the difference.
 */
export function checkMissionPaths(law: FailureLaw, missionTime: number, seed: number): string[] {
  const problems: string[] = [];
  const design: Design = createLawDesign(law, null, missionTime);
  const model = compileModel(design);
  const engine = new MissionEngine(model, { horizon: missionTime, seed });
  const fast = new SimulationAccumulator(model.blockCount);
  const swept = new SimulationAccumulator(model.blockCount);
  for (let h = 0; h < 10_000; h++) {
    engine.runHistory(h, fast, null);
    engine.runHistory(h, swept, new TraceRecorder(model, h));
  }
  for (const field of ['survived', 'events', 'outageSum', 'failureSum'] as const) {
    if (fast[field] !== swept[field]) problems.push(`${field}: ${fast[field]} vs ${swept[field]}`);
  }
  if (Array.from(fast.blockUnitFailures).join() !== Array.from(swept.blockUnitFailures).join()) {
    problems.push('unit failures per block differ');
  }
  const options = { trials: 20_000, horizon: missionTime, seed, repair: false };
  const m = runEngine(design, options, 'mission').reliability.mean;
  const e = runEngine(design, options, 'events').reliability.mean;
  const limit = Z_999 * Math.sqrt((m * (1 - m) + e * (1 - e)) / options.trials) + 1e-12;
  if (Math.abs(m - e) > limit) problems.push(`reliability: mission ${m}, events ${e}`);
  return problems;
}
