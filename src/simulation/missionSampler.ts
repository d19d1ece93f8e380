/**
 * Drawing every block of one history of the mission fast path (no repair): each block's death
 * time in the failure layer (`deadAt`, Infinity when it works at H), its unit failures, and the
 * switch-over outages of standby blocks with a delay (recorded in the {@link MissionTimeline}).
 *
 * Each block gets a plan in the constructor, and the common ones are written out in one loop:
 * - an active k-of-n block of units of an invertible law (memoryless, Weibull, …):
 *   a unit has failed before H exactly when its uniform v exceeds R(H) (lives come from
 *   inversion, see sampling.ts), and lives decrease with v, so the block dies at the life of the
 *   (n − k + 1)-th largest uniform: one logarithm per dead block, none for a block that works
 *   (and none at all for reliability only);
 * - a single unit of such a law (the same, without a loop);
 * - a standby block with one unit in service and cold spares of such a law: a chain of lives,
 *   whose rare continuation (the first unit failed) is a call.
 * Other blocks (laws without an inverse, such as lognormal lives; warm or hot spares; k > 1
 * in service; time-independent probabilities) and traced histories take the general loops of
 * missionBlocks.ts. Every plan uses the same uniforms for the same things as the general loops,
 * so a history gives the same numbers either way.
 *
 * Why it is written this way (measured on the three-tier example against the 7 M histories/s
 * target of src/bench/simulation.ts):
 * - units fail or not by coin toss, and a mispredicted branch costs more than drawing a
 *   uniform, so failures are counted with `Number(v > R)` (a set-on-compare, no branch) and the
 *   dying uniform is found by ranking, without branches;
 * - a double returned by a call that is not inlined is boxed on the heap: results go into typed
 *   arrays, and only small helpers return numbers;
 * - per-block parameters are fields of one object per block (cheaper to load than typed arrays).
 * Runs anywhere; no DOM.
 */
import type { CompiledModel } from './compile.ts';
import { MissionBlockDrawer } from './missionBlocks.ts';
import type { MissionTimeline } from './missionTimeline.ts';
import { Rng } from './rng.ts';
import * as sampling from './sampling.ts';
import type { TraceRecorder } from './trace.ts';

// Module-local copies: transpilers may turn imported bindings into getter calls in hot loops.
const getLifeFromUniform = sampling.getLifeFromUniform;
const LIFE_MEMORYLESS = sampling.LIFE_MEMORYLESS;

/** How a block is drawn: by the general loops. */
const PLAN_GENERAL = 0;
/** An active block of one unit of an invertible law (sampling.ts). */
const PLAN_SINGLE = 1;
/** An active k-of-n block (n > 1) of an invertible law: uniforms against R(H). */
const PLAN_THRESHOLD = 2;
/** A standby block, one unit in service, cold spares, invertible law: a chain of lives. */
const PLAN_COLD_CHAIN = 3;

/** Largest block whose dying uniform is found by ranking (n² comparisons, no branches). */
const MAX_RANK_SELECT = 8;

/** What the common plans read of a block. */
class BlockPlan {
  constructor(
    readonly plan: number,
    /** Units, and unit failures that kill the block (n − k + 1 for active blocks). */
    readonly n: number,
    readonly need: number,
    /** R(H): a unit with uniform v has failed before H exactly when v > R(H). */
    readonly survival: number,
    readonly lifeKind: number,
    readonly a: number,
    readonly b: number,
    readonly c: number,
    readonly switchSuccess: number,
    /** Switch-over delay (time units). */
    readonly switchDelay: number,
  ) {}
}

/**
 * The plan of block b.
 * @param survival R(H) of its law, NaN for laws that are not invertible
 */
function getPlan(model: CompiledModel, b: number, survival: number): number {
  if (Number.isNaN(survival)) return PLAN_GENERAL;
  if (model.blockStandby[b] === 0) {
    return model.blockQuantity[b] === 1 ? PLAN_SINGLE : PLAN_THRESHOLD;
  }
  const coldChain = model.blockRequired[b] === 1 && model.dormantFactor[b] === 0;
  return coldChain ? PLAN_COLD_CHAIN : PLAN_GENERAL;
}

/** The life of a unit of an invertible law drawn with the uniform v (see sampling.ts). */
function getLife(block: BlockPlan, v: number): number {
  const kind = block.lifeKind;
  return kind === LIFE_MEMORYLESS
    ? -block.a * Math.log(v)
    : getLifeFromUniform(kind, block.a, block.b, block.c, v);
}

