/**
 * The unit rules both event engines share (src/model/FORMAT.md, standby switching):
 * - a running unit that fails goes to repair (or is down for good without repair); in a standby
 *   block each spare is tried in turn, an attempt works with the switch success probability, a
 *   failed attempt is that spare failing on demand (it goes to repair); a successful switch keeps
 *   the block down for the switch delay;
 * - a repaired unit goes straight into service (no switch, no delay) when its block has fewer
 *   than k units in service (running or switching in); otherwise it waits as a spare;
 * - dormant ageing is accelerated time: a unit's life is drawn in "age units" from its law; a
 *   running or switching unit ages at rate 1, a spare at the dormant factor (cold 0, warm f,
 *   hot 1). For exponential lives this is exactly a dormant rate f·λ;
 * - a repair time of 0 renews the unit at the moment it fails (counted, never down).
 *
 * Common random numbers (`paired.ts`): with {@link UnitRules.useUnitStreams} every unit draws
 * from a substream of its own, keyed by its block's stable id and its index in the block
 * (rng.ts), instead of all units sharing the history's stream; every draw site first selects the
 * stream of the unit it draws for ({@link UnitRules.selectStream}). Off by default: runs, traces
 * and replays keep the history stream, bit for bit.
 *
 * Engines differ in how they keep next event times ({@link UnitRules.setKey}) and whether a
 * failed unit can wait for a repair crew ({@link UnitRules.takeCrew}).
 * Runs anywhere; no DOM.
 */
import type { CompiledModel } from './compile.ts';
import { Rng, getUnitKey } from './rng.ts';
import * as sampling from './sampling.ts';
import type { TraceRecorder } from './trace.ts';

export const RUNNING = 0;
const SPARE = 1;
const SWITCHING = 2;
export const REPAIRING = 3;
/** Waiting for a repair crew. */
const QUEUED = 4;
/** Down for good (no repair). */
const DEAD = 5;
/** A unit of a time-independent law: drawn once per history. */
const STATIC = 6;

// Module-local copies: transpilers may turn imported bindings into getter calls in hot loops.
const LIFE_MEMORYLESS = sampling.LIFE_MEMORYLESS;
const REPAIR_MEMORYLESS = sampling.REPAIR_MEMORYLESS;
const REPAIR_NONE = sampling.REPAIR_NONE;
const REPAIR_INSTANT = sampling.REPAIR_INSTANT;
const sampleLife = sampling.sampleLife;
const sampleRepair = sampling.sampleRepair;

/** Unit states and the rules of unit events, for an engine to schedule. */
export abstract class UnitRules {
  protected readonly m: CompiledModel;
  protected readonly repairOn: boolean;
  /** The stream draws come from: the history's, or (unit streams) the current unit's. */
  protected rng = new Rng();
  /** Per unit: its own stream and the key of it, or `null` (one stream per history). */
  protected unitStreams: Rng[] | null = null;
  private unitKeys: Int32Array | null = null;
  protected trace: TraceRecorder | null = null;
  protected readonly state: Uint8Array;
  /** Time a unit in service (or switching in) fails. */
  protected readonly failAt: Float64Array;
  /** A spare's life left in age units (−1: a cold spare whose life is not drawn yet). */
  protected readonly lifeLeft: Float64Array;
  /** When a spare went on the shelf. */
  protected readonly stamp: Float64Array;
  protected readonly switchEnd: Float64Array;
  /** Per block: units running, units switching in, unit failures of the history. */
  protected readonly running: Int32Array;
  protected readonly switching: Int32Array;
  protected readonly unitFailures: Int32Array;
  /** Failed switch-over attempts of the history (reset by the engine per history). */
  protected switchFailures = 0;

  constructor(model: CompiledModel, repairOn: boolean) {
    this.m = model;
    this.repairOn = repairOn;
    const n = model.unitCount;
    const B = model.blockCount;
    this.state = new Uint8Array(n);
    this.failAt = new Float64Array(n);
    this.lifeLeft = new Float64Array(n);
    this.stamp = new Float64Array(n);
    this.switchEnd = new Float64Array(n);
    this.running = new Int32Array(B);
    this.switching = new Int32Array(B);
    this.unitFailures = new Int32Array(B);
  }

