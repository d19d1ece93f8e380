/**
 * The exact engine: a design in, every figure of the `analyze` contract out. Compiles the
 * structure function once into a decision diagram and reuses it while only parameters change,
 * so the UI can re-evaluate on every keystroke.
 * Runs anywhere (worker, Node, Vitest); no DOM.
 */
import type { Component, Design } from '../model/types.ts';
import { HOURS_PER_YEAR } from '../model/types.ts';
import type { FlatStructure } from '../model/structure.ts';
import { updateFlatComponents } from '../model/structure.ts';
import type { DecisionDiagram } from '../diagram/bdd.ts';
import {
  DiagramTooLarge,
  MAX_BDD_NODES,
  MAX_BDD_STEPS,
  compileDecisionDiagram,
} from '../diagram/bdd.ts';
import { computeImportance } from '../diagram/importance.ts';
import {
  MAX_CUT_SET_STEPS,
  computeMinimalCutSets,
  computeSinglePointsOfFailure,
} from '../diagram/cutSets.ts';
import type { Pair } from '../math/pair.ts';
import type { BlockMethod, Exact, SteadyPair } from './blockModel.ts';
import {
  computeBlockAvailability,
  computeBlockReliability,
  computeBlockSteadyState,
  getBlockMethod,
} from './blockModel.ts';
import { computeSystemMttf } from './mttf.ts';
import { computeBLife } from './bLife.ts';
import { computeMeanAvailability } from './meanAvailability.ts';
import type { FailureMemos } from './failureMemo.ts';
import { getFailureKey, getMemoized } from './failureMemo.ts';
import { getRiskWorth } from './riskWorth.ts';
import { getStaticReliability } from '../laws/figures.ts';
import type { EvaluationContext } from './evaluation.ts';
import { computeSystemCurves, createCurveCache } from './curves.ts';
import {
  evaluateSystem,
  getBlockKinds,
  getConfigurationKey,
  isSameStructure,
} from './evaluation.ts';
import type {
  AnalysisPoint,
  AnalysisResult,
  AnalysisWarning,
  BlockPoint,
  BlockResult,
  SteadyState,
} from './result.ts';

/** Options of an analysis. */
export interface AnalysisOptions {
  /** Times at which to report R(t) and A(t), design time units (default: the mission time). */
  readonly times?: readonly number[];
  /** How many of the most probable minimal cut sets to list (default 100). */
  readonly cutSetLimit?: number;
  /** Skip the MTTF integral (for fast curve-only evaluations). */
  readonly skipMttf?: boolean;
  /**
   * Skip the mean availability over [0, t] (an integral per time; for fast curve-only
   * evaluations): `points[].meanAvailability` and `meanUnavailability` are then `null`.
   */
  readonly skipMeanAvailability?: boolean;
  /** Block ids whose own R(t) and A(t) to report in `points[].blocks` (for per-block curves). */
  readonly blockCurves?: readonly string[];
}

/** Default number of minimal cut sets listed. */
export const DEFAULT_CUT_SET_LIMIT = 100;

/** A reusable analyzer: keeps the compiled decision diagram while the structure is unchanged. */
export interface Analyzer {
  /** Analyses a design, recompiling the structure only when it changed. */
  evaluate(design: Design, options?: AnalysisOptions): AnalysisResult;
  /**
   * R(t) and A(t) only (and the figures of the blocks in `blockCurves`), for curves: the
   * `points` of `evaluate(design, { times, blockCurves, skipMttf: true,
   * skipMeanAvailability: true })`, without the figures that need no times.
   * @returns the points, or `null` when the structure is too large to solve exactly
   */
  evaluateCurves(
    design: Design,
    times: readonly number[],
    blockCurves?: readonly string[],
  ): AnalysisPoint[] | null;
}

/** The long-run figures when they are not exactly computable. */
const NO_STEADY_STATE: SteadyState = {
  availability: null,
  unavailability: null,
  nines: null,
  downtimePerYear: null,
  failureFrequency: null,
  mtbf: null,
  mut: null,
  mdt: null,
};

