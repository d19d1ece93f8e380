/**
 * The event engine of independent blocks, used whenever every unit has its own repair crew (the
 * default). Then blocks do not interact: a block's units fail, wait for their switch-overs and
 * are repaired whatever happens elsewhere, so each block's history is simulated on its own, in a
 * loop over its own few units, and the system follows from the blocks' down sets by interval
 * merges through the gate network (intervalSets.ts). A unit event costs a variate, a scan of its
 * block's units and a store; the gates see only down intervals, never single events.
 *
 * A history runs in time windows so memory stays bounded however long the horizon: in each
 * window every block runs up to the window's end and records its down intervals (real state, and
 * for standby blocks with a switch delay also the failure state, where a switch-over counts as
 * up), then the system's down sets of the window are derived and booked: downtime, outages,
 * failures, first failure, and per block its downtime, outages and overlap with system downtime.
 * Unit rules are the global engine's (engine.ts, unitRules.ts); only the order in
 * which random numbers are used differs, so a seed gives other (equally valid) numbers.
 *
 * Per block:
 * - one active unit: a tight alternation of lives and repairs;
 * - active k-of-n of memoryless lives and repairs (constant rates, src/laws): a birth-death
 *   chain on the number of units down (Gillespie's direct method; the units are identical and
 *   memoryless, so which one fails
 *   or is repaired does not matter, and traces name it from a stream of their own);
 * - other active k-of-n: the block's units in a scan (a winner tree above 16 units);
 * - standby: the global engine's switch-over rules within the block;
 * - time-independent (`fixed`) laws: drawn once at the start, never change.
 * Runs anywhere; no DOM.
 */
import type { SimulationAccumulator } from './accumulator.ts';
import type { CompiledModel } from './compile.ts';
import { MAX_SEED, Rng } from './rng.ts';
import * as sampling from './sampling.ts';
import { DownSetNetwork, IntervalSet } from './intervalSets.ts';
import type { TraceRecorder } from './trace.ts';
import { UnitQueue } from './unitQueue.ts';
import { REPAIRING, RUNNING, UnitRules } from './unitRules.ts';

/** Time-independent units: drawn once at the start. */
const PLAN_STATIC = 0;
/** One active unit of memoryless life and repair. */
const PLAN_SINGLE_MEMORYLESS = 1;
/** Units one event at a time (standby, other laws). */
const PLAN_UNITS = 2;
/** Active k-of-n (n ≥ 2) of memoryless lives and repairs. */
const PLAN_BIRTH_DEATH = 3;

/** Block state codes: bit 0 real state up, bit 1 failure state up (switch-overs count as up). */
const CODE_UP = 3;
const CODE_DOWN = 0;

/** Up to this many units a block's next event is found by a scan, above by a winner tree. */
const SCAN_LIMIT = 16;
/** Expected unit events of one window (sizes the change buffers). */
const EVENTS_PER_WINDOW = 4096;
const MAX_WINDOWS = 1 << 20;
/** Offset of the seed of the streams that name units in traces of birth-death blocks. */
const TRACE_SEED_OFFSET = 0x5851f42d;

// Module-local copies: transpilers may turn imported bindings into getter calls in hot loops.
const LIFE_MEMORYLESS = sampling.LIFE_MEMORYLESS;
const REPAIR_MEMORYLESS = sampling.REPAIR_MEMORYLESS;

/**
 * Number of time windows of a history: about {@link EVENTS_PER_WINDOW} expected unit events each.
 * @returns an integer ≥ 1
 */
function getWindowCount(m: CompiledModel, horizon: number): number {
  let rate = 0;
  for (let b = 0; b < m.blockCount; b++) {
    if (m.blockStatic[b] === 1) continue;
    const life = m.lifeMean[b]!;
    const repair = m.repairMean[b]!;
    // Never failing, or an infinite mean life: few events, whatever the horizon.
    if (life === Infinity) continue;
    // A cycle has two events (one when repair is instant); no repair: one failure at most.
    const cycle = repair === Infinity ? Infinity : life + repair;
    rate += (m.blockQuantity[b]! * (repair === 0 ? 1 : 2)) / cycle;
  }
  const windows = Math.ceil((rate * horizon) / EVENTS_PER_WINDOW);
  return windows > 1 ? Math.min(windows, MAX_WINDOWS) : 1;
}

/**
 * Simulates histories of one compiled design with repair and one crew per unit.
 * @example
 * const engine = new TimelineEngine(model, { horizon: 8760, seed: 1 });
 * const acc = new SimulationAccumulator(model.blockCount);
 * for (let h = 0; h < 1000; h++) engine.runHistory(h, acc, null);
 */
