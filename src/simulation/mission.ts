/**
 * The mission fast path: histories without any repair. Nothing comes back once failed, so a
 * history is fully described by each block's death time (plus the switch-over outages of
 * standby blocks with a delay), and the system's first failure is the "life semiring" over the
 * gates: a block gate dies at min(block death, threshold-th largest predecessor death).
 *
 * For exponential and Weibull lives a unit has failed before H exactly when its uniform v
 * exceeds R(H) (lives come from inversion, see sampling.ts), so most histories cost one uniform
 * per unit and a boolean pass over the gates; logarithms are taken only for units that failed.
 *
 * Semantics are the event engine's with repair switched off (same counts, same layers); only the
 * order in which random numbers are used differs, so a seed gives other (equally valid) numbers
 * than the event engine would. Runs anywhere; no DOM.
 */
import type { SimulationAccumulator } from './accumulator.ts';
import type { CompiledModel } from './compile.ts';
import { Rng } from './rng.ts';
import * as sampling from './sampling.ts';
import { MissionTimeline } from './missionTimeline.ts';
import type { TraceRecorder } from './trace.ts';

// Module-local copies: transpilers may turn imported bindings into getter calls in hot loops.
const getInvertibleSurvival = sampling.getInvertibleSurvival;
const getLifeFromUniform = sampling.getLifeFromUniform;
const sampleLife = sampling.sampleLife;
const LIFE_LOGNORMAL = sampling.LIFE_LOGNORMAL;
const LIFE_EXPONENTIAL = sampling.LIFE_EXPONENTIAL;

/** Active block of invertible laws: uniforms against R(H). */
const KIND_THRESHOLD = 0;
/** Active block of other laws: lives drawn. */
const KIND_DRAWN = 1;
const KIND_STANDBY = 2;
const KIND_FIXED = 3;

/** Simulates histories of one compiled design with repair switched off. */
export class MissionEngine {
  private readonly m: CompiledModel;
  private readonly horizon: number;
  private readonly seed: number;
  private readonly rng = new Rng();
  /** R(H) per block for invertible laws, NaN otherwise. */
  private readonly survivalAtH: Float64Array;
  private readonly unitFailures: Int32Array;
  /** Per-unit life scratch (failed units' lives, standby in-service lives). */
  private readonly lives: Float64Array;
  private readonly unitOf: Int32Array;
  private readonly spareLife: Float64Array;
  private readonly spareAlive: Uint8Array;
  /** Switch-over outages: [start, end) pairs with their block. */
  private trace: TraceRecorder | null = null;
  private readonly timeline: MissionTimeline;
  /** Aliases of the timeline's arrays. */
  private readonly deadAt: Float64Array;
  private readonly blockUpNow: Uint8Array;
  /** Only the system state at H is needed (no failure times). */
  private readonly reliabilityOnly: boolean;
  /** The system works when every block does (true for every valid design). */
  private readonly upWhenAllAlive: boolean;
  /** How each block is drawn in a reliability-only run (KIND_*). */
  private readonly blockKind: Uint8Array;

  constructor(
    model: CompiledModel,
    settings: {
      readonly horizon: number;
      readonly seed: number;
      readonly reliabilityOnly?: boolean;
    },
  ) {
    this.m = model;
    this.reliabilityOnly = settings.reliabilityOnly ?? false;
    this.horizon = settings.horizon;
    this.seed = settings.seed;
    const B = model.blockCount;
    this.survivalAtH = new Float64Array(B);
    for (let b = 0; b < B; b++) {
      this.survivalAtH[b] = getInvertibleSurvival(
        model.lifeKind[b]!,
        model.lifeA[b]!,
        model.lifeB[b]!,
        settings.horizon,
      );
    }
    this.blockKind = new Uint8Array(B);
    for (let b = 0; b < B; b++) {
      const s = this.survivalAtH[b]!;
      this.blockKind[b] =
        model.blockFixed[b] === 1
          ? KIND_FIXED
          : model.blockStandby[b] === 1
            ? KIND_STANDBY
            : s === s
              ? KIND_THRESHOLD
              : KIND_DRAWN;
    }
    this.timeline = new MissionTimeline(model, settings.horizon);
    this.deadAt = this.timeline.deadAt;
    this.blockUpNow = this.timeline.blockUpNow;
    this.unitFailures = new Int32Array(B);
    let maxQuantity = 1;
    for (let b = 0; b < B; b++) maxQuantity = Math.max(maxQuantity, model.blockQuantity[b]!);
    this.lives = new Float64Array(maxQuantity);
    this.unitOf = new Int32Array(maxQuantity);
    this.spareLife = new Float64Array(maxQuantity);
    this.spareAlive = new Uint8Array(maxQuantity);
    this.upWhenAllAlive = this.timeline.isSystemUp();
  }