/** The price of a block: its units times the component's cost, `null` without a cost. */
function getBlockCost(block: FlatStructure['blocks'][number]): number | null {
  const unitCost = block.component.cost;
  return unitCost === null ? null : unitCost * block.quantity;
}

/** Σ of the blocks' prices, `null` when no block has one. */
function sumCosts(costs: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (let i = 0; i < costs.length; i++) {
    const c = costs[i] ?? null;
    if (c !== null) total = (total ?? 0) + c;
  }
  return total;
}

/**
 * Warns about each zone or common-cause event that alone fails the system although it covers
 * redundant units (two or more units, or a subsystem): that redundancy adds nothing against it.
 */
function warnSharedFate(
  flat: FlatStructure,
  spof: Uint8Array,
  warn: (w: AnalysisWarning) => void,
): void {
  if (flat.blocks.every((b) => b.kind === 'block')) return; // no zone, no common cause
  const quantityOf = new Map<string, number>();
  for (const b of flat.blocks) for (const id of b.nodeIds) quantityOf.set(id, b.quantity);
  for (const b of flat.blocks) {
    if (b.kind === 'block' || spof[b.index] !== 1) continue;
    let units = 0;
    for (const id of b.memberIds) units += quantityOf.get(id) ?? 2; // a subsystem: several
    if (units < 2) continue;
    const what = b.kind === 'zone' ? 'zone' : 'common-cause group';
    warn({
      code: 'shared-fate',
      message: `${what} ${b.id} alone takes the system down: the redundancy of ${b.memberIds.join(', ')} adds nothing against ${b.id}`,
      block: b.id,
    });
  }
}

function getSteadyState(
  steady: readonly Exact<SteadyPair>[],
  birnbaum: Float64Array | null,
  system: Pair | null,
): SteadyState {
  if (system === null || birnbaum === null) return NO_STEADY_STATE;
  // ν = Σ Birnbaum_i · ν_i over independent blocks (the system failure frequency).
  let frequency = 0;
  for (let i = 0; i < steady.length; i++) {
    const s = steady[i]!;
    if (s.ok) frequency += birnbaum[i]! * s.value.frequency;
  }
  const downForGood = system.work === 0;
  const hasFrequency = frequency > 0 && !downForGood;
  return {
    availability: system.work,
    unavailability: system.fail,
    nines: system.fail > 0 ? -Math.log10(system.fail) : null,
    downtimePerYear: system.fail * HOURS_PER_YEAR,
    failureFrequency: downForGood ? 0 : frequency,
    mtbf: hasFrequency ? 1 / frequency : null,
    mut: hasFrequency ? system.work / frequency : null,
    mdt: hasFrequency ? system.fail / frequency : null,
  };
}

/** Each requested block's own figures at t, keyed by block id. */
function getBlockPoints(
  ctx: EvaluationContext,
  indices: readonly number[],
  t: number,
): Record<string, BlockPoint> {
  const out: Record<string, BlockPoint> = {};
  for (const i of indices) {
    const block = ctx.flat.blocks[i]!;
    const r = computeBlockReliability(block, ctx.methods[i]!, t);
    const a = computeBlockAvailability(block, ctx.methods[i]!, t);
    out[block.id] = {
      reliability: r.ok ? r.value.work : null,
      unreliability: r.ok ? r.value.fail : null,
      availability: a.ok ? a.value.work : null,
      unavailability: a.ok ? a.value.fail : null,
    };
  }
  return out;
}

/**
 * Methods by component object and configuration: a method is a pure function of both, and
 * keeping its identity while an edit leaves them alone lets the figures memoized per method
 * (blockModel.ts) serve the next evaluation.
 */
const kindMethodCache = new WeakMap<Component, Map<string, BlockMethod>>();

