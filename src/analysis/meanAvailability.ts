/**
 * Mean availability of the system over [0, t], (1/t)∫₀ᵗ A(s) ds, starting with every unit new:
 * the system's point availability from the decision diagram at each quadrature point, with both
 * sides carried so the mean unavailability (1/t)∫₀ᵗ U(s) ds keeps its digits when tiny.
 *
 * The transient lives on the scale of the repair times (hours) while t may be years, so [0, t]
 * is cut into dyadic pieces [0, t/2^K], [t/2^K, t/2^(K−1)], …, [t/2, t] with t/2^K a fraction of
 * the shortest time constant, and each piece is integrated by adaptive G7K15 (QUADPACK's QK15,
 * Piessens et al., 1983), bisected until |K15 − G7| on the unavailability side is within its
 * share of the relative tolerance. Pieces are taken largest first, so the running total sets a
 * tolerance that the small pieces near 0 do not have to beat. Every panel is a dyadic interval,
 * which lets standby blocks reuse matrix powers (standbyAvailabilityGrid.ts).
 * Runs anywhere; no DOM.
 */
import { getKindOfNode, sweepLanes } from '../diagram/laneSweep.ts';
import { WG, WGK, XGK } from '../math/integrate.ts';
import {
  getFailureRate,
  getMeanLife,
  getMeanRepair,
  getRepairRate,
  getStaticReliability,
  getSurvivalAtInfinity,
} from '../laws/figures.ts';
import type { Pair } from '../math/pair.ts';
import type { EvaluationContext } from './evaluation.ts';
import { evaluateSystem } from './evaluation.ts';
import type { BlockMethod } from './blockModel.ts';
import { computeBlockAvailability } from './blockModel.ts';
import type { Component } from '../model/types.ts';
import type { FlatBlock } from '../model/structure.ts';
import type { StandbyChainInput } from './standbyChain.ts';
import { createStandbyRepairChain } from './standbyChain.ts';
import type { StandbyAvailabilityGrid } from './standbyAvailabilityGrid.ts';
import { createStandbyAvailabilityGrid } from './standbyAvailabilityGrid.ts';

/** Relative tolerance of the unavailability integral. */
const RELATIVE_TOLERANCE = 1e-9;
/** Points of a Gauss–Kronrod panel. */
const PANEL = 15;
/** Deepest bisection of one piece. */
const MAX_DEPTH = 30;
/** Most dyadic pieces (t/2^60 is below any time constant a design can state). */
const MAX_PIECES = 60;
/** Share of the tolerance the settled tail may use (U(s) taken as U(∞) from there on). */
const SETTLE_SHARE = 0.01;
/** The first piece is this multiple of the shortest time constant (bisected where needed). */
const FIRST_PIECE_FRACTION = 1;

/**
 * Panel points as fractions of the panel width: K15 abscissa pairs (−x, +x) then the centre,
 * the order the weights below are applied in.
 */
const OFFSETS = new Float64Array(PANEL);
for (let j = 0; j < 7; j++) {
  OFFSETS[2 * j] = (1 - XGK[j]!) / 2;
  OFFSETS[2 * j + 1] = (1 + XGK[j]!) / 2;
}
OFFSETS[14] = 0.5;

/** Writes one block kind's availability pairs at the points of panel (index, level). */
type KindPanel = (
  index: number,
  level: number,
  times: Float64Array,
  work: Float64Array,
  fail: Float64Array,
  at: number,
) => void;

/** One block kind's availability over time, on the dyadic panels of one integral. */
interface KindCurve {
  readonly panel: KindPanel;
  /**
   * A bound on |q(s) − q(∞)| of the block's failed probability for every s from the start `a`
   * of panel (index, level) on; `Infinity` when it does not settle (no repair).
   */
  readonly deviation: (index: number, level: number, a: number) => number;
}

/** The long-run system and each block's weight in it, for the settled tail of the integral. */
export interface SteadyReference {
  /** The system's steady-state pair. */
  readonly system: Pair;
  /** ∂U/∂qᵢ of each block at steady state (Birnbaum importance). */
  readonly birnbaum: Float64Array;
}

/**
 * The shortest time on which some block's availability changes, design time units: 1/(λ + μ)
 * for a repairable block (its transient), the mean life for one without repair. A hint only.
 */
function getShortestTimeConstant(ctx: EvaluationContext, t: number): number {
  let shortest = t;
  for (const r of ctx.kinds) {
    const { failure, repair } = ctx.flat.blocks[r]!.component;
    if (getStaticReliability(failure) !== null) continue;
    const life = getMeanLife(failure);
    if (!(life < Infinity)) continue;
    const mttr = repair === null ? Infinity : getMeanRepair(repair);
    const constant = mttr === 0 ? Infinity : mttr === Infinity ? life : 1 / (1 / life + 1 / mttr);
    if (constant > 0 && constant < shortest) shortest = constant;
  }
  return shortest;
}