  /**
   * Simulates one history without repair and adds it to `acc`.
   * @param index history index (its random stream is derived from the seed and this index)
   * @param trace a recorder for this history, or `null`
   */
  runHistory(index: number, acc: SimulationAccumulator, trace: TraceRecorder | null): void {
    if (this.reliabilityOnly) {
      this.runReliabilityOnly(index, acc);
      return;
    }
    this.trace = trace;
    this.rng.seedStream(this.seed, index);
    this.timeline.outageCount = 0;
    const m = this.m;
    const H = this.horizon;
    const B = m.blockCount;
    const deadAt = this.deadAt;
    const unitFailures = this.unitFailures;
    let events = 0;
    let allAlive = true;
    for (let b = 0; b < B; b++) {
      unitFailures[b] = 0;
      const d =
        m.blockFixed[b] === 1
          ? this.drawFixedBlock(b)
          : m.blockStandby[b] === 1
            ? this.drawStandbyBlock(b)
            : this.drawActiveBlock(b);
      deadAt[b] = d;
      if (d < H) allAlive = false;
      events += unitFailures[b]!;
    }
    if (allAlive && this.timeline.outageCount === 0 && trace === null) {
      // Common case: every block works throughout, so does the system.
      if (events > 0) {
        for (let b = 0; b < B; b++) {
          if (unitFailures[b]! > 0) acc.addBlock(b, 0, 0, 0, unitFailures[b]!);
        }
      }
      acc.addHistory(0, Infinity, 0, 0, events);
      this.lastDowntime = 0;
      return;
    }
    let downtime = 0;
    let firstFailure = Infinity;
    let outages = 0;
    const blockDown = this.timeline.blockDown;
    const blockOverlap = this.timeline.blockOverlap;
    // Monotone histories: the first failure is the life semiring (no failure: ≥ H).
    const life = allAlive ? Infinity : this.timeline.computeSystemLife();
    if (life < H) firstFailure = life;
    if (this.timeline.outageCount === 0) {
      if (firstFailure < H) {
        downtime = H - firstFailure;
        if (firstFailure > 0) outages = 1;
      }
      if (trace !== null) {
        trace.systemState(0, firstFailure > 0);
        if (firstFailure > 0 && firstFailure < H) trace.systemState(firstFailure, false);
      }
      for (let b = 0; b < B; b++) {
        const d = deadAt[b]!;
        const failures = unitFailures[b]!;
        if (d < H) {
          const overlap = firstFailure < H ? H - Math.max(d, firstFailure) : 0;
          acc.addBlock(b, (H - d) / H, overlap / H, d > 0 ? 1 : 0, failures);
        } else if (failures > 0) acc.addBlock(b, 0, 0, 0, failures);
      }
    } else {
      if (trace === null && this.timeline.isSingleBlockOutages())
        this.timeline.resolveSingleBlockOutages(firstFailure);
      else this.timeline.sweep(trace);
      downtime = this.timeline.sweepDowntime;
      outages = this.timeline.sweepOutages;
      for (let b = 0; b < B; b++) {
        const blockOutages = this.timeline.blockOutages[b]!;
        if (blockDown[b]! > 0 || blockOutages > 0 || unitFailures[b]! > 0) {
          acc.addBlock(b, blockDown[b]! / H, blockOverlap[b]! / H, blockOutages, unitFailures[b]!);
        }
      }
    }
    const failures = firstFailure > 0 && firstFailure < H ? 1 : 0;
    acc.addHistory(downtime / H, firstFailure / H, outages, failures, events);
    if (trace !== null) trace.sortEvents();
    this.lastDowntime = downtime;
    this.trace = null;
  }

  /** System downtime of the last history run (time units). */
  lastDowntime = 0;

  /** A history of a reliability-only run: block states at H, one boolean pass over the gates. */
  private runReliabilityOnly(index: number, acc: SimulationAccumulator): void {
    const rng = this.rng;
    rng.seedStream(this.seed, index);
    this.timeline.outageCount = 0;
    const m = this.m;
    const B = m.blockCount;
    const up = this.blockUpNow;
    const unitFailures = this.unitFailures;
    const { blockKind, survivalAtH } = this;
    const { blockQuantity, blockRequired } = m;
    const blockUnitFailures = acc.blockUnitFailures;
    let events = 0;
    let allAlive = true;
    for (let b = 0; b < B; b++) {
      const kind = blockKind[b]!;
      let alive: boolean;
      if (kind === KIND_THRESHOLD) {
        // Thresholds only: a unit has failed before H exactly when v > R(H).
        const survival = survivalAtH[b]!;
        const n = blockQuantity[b]!;
        let failed = 0;
        for (let i = 0; i < n; i++) if (rng.uniform() > survival) failed++;
        alive = failed <= n - blockRequired[b]!;
        if (failed > 0) {
          events += failed;
          blockUnitFailures[b]! += failed;
        }
      } else {
        unitFailures[b] = 0;
        if (kind === KIND_FIXED) alive = this.drawFixedBlock(b) > 0;
        else if (kind === KIND_STANDBY) alive = this.drawStandbyBlock(b) === Infinity;
        else alive = this.drawActiveBlock(b) === Infinity;
        const failed = unitFailures[b]!;
        if (failed > 0) {
          events += failed;
          blockUnitFailures[b]! += failed;
        }
      }
      up[b] = alive ? 1 : 0;
      if (!alive) allAlive = false;
    }
    // Every block alive: the system works (checked once for the design in the constructor).
    acc.addSurvival((allAlive && this.upWhenAllAlive) || this.timeline.isSystemUp(), events);
  }