function getKindMethod(block: FlatStructure['blocks'][number]): BlockMethod {
  let byConfig = kindMethodCache.get(block.component);
  if (byConfig === undefined) {
    byConfig = new Map();
    kindMethodCache.set(block.component, byConfig);
  }
  const key = getConfigurationKey(block);
  let method = byConfig.get(key);
  if (method === undefined) {
    method = getBlockMethod(block);
    byConfig.set(key, method);
  }
  return method;
}

/**
 * The kinds and methods of a flattened design, a pure function of it: the figures and the
 * curves of one edit (two calls on the same flattening) group the blocks once.
 */
const kindsByFlat = new WeakMap<
  FlatStructure,
  Pick<EvaluationContext, 'kindOf' | 'kinds' | 'methods'>
>();

/** The evaluation context of one analysis; `warn` collects into `warnings` (one per message). */
function createContext(
  flat: FlatStructure,
  dd: DecisionDiagram,
  warnings: Map<string, AnalysisWarning>,
): EvaluationContext {
  // One warning per code and message: a block's reason can explain several figures (steady
  // state and A(t)), each under its own code, so every null figure finds its reason.
  const warn = (w: AnalysisWarning): void => {
    const key = `${w.code}\n${w.message}`;
    if (!warnings.has(key)) warnings.set(key, w);
  };
  let grouped = kindsByFlat.get(flat);
  if (grouped === undefined) {
    // Blocks of one kind share their method (same component and configuration): made per kind.
    const { kindOf, kinds } = regroupKinds(lastGrouped, flat) ?? getBlockKinds(flat);
    const kindMethods = kinds.map((r) => getKindMethod(flat.blocks[r]!));
    // A loop, not Array.from: from a typed array that goes through its iterator.
    const methods = new Array<BlockMethod>(kindOf.length);
    for (let i = 0; i < kindOf.length; i++) methods[i] = kindMethods[kindOf[i]!]!;
    grouped = { kindOf, kinds, methods };
    kindsByFlat.set(flat, grouped);
  }
  lastGrouped = { flat, kindOf: grouped.kindOf, kinds: grouped.kinds };
  return { flat, dd, ...grouped, warn };
}

/** The flattening grouped last (an edit's next flattening usually shares its gates). */
let lastGrouped: { flat: FlatStructure; kindOf: Int32Array; kinds: readonly number[] } | null =
  null;

/**
 * The kinds of `flat` from those of an earlier flattening of the same structure (an edit of
 * components only, `updateFlatComponents`: same blocks in the same order and configurations,
 * some with a new component object), when the grouping is unchanged: every block still shares
 * its kind's component object, and no two kinds now share one object and configuration. Then
 * {@link getBlockKinds} would number the same kinds in the same order. `null` otherwise.
 */
function regroupKinds(
  last: typeof lastGrouped,
  flat: FlatStructure,
): { kindOf: Int32Array; kinds: number[] } | null {
  if (last === null || last.flat.gates !== flat.gates) return null;
  const { kindOf, kinds } = last;
  const blocks = flat.blocks;
  if (kindOf.length !== blocks.length) return null;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.component !== blocks[kinds[kindOf[i]!]!]!.component) return null;
  }
  const seen = new Map<Component, Set<string>>();
  for (const r of kinds) {
    const block = blocks[r]!;
    const key = getConfigurationKey(block);
    let keys = seen.get(block.component);
    if (keys === undefined) {
      keys = new Set();
      seen.set(block.component, keys);
    }
    if (keys.has(key)) return null;
    keys.add(key);
  }
  return { kindOf, kinds: [...kinds] };
}

/** Indices of the blocks whose own curves are asked for (by block or diagram node id). */
function findCurveBlocks(flat: FlatStructure, blockCurves: readonly string[]): number[] {
  return blockCurves
    .map((id) => flat.blocks.findIndex((b) => b.id === id || b.nodeIds.includes(id)))
    .filter((i) => i >= 0);
}