/** Most standby grids kept between analyses. */
const GRID_CACHE_SIZE = 64;
/**
 * Standby grids by chain and panel width: a grid is a pure function of both, and an edit
 * elsewhere in the design leaves a standby block's grid as it was.
 */
const gridCache = new Map<string, StandbyAvailabilityGrid>();

function getStandbyGrid(chain: StandbyChainInput, width: number): StandbyAvailabilityGrid {
  const key = JSON.stringify([chain, width]);
  let grid = gridCache.get(key);
  if (grid === undefined) {
    if (gridCache.size >= GRID_CACHE_SIZE) gridCache.clear();
    grid = createStandbyAvailabilityGrid(createStandbyRepairChain(chain), width, OFFSETS);
    gridCache.set(key, grid);
  }
  return grid;
}

/**
 * The deviation bound of an active or time-independent block: 0 when its availability is
 * constant, and n·λ/(λ+μ)·e^(−(λ+μ)a) for n units of constant failure and repair rates (each
 * unit's failed probability is λ/(λ+μ)·(1 − e^(−(λ+μ)s)), and a k-of-n block's failed side
 * moves at most n times as much as one unit's).
 */
function getActiveDeviation(ctx: EvaluationContext, r: number): (a: number) => number {
  const block = ctx.flat.blocks[r]!;
  const { failure, repair } = block.component;
  if (ctx.methods[r]!.kind === 'static' || getSurvivalAtInfinity(failure) === 1) return () => 0;
  const mttr = repair === null ? Infinity : getMeanRepair(repair);
  if (mttr === 0) return () => 0;
  const lambda = getFailureRate(failure);
  const mu = repair === null ? null : getRepairRate(repair);
  if (lambda === null || mu === null) return () => Infinity;
  const sum = lambda + mu;
  const scale = (block.quantity * lambda) / sum;
  return (a) => scale * Math.exp(-sum * a);
}

/** Panel figures of an active or time-independent kind: work then fail, by level and index. */
type ActivePanels = Map<number, Map<number, Float64Array>>;

/**
 * Panels of active kinds kept between analyses, by method (a pure function of a component
 * object and a configuration): an edit of one component leaves the other kinds' panels as they
 * were, and the integral asks for the same panels again while the level-0 width stays.
 */
const activePanels = new WeakMap<
  BlockMethod,
  {
    readonly width: number;
    readonly component: Component;
    readonly quantity: number;
    readonly required: number;
    readonly panels: ActivePanels;
  }
>();
/** Most panels kept per kind (a few integrals' worth). */
const ACTIVE_PANEL_LIMIT = 2048;

function getActivePanels(block: FlatBlock, method: BlockMethod, width: number): ActivePanels {
  let kept = activePanels.get(method);
  let size = 0;
  if (kept !== undefined) for (const byIndex of kept.panels.values()) size += byIndex.size;
  if (
    kept === undefined ||
    kept.width !== width ||
    kept.component !== block.component ||
    kept.quantity !== block.quantity ||
    kept.required !== block.required ||
    size >= ACTIVE_PANEL_LIMIT
  ) {
    const { component, quantity, required } = block;
    kept = { width, component, quantity, required, panels: new Map() };
    activePanels.set(method, kept);
  }
  return kept.panels;
}

/** Per-kind curves for one integral whose level-0 panels are `width` wide. */
function createKindCurves(ctx: EvaluationContext, width: number): KindCurve[] {
  return ctx.kinds.map((r): KindCurve => {
    const block = ctx.flat.blocks[r]!;
    const method = ctx.methods[r]!;
    if (method.kind === 'standby' && block.component.repair !== null) {
      let grid: StandbyAvailabilityGrid | null = null;
      const getGrid = (): StandbyAvailabilityGrid => (grid ??= getStandbyGrid(method.chain, width));
      return {
        panel: (index, level, _times, work, fail, at) =>
          getGrid().panel(index, level, work, fail, at),
        deviation: (index, level) =>
          method.chain.failureRate === 0 ? 0 : getGrid().distanceFromSteadyState(index, level),
      };
    }
    const deviation =
      method.kind === 'standby'
        ? () => (method.chain.failureRate === 0 ? 0 : Infinity)
        : getActiveDeviation(ctx, r);
    const panels = getActivePanels(block, method, width);
    return {
      panel: (index, level, times, work, fail, at) => {
        let byIndex = panels.get(level);
        if (byIndex === undefined) {
          byIndex = new Map();
          panels.set(level, byIndex);
        }
        let values = byIndex.get(index);
        if (values === undefined) {
          values = new Float64Array(2 * PANEL);
          for (let j = 0; j < PANEL; j++) {
            const figure = computeBlockAvailability(block, method, times[j]!);
            // Exactness was checked once for the kind; a figure is exact at every time or never.
            values[j] = figure.ok ? figure.value.work : NaN;
            values[PANEL + j] = figure.ok ? figure.value.fail : NaN;
          }
          byIndex.set(index, values);
        }
        work.set(values.subarray(0, PANEL), at);
        fail.set(values.subarray(PANEL), at);
      },
      deviation: (_index, _level, a) => deviation(a),
    };
  });
}

