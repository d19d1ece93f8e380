/**
 * The discrete-event loop: every unit alternates up and down over [0, H], standby blocks switch
 * spares in, repairs may wait for a limited number of crews, and the system state is kept up to
 * date by re-evaluating only the gates downstream of a block that changed (gates.ts).
 *
 * Rules (shared with the exact engine, see ../shared/spec/domain.md):
 * - a running unit that fails goes to repair (or is down for good without repair); in a standby
 *   block each spare is tried in turn, an attempt works with the switch success probability, a
 *   failed attempt is that spare failing on demand (it goes to repair); a successful switch keeps
 *   the block down for the switch delay;
 * - a repaired unit goes straight into service (no switch, no delay) when its block has fewer
 *   than k units in service (running or switching in); otherwise it waits as a spare;
 * - dormant ageing is accelerated time: a unit's life is drawn in "age units" from its law; a
 *   running or switching unit ages at rate 1, a spare at the dormant factor (cold 0, warm f,
 *   hot 1). For exponential lives this is exactly a dormant rate f·λ;
 * - a repair time of 0 renews the unit at the moment it fails (counted, never down);
 * - a `fixed` unit is drawn up or down once per history and never changes.
 *
 * Blocks and system are booked by systemTracker.ts: the real state (switch-overs are down:
 * availability, outages) and the failure state (switch-overs count as up: reliability, as the
 * exact engine's mission reliability ignores the delay).
 *
 * Runs when repair crews are limited (units then wait for each other, so blocks are not
 * independent); with one crew per unit the independent-block engine (timelineEngine.ts) is used.
 * Every unit has its own next event time in a UnitQueue. Typed arrays throughout, no allocation
 * per event.
 * Runs anywhere; no DOM.
 */
import type { SimulationAccumulator } from './accumulator.ts';
import type { CompiledModel } from './compile.ts';
import { Rng } from './rng.ts';
import * as sampling from './sampling.ts';
import { SystemTracker } from './systemTracker.ts';
import type { TraceRecorder } from './trace.ts';
import { UnitQueue } from './unitQueue.ts';

const RUNNING = 0;
const SPARE = 1;
const SWITCHING = 2;
const REPAIRING = 3;
const QUEUED = 4;
const DEAD = 5;
const STATIC = 6;

// Module-local copies: transpilers may turn imported bindings into getter calls in hot loops.
const REPAIR_NONE = sampling.REPAIR_NONE;
const REPAIR_INSTANT = sampling.REPAIR_INSTANT;
const LIFE_EXPONENTIAL = sampling.LIFE_EXPONENTIAL;
const sampleLife = sampling.sampleLife;
const sampleRepair = sampling.sampleRepair;

/** Run settings of the event engine. */
export interface EngineSettings {
  readonly horizon: number;
  readonly seed: number;
  /** `false`: nothing is repaired. */
  readonly repair: boolean;
  /** Repair crews, `Infinity` for one per unit. */
  readonly crews: number;
}

/**
 * Simulates histories of one compiled design with repair.
 * @example
 * const engine = new EventEngine(model, { horizon: 8760, seed: 1, repair: true, crews: Infinity });
 * const acc = new SimulationAccumulator(model.blockCount);
 * for (let h = 0; h < 1000; h++) engine.runHistory(h, acc, null);
 */
export class EventEngine {
  private readonly m: CompiledModel;
  private readonly horizon: number;
  private readonly seed: number;
  private readonly repairOn: boolean;
  private readonly crews: number;
  private readonly rng = new Rng();
  private readonly queue: UnitQueue;
  private readonly key: Float64Array;
  private readonly state: Uint8Array;
  private readonly failAt: Float64Array;
  private readonly lifeLeft: Float64Array;
  private readonly stamp: Float64Array;
  private readonly switchEnd: Float64Array;
  private readonly crewQueue: Int32Array;
  private crewHead = 0;
  private crewWaiting = 0;
  private busyCrews = 0;
  private readonly running: Int32Array;
  private readonly switching: Int32Array;
  private readonly bUnitFailures: Int32Array;
  private trace: TraceRecorder | null = null;
  private readonly system: SystemTracker;
  /** System downtime of the last history run (time units). */
  lastDowntime = 0;