  /** A block of fixed-probability units: dead from 0 (0) or never (Infinity). */
  private drawFixedBlock(b: number): number {
    const m = this.m;
    const first = m.blockFirst[b]!;
    let up = 0;
    for (let u = first; u < first + m.blockQuantity[b]!; u++) {
      if (this.rng.uniform() < m.lifeA[b]!) up++;
      else if (this.trace !== null) this.trace.failedAtStart(u);
    }
    return up >= m.blockRequired[b]! ? Infinity : 0;
  }

  /** A life within the horizon: its value if below H (age units), else Infinity. */
  private drawLifeWithinH(b: number): number {
    const m = this.m;
    const kind = m.lifeKind[b]!;
    if (kind === LIFE_LOGNORMAL) {
      const life = sampleLife(kind, m.lifeA[b]!, m.lifeB[b]!, this.rng);
      return life < this.horizon ? life : Infinity;
    }
    const v = this.rng.uniform();
    if (v <= this.survivalAtH[b]!) return Infinity;
    const life = getLifeFromUniform(kind, m.lifeA[b]!, m.lifeB[b]!, v);
    return life < this.horizon ? life : Infinity;
  }

  /** Active k-of-n: dies at the (n − k + 1)-th unit failure. */
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
    if (kind === LIFE_LOGNORMAL || survival !== survival) {
      for (let i = 0; i < n; i++) {
        const life = this.drawLifeWithinH(b);
        if (life < H) {
          this.unitOf[failed] = first + i;
          lives[failed++] = life;
        }
      }
    } else {
      const rng = this.rng;
      for (let i = 0; i < n; i++) {
        const v = rng.uniform();
        if (v > survival) {
          this.unitOf[failed] = first + i;
          lives[failed++] = v;
        }
      }
      if (failed < need && this.trace === null) {
        this.unitFailures[b] = failed;
        return Infinity;
      }
      const a = m.lifeA[b]!;
      if (kind === LIFE_EXPONENTIAL)
        for (let i = 0; i < failed; i++) lives[i] = -a * Math.log(lives[i]!);
      else
        for (let i = 0; i < failed; i++)
          lives[i] = getLifeFromUniform(kind, a, m.lifeB[b]!, lives[i]!);
    }
    if (this.trace !== null)
      for (let i = 0; i < failed; i++) this.trace.unit(lives[i]!, this.unitOf[i]!, 'failed');
    this.unitFailures[b] = failed;
    if (failed < need) return Infinity;
    // need-th smallest life by partial selection (n is small).
    for (let i = 0; i < need; i++) {
      let best = i;
      for (let j = i + 1; j < failed; j++) if (lives[j]! < lives[best]!) best = j;
      const swap = lives[i]!;
      lives[i] = lives[best]!;
      lives[best] = swap;
    }
    const death = lives[need - 1]!;
    return death < H ? death : Infinity;
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
    if (k === 1 && f === 0 && trace === null) {
      // Common case, one running unit and cold spares: a chain of lives (same draws as below).
      let death = this.drawLifeWithinH(b);
      let failures = 0;
      let next = k;
      while (death < H) {
        failures++;
        let replaced = false;
        while (next < n && !replaced) {
          next++;
          if (p >= 1 || (p > 0 && this.rng.uniform() < p)) {
            if (delay > 0) this.timeline.addOutage(b, death, death + delay);
            death += this.drawLifeWithinH(b);
            replaced = true;
          } else failures++;
        }
        if (!replaced) break;
      }
      this.unitFailures[b] = failures;
      return death < H ? death : Infinity;
    }
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
          if (trace !== null) trace.unit(tr, first + j, 'switch-failed');
        }
      }
      if (!replaced) {
        this.unitFailures[b] = failures;
        return tr;
      }
    }
    this.unitFailures[b] = failures;
    return Infinity;
  }
}
