/**
 * Probabilities of one physical block (n identical units, k needed, active or standby): its
 * mission reliability, point availability and long-run availability with failure frequency.
 * Every figure is a pair {work, fail} computed on both sides, never as 1 − x.
 * Where a figure is not exactly computable for the block's laws it is `null` with a reason.
 * Specialisations key on what a law exposes (src/laws): a time-independent probability, a
 * constant failure or repair rate, its mean, its survival at infinity; never on its name.
 * Runs anywhere; no DOM.
 */
import type { FlatBlock } from '../model/structure.ts';
import type { Pair } from '../math/pair.ts';
import type { Result } from '../util/result.ts';
import { assertNever } from '../errors.ts';
import {
  describeLaw,
  getFailureRate,
  getMeanLife,
  getMeanRepair,
  getRepairRate,
  getStaticReliability,
  getSurvivalAtInfinity,
  getSurvivalPair,
} from '../laws/figures.ts';
import { computeKOfNFrequency, computeKOfNPair } from '../math/kOfN.ts';
import { computeSteadyState, createTransientSolver } from '../math/ctmc.ts';
import type { StandbyChain, StandbyChainInput } from './standbyChain.ts';
import { computeStandbyMissionPair, createStandbyRepairChain } from './standbyChain.ts';

/** A figure, or (as `error`) the reason it cannot be computed exactly. */
export type Exact<T> = Result<T, string>;

/** Long-run figures of one block. `frequency`: failures (up → down) per time unit. */
export interface SteadyPair extends Pair {
  readonly frequency: number;
}

const PERFECT: Pair = { work: 1, fail: 0 };
const BROKEN: Pair = { work: 0, fail: 1 };

function ok<T>(value: T): Exact<T> {
  return { ok: true, value };
}
function notExact<T>(reason: string): Exact<T> {
  return { ok: false, error: reason };
}

/** How a block is evaluated, decided once per block from its laws and redundancy. */
export type BlockMethod =
  | { readonly kind: 'static'; readonly pair: Pair }
  | { readonly kind: 'active' }
  | {
      readonly kind: 'standby';
      readonly chain: StandbyChainInput;
      /** The failure law has a constant rate (the chain of `chain` is exact). */
      readonly constantRate: boolean;
    };

/**
 * Decides how a block is evaluated.
 * @param block the flattened block
 * @returns the method: a time-independent probability, k-of-n active units, or a standby chain
 */
export function getBlockMethod(block: FlatBlock): BlockMethod {
  const { failure, repair } = block.component;
  if (getStaticReliability(failure) !== null) {
    const unit = getSurvivalPair(failure, 0);
    return { kind: 'static', pair: computeKOfNPair(block.quantity, block.required, unit) };
  }
  const r = block.redundancy;
  if (r.kind === 'active' || block.quantity === block.required) return { kind: 'active' };
  // Hot spares with a perfect, instant switch behave exactly like active redundancy.
  if (r.standby === 'hot' && r.switchSuccess === 1 && r.switchDelay === 0)
    return { kind: 'active' };
  const lambda = getFailureRate(failure) ?? NaN;
  const mttr = repair === null ? Infinity : getMeanRepair(repair);
  return {
    kind: 'standby',
    constantRate: !Number.isNaN(lambda),
    chain: {
      quantity: block.quantity,
      required: block.required,
      failureRate: lambda,
      dormantRate: lambda * r.dormantFactor,
      switchSuccess: r.switchSuccess,
      repairRate: repair === null ? 0 : 1 / mttr,
      switchDelay: r.switchDelay,
    },
  };
}

function sumStates(chain: StandbyChain, probabilities: Float64Array): Pair {
  let work = 0;
  let fail = 0;
  for (let s = 0; s < chain.size; s++) {
    if (chain.up[s]) work += probabilities[s]!;
    else fail += probabilities[s]!;
  }
  const total = work + fail;
  return { work: work / total, fail: fail / total };
}

function initialVector(chain: StandbyChain): Float64Array {
  const p0 = new Float64Array(chain.size);
  p0[chain.initial] = 1;
  return p0;
}

/**
 * Mission reliability of a block: probability it has not been down in [0, t], no repair.
 * @param block the flattened block
 * @param method from {@link getBlockMethod}
 * @param t time, design time units
 */
export function computeBlockReliability(
  block: FlatBlock,
  method: BlockMethod,
  t: number,
): Exact<Pair> {
  switch (method.kind) {
    case 'static':
      return ok(method.pair);
    case 'active':
      return ok(
        computeKOfNPair(
          block.quantity,
          block.required,
          getSurvivalPair(block.component.failure, t),
        ),
      );
    case 'standby': {
      if (!method.constantRate) {
        return notExact(
          `mission reliability of standby block ${block.id} with a ${block.component.failure.kind} failure law is simulation only (exact standby needs exponential lives)`,
        );
      }
      const tooLarge = standbySizeBlocker(block, 'mission reliability');
      if (tooLarge !== null) return notExact(tooLarge);
      return ok(computeStandbyMissionPair(method.chain, t));
    }
    default:
      return assertNever(method, 'method');
  }
}