export class TimelineEngine extends UnitRules {
  private readonly horizon: number;
  private readonly seed: number;
  private readonly windows: number;
  private readonly network: DownSetNetwork;
  private readonly plan: Uint8Array;
  /** Per birth-death block, by units down: 1 / total event rate, share of failures. */
  private readonly invRate: Float64Array[] = [];
  private readonly failureShare: Float64Array[] = [];
  /** Names the units of birth-death blocks in traces (never touches the history's stream). */
  private readonly traceRng = new Rng();
  /** Per block: next event time of each of its units (local index). */
  private readonly unitKey: Float64Array[];
  /** Per block: a winner tree over `unitKey[b]`, or `null` for a scan. */
  private readonly unitQueue: (UnitQueue | null)[];
  /** Per block: state code (bit 0 real state up, bit 1 failure state up). */
  private readonly lastCode: Uint8Array;
  /** Per block: down intervals of the window, real state and failure state (often the same). */
  private readonly realDown: IntervalSet[];
  private readonly failDown: IntervalSet[];
  /** Per block: start of the down interval in progress, NaN while up. */
  private readonly realOpen: Float64Array;
  private readonly failOpen: Float64Array;
  /** Per block books of the history. */
  private readonly blockDowntime: Float64Array;
  private readonly blockOverlap: Float64Array;
  private readonly blockOutages: Int32Array;
  /** Per block: down at the end of the previous window (its next interval continues). */
  private readonly blockDownAtEnd: Uint8Array;
  private systemDowntime = 0;
  private outages = 0;
  private failures = 0;
  private firstFailure = Infinity;
  private systemDownAtEnd = false;
  private failedAtEnd = false;
  private events = 0;
  /** Time of the unit found by {@link TimelineEngine.findNextUnit}. */
  private nextTime = 0;
  /** System downtime of the last history run (time units). */
  lastDowntime = 0;
  /** First system failure of the last history run (time units; `Infinity`: none). */
  lastFirstFailure = Infinity;
  /** Failed switch-over attempts in the last history run. */
  lastSwitchFailures = 0;

  /**
   * @param settings horizon and seed; `unitStreams: true` gives every unit a substream of its own
   *   (common random numbers, unitRules.ts), and then birth-death blocks run unit by unit
   */
  constructor(
    model: CompiledModel,
    settings: { readonly horizon: number; readonly seed: number; readonly unitStreams?: boolean },
  ) {
    super(model, true);
    const unitStreams = settings.unitStreams === true;
    this.horizon = settings.horizon;
    this.seed = settings.seed;
    this.windows = getWindowCount(model, settings.horizon);
    const B = model.blockCount;
    this.network = new DownSetNetwork(model);
    this.plan = new Uint8Array(B);
    this.unitKey = [];
    this.unitQueue = [];
    this.realDown = [];
    this.failDown = [];
    for (let b = 0; b < B; b++) {
      const n = model.blockQuantity[b]!;
      const memoryless =
        model.lifeKind[b] === LIFE_MEMORYLESS && model.repairKind[b] === REPAIR_MEMORYLESS;
      const active = model.blockStatic[b] === 0 && model.blockStandby[b] === 0;
      this.plan[b] =
        model.blockStatic[b] === 1
          ? PLAN_STATIC
          : !active || !memoryless || (unitStreams && n > 1)
            ? PLAN_UNITS
            : n === 1
              ? PLAN_SINGLE_MEMORYLESS
              : PLAN_BIRTH_DEATH;
      const key = new Float64Array(n).fill(Infinity);
      this.unitKey.push(key);
      // Birth-death tables by units down j: 1 / total rate, probability the event is a failure.
      const invRate = new Float64Array(n + 1);
      const failureShare = new Float64Array(n + 1);
      if (this.plan[b] === PLAN_BIRTH_DEATH) {
        const lambda = 1 / model.lifeA[b]!;
        const mu = 1 / model.repairA[b]!;
        for (let j = 0; j <= n; j++) {
          const rate = (n - j) * lambda + j * mu;
          invRate[j] = 1 / rate;
          failureShare[j] = j === 0 ? 1 : j === n ? 0 : ((n - j) * lambda) / rate;
        }
      }
      this.invRate.push(invRate);
      this.failureShare.push(failureShare);
      const local = Int32Array.from({ length: n }, (_, i) => i);
      this.unitQueue.push(n > SCAN_LIMIT ? new UnitQueue(n, local, key) : null);
      const real = new IntervalSet();
      this.realDown.push(real);
      // Only a switch delay separates the failure state from the real one.
      const delayed = model.blockStandby[b] === 1 && model.switchDelay[b]! > 0;
      this.failDown.push(delayed ? new IntervalSet() : real);
    }
    this.lastCode = new Uint8Array(B);
    this.realOpen = new Float64Array(B);
    this.failOpen = new Float64Array(B);
    this.blockDowntime = new Float64Array(B);
    this.blockOverlap = new Float64Array(B);
    this.blockOutages = new Int32Array(B);
    this.blockDownAtEnd = new Uint8Array(B);
    if (unitStreams) this.useUnitStreams();
  }