  /**
   * Switches to common random numbers: each unit draws from its own substream, keyed by its
   * block's stable id and its index within the block (engines call it from their constructor).
   */
  protected useUnitStreams(): void {
    const m = this.m;
    const keys = new Int32Array(m.unitCount);
    const streams: Rng[] = [];
    for (let u = 0; u < m.unitCount; u++) {
      const b = m.unitBlock[u]!;
      keys[u] = getUnitKey(m.blockIds[b]!, u - m.blockFirst[b]!);
      streams.push(new Rng());
    }
    this.unitKeys = keys;
    this.unitStreams = streams;
  }

  /** Seeds history `index` of `seed`: its one stream, or (unit streams) every unit's substream. */
  protected seedHistory(seed: number, index: number): void {
    const streams = this.unitStreams;
    if (streams === null) {
      this.rng.seedStream(seed, index);
      return;
    }
    const keys = this.unitKeys!;
    for (let u = 0; u < streams.length; u++) streams[u]!.seedSubstream(seed, index, keys[u]!);
  }

  /** With unit streams: the next draws are unit u's (no-op with one stream per history). */
  protected selectStream(u: number): void {
    const streams = this.unitStreams;
    if (streams !== null) this.rng = streams[u]!;
  }

  /** Sets the next event time of unit u of block b. */
  protected abstract setKey(u: number, b: number, t: number): void;

  /**
   * A crew for a failed unit: `true` when one starts now, `false` when the unit waits (the
   * engine then owes it a repair later).
   */
  protected abstract takeCrew(u: number): boolean;

  /** A repair crew became free at t. */
  protected abstract releaseCrew(t: number): void;

  protected drawLife(b: number): number {
    const m = this.m;
    const kind = m.lifeKind[b]!;
    return kind === LIFE_MEMORYLESS
      ? -m.lifeA[b]! * Math.log(this.rng.uniform())
      : sampleLife(kind, m.lifeA[b]!, m.lifeB[b]!, m.lifeC[b]!, this.rng);
  }

  protected drawRepair(b: number): number {
    const m = this.m;
    const kind = m.repairKind[b]!;
    return kind === REPAIR_MEMORYLESS
      ? -m.repairA[b]! * Math.log(this.rng.uniform())
      : sampleRepair(kind, m.repairA[b]!, m.repairB[b]!, m.repairC[b]!, this.rng);
  }

  /** Starts a history's units of block b: k (all if active) in service, the rest as spares. */
  protected resetBlockUnits(b: number): void {
    const m = this.m;
    const first = m.blockFirst[b]!;
    const n = m.blockQuantity[b]!;
    const k = m.blockRequired[b]!;
    let up = 0;
    for (let u = first; u < first + n; u++) {
      this.selectStream(u);
      if (m.blockStatic[b] === 1) {
        this.state[u] = STATIC;
        this.setKey(u, b, Infinity);
        if (this.rng.uniform() < m.lifeA[b]!) up++;
        else if (this.trace !== null) this.trace.failedAtStart(u);
      } else if (m.blockStandby[b] === 1 && u - first >= k) {
        this.makeSpare(u, b, 0, m.dormantFactor[b]! > 0 ? this.drawLife(b) : -1);
      } else {
        this.state[u] = RUNNING;
        this.setKey(u, b, (this.failAt[u] = this.drawLife(b)));
        up++;
      }
    }
    this.running[b] = up;
    this.switching[b] = 0;
  }

  /** The event of unit u of block b at t, by the unit's state. */
  protected onUnitEvent(u: number, b: number, t: number): void {
    this.selectStream(u);
    const s = this.state[u]!;
    if (s === RUNNING) this.onRunningFailure(u, b, t);
    else if (s === REPAIRING) this.onRepaired(u, b, t);
    else if (s === SPARE) this.onSpareFailure(u, b, t);
    else this.onSwitchingEvent(u, b, t);
  }

  private onRunningFailure(u: number, b: number, t: number): void {
    this.unitFailures[b]!++;
    if (this.trace !== null) this.trace.unit(t, u, 'failed');
    if (this.m.repairKind[b] === REPAIR_INSTANT && this.repairOn) {
      if (this.trace !== null) this.trace.unit(t, u, 'repaired');
      this.setKey(u, b, (this.failAt[u] = t + this.drawLife(b)));
      return;
    }
    this.startRepair(u, b, t);
    this.running[b]!--;
    if (this.m.blockStandby[b] === 1) this.trySwitch(b, t);
  }