/**
 * True when a block's mission reliability depends on time only through its rates times t (a
 * time-independent probability, or a constant failure rate): then R at t = S·u is the block's
 * figure at u with every rate times S, which never forms S·u.
 */
export function isRateScalable(block: FlatBlock, method: BlockMethod): boolean {
  return method.kind === 'static' || getFailureRate(block.component.failure) !== null;
}

/**
 * Mission reliability at t = S·u without forming t: for a block of {@link isRateScalable},
 * every rate is multiplied by S (a power of two: exact, and e^(−(λS)·u) is then the same double
 * as e^(−λ·(Su))), so t may lie beyond the largest double (an MTBF of 1e308 has its MTTF
 * integral reach 40e308: issue 16). Other blocks are evaluated at S·u itself.
 * @param block the flattened block
 * @param method from {@link getBlockMethod}
 * @param u the time in units of S
 * @param timeScale S, a power of two, design time units
 */
export function computeBlockReliabilityScaled(
  block: FlatBlock,
  method: BlockMethod,
  u: number,
  timeScale: number,
): Exact<Pair> {
  const memo = getScaledMemo(block, method, timeScale);
  let figure = memo.values.get(u);
  if (figure === undefined) {
    figure = computeScaled(block, method, u, timeScale);
    memo.values.set(u, figure);
  }
  return figure;
}

/**
 * The working side of {@link computeBlockReliabilityScaled} at every time of a quadrature
 * panel, kept per panel (the MTTF integral asks every kind for the same panels again after an
 * edit of another component; one lookup per panel instead of one per point). A panel is known
 * by its last time and its first, and checked time by time.
 * @param times the panel's times in units of S (not modified; copied when kept)
 * @returns R at each time (do not modify), or `null` when the block's figure is not exact
 */
export function computeBlockReliabilityScaledPanel(
  block: FlatBlock,
  method: BlockMethod,
  times: Float64Array,
  timeScale: number,
): Float64Array | null {
  const memo = getScaledMemo(block, method, timeScale);
  const n = times.length;
  let byFirst = memo.panels.get(times[n - 1]!);
  if (byFirst === undefined) {
    byFirst = new Map();
    memo.panels.set(times[n - 1]!, byFirst);
  }
  const kept = byFirst.get(times[0]!);
  if (kept !== undefined && kept.times.length === n && kept.times.every((t, j) => t === times[j])) {
    return kept.work;
  }
  const work = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const figure = computeBlockReliabilityScaled(block, method, times[j]!, timeScale);
    if (!figure.ok) return null;
    work[j] = figure.value.work;
  }
  byFirst.set(times[0]!, { times: times.slice(), work });
  return work;
}

/**
 * Writes each kind's {@link computeBlockReliabilityScaled} at `count` times as the factors of a
 * lane pass (laneSweep.ts): `[k·2·lanes + j]` the working side, `[k·2·lanes + lanes + j]` the
 * failed side, as computed (`'pair'`) or as 1 − work (`'work'`: where only R is wanted, an
 * integral of it has no cancellation to guard against).
 * @param blocks the flattened blocks; `kinds[k]` and `methods` as in the evaluation context
 * @returns false, leaving the factors partly written, when some figure is not exact
 */
export function fillScaledReliabilityFactors(
  blocks: readonly FlatBlock[],
  kinds: readonly number[],
  methods: readonly BlockMethod[],
  times: Float64Array,
  count: number,
  timeScale: number,
  lanes: number,
  factors: Float64Array,
  sides: 'pair' | 'work',
): boolean {
  for (let k = 0; k < kinds.length; k++) {
    const r = kinds[k]!;
    for (let j = 0; j < count; j++) {
      const figure = computeBlockReliabilityScaled(blocks[r]!, methods[r]!, times[j]!, timeScale);
      if (!figure.ok) return false;
      factors[k * 2 * lanes + j] = figure.value.work;
      factors[k * 2 * lanes + lanes + j] =
        sides === 'pair' ? figure.value.fail : 1 - figure.value.work;
    }
  }
  return true;
}

/** The memo of one method at one time scale (a fresh one when the block or scale differs). */
function getScaledMemo(block: FlatBlock, method: BlockMethod, timeScale: number): ScaledMemo {
  let memo = scaledReliabilityMemos.get(method);
  if (
    memo === undefined ||
    memo.timeScale !== timeScale ||
    memo.component !== block.component ||
    memo.quantity !== block.quantity ||
    memo.required !== block.required ||
    memo.values.size >= MEMO_LIMIT ||
    memo.panels.size >= MEMO_LIMIT
  ) {
    const { component, quantity, required } = block;
    memo = { timeScale, component, quantity, required, values: new Map(), panels: new Map() };
    scaledReliabilityMemos.set(method, memo);
  }
  return memo;
}

