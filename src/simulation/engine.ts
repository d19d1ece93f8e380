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
 * Scheduling: exponential units of active blocks with their own crew go through the direct
 * method (directMethod.ts); every other unit has its own next event time in a UnitQueue. Typed
 * arrays throughout, no allocation per event.
 * Runs anywhere; no DOM.
 */
import type { SimulationAccumulator } from './accumulator.ts';
import type { CompiledModel } from './compile.ts';
import { ExponentialGroups, MAX_GROUPS, MIN_GROUPED_UNITS } from './directMethod.ts';
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
const REPAIR_EXPONENTIAL = sampling.REPAIR_EXPONENTIAL;
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
  private readonly groups: ExponentialGroups;
  /** Per unit: 1 when scheduled by the direct method. */
  private readonly grouped: Uint8Array;
  /** Per block: a queued running failure goes straight to an own-crew exponential repair. */
  private readonly hotRepair: Uint8Array;
  private readonly noHot: Uint8Array;
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
    const grouped: { unit: number; failureRate: number; repairRate: number }[] = [];
    const queued: number[] = [];
    for (let u = 0; u < n; u++) {
      const b = model.unitBlock[u]!;
      const direct =
        model.blockStandby[b] === 0 &&
        model.blockFixed[b] === 0 &&
        model.lifeKind[b] === LIFE_EXPONENTIAL &&
        model.repairKind[b] === REPAIR_EXPONENTIAL &&
        settings.repair &&
        settings.crews === Infinity;
      if (direct)
        grouped.push({
          unit: u,
          failureRate: 1 / model.lifeA[b]!,
          repairRate: 1 / model.repairA[b]!,
        });
      else queued.push(u);
    }
    let groups = new ExponentialGroups(n, grouped);
    if (groups.groupCount > MAX_GROUPS || grouped.length < MIN_GROUPED_UNITS) {
      for (const g of grouped) queued.push(g.unit);
      queued.sort((a, b) => a - b);
      groups = new ExponentialGroups(n, []);
    }
    this.groups = groups;
    this.grouped = new Uint8Array(n);
    for (let u = 0; u < n; u++) if (groups.runGroup[u]! >= 0) this.grouped[u] = 1;
    this.queue = new UnitQueue(n, Int32Array.from(queued));
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
    this.hotRepair = new Uint8Array(B);
    this.noHot = new Uint8Array(B);
    for (let b = 0; b < B; b++) {
      const hot =
        settings.repair &&
        settings.crews === Infinity &&
        model.repairKind[b] === REPAIR_EXPONENTIAL &&
        model.blockStandby[b] === 0 &&
        model.blockFixed[b] === 0;
      this.hotRepair[b] = hot ? 1 : 0;
    }
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
    const rng = this.rng;
    const { key, state, running, groups, queue, bUnitFailures } = this;
    const { unitBlock, blockRequired, repairA, lifeA, lifeKind } = this.m;
    const hot = trace === null ? this.hotRepair : this.noHot;
    const { scan, units, win, wkey, leafOf, leaves } = queue;
    const queueSize = units.length;
    const scanAll = scan && queueSize === this.m.unitCount && queueSize > 0;
    const { rate: groupRate, size: groupSize, start: groupStart, members, position } = groups;
    const { runGroup, repairGroup, groupCount } = groups;
    let events = 0;
    let rate = groups.getTotalRate();
    let groupTime = rate > 0 ? -Math.log(rng.uniform()) / rate : Infinity;
    for (;;) {
      let u = -1;
      let t = Infinity;
      if (scanAll) {
        // Every unit is queued: scan the keys directly.
        t = key[0]!;
        u = 0;
        for (let i = 1; i < queueSize; i++) {
          const k = key[i]!;
          if (k < t) {
            t = k;
            u = i;
          }
        }
      } else if (scan) {
        for (let i = 0; i < queueSize; i++) {
          const v = units[i]!;
          const k = key[v]!;
          if (k < t || u < 0) {
            t = k;
            u = v;
          }
        }
      } else {
        u = win[1]!;
        t = wkey[1]!;
      }
      if (groupTime <= t) {
        // Direct method: an exponential unit of an active block fails or is repaired.
        t = groupTime;
        if (!(t < H)) break;
        events++;
        let r = rng.uniform() * rate;
        let g = 0;
        let last = 0;
        for (; g < groupCount; g++) {
          const n = groupSize[g]!;
          if (n === 0) continue;
          last = g;
          const weight = n * groupRate[g]!;
          if (r < weight) break;
          r -= weight;
        }
        if (g >= groupCount) {
          g = last;
          r = 0;
        }
        let i = Math.floor(r / groupRate[g]!);
        if (i >= groupSize[g]!) i = groupSize[g]! - 1;
        u = members[groupStart[g]! + i]!;
        // Move u from group g to its other group.
        const end = --groupSize[g]!;
        const moved = members[groupStart[g]! + end]!;
        members[groupStart[g]! + i] = moved;
        position[moved] = i;
        const b = unitBlock[u]!;
        const other = state[u] === RUNNING ? repairGroup[u]! : runGroup[u]!;
        const n = groupSize[other]!;
        members[groupStart[other]! + n] = u;
        position[u] = n;
        groupSize[other] = n + 1;
        if (state[u] === RUNNING) {
          bUnitFailures[b]!++;
          state[u] = REPAIRING;
          if (trace !== null) {
            trace.unit(t, u, 'failed');
            trace.unit(t, u, 'repair-started');
          }
          if (--running[b]! === blockRequired[b]! - 1) this.updateBlock(b, t);
        } else {
          state[u] = RUNNING;
          if (trace !== null) trace.unit(t, u, 'repaired');
          if (++running[b]! === blockRequired[b]!) this.updateBlock(b, t);
        }
        rate = 0;
        for (let x = 0; x < groupCount; x++) rate += groupSize[x]! * groupRate[x]!;
        groupTime = rate > 0 ? t - Math.log(rng.uniform()) / rate : Infinity;
        continue;
      }
      if (!(t < H)) break;
      events++;
      const b = unitBlock[u]!;
      const s = state[u]!;
      if (
        hot[b] === 1 &&
        (s === RUNNING || (s === REPAIRING && lifeKind[b] === LIFE_EXPONENTIAL))
      ) {
        // Hot path: active block, exponential repair by its own crew, no trace.
        if (s === RUNNING) {
          bUnitFailures[b]!++;
          state[u] = REPAIRING;
          key[u] = t - repairA[b]! * Math.log(rng.uniform());
          if (--running[b]! === blockRequired[b]! - 1) this.updateBlock(b, t);
        } else {
          state[u] = RUNNING;
          key[u] = t - lifeA[b]! * Math.log(rng.uniform());
          if (++running[b]! === blockRequired[b]!) this.updateBlock(b, t);
        }
        if (!scan) {
          // Inlined UnitQueue.update.
          let w = u;
          let k = key[u]!;
          let i = leafOf[u]! + leaves;
          wkey[i] = k;
          while (i > 1) {
            const sib = i ^ 1;
            const ks = wkey[sib]!;
            if (sib < i ? ks <= k : ks < k) {
              k = ks;
              w = win[sib]!;
            }
            i >>= 1;
            win[i] = w;
            wkey[i] = k;
          }
        }
        continue;
      }
      if (s === RUNNING) this.onRunningFailure(u, b, t);
      else if (s === REPAIRING) this.onRepaired(u, b, t);
      else if (s === SPARE) this.onSpareFailure(u, b, t);
      else this.onSwitchingEvent(u, b, t);
      queue.update(u);
    }
    this.lastDowntime = this.system.finish(acc, H, bUnitFailures, events);
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
    const { state, key, failAt, running, switching, trace, groups } = this;
    this.crewHead = this.crewWaiting = this.busyCrews = 0;
    this.bUnitFailures.fill(0);
    groups.clear();
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
        } else if (this.grouped[u] === 1) {
          state[u] = RUNNING;
          groups.add(u, groups.runGroup[u]!);
          up++;
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