/** Draws the blocks of mission histories, one random stream per history. */
export class MissionSampler {
  readonly rng = new Rng();
  /** Unit failures of each block in the last history (kept by the general loops only). */
  readonly unitFailures: Int32Array;
  /** The blocks dying before H in the last history (first `deadCount` entries). */
  readonly dead: Int32Array;
  deadCount = 0;
  /** Failed switch-over attempts of cold chains since the last history began. */
  private chainSwitchFailures = 0;
  private readonly blocks: BlockPlan[];
  private readonly general: MissionBlockDrawer;
  private readonly horizon: number;
  private readonly timeline: MissionTimeline;
  private readonly deadAt: Float64Array;
  /** The uniforms of a block's units. */
  private readonly uniforms: Float64Array;

  constructor(model: CompiledModel, horizon: number, timeline: MissionTimeline) {
    const B = model.blockCount;
    this.horizon = horizon;
    this.timeline = timeline;
    this.deadAt = timeline.deadAt;
    this.unitFailures = new Int32Array(B);
    this.dead = new Int32Array(B);
    this.general = new MissionBlockDrawer(model, horizon, this.rng, timeline, this.unitFailures);
    let maxQuantity = 1;
    for (let b = 0; b < B; b++) maxQuantity = Math.max(maxQuantity, model.blockQuantity[b]!);
    this.uniforms = new Float64Array(maxQuantity);
    this.blocks = Array.from({ length: B }, (_, b) => {
      const n = model.blockQuantity[b]!;
      const k = model.blockRequired[b]!;
      const survival = this.general.survivalAtH[b]!;
      return new BlockPlan(
        getPlan(model, b, survival),
        n,
        n - k + 1,
        survival,
        model.lifeKind[b]!,
        model.lifeA[b]!,
        model.lifeB[b]!,
        model.lifeC[b]!,
        model.switchSuccess[b]!,
        model.switchDelay[b]!,
      );
    });
  }

  /**
   * Draws block b of a history by the general loops (traced histories): sets `deadAt[b]` and
   * `unitFailures[b]`.
   * @param trace the recorder of the history's events, or `null`
   * @returns the block's unit failures
   */
  drawBlock(b: number, trace: TraceRecorder | null): number {
    this.general.trace = trace;
    const failures = this.general.drawBlock(b);
    this.general.trace = null;
    return failures;
  }

  /** Starts counting a history's failed switch-overs (done by `drawHistory` itself). */
  resetSwitchFailures(): void {
    this.chainSwitchFailures = 0;
    this.general.switchFailures = 0;
  }

  /** Failed switch-over attempts of the history drawn last (all blocks). */
  getSwitchFailures(): number {
    return this.chainSwitchFailures + this.general.switchFailures;
  }