/** R(t), A(t) (and the requested blocks' own figures) at each time, with the means if given. */
function computePoints(
  ctx: EvaluationContext,
  times: readonly number[],
  blockCurves: readonly string[],
  means: readonly (Pair | null)[] | null,
): AnalysisPoint[] {
  const { blocks } = ctx.flat;
  const { methods } = ctx;
  const curveBlocks = findCurveBlocks(ctx.flat, blockCurves);
  return times.map((t, k) => {
    const r = evaluateSystem(ctx, 'reliability-not-exact', (i) =>
      computeBlockReliability(blocks[i]!, methods[i]!, t),
    );
    const a = evaluateSystem(ctx, 'availability-not-exact', (i) =>
      computeBlockAvailability(blocks[i]!, methods[i]!, t),
    );
    const point: AnalysisPoint = {
      t,
      reliability: r?.work ?? null,
      unreliability: r?.fail ?? null,
      availability: a?.work ?? null,
      unavailability: a?.fail ?? null,
      meanAvailability: means?.[k]?.work ?? null,
      meanUnavailability: means?.[k]?.fail ?? null,
    };
    return curveBlocks.length === 0
      ? point
      : { ...point, blocks: getBlockPoints(ctx, curveBlocks, t) };
  });
}

function analyzeWith(
  design: Design,
  flat: FlatStructure,
  dd: DecisionDiagram,
  options: AnalysisOptions,
  structureVersion: number,
  memos: FailureMemos,
): AnalysisResult {
  const warnings = new Map<string, AnalysisWarning>();
  const ctx = createContext(flat, dd, warnings);
  const { methods, warn } = ctx;
  const blocks = flat.blocks;
  const n = blocks.length;

  // Long-run figures with repair.
  const steadyKinds = ctx.kinds.map((r) => computeBlockSteadyState(blocks[r]!, methods[r]!));
  const steady = blocks.map((_, i) => steadyKinds[ctx.kindOf[i]!]!);
  const steadyWork = new Float64Array(n);
  const steadyFail = new Float64Array(n);
  const steadySystem = evaluateSystem(ctx, 'steady-state-not-exact', (i) => steady[i]!, {
    work: steadyWork,
    fail: steadyFail,
  });
  const steadyImportance =
    steadySystem === null ? null : computeImportance(dd, steadyWork, steadyFail);
  const steadyState = getSteadyState(steady, steadyImportance?.birnbaum ?? null, steadySystem);

  const times = options.times ?? [design.missionTime];
  const means = options.skipMeanAvailability
    ? null
    : computeMeanAvailability(
        ctx,
        times,
        steadySystem === null || steadyImportance === null
          ? null
          : { system: steadySystem, birnbaum: steadyImportance.birnbaum },
      );
  const points = computePoints(ctx, times, options.blockCurves ?? [], means);

  // Mission reliability at the mission time, per block.
  const missionWork = new Float64Array(n);
  const missionFail = new Float64Array(n);
  const missionKinds = ctx.kinds.map((r) =>
    computeBlockReliability(blocks[r]!, methods[r]!, design.missionTime),
  );
  const mission = blocks.map((_, i) => missionKinds[ctx.kindOf[i]!]!);
  const missionSystem = evaluateSystem(ctx, 'reliability-not-exact', (i) => mission[i]!, {
    work: missionWork,
    fail: missionFail,
  });

  // Importance: at steady state when something is repairable, else of mission reliability.
  const repairable = blocks.some(
    (b) => b.component.repair !== null && getStaticReliability(b.component.failure) === null,
  );
  const useSteady = (repairable || missionSystem === null) && steadySystem !== null;
  const basisFail = useSteady ? steadyFail : missionFail;
  const importance = useSteady
    ? steadyImportance
    : missionSystem === null
      ? null
      : computeImportance(dd, missionWork, missionFail);

  const limit = options.cutSetLimit ?? DEFAULT_CUT_SET_LIMIT;
  const cuts = computeMinimalCutSets(dd, basisFail, limit);
  if (cuts === null) {
    warn({
      code: 'cut-sets-too-many',
      message: `the minimal cut sets of this design are too many to find within the engine's budget (${MAX_CUT_SET_STEPS.toLocaleString('en-US')} steps); every other figure is exact`,
    });
  }
  const spof = new Uint8Array(n);
  for (const b of computeSinglePointsOfFailure(dd)) spof[b] = 1;

  const blockResults: BlockResult[] = blocks.map((b, i) => {
    const s = steady[i]!;
    const m = mission[i]!;
    const birnbaum = importance?.birnbaum[i] ?? 0;
    // Fields written out (no spread): one object shape, built fast for 10,000 blocks.
    const worth = getRiskWorth(importance, i, basisFail[i]!);
    return {
      id: b.id,
      kind: b.kind,
      nodeIds: b.nodeIds,
      component: b.component.id,
      birnbaum,
      criticality: importance?.criticality[i] ?? 0,
      raw: worth.raw,
      rrw: worth.rrw,
      fussellVesely: worth.fussellVesely,
      availability: s.ok ? s.value.work : null,
      unavailability: s.ok ? s.value.fail : null,
      failureFrequency: s.ok ? s.value.frequency : null,
      reliability: m.ok ? m.value.work : null,
      unreliability: m.ok ? m.value.fail : null,
      singlePointOfFailure: spof[i] === 1,
      cost: getBlockCost(b),
    };
  });
  const cost = sumCosts(blockResults.map((b) => b.cost));
  warnSharedFate(flat, spof, warn);

  // The MTTF integral and the B-life roots depend on the failure side only: reuse them while
  // only repair parameters change.
  const failureKey = getFailureKey(structureVersion, ctx);
  const mttf = options.skipMttf
    ? null
    : getMemoized(memos.mttf, failureKey, ctx, computeSystemMttf);
  const bLife = getMemoized(memos.bLife, failureKey, ctx, computeBLife);

  return {
    name: design.name,
    timeUnit: design.timeUnit,
    missionTime: design.missionTime,
    points,
    mttf,
    bLife,
    steadyState,
    importanceBasis: importance === null ? 'none' : useSteady ? 'steady-state' : 'mission',
    blocks: blockResults,
    minimalCutSets: cuts === null ? [] : cuts.sets.map((set) => set.map((i) => blocks[i]!.id)),
    minimalCutSetProbabilities:
      cuts === null
        ? []
        : importance === null
          ? cuts.probabilities.map(() => null)
          : cuts.probabilities,
    minimalCutSetCount: cuts === null ? null : cuts.count,
    cost,
    warnings: [...warnings.values()],
  };
}