  /**
   * Simulates one history and adds it to `acc`.
   * @param index history index (its random stream is derived from the seed and this index)
   * @param trace a recorder for this history, or `null`
   */
  runHistory(index: number, acc: SimulationAccumulator, trace: TraceRecorder | null): void {
    this.trace = trace;
    this.seedHistory(this.seed, index);
    if (trace !== null) this.traceRng.seedStream((this.seed + TRACE_SEED_OFFSET) % MAX_SEED, index);
    this.events = 0;
    this.resetHistory();
    const H = this.horizon;
    const W = this.windows;
    const B = this.m.blockCount;
    const { plan, realDown, failDown } = this;
    let w0 = 0;
    for (let w = 1; w <= W; w++) {
      const w1 = w === W ? H : (H * w) / W;
      for (let b = 0; b < B; b++) {
        realDown[b]!.clear();
        failDown[b]!.clear();
        const p = plan[b]!;
        if (p === PLAN_SINGLE_MEMORYLESS && trace === null) this.runSingleMemoryless(b, w1);
        else if (p === PLAN_BIRTH_DEATH) this.runBirthDeath(b, w1);
        else if (p !== PLAN_STATIC) this.runUnits(b, w1);
        this.closeWindow(b, w1);
      }
      this.bookWindow(w0, w1);
      w0 = w1;
    }
    this.lastDowntime = this.finish(acc);
    this.lastFirstFailure = this.firstFailure;
    this.lastSwitchFailures = this.switchFailures;
    if (trace !== null) trace.sortEvents();
    this.trace = null;
  }

  /** Draws every unit's first life (time-independent units: their state) and starts the books. */
  private resetHistory(): void {
    const m = this.m;
    this.unitFailures.fill(0);
    this.switchFailures = 0;
    for (let b = 0; b < m.blockCount; b++) {
      if (this.plan[b] === PLAN_BIRTH_DEATH) {
        // All units in service; the chain's first event time (no lives per unit).
        const first = m.blockFirst[b]!;
        const n = m.blockQuantity[b]!;
        this.state.fill(RUNNING, first, first + n);
        this.running[b] = n;
        this.unitKey[b]![0] = -Math.log(this.rng.uniform()) * this.invRate[b]![0]!;
      } else {
        this.resetBlockUnits(b);
        this.unitQueue[b]?.rebuild();
      }
      const code = this.running[b]! >= m.blockRequired[b]! ? CODE_UP : CODE_DOWN;
      this.lastCode[b] = code;
      this.realOpen[b] = this.failOpen[b] = code === CODE_UP ? NaN : 0;
    }
    this.blockDowntime.fill(0);
    this.blockOverlap.fill(0);
    this.blockOutages.fill(0);
    this.blockDownAtEnd.fill(0);
    this.systemDowntime = 0;
    this.outages = this.failures = 0;
    this.firstFailure = Infinity;
    this.systemDownAtEnd = this.failedAtEnd = false;
  }

  /** Block b's state code becomes `code` at t: opens or closes its down intervals. */
  private record(b: number, t: number, code: number): void {
    const changed = this.lastCode[b]! ^ code;
    this.lastCode[b] = code;
    if ((changed & 1) !== 0) {
      if ((code & 1) === 0) this.realOpen[b] = t;
      else {
        this.realDown[b]!.push(this.realOpen[b]!, t);
        this.realOpen[b] = NaN;
      }
    }
    if ((changed & 2) !== 0 && this.failDown[b] !== this.realDown[b]) {
      if ((code & 2) === 0) this.failOpen[b] = t;
      else {
        this.failDown[b]!.push(this.failOpen[b]!, t);
        this.failOpen[b] = NaN;
      }
    }
  }