/**
 * Figures of {@link computeBlockReliabilityScaled} kept per method and block configuration (a
 * method is a pure function of a component object and a configuration, and the analysis keeps
 * it while neither changes): the MTTF integral and the B-life roots ask every kind at the same
 * times again after an edit of another component.
 */
interface ScaledMemo {
  readonly timeScale: number;
  readonly component: FlatBlock['component'];
  readonly quantity: number;
  readonly required: number;
  readonly values: Map<number, Exact<Pair>>;
  /** Panels by last time, then first time. */
  readonly panels: Map<number, Map<number, { times: Float64Array; work: Float64Array }>>;
}
const scaledReliabilityMemos = new WeakMap<BlockMethod, ScaledMemo>();
/** Most figures kept per method (a few integrals' worth). */
const MEMO_LIMIT = 4096;

function computeScaled(
  block: FlatBlock,
  method: BlockMethod,
  u: number,
  timeScale: number,
): Exact<Pair> {
  const lambda = getFailureRate(block.component.failure);
  if (method.kind === 'static' || lambda === null) {
    return computeBlockReliability(block, method, timeScale * u);
  }
  if (method.kind === 'active') {
    const x = lambda * timeScale * u;
    const unit = lambda === 0 ? PERFECT : { work: Math.exp(-x), fail: -Math.expm1(-x) };
    return ok(computeKOfNPair(block.quantity, block.required, unit));
  }
  const tooLarge = standbySizeBlocker(block, 'mission reliability');
  if (tooLarge !== null) return notExact(tooLarge);
  return ok(computeStandbyMissionPair(getScaledChain(method.chain, timeScale), u));
}

/** Standby chains with their rates times S, made once per chain and S (not once per time). */
const scaledChains = new WeakMap<
  StandbyChainInput,
  { timeScale: number; chain: StandbyChainInput }
>();

function getScaledChain(chain: StandbyChainInput, timeScale: number): StandbyChainInput {
  let kept = scaledChains.get(chain);
  if (kept === undefined || kept.timeScale !== timeScale) {
    kept = {
      timeScale,
      chain: {
        ...chain,
        failureRate: chain.failureRate * timeScale,
        dormantRate: chain.dormantRate * timeScale,
      },
    };
    scaledChains.set(chain, kept);
  }
  return kept.chain;
}

/** Point availability of one unit of an active block, starting new. */
function unitAvailability(block: FlatBlock, t: number): Exact<Pair> {
  const { failure, repair } = block.component;
  if (repair === null) return ok(getSurvivalPair(failure, t));
  const mttr = getMeanRepair(repair);
  if (mttr === 0) return ok(PERFECT);
  const lambda = getFailureRate(failure);
  const mu = getRepairRate(repair);
  if (lambda !== null && mu !== null) {
    // A(t) = μ/(λ+μ) + λ/(λ+μ)·e^(−(λ+μ)t); U(t) = λ/(λ+μ)·(1 − e^(−(λ+μ)t)).
    const sum = lambda + mu;
    const decay = Math.exp(-sum * t);
    return ok({
      work: mu / sum + (lambda / sum) * decay,
      fail: (lambda / sum) * -Math.expm1(-sum * t),
    });
  }
  return notExact(
    `point availability of block ${block.id} (${failure.kind} failure, ${repair.kind} repair) is simulation only; its long-run figures are exact`,
  );
}

/**
 * Point availability of a block at t with repair, starting with every unit new.
 * @param block the flattened block
 * @param method from {@link getBlockMethod}
 * @param t time, design time units
 */
export function computeBlockAvailability(
  block: FlatBlock,
  method: BlockMethod,
  t: number,
): Exact<Pair> {
  switch (method.kind) {
    case 'static':
      return ok(method.pair);
    case 'active': {
      const unit = unitAvailability(block, t);
      return unit.ok ? ok(computeKOfNPair(block.quantity, block.required, unit.value)) : unit;
    }
    case 'standby': {
      const reason = standbyRepairBlocker(block, method);
      if (reason !== null) return notExact(reason);
      const { chain, solve } = getRepairTransient(method.chain);
      return ok(sumStates(chain, solve(t)));
    }
    default:
      return assertNever(method, 'method');
  }
}

/**
 * A standby block's repair chain and its transient solver, by chain input: a curve asks one
 * block's availability at a hundred times, and building the chain each time cost more than
 * solving it.
 */
const repairTransients = new WeakMap<
  StandbyChainInput,
  { chain: StandbyChain; solve: (t: number) => Float64Array }