  /**
   * Draws every block of an untraced history and lists the blocks dying before H in `dead` (the
   * first `deadCount` entries). The random stream must be seeded first.
   * @param unitFailureTotals per-block counts, each incremented by the block's unit failures
   * @returns the number of unit failures
   */
  drawHistory(unitFailureTotals: Float64Array): number {
    const { blocks, deadAt, dead, uniforms } = this;
    const rng = this.rng;
    const H = this.horizon;
    this.timeline.outageCount = 0;
    this.resetSwitchFailures();
    let events = 0;
    let deadCount = 0;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      const plan = block.plan;
      let failed = 0;
      let death = Infinity;
      if (plan === PLAN_SINGLE) {
        const v = rng.uniform();
        if (v > block.survival) {
          failed = 1;
          // Memoryless written out: a double returned by a call V8 does not inline is boxed.
          const life =
            block.lifeKind === LIFE_MEMORYLESS ? -block.a * Math.log(v) : getLife(block, v);
          if (life < H) death = life;
        }
      } else if (plan === PLAN_THRESHOLD) {
        const n = block.n;
        const survival = block.survival;
        for (let i = 0; i < n; i++) {
          const v = rng.uniform();
          uniforms[i] = v;
          failed += Number(v > survival);
        }
        if (failed >= block.need) {
          const v =
            n <= MAX_RANK_SELECT
              ? this.getRankedUniform(n, block.need - 1)
              : this.selectUniform(n, block.need);
          const life =
            block.lifeKind === LIFE_MEMORYLESS ? -block.a * Math.log(v) : getLife(block, v);
          if (life < H) death = life;
        }
      } else if (plan === PLAN_COLD_CHAIN) {
        const v = rng.uniform();
        if (v > block.survival) {
          uniforms[0] = v;
          failed = this.continueColdChain(b, block);
          death = deadAt[b]!;
        }
      } else {
        failed = this.general.drawBlock(b);
        death = deadAt[b]!;
      }
      deadAt[b] = death;
      events += failed;
      unitFailureTotals[b]! += failed;
      dead[deadCount] = b;
      deadCount += Number(death < H);
    }
    this.deadCount = deadCount;
    return events;
  }

  /**
   * The block states at H of an untraced history of a reliability-only run, with the same
   * uniforms (and so the same decisions) as {@link MissionSampler.drawHistory}, but no logarithm
   * for active blocks. The random stream must be seeded first.
   * @param unitFailureTotals per-block counts, each incremented by the block's unit failures
   * @param up per-block states at H (out): 1 works, 0 failed
   * @returns the number of unit failures; `deadCount` is the number of blocks failed at H
   */
  drawStatesAtH(unitFailureTotals: Float64Array, up: Uint8Array): number {
    const { blocks, deadAt } = this;
    const rng = this.rng;
    this.timeline.outageCount = 0;
    let events = 0;
    let deadCount = 0;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      const plan = block.plan;
      let failed = 0;
      let alive = true;
      if (plan === PLAN_SINGLE || plan === PLAN_THRESHOLD) {
        const survival = block.survival;
        for (let i = 0; i < block.n; i++) failed += Number(rng.uniform() > survival);
        alive = failed < block.need;
      } else if (plan === PLAN_COLD_CHAIN) {
        const v = rng.uniform();
        if (v > block.survival) {
          this.uniforms[0] = v;
          failed = this.continueColdChain(b, block);
          alive = deadAt[b] === Infinity;
        }
      } else {
        failed = this.general.drawBlock(b);
        alive = deadAt[b] === Infinity;
      }
      events += failed;
      unitFailureTotals[b]! += failed;
      up[b] = alive ? 1 : 0;
      deadCount += alive ? 0 : 1;
    }
    this.deadCount = deadCount;
    return events;
  }

  /**
   * The uniform of rank r (0: largest) among the first n of `uniforms`, without branches: each
   * value's rank is the number of values above it (ties broken by position).
   */
  private getRankedUniform(n: number, r: number): number {
    const vs = this.uniforms;
    let value = 0;
    for (let i = 0; i < n; i++) {
      const v = vs[i]!;
      let rank = 0;
      for (let j = 0; j < i; j++) rank += Number(vs[j]! >= v);
      for (let j = i + 1; j < n; j++) rank += Number(vs[j]! > v);
      value += Number(rank === r) * v;
    }
    return value;
  }

  /** The need-th largest of the first n of `uniforms`, by partial selection (large blocks). */
  private selectUniform(n: number, need: number): number {
    const vs = this.uniforms;
    for (let i = 0; i < need; i++) {
      let best = i;
      for (let j = i + 1; j < n; j++) if (vs[j]! > vs[best]!) best = j;
      const swap = vs[i]!;
      vs[i] = vs[best]!;
      vs[best] = swap;
    }
    return vs[need - 1]!;
  }

  /**
   * A cold-standby chain whose first unit failed before H (its uniform in `uniforms[0]`): each
   * failure tries the next spares in order, a switched-in spare starts its life then. Sets
   * `deadAt[b]`; same draws as the general standby loop.
   * @returns the block's unit failures (failed switch-overs included)
   */
  private continueColdChain(b: number, block: BlockPlan): number {
    const rng = this.rng;
    const H = this.horizon;
    const { n, survival, switchSuccess: p, switchDelay: delay } = block;
    let death = getLife(block, this.uniforms[0]!);
    let failures = 0;
    let next = 1;
    while (death < H) {
      failures++;
      let replaced = false;
      while (next < n && !replaced) {
        next++;
        if (p >= 1 || (p > 0 && rng.uniform() < p)) {
          if (delay > 0) this.timeline.addOutage(b, death, death + delay);
          const v = rng.uniform();
          const life = v > survival ? getLife(block, v) : Infinity;
          death = life < H ? death + life : Infinity;
          replaced = true;
        } else {
          failures++;
          this.chainSwitchFailures++;
        }
      }
      if (!replaced) break;
    }
    this.deadAt[b] = death < H ? death : Infinity;
    return failures;
  }
}