/**
 * The answer for a structure too large to solve exactly: every figure `null`, the blocks and
 * the cost as they are, and one warning that says why and what to do.
 */
function createRefusedResult(
  design: Design,
  flat: FlatStructure,
  options: AnalysisOptions,
): AnalysisResult {
  const message = `this design's structure is too large to solve exactly: its decision diagram outgrew ${MAX_BDD_NODES.toLocaleString('en-US')} nodes or ${MAX_BDD_STEPS.toLocaleString('en-US')} steps (${flat.blocks.length} blocks whose paths share many blocks, such as a lattice or a wide mesh); the Monte Carlo simulation answers it`;
  const blocks = flat.blocks.map((b): BlockResult => ({
    id: b.id,
    kind: b.kind,
    nodeIds: b.nodeIds,
    component: b.component.id,
    birnbaum: 0,
    criticality: 0,
    raw: null,
    rrw: null,
    fussellVesely: null,
    availability: null,
    unavailability: null,
    failureFrequency: null,
    reliability: null,
    unreliability: null,
    singlePointOfFailure: false,
    cost: getBlockCost(b),
  }));
  return {
    name: design.name,
    timeUnit: design.timeUnit,
    missionTime: design.missionTime,
    points: (options.times ?? [design.missionTime]).map((t) => ({
      t,
      reliability: null,
      unreliability: null,
      availability: null,
      unavailability: null,
      meanAvailability: null,
      meanUnavailability: null,
    })),
    mttf: null,
    bLife: null,
    steadyState: NO_STEADY_STATE,
    importanceBasis: 'none',
    blocks,
    minimalCutSets: [],
    minimalCutSetProbabilities: [],
    minimalCutSetCount: null,
    cost: sumCosts(blocks.map((b) => b.cost)),
    warnings: (
      [
        'steady-state-not-exact',
        'reliability-not-exact',
        'availability-not-exact',
        'mean-availability-not-exact',
        'mttf-not-exact',
        'b-life-not-exact',
        'cut-sets-too-many',
      ] as const
    ).map((code) => ({ code, message })),
  };
}