  /** Ends the window at w1: intervals still open are cut there and go on in the next window. */
  private closeWindow(b: number, w1: number): void {
    const open = this.realOpen[b]!;
    if (open === open) {
      this.realDown[b]!.push(open, w1);
      this.realOpen[b] = w1;
    }
    const failOpen = this.failOpen[b]!;
    if (failOpen === failOpen && this.failDown[b] !== this.realDown[b]) {
      this.failDown[b]!.push(failOpen, w1);
      this.failOpen[b] = w1;
    }
  }

  /** One unit of memoryless life and repair, untraced, up to `end`: the hottest loop. */
  private runSingleMemoryless(b: number, end: number): void {
    const u = this.m.blockFirst[b]!;
    this.selectStream(u);
    const rng = this.rng;
    const key = this.unitKey[b]!;
    const life = this.m.lifeA[b]!;
    const repair = this.m.repairA[b]!;
    const down = this.realDown[b]!;
    let t = key[0]!;
    let s = this.state[u]!;
    let events = 0;
    let failures = 0;
    if (s === REPAIRING) {
      // Repaired at t (t < end): the interval open since the window's start ends.
      this.record(b, t, CODE_UP);
      events++;
      s = RUNNING;
      t -= life * Math.log(rng.uniform());
    }
    let n = down.length;
    let starts = down.start;
    let ends = down.end;
    while (t < end) {
      if (n === starts.length) {
        down.length = n;
        down.reserve(1);
        starts = down.start;
        ends = down.end;
      }
      events++;
      failures++;
      const up = t - repair * Math.log(rng.uniform());
      if (!(up < end)) {
        // Still in repair at the window's end.
        down.length = n;
        this.record(b, t, CODE_DOWN);
        n = down.length;
        s = REPAIRING;
        t = up;
        break;
      }
      events++;
      starts[n] = t;
      ends[n++] = up;
      t = up - life * Math.log(rng.uniform());
    }
    down.length = n;
    this.events += events;
    this.unitFailures[b]! += failures;
    this.state[u] = s;
    key[0] = t;
  }

  /**
   * An active k-of-n block of memoryless lives and repairs up to `end`: with j units down the
   * next event comes at rate (n − j)λ + jμ and is a failure with probability (n − j)λ / rate.
   * The time of the next event is kept in `unitKey[b][0]`.
   */
  private runBirthDeath(b: number, end: number): void {
    const rng = this.rng;
    const key = this.unitKey[b]!;
    let t = key[0]!;
    if (!(t < end)) return;
    const m = this.m;
    const n = m.blockQuantity[b]!;
    const k = m.blockRequired[b]!;
    const invRate = this.invRate[b]!;
    const failureShare = this.failureShare[b]!;
    const trace = this.trace;
    let up = this.running[b]!;
    let events = 0;
    let failures = 0;
    while (t < end) {
      events++;
      const share = failureShare[n - up]!;
      if (share >= 1 || (share > 0 && rng.uniform() < share)) {
        failures++;
        if (trace !== null) this.traceBirthDeath(b, t, RUNNING);
        if (--up === k - 1) this.record(b, t, CODE_DOWN);
      } else {
        if (trace !== null) this.traceBirthDeath(b, t, REPAIRING);
        if (++up === k) this.record(b, t, CODE_UP);
      }
      t -= Math.log(rng.uniform()) * invRate[n - up]!;
    }
    this.events += events;
    this.unitFailures[b]! += failures;
    this.running[b] = up;
    key[0] = t;
  }

  /** Names the unit of a birth-death event in a trace: one of those in state `from`, uniformly. */
  private traceBirthDeath(b: number, t: number, from: number): void {
    const trace = this.trace!;
    const first = this.m.blockFirst[b]!;
    const n = this.m.blockQuantity[b]!;
    let candidates = 0;
    for (let u = first; u < first + n; u++) if (this.state[u] === from) candidates++;
    let pick = Math.floor(this.traceRng.uniform() * candidates);
    let u = first;
    for (; u < first + n; u++) if (this.state[u] === from && pick-- === 0) break;
    if (from === RUNNING) {
      this.state[u] = REPAIRING;
      trace.unit(t, u, 'failed');
      trace.unit(t, u, 'repair-started');
    } else {
      this.state[u] = RUNNING;
      trace.unit(t, u, 'repaired');
    }
  }

