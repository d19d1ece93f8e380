/**
 * The general loops of the mission fast path (no repair): one block of a history at a time, any
 * law and any redundancy, recording trace events when asked. They give a block's death time in
 * the failure layer (`deadAt`, Infinity when it works at H), its unit failures, and the
 * switch-over outages of standby blocks with a delay (recorded in the {@link MissionTimeline}).
 *
 * The common plans of missionSampler.ts use the same uniforms for the same things, so a history
 * gives the same numbers through either (tested by tracing histories).
 * Runs anywhere; no DOM.
 */
import type { CompiledModel } from './compile.ts';
import type { MissionTimeline } from './missionTimeline.ts';
import type { Rng } from './rng.ts';
import * as sampling from './sampling.ts';
import type { TraceRecorder } from './trace.ts';

// Module-local copies: transpilers may turn imported bindings into getter calls in hot loops.
const getInvertibleSurvival = sampling.getInvertibleSurvival;
const getLifeFromUniform = sampling.getLifeFromUniform;
const sampleLife = sampling.sampleLife;

/** Draws single blocks of a mission history by the general loops. */
export class MissionBlockDrawer {
  /** The recorder of a traced history, or `null`. */
  trace: TraceRecorder | null = null;
  /** Failed switch-over attempts since the owner last set this to 0. */
  switchFailures = 0;
  /** R(H) per block for invertible life codes (sampling.ts), NaN otherwise. */
  readonly survivalAtH: Float64Array;
  private readonly m: CompiledModel;
  private readonly horizon: number;
  private readonly rng: Rng;
  private readonly timeline: MissionTimeline;
  private readonly deadAt: Float64Array;
  private readonly unitFailures: Int32Array;
  /** Per-unit scratch: lives or uniforms of failed units and their units; in-service lives. */
  private readonly lives: Float64Array;
  private readonly unitOf: Int32Array;
  private readonly spareLife: Float64Array;
  private readonly spareAlive: Uint8Array;

  /**
   * @param unitFailures per-block unit failures of the history (written by every draw)
   */
  constructor(
    model: CompiledModel,
    horizon: number,
    rng: Rng,
    timeline: MissionTimeline,
    unitFailures: Int32Array,
  ) {
    this.m = model;
    this.horizon = horizon;
    this.rng = rng;
    this.timeline = timeline;
    this.deadAt = timeline.deadAt;
    this.unitFailures = unitFailures;
    const B = model.blockCount;
    this.survivalAtH = new Float64Array(B);
    let maxQuantity = 1;
    for (let b = 0; b < B; b++) {
      maxQuantity = Math.max(maxQuantity, model.blockQuantity[b]!);
      const { lifeKind, lifeA, lifeB, lifeC } = model;
      this.survivalAtH[b] = getInvertibleSurvival(
        lifeKind[b]!,
        lifeA[b]!,
        lifeB[b]!,
        lifeC[b]!,
        horizon,
      );
    }
    this.lives = new Float64Array(maxQuantity);
    this.unitOf = new Int32Array(maxQuantity);
    this.spareLife = new Float64Array(maxQuantity);
    this.spareAlive = new Uint8Array(maxQuantity);
  }

  /**
   * Draws block b: sets `deadAt[b]` (Infinity: works at H) and `unitFailures[b]`.
   * @returns the block's unit failures
   */
  drawBlock(b: number): number {
    const m = this.m;
    if (m.blockStatic[b] === 1) return this.drawFixedBlock(b);
    if (m.blockStandby[b] === 1) return this.drawStandbyBlock(b);
    return this.drawActiveBlock(b);
  }

  /** A block of time-independent units: dead from 0, or never. */
  private drawFixedBlock(b: number): number {
    const m = this.m;
    const first = m.blockFirst[b]!;
    const n = m.blockQuantity[b]!;
    let up = 0;
    for (let u = first; u < first + n; u++) {
      if (this.rng.uniform() < m.lifeA[b]!) up++;
      else if (this.trace !== null) this.trace.failedAtStart(u);
    }
    this.deadAt[b] = up >= m.blockRequired[b]! ? Infinity : 0;
    this.unitFailures[b] = 0;
    return 0;
  }

  /** A life within the horizon: its value if below H (age units), else Infinity. */
  private drawLifeWithinH(b: number): number {
    const m = this.m;
    const kind = m.lifeKind[b]!;
    const survival = this.survivalAtH[b]!;
    if (survival !== survival) {
      // Not invertible: a draw of the law's own sampler.
      const life = sampleLife(kind, m.lifeA[b]!, m.lifeB[b]!, m.lifeC[b]!, this.rng);
      return life < this.horizon ? life : Infinity;
    }
    const v = this.rng.uniform();
    if (v <= survival) return Infinity;
    const life = getLifeFromUniform(kind, m.lifeA[b]!, m.lifeB[b]!, m.lifeC[b]!, v);
    return life < this.horizon ? life : Infinity;
  }

