/**
 * The global discrete-event loop: every unit alternates up and down over [0, H] by the shared
 * unit rules (unitRules.ts), repairs may wait for a limited number of crews (first come, first
 * served), and the system state is kept up to date by re-evaluating only the gates downstream
 * of a block that changed (gates.ts, systemTracker.ts).
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
import { SystemTracker } from './systemTracker.ts';
import type { TraceRecorder } from './trace.ts';
import { UnitQueue } from './unitQueue.ts';
import { UnitRules } from './unitRules.ts';

/** Run settings of the event engine. */
export interface EngineSettings {
  readonly horizon: number;
  readonly seed: number;
  /** `false`: nothing is repaired. */
  readonly repair: boolean;
  /** Repair crews, `Infinity` for one per unit. */
  readonly crews: number;
  /** `true`: common random numbers, one substream per unit (unitRules.ts); default one per history. */
  readonly unitStreams?: boolean;
}

/**
 * Simulates histories of one compiled design with repair and a limited number of crews.
 * @example
 * const engine = new EventEngine(model, { horizon: 8760, seed: 1, repair: true, crews: 2 });
 * const acc = new SimulationAccumulator(model.blockCount);
 * for (let h = 0; h < 1000; h++) engine.runHistory(h, acc, null);
 */
export class EventEngine extends UnitRules {
  private readonly horizon: number;
  private readonly seed: number;
  private readonly crews: number;
  private readonly queue: UnitQueue;
  private readonly key: Float64Array;
  /** Units waiting for a crew (a ring buffer). */
  private readonly crewQueue: Int32Array;
  private crewHead = 0;
  private crewWaiting = 0;
  private busyCrews = 0;
  private readonly system: SystemTracker;
  /** System downtime of the last history run (time units). */
  lastDowntime = 0;
  /** First system failure of the last history run (time units; `Infinity`: none). */
  lastFirstFailure = Infinity;
  /** Failed switch-over attempts in the last history run. */
  lastSwitchFailures = 0;

  constructor(model: CompiledModel, settings: EngineSettings) {
    super(model, settings.repair);
    this.horizon = settings.horizon;
    this.seed = settings.seed;
    this.crews = settings.crews;
    const n = model.unitCount;
    this.queue = new UnitQueue(
      n,
      Int32Array.from({ length: n }, (_, u) => u),
    );
    this.key = this.queue.key;
    this.system = new SystemTracker(model);
    this.crewQueue = new Int32Array(Math.max(1, n));
    if (settings.unitStreams === true) this.useUnitStreams();
  }

  /**
   * Simulates one history and adds it to `acc`.
   * @param index history index (its random stream is derived from the seed and this index)
   * @param trace a recorder for this history, or `null`
   */
  runHistory(index: number, acc: SimulationAccumulator, trace: TraceRecorder | null): void {
    this.trace = trace;
    this.seedHistory(this.seed, index);
    this.crewHead = this.crewWaiting = this.busyCrews = 0;
    this.unitFailures.fill(0);
    this.switchFailures = 0;
    for (let b = 0; b < this.m.blockCount; b++) this.resetBlockUnits(b);
    this.queue.rebuild();
    this.system.reset(this.running, trace);
    const H = this.horizon;
    const queue = this.queue;
    let events = 0;
    for (;;) {
      const u = queue.next();
      const t = u < 0 ? Infinity : this.key[u]!;
      if (!(t < H)) break;
      events++;
      const b = this.m.unitBlock[u]!;
      this.onUnitEvent(u, b, t);
      this.system.updateBlock(b, this.running[b]!, this.switching[b]!, t);
    }
    this.lastDowntime = this.system.finish(acc, H, this.unitFailures, events);
    this.lastFirstFailure = this.system.getFirstFailure();
    this.lastSwitchFailures = this.switchFailures;
    this.trace = null;
  }

  protected setKey(u: number, _b: number, t: number): void {
    this.key[u] = t;
    this.queue.update(u);
  }

  protected takeCrew(u: number): boolean {
    if (this.busyCrews < this.crews) {
      this.busyCrews++;
      return true;
    }
    this.crewQueue[(this.crewHead + this.crewWaiting++) % this.crewQueue.length] = u;
    return false;
  }

  /** The crew just freed takes the longest-waiting unit, if any. */
  protected releaseCrew(t: number): void {
    this.busyCrews--;
    if (this.crewWaiting === 0) return;
    const v = this.crewQueue[this.crewHead]!;
    this.crewHead = (this.crewHead + 1) % this.crewQueue.length;
    this.crewWaiting--;
    this.busyCrews++;
    this.beginRepair(v, this.m.unitBlock[v]!, t);
  }
}