/**
 * Creates an analyzer that keeps the compiled structure between calls.
 * @example
 * const analyzer = createAnalyzer();
 * analyzer.evaluate(design, { times: [8760] }).steadyState.availability;
 */
export function createAnalyzer(): Analyzer {
  let cachedFlat: FlatStructure | null = null;
  let cachedDd: DecisionDiagram | null = null;
  let version = 0;
  const memos: FailureMemos = {
    mttf: { key: '', value: null, warnings: [] },
    bLife: { key: '', value: null, warnings: [] },
  };
  /** The last structure refused as too large: asked again (an edit elsewhere), refused at once. */
  let refusedFlat: FlatStructure | null = null;
  const curveCache = createCurveCache();
  /**
   * The design's flattening and its compiled diagram (the cached one while the structure is
   * unchanged), or `dd: null` when the structure is too large to solve exactly.
   */
  const compile = (design: Design): { flat: FlatStructure; dd: DecisionDiagram | null } => {
    const flat = updateFlatComponents(cachedFlat ?? refusedFlat, design);
    if (refusedFlat !== null && isSameStructure(flat, refusedFlat)) return { flat, dd: null };
    if (cachedDd === null || cachedFlat === null || !isSameStructure(flat, cachedFlat)) {
      try {
        cachedDd = compileDecisionDiagram(flat);
      } catch (error) {
        if (!(error instanceof DiagramTooLarge)) throw error;
        cachedDd = null;
        cachedFlat = null;
        refusedFlat = flat;
        return { flat, dd: null };
      }
      refusedFlat = null;
      version++;
    }
    cachedFlat = flat;
    return { flat, dd: cachedDd };
  };
  return {
    evaluate(design, options = {}) {
      const { flat, dd } = compile(design);
      if (dd === null) return createRefusedResult(design, flat, options);
      return analyzeWith(design, flat, dd, options, version, memos);
    },
    evaluateCurves(design, times, blockCurves = []) {
      const { flat, dd } = compile(design);
      if (dd === null) return null;
      const ctx = createContext(flat, dd, new Map());
      const system = computeSystemCurves(ctx, times, curveCache);
      // A figure that is not exact somewhere: time by time, as evaluate does.
      if (system === null) return computePoints(ctx, times, blockCurves, null);
      const curveBlocks = findCurveBlocks(flat, blockCurves);
      return times.map((t, k): AnalysisPoint => {
        const point: AnalysisPoint = {
          t,
          reliability: system.reliabilityWork[k]!,
          unreliability: system.reliabilityFail[k]!,
          availability: system.availabilityWork[k]!,
          unavailability: system.availabilityFail[k]!,
          meanAvailability: null,
          meanUnavailability: null,
        };
        return curveBlocks.length === 0
          ? point
          : { ...point, blocks: getBlockPoints(ctx, curveBlocks, t) };
      });
    },
  };
}

/**
 * Analyses a design exactly (one shot).
 * @param design a validated design
 * @param options times (design time units) and cut-set limit
 * @returns every figure of the `analyze` contract
 * @example
 * analyzeDesign(design, { times: [8760] }).points[0].reliability;
 */
export function analyzeDesign(design: Design, options: AnalysisOptions = {}): AnalysisResult {
  return createAnalyzer().evaluate(design, options);
}