/** Both sides of the system's availability at the 15 points of a panel. */
interface PanelEvaluator {
  /** Fills `work` and `fail` (length 15) with the system's A and U at the panel's points. */
  evaluate(index: number, level: number, work: Float64Array, fail: Float64Array): void;
  /** The kinds' curves (for the settled tail). */
  readonly curves: readonly KindCurve[];
}

/** Lanes of a panel pass: the 15 points and one unused lane (passes take multiples of 8). */
const LANES = 16;

function createPanelEvaluator(ctx: EvaluationContext, width: number): PanelEvaluator {
  const { dd, kinds, kindOf } = ctx;
  const kindOfNode = getKindOfNode(dd, kindOf);
  const kindWork = new Float64Array(kinds.length * PANEL);
  const kindFail = new Float64Array(kinds.length * PANEL);
  const factors = new Float64Array(kinds.length * 2 * LANES);
  const zeros = new Float64Array(LANES);
  const ones = new Float64Array(LANES).fill(1);
  const failInput = { kindOfNode, factors, falseRow: ones, trueRow: zeros };
  const workInput = { kindOfNode, factors, falseRow: zeros, trueRow: ones };
  const rootFail = new Float64Array(LANES);
  const rootWork = new Float64Array(LANES);
  const curves = createKindCurves(ctx, width);
  const times = new Float64Array(PANEL);
  return {
    curves,
    evaluate(index, level, work, fail) {
      const w = width * 2 ** level;
      for (let j = 0; j < PANEL; j++) times[j] = (index + OFFSETS[j]!) * w;
      for (let k = 0; k < kinds.length; k++) {
        curves[k]!.panel(index, level, times, kindWork, kindFail, k * PANEL);
        factors.set(kindWork.subarray(k * PANEL, (k + 1) * PANEL), k * 2 * LANES);
        factors.set(kindFail.subarray(k * PANEL, (k + 1) * PANEL), k * 2 * LANES + LANES);
      }
      // The failed side first; the working side only where it is the small one (U > ½), else
      // 1 − U is within two ulps of it.
      sweepLanes(dd, LANES, failInput, rootFail);
      let worst = 0;
      for (let j = 0; j < PANEL; j++) {
        fail[j] = rootFail[j]!;
        if (fail[j]! > worst) worst = fail[j]!;
      }
      if (worst > 0.5) sweepLanes(dd, LANES, workInput, rootWork);
      for (let j = 0; j < PANEL; j++) {
        work[j] = worst > 0.5 ? rootWork[j]! : 1 - fail[j]!;
      }
    },
  };
}

/** The K15 estimate of a panel's integral (unit width) and its G7 counterpart. */
function applyRules(values: Float64Array): { kronrod: number; gauss: number } {
  let kronrod = WGK[7]! * values[14]!;
  let gauss = WG[3]! * values[14]!;
  for (let j = 0; j < 7; j++) {
    const pair = values[2 * j]! + values[2 * j + 1]!;
    kronrod += WGK[j]! * pair;
    if (j % 2 === 1) gauss += WG[(j - 1) / 2]! * pair;
  }
  // The rules integrate over [−1, 1]; a panel of width w is half of that per unit.
  return { kronrod: kronrod / 2, gauss: gauss / 2 };
}

/**
 * The first piece from whose start on the system has settled: Σ over blocks of Iᵢ·|qᵢ(s) − qᵢ(∞)|
 * bounds |U(s) − U(∞)| to first order, and every deviation bound only shrinks with s, so once the
 * sum is within a hundredth of the tolerance at a piece's start, U(s) = U(∞) from there on.
 * @returns the piece index k (piece k starts at w·2^(k−1)), or `pieces + 1` when it never settles
 */
function findSettledPiece(
  ctx: EvaluationContext,
  curves: readonly KindCurve[],
  steady: SteadyReference | null,
  width: number,
  pieces: number,
): number {
  const u = steady?.system.fail ?? NaN;
  // Only a mostly-up system: the working side of the tail must keep its digits too.
  if (steady === null || !(u > 0 && u <= 0.5)) return pieces + 1;
  const weights = new Float64Array(ctx.kinds.length);
  ctx.kindOf.forEach((k, i) => (weights[k]! += steady.birnbaum[i]!));
  const limit = SETTLE_SHARE * RELATIVE_TOLERANCE * u;
  for (let k = 1; k <= pieces; k++) {
    const a = width * 2 ** (k - 1);
    let bound = 0;
    for (let kind = 0; kind < curves.length && bound <= limit; kind++) {
      if (weights[kind]! > 0) bound += weights[kind]! * curves[kind]!.deviation(1, k - 1, a);
    }
    if (bound <= limit) return k;
  }
  return pieces + 1;
}