  /** Block b's units up to `end`, one event at a time by the shared unit rules. */
  private runUnits(b: number, end: number): void {
    const first = this.m.blockFirst[b]!;
    const k = this.m.blockRequired[b]!;
    for (;;) {
      const i = this.findNextUnit(b);
      const t = this.nextTime;
      if (!(t < end)) break;
      this.events++;
      this.onUnitEvent(first + i, b, t);
      const running = this.running[b]!;
      const code = (running >= k ? 1 : 0) | (running + this.switching[b]! >= k ? 2 : 0);
      if (code !== this.lastCode[b]) this.record(b, t, code);
    }
  }

  /** The local index of block b's unit with the earliest event; its time in `nextTime`. */
  private findNextUnit(b: number): number {
    const queue = this.unitQueue[b]!;
    if (queue !== null) {
      this.nextTime = queue.wkey[1]!;
      return queue.win[1]!;
    }
    const key = this.unitKey[b]!;
    let i = 0;
    let t = key[0]!;
    for (let j = 1; j < key.length; j++) {
      const x = key[j]!;
      if (x < t) {
        t = x;
        i = j;
      }
    }
    this.nextTime = t;
    return i;
  }

  /** Sets a unit's next event time (its block's local key and tree). */
  protected setKey(u: number, b: number, t: number): void {
    const i = u - this.m.blockFirst[b]!;
    this.unitKey[b]![i] = t;
    this.unitQueue[b]?.update(i);
  }

  /** Every unit has its own crew. */
  protected takeCrew(): boolean {
    return true;
  }

  protected releaseCrew(): void {}

  /**
   * Books the window [w0, w1): the system's down sets from the blocks', then downtime, outages,
   * failures and the first failure, and per block its downtime, outages and overlap.
   */
  private bookWindow(w0: number, w1: number): void {
    const B = this.m.blockCount;
    const { realDown, failDown } = this;
    const trace = this.trace;
    const real = this.network.evaluate(realDown, w0, w1);
    const n = real.length;
    if (trace !== null) {
      if (w0 === 0) trace.systemState(0, !(n > 0 && real.start[0] === 0));
      for (let i = 0; i < n; i++) {
        if (real.start[i]! > 0 && !(i === 0 && this.systemDownAtEnd))
          trace.systemState(real.start[i]!, false);
        if (real.end[i]! < w1) trace.systemState(real.end[i]!, true);
      }
    }
    this.outages += countNewIntervals(real, this.systemDownAtEnd);
    this.systemDownAtEnd = n > 0 && real.end[n - 1] === w1;
    if (n > 0) this.systemDowntime += real.getTotal();
    for (let b = 0; b < B; b++) {
      const down = realDown[b]!;
      const count = down.length;
      if (count === 0) {
        this.blockDownAtEnd[b] = 0;
        continue;
      }
      this.blockDowntime[b]! += down.getTotal();
      this.blockOutages[b]! += countNewIntervals(down, this.blockDownAtEnd[b] === 1);
      if (n > 0) this.blockOverlap[b]! += down.getOverlap(real);
      this.blockDownAtEnd[b] = down.end[count - 1] === w1 ? 1 : 0;
    }
    // The failure state: switch-overs count as up (the same sets without a switch delay).
    let failed = real;
    if (this.m.hasSwitchDelay) failed = this.network.evaluate(failDown, w0, w1);
    const f = failed.length;
    if (f > 0 && this.firstFailure === Infinity) this.firstFailure = failed.start[0]!;
    this.failures += countNewIntervals(failed, this.failedAtEnd);
    this.failedAtEnd = f > 0 && failed.end[f - 1] === w1;
  }

  /** Adds the history to the accumulator. @returns the system downtime (time units) */
  private finish(acc: SimulationAccumulator): number {
    const H = this.horizon;
    for (let b = 0; b < this.m.blockCount; b++) {
      const down = this.blockDowntime[b]!;
      const outages = this.blockOutages[b]!;
      const failures = this.unitFailures[b]!;
      if (down > 0 || outages > 0 || failures > 0)
        acc.addBlock(b, down / H, this.blockOverlap[b]! / H, outages, failures);
    }
    const downtime = this.systemDowntime;
    acc.addHistory(downtime / H, this.firstFailure / H, this.outages, this.failures, this.events);
    return downtime;
  }
}

/**
 * Number of intervals that begin a new down period: not at time 0 (a state, not an outage) and
 * not the continuation of one in progress at the end of the previous window.
 */
function countNewIntervals(set: IntervalSet, continuing: boolean): number {
  let count = 0;
  for (let i = 0; i < set.length; i++) {
    if (set.start[i]! > 0 && !(i === 0 && continuing)) count++;
  }
  return count;
}