>();

function getRepairTransient(input: StandbyChainInput): {
  chain: StandbyChain;
  solve: (t: number) => Float64Array;
} {
  let entry = repairTransients.get(input);
  if (entry === undefined) {
    const chain = createStandbyRepairChain(input);
    entry = {
      chain,
      solve: createTransientSolver(chain.size, chain.transitions, initialVector(chain)),
    };
    repairTransients.set(input, entry);
  }
  return entry;
}

/**
 * Most units of a standby block the exact engine solves: its chains have a state per number of
 * failed units, solved densely (steady state, transient and mean availability cost the cube
 * of that), so a larger block is refused at once, by name, for the simulation to answer.
 */
export const MAX_EXACT_STANDBY_UNITS = 150;

/** Why a standby block is too large for the exact engine, or `null`. */
function standbySizeBlocker(block: FlatBlock, figure: string): string | null {
  if (block.quantity <= MAX_EXACT_STANDBY_UNITS) return null;
  return `${figure} of standby block ${block.id} is simulation only: it has ${block.quantity} units and the exact engine solves standby blocks of at most ${MAX_EXACT_STANDBY_UNITS}`;
}

function standbyRepairBlocker(
  block: FlatBlock,
  method: BlockMethod & { kind: 'standby' },
): string | null {
  const tooLarge = standbySizeBlocker(block, 'availability');
  if (tooLarge !== null) return tooLarge;
  const { failure, repair } = block.component;
  if (!method.constantRate) {
    return `availability of standby block ${block.id} with a ${failure.kind} failure law is simulation only (exact standby needs exponential laws)`;
  }
  if (repair !== null && getRepairRate(repair) === null) {
    return `availability of standby block ${block.id} with ${repair.kind} repair is simulation only (exact standby needs exponential repair)`;
  }
  if (repair !== null && getMeanRepair(repair) === 0) {
    return `availability of standby block ${block.id} with instant repair is simulation only`;
  }
  return null;
}

/**
 * Long-run availability and failure frequency of a block with repair. For active blocks these
 * depend only on mean life and mean repair time (alternating renewal), so they are exact for
 * every law.
 * @param block the flattened block
 * @param method from {@link getBlockMethod}
 */
export function computeBlockSteadyState(block: FlatBlock, method: BlockMethod): Exact<SteadyPair> {
  const { failure, repair } = block.component;
  switch (method.kind) {
    case 'static':
      return ok({ ...method.pair, frequency: 0 });
    case 'active': {
      if (getSurvivalAtInfinity(failure) === 1) return ok({ ...PERFECT, frequency: 0 });
      if (repair === null) {
        const pair = computeKOfNPair(block.quantity, block.required, BROKEN);
        return ok({ ...pair, frequency: 0 });
      }
      // A law that fails surely but has an infinite mean (log-logistic, β ≤ 1) is no perfect
      // unit: the renewal limit exists, but every figure of it depends on that mean.
      const mttf = getMeanLife(failure);
      if (mttf === Infinity) {
        return notExact(
          `long-run figures of block ${block.id} are undefined: its failure law ${describeLaw(failure)} has an infinite mean life (the unit fails, ever more rarely)`,
        );
      }
      const mttr = getMeanRepair(repair);
      const cycle = mttf + mttr;
      const unit = { work: mttf / cycle, fail: mttr / cycle };
      const pair = computeKOfNPair(block.quantity, block.required, unit);
      const frequency = computeKOfNFrequency(block.quantity, block.required, unit, 1 / cycle);
      return ok({ ...pair, frequency });
    }
    case 'standby': {
      if (method.constantRate && method.chain.failureRate === 0)
        return ok({ ...PERFECT, frequency: 0 });
      if (repair === null) return ok({ ...BROKEN, frequency: 0 });
      const reason = standbyRepairBlocker(block, method);
      if (reason !== null) return notExact(reason);
      const chain = createStandbyRepairChain(method.chain);
      const pi = computeSteadyState(chain.size, chain.transitions);
      const pair = sumStates(chain, pi);
      let frequency = 0;
      for (const tr of chain.transitions) {
        if (chain.up[tr.from] && !chain.up[tr.to]) frequency += pi[tr.from]! * tr.rate;
      }
      return ok({ ...pair, frequency });
    }
    default:
      return assertNever(method, 'method');
  }
}

/**
 * Reliability of a block as t → ∞ (1 for a unit that never fails, p for a time-independent
 * one, else 0): used to tell a bounded system MTTF from an unbounded one.
 */
export function computeBlockReliabilityAtInfinity(block: FlatBlock, method: BlockMethod): Pair {
  if (method.kind === 'static') return method.pair;
  return getSurvivalAtInfinity(block.component.failure) === 1 ? PERFECT : BROKEN;
}