  constructor(model: CompiledModel, settings: EngineSettings) {
    this.m = model;
    this.horizon = settings.horizon;
    this.seed = settings.seed;
    this.repairOn = settings.repair;
    this.crews = settings.crews;
    const n = model.unitCount;
    const B = model.blockCount;
    this.queue = new UnitQueue(
      n,
      Int32Array.from({ length: n }, (_, u) => u),
    );
    this.key = this.queue.key;
    this.system = new SystemTracker(model);
    this.state = new Uint8Array(n);
    this.failAt = new Float64Array(n);
    this.lifeLeft = new Float64Array(n);
    this.stamp = new Float64Array(n);
    this.switchEnd = new Float64Array(n);
    this.crewQueue = new Int32Array(Math.max(1, n));
    this.running = new Int32Array(B);
    this.switching = new Int32Array(B);
    this.bUnitFailures = new Int32Array(B);
  }

  /**
   * Simulates one history and adds it to `acc`.
   * @param index history index (its random stream is derived from the seed and this index)
   * @param trace a recorder for this history, or `null`
   */
  runHistory(index: number, acc: SimulationAccumulator, trace: TraceRecorder | null): void {
    this.trace = trace;
    this.rng.seedStream(this.seed, index);
    this.resetHistory();
    const H = this.horizon;
    const queue = this.queue;
    let events = 0;
    for (;;) {
      const u = queue.next();
      const t = u < 0 ? Infinity : this.key[u]!;
      if (!(t < H)) break;
      events++;
      const b = this.m.unitBlock[u]!;
      const s = this.state[u]!;
      if (s === RUNNING) this.onRunningFailure(u, b, t);
      else if (s === REPAIRING) this.onRepaired(u, b, t);
      else if (s === SPARE) this.onSpareFailure(u, b, t);
      else this.onSwitchingEvent(u, b, t);
      queue.update(u);
    }
    this.lastDowntime = this.system.finish(acc, H, this.bUnitFailures, events);
    this.trace = null;
  }

  private drawLife(b: number): number {
    const m = this.m;
    const kind = m.lifeKind[b]!;
    return kind === LIFE_EXPONENTIAL
      ? -m.lifeA[b]! * Math.log(this.rng.uniform())
      : sampleLife(kind, m.lifeA[b]!, m.lifeB[b]!, this.rng);
  }

  private onRunningFailure(u: number, b: number, t: number): void {
    this.bUnitFailures[b]!++;
    if (this.trace !== null) this.trace.unit(t, u, 'failed');
    if (this.m.repairKind[b] === REPAIR_INSTANT && this.repairOn) {
      if (this.trace !== null) this.trace.unit(t, u, 'repaired');
      this.key[u] = this.failAt[u] = t + this.drawLife(b);
      return;
    }
    this.startRepair(u, b, t);
    const left = --this.running[b]!;
    if (this.m.blockStandby[b] === 1) this.trySwitch(b, t);
    if (left < this.m.blockRequired[b]! || this.m.hasSwitchDelay) this.updateBlock(b, t);
  }

  private onRepaired(u: number, b: number, t: number): void {
    if (this.trace !== null) this.trace.unit(t, u, 'repaired');
    this.busyCrews--;
    if (this.crewWaiting > 0) this.startQueuedRepair(t);
    const life = this.drawLife(b);
    if (
      this.m.blockStandby[b] === 0 ||
      this.running[b]! + this.switching[b]! < this.m.blockRequired[b]!
    ) {
      this.state[u] = RUNNING;
      this.key[u] = this.failAt[u] = t + life;
      this.running[b]!++;
      this.updateBlock(b, t);
    } else this.makeSpare(u, b, t, life);
  }