  /**
   * Active k-of-n: dies at the (n − k + 1)-th unit failure. For invertible laws a unit fails
   * before H exactly when its uniform v exceeds R(H), so lives are computed for those only.
   */
  private drawActiveBlock(b: number): number {
    const m = this.m;
    const n = m.blockQuantity[b]!;
    const need = n - m.blockRequired[b]! + 1;
    const first = m.blockFirst[b]!;
    const kind = m.lifeKind[b]!;
    const survival = this.survivalAtH[b]!;
    const lives = this.lives;
    const H = this.horizon;
    let failed = 0;
    if (survival !== survival) {
      for (let i = 0; i < n; i++) {
        const life = this.drawLifeWithinH(b);
        if (life < H) {
          this.unitOf[failed] = first + i;
          lives[failed++] = life;
        }
      }
    } else {
      for (let i = 0; i < n; i++) {
        const v = this.rng.uniform();
        if (v > survival) {
          this.unitOf[failed] = first + i;
          lives[failed++] = v;
        }
      }
      const a = m.lifeA[b]!;
      const shape = m.lifeB[b]!;
      const c = m.lifeC[b]!;
      for (let i = 0; i < failed; i++) lives[i] = getLifeFromUniform(kind, a, shape, c, lives[i]!);
    }
    if (this.trace !== null)
      for (let i = 0; i < failed; i++) this.trace.unit(lives[i]!, this.unitOf[i]!, 'failed');
    this.unitFailures[b] = failed;
    if (failed < need) {
      this.deadAt[b] = Infinity;
      return failed;
    }
    // need-th smallest life by partial selection (n is small).
    for (let i = 0; i < need; i++) {
      let best = i;
      for (let j = i + 1; j < failed; j++) if (lives[j]! < lives[best]!) best = j;
      const swap = lives[i]!;
      lives[i] = lives[best]!;
      lives[best] = swap;
    }
    const death = lives[need - 1]!;
    this.deadAt[b] = death < H ? death : Infinity;
    return failed;
  }

  /**
   * Standby k-of-n without repair: k units in service (ageing at rate 1), spares ageing at the
   * dormant factor; each running failure tries spares in order. Records switch-over outages.
   */
  private drawStandbyBlock(b: number): number {
    const m = this.m;
    const n = m.blockQuantity[b]!;
    const k = m.blockRequired[b]!;
    const first = m.blockFirst[b]!;
    const f = m.dormantFactor[b]!;
    const p = m.switchSuccess[b]!;
    const delay = m.switchDelay[b]!;
    const H = this.horizon;
    const trace = this.trace;
    const svc = this.lives;
    const svcUnit = this.unitOf;
    for (let i = 0; i < k; i++) {
      svc[i] = this.drawLifeWithinH(b);
      svcUnit[i] = first + i;
    }
    for (let j = k; j < n; j++) {
      this.spareAlive[j] = 1;
      // Cold spares get their life when switched in (NaN: not drawn yet).
      this.spareLife[j] = f > 0 ? this.drawLifeWithinH(b) : NaN;
    }
    let failures = 0;
    let death = Infinity;
    for (;;) {
      let i = 0;
      for (let x = 1; x < k; x++) if (svc[x]! < svc[i]!) i = x;
      const tr = svc[i]!;
      let spare = -1;
      let ts = Infinity;
      if (f > 0) {
        for (let j = k; j < n; j++) {
          if (this.spareAlive[j] === 1 && this.spareLife[j]! / f < ts) {
            ts = this.spareLife[j]! / f;
            spare = j;
          }
        }
      }
      if (!(Math.min(tr, ts) < H)) break;
      failures++;
      if (ts < tr) {
        this.spareAlive[spare] = 0;
        if (trace !== null) trace.unit(ts, first + spare, 'failed');
        continue;
      }
      if (trace !== null) trace.unit(tr, svcUnit[i]!, 'failed');
      let replaced = false;
      for (let j = k; j < n && !replaced; j++) {
        if (this.spareAlive[j] === 0) continue;
        this.spareAlive[j] = 0;
        if (p >= 1 || (p > 0 && this.rng.uniform() < p)) {
          const life = f > 0 ? this.spareLife[j]! : this.drawLifeWithinH(b);
          svc[i] = tr + (life - f * tr);
          svcUnit[i] = first + j;
          replaced = true;
          if (delay > 0) this.timeline.addOutage(b, tr, tr + delay);
          if (trace !== null) {
            trace.unit(tr, first + j, 'switched-in');
            if (delay > 0 && tr + delay < Math.min(svc[i]!, H)) {
              trace.unit(tr + delay, first + j, 'switch-completed');
            }
          }
        } else {
          failures++;
          this.switchFailures++;
          if (trace !== null) trace.unit(tr, first + j, 'switch-failed');
        }
      }
      if (!replaced) {
        death = tr;
        break;
      }
    }
    this.deadAt[b] = death;
    this.unitFailures[b] = failures;
    return failures;
  }
}