  private onRepaired(u: number, b: number, t: number): void {
    if (this.trace !== null) this.trace.unit(t, u, 'repaired');
    this.releaseCrew(t);
    this.selectStream(u);
    const life = this.drawLife(b);
    if (
      this.m.blockStandby[b] === 0 ||
      this.running[b]! + this.switching[b]! < this.m.blockRequired[b]!
    ) {
      this.state[u] = RUNNING;
      this.setKey(u, b, (this.failAt[u] = t + life));
      this.running[b]!++;
    } else this.makeSpare(u, b, t, life);
  }

  private onSpareFailure(u: number, b: number, t: number): void {
    this.unitFailures[b]!++;
    if (this.trace !== null) this.trace.unit(t, u, 'failed');
    if (this.m.repairKind[b] === REPAIR_INSTANT && this.repairOn) {
      if (this.trace !== null) this.trace.unit(t, u, 'repaired');
      this.makeSpare(u, b, t, this.drawLife(b));
    } else this.startRepair(u, b, t);
  }

  /** A switching unit either completes its switch-over or fails first. */
  private onSwitchingEvent(u: number, b: number, t: number): void {
    this.switching[b]!--;
    if (this.failAt[u]! <= this.switchEnd[u]!) {
      this.unitFailures[b]!++;
      if (this.trace !== null) this.trace.unit(t, u, 'failed');
      this.startRepair(u, b, t);
      this.trySwitch(b, t);
    } else {
      if (this.trace !== null) this.trace.unit(t, u, 'switch-completed');
      this.state[u] = RUNNING;
      this.setKey(u, b, this.failAt[u]!);
      this.running[b]!++;
    }
  }

  /** Puts a repaired unit (or an instantly renewed spare) on the shelf with a fresh life. */
  private makeSpare(u: number, b: number, t: number, life: number): void {
    const f = this.m.dormantFactor[b]!;
    this.state[u] = SPARE;
    this.stamp[u] = t;
    this.lifeLeft[u] = life;
    this.setKey(u, b, f > 0 ? t + life / f : Infinity);
  }

  /** Sends a failed unit to repair: a crew now, a crew later, or down for good. */
  private startRepair(u: number, b: number, t: number): void {
    const rk = this.m.repairKind[b]!;
    if (!this.repairOn || rk === REPAIR_NONE || rk === REPAIR_INSTANT) {
      this.state[u] = DEAD;
      this.setKey(u, b, Infinity);
    } else if (this.takeCrew(u)) this.beginRepair(u, b, t);
    else {
      this.state[u] = QUEUED;
      this.setKey(u, b, Infinity);
    }
  }

  /** A crew starts repairing unit u at t. */
  protected beginRepair(u: number, b: number, t: number): void {
    this.selectStream(u);
    this.state[u] = REPAIRING;
    if (this.trace !== null) this.trace.unit(t, u, 'repair-started');
    this.setKey(u, b, t + this.drawRepair(b));
  }

  /** Switches spares in until k units are in service or no spare is left. */
  private trySwitch(b: number, t: number): void {
    const m = this.m;
    const k = m.blockRequired[b]!;
    const first = m.blockFirst[b]!;
    const end = first + m.blockQuantity[b]!;
    const p = m.switchSuccess[b]!;
    const delay = m.switchDelay[b]!;
    const f = m.dormantFactor[b]!;
    let next = first;
    while (this.running[b]! + this.switching[b]! < k) {
      while (next < end && this.state[next] !== SPARE) next++;
      if (next >= end) return;
      const s = next++;
      this.selectStream(s);
      if (p >= 1 || (p > 0 && this.rng.uniform() < p)) {
        // Age left after dormancy; a cold spare's life is drawn when it is first needed.
        const age =
          f === 0 && this.lifeLeft[s]! < 0
            ? this.drawLife(b)
            : this.lifeLeft[s]! - (t - this.stamp[s]!) * f;
        this.failAt[s] = t + age;
        if (this.trace !== null) this.trace.unit(t, s, 'switched-in');
        if (delay > 0) {
          this.state[s] = SWITCHING;
          this.switching[b]!++;
          this.switchEnd[s] = t + delay;
          this.setKey(s, b, Math.min(t + age, t + delay));
        } else {
          this.state[s] = RUNNING;
          this.running[b]!++;
          this.setKey(s, b, t + age);
        }
      } else {
        if (this.trace !== null) this.trace.unit(t, s, 'switch-failed');
        this.unitFailures[b]!++;
        this.switchFailures++;
        this.startRepair(s, b, t);
      }
    }
  }
}