/** ∫₀ᵗ A and ∫₀ᵗ U, and whether the tolerance was met. */
function integrateAvailability(
  ctx: EvaluationContext,
  t: number,
  steady: SteadyReference | null,
): { work: number; fail: number; converged: boolean } {
  const hint = getShortestTimeConstant(ctx, t) * FIRST_PIECE_FRACTION;
  const pieces = Math.min(MAX_PIECES, Math.max(0, Math.ceil(Math.log2(t / hint))));
  const width = t / 2 ** pieces;
  const evaluator = createPanelEvaluator(ctx, width);
  const work = new Float64Array(PANEL);
  const fail = new Float64Array(PANEL);
  // The settled tail [w·2^(k−1), t] is U(∞) and A(∞) times its length.
  const settled = findSettledPiece(ctx, evaluator.curves, steady, width, pieces);
  const tailStart = settled > pieces ? t : width * 2 ** (settled - 1);
  let totalWork = steady === null ? 0 : (t - tailStart) * steady.system.work;
  let totalFail = steady === null ? 0 : (t - tailStart) * steady.system.fail;
  let converged = true;
  const stack: number[] = [];
  // Piece k ≥ 1 is panel (1, k − 1) = [w·2^(k−1), w·2^k]; piece 0 is panel (0, 0) = [0, w].
  for (let k = Math.min(pieces, settled - 1); k >= 0; k--) {
    stack.push(k === 0 ? 0 : 1, k === 0 ? 0 : k - 1, 0);
    while (stack.length > 0) {
      const depth = stack.pop()!;
      const level = stack.pop()!;
      const index = stack.pop()!;
      const w = width * 2 ** level;
      evaluator.evaluate(index, level, work, fail);
      const u = applyRules(fail);
      const a = applyRules(work);
      const value = u.kronrod * w;
      const error = Math.abs(u.kronrod - u.gauss) * w;
      // A share of the tolerance in proportion to the panel's width: Σ shares = 1.
      const estimate = Math.max(totalFail, value * (t / w));
      const tolerance = RELATIVE_TOLERANCE * estimate * (w / t);
      if (error <= tolerance || depth >= MAX_DEPTH || !Number.isFinite(error)) {
        if (!(error <= tolerance)) converged = false;
        totalFail += value;
        totalWork += a.kronrod * w;
      } else {
        stack.push(2 * index + 1, level - 1, depth + 1, 2 * index, level - 1, depth + 1);
      }
    }
  }
  return { work: totalWork, fail: totalFail, converged };
}

/**
 * Computes the mean availability and mean unavailability over [0, t] at each time (design time
 * units), to relative 1e-9 on the unavailability side. A(0) at t = 0.
 * @param ctx the evaluation context of the analysis
 * @param times the times t, design time units (≥ 0)
 * @param steady the steady-state system and each block's Birnbaum importance there: with them
 *   the integral stops where every block has settled and adds the tail as U(∞)·(t − s)
 * @returns one pair {work: mean A, fail: mean U} per time, or `null` for every time (with a
 *   warning) when some block's point availability is not exactly computable
 * @example
 * computeMeanAvailability(ctx, [8760])?.[0]?.work; // share of the first year up
 */
export function computeMeanAvailability(
  ctx: EvaluationContext,
  times: readonly number[],
  steady: SteadyReference | null = null,
): (Pair | null)[] | null {
  const { flat, methods, kinds } = ctx;
  for (const r of kinds) {
    if (!computeBlockAvailability(flat.blocks[r]!, methods[r]!, 0).ok) {
      ctx.warn({
        code: 'mean-availability-not-exact',
        message:
          "the mean availability needs every block's point availability; see the other warnings",
      });
      return null;
    }
  }
  return times.map((t) => {
    // At 0 the mean is the point availability A(0) of the system of new units.
    if (t === 0) {
      return evaluateSystem(ctx, 'availability-not-exact', (i) =>
        computeBlockAvailability(flat.blocks[i]!, methods[i]!, 0),
      );
    }
    const integral = integrateAvailability(ctx, t, steady);
    if (!integral.converged) {
      ctx.warn({
        code: 'mean-availability-not-converged',
        message: `the mean availability over [0, ${t}] did not converge to relative ${RELATIVE_TOLERANCE}; the value is approximate`,
      });
    }
    return {
      work: Math.min(1, integral.work / t),
      fail: Math.min(1, integral.fail / t),
    };
  });
}