  private onSpareFailure(u: number, b: number, t: number): void {
    this.bUnitFailures[b]!++;
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
      this.bUnitFailures[b]!++;
      if (this.trace !== null) this.trace.unit(t, u, 'failed');
      this.startRepair(u, b, t);
      this.trySwitch(b, t);
    } else {
      if (this.trace !== null) this.trace.unit(t, u, 'switch-completed');
      this.state[u] = RUNNING;
      this.key[u] = this.failAt[u]!;
      this.running[b]!++;
    }
    this.updateBlock(b, t);
  }

  /** Puts a repaired unit (or an instantly renewed spare) on the shelf with a fresh life. */
  private makeSpare(u: number, b: number, t: number, life: number): void {
    const f = this.m.dormantFactor[b]!;
    this.state[u] = SPARE;
    this.stamp[u] = t;
    this.lifeLeft[u] = life;
    this.key[u] = f > 0 ? t + life / f : Infinity;
  }

  /** Sends a failed unit to repair: a free crew, the crew queue, or down for good. */
  private startRepair(u: number, b: number, t: number): void {
    const rk = this.m.repairKind[b]!;
    if (!this.repairOn || rk === REPAIR_NONE || rk === REPAIR_INSTANT) {
      this.state[u] = DEAD;
      this.key[u] = Infinity;
    } else if (this.busyCrews < this.crews) {
      this.busyCrews++;
      this.state[u] = REPAIRING;
      if (this.trace !== null) this.trace.unit(t, u, 'repair-started');
      this.key[u] = t + sampleRepair(rk, this.m.repairA[b]!, this.m.repairB[b]!, this.rng);
    } else {
      this.state[u] = QUEUED;
      this.key[u] = Infinity;
      this.crewQueue[(this.crewHead + this.crewWaiting++) % this.crewQueue.length] = u;
    }
  }

  /** A crew just freed takes the longest-waiting unit (first come, first served). */
  private startQueuedRepair(t: number): void {
    const v = this.crewQueue[this.crewHead]!;
    this.crewHead = (this.crewHead + 1) % this.crewQueue.length;
    this.crewWaiting--;
    const b = this.m.unitBlock[v]!;
    this.busyCrews++;
    this.state[v] = REPAIRING;
    if (this.trace !== null) this.trace.unit(t, v, 'repair-started');
    const rk = this.m.repairKind[b]!;
    this.key[v] = t + sampleRepair(rk, this.m.repairA[b]!, this.m.repairB[b]!, this.rng);
    this.queue.update(v);
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
          this.key[s] = Math.min(t + age, t + delay);
        } else {
          this.state[s] = RUNNING;
          this.running[b]!++;
          this.key[s] = t + age;
        }
      } else {
        if (this.trace !== null) this.trace.unit(t, s, 'switch-failed');
        this.bUnitFailures[b]!++;
        this.startRepair(s, b, t);
      }
      this.queue.update(s);
    }
  }

  /** A block's unit counts changed at t. */
  private updateBlock(b: number, t: number): void {
    this.system.updateBlock(b, this.running[b]!, this.switching[b]!, t);
  }

  /** Draws the initial state of every unit and evaluates the gates from scratch. */
  private resetHistory(): void {
    const m = this.m;
    const rng = this.rng;
    const { state, key, failAt, running, switching, trace } = this;
    this.crewHead = this.crewWaiting = this.busyCrews = 0;
    this.bUnitFailures.fill(0);
    const B = m.blockCount;
    for (let b = 0; b < B; b++) {
      const first = m.blockFirst[b]!;
      const n = m.blockQuantity[b]!;
      const k = m.blockRequired[b]!;
      let up = 0;
      for (let u = first; u < first + n; u++) {
        if (m.blockFixed[b] === 1) {
          state[u] = STATIC;
          key[u] = Infinity;
          if (rng.uniform() < m.lifeA[b]!) up++;
          else if (trace !== null) trace.failedAtStart(u);
        } else if (m.blockStandby[b] === 1 && u - first >= k) {
          this.makeSpare(u, b, 0, m.dormantFactor[b]! > 0 ? this.drawLife(b) : -1);
        } else {
          state[u] = RUNNING;
          key[u] = failAt[u] = this.drawLife(b);
          up++;
        }
      }
      running[b] = up;
      switching[b] = 0;
    }
    this.queue.rebuild();
    this.system.reset(running, trace);
  }
}
