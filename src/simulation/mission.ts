/**
 * The mission fast path: histories without any repair. Nothing comes back once failed, so a
 * history is fully described by each block's death time (plus the switch-over outages of
 * standby blocks with a delay), and the system's first failure is the "life semiring" over the
 * gates: a block gate dies at min(block death, threshold-th largest predecessor death).
 *
 * The blocks are drawn by a {@link MissionSampler} (missionSampler.ts: a plan per block, most
 * histories cost one uniform per unit compared with R(H)); the system's figures come from the
 * {@link MissionTimeline} (missionTimeline.ts). An untraced history then takes one of four roads,
 * each adding only what the accumulator needs:
 * - no block dies and nothing switches over (the commonest): the history and its unit failures;
 * - some block dies, no switch-over: the system is down from its first failure T on, so a
 *   block dead from d is down H − d, of which H − max(d, T) with the system;
 * - one switch-over outage and no block dying: down during it exactly when its block alone
 *   fails the system;
 * - other switch-overs: the timeline's closed forms when they all belong to one block, else a
 *   sweep over the breakpoints.
 * Traced histories take the general loops and the sweep (which records the system's states),
 * record every event, and book their figures as untraced ones do: the same numbers, bit for bit
 * (tested, traceHistory.test.ts). A reliability-only run needs the block states at H
 * alone: one boolean pass over the gates, when some block failed.
 *
 * Semantics are the event engine's with repair switched off (same counts, same layers); only the
 * order in which random numbers are used differs, so a seed gives other (equally valid) numbers
 * than the event engine would. Runs anywhere; no DOM.
 */
import type { SimulationAccumulator } from './accumulator.ts';
import type { CompiledModel } from './compile.ts';
import type { MissionGates } from './missionGates.ts';
import { MissionSampler } from './missionSampler.ts';
import { MissionTimeline } from './missionTimeline.ts';
import type { TraceRecorder } from './trace.ts';

/** Simulates histories of one compiled design with repair switched off. */
export class MissionEngine {
  private readonly m: CompiledModel;
  private readonly horizon: number;
  private readonly seed: number;
  private readonly sampler: MissionSampler;
  private readonly timeline: MissionTimeline;
  private readonly gates: MissionGates;
  /** The timeline's block death times. */
  private readonly deadAt: Float64Array;
  /** The sampler's list of blocks dying before H (first `deadCount` entries). */
  private readonly dead: Int32Array;
  /** Only the system state at H is needed (no failure times). */
  private readonly reliabilityOnly: boolean;

  /** System downtime of the last history run (time units). */
  lastDowntime = 0;
  /** First system failure of the last history run (time units; `Infinity`: none). */
  lastFirstFailure = Infinity;
  /** Failed switch-over attempts in the last history run. */
  lastSwitchFailures = 0;

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
    this.timeline = new MissionTimeline(model, settings.horizon);
    this.sampler = new MissionSampler(model, settings.horizon, this.timeline);
    this.gates = this.timeline.gates;
    this.deadAt = this.timeline.deadAt;
    this.dead = this.sampler.dead;
  }

  /**
   * Simulates one history without repair and adds it to `acc`.
   * @param index history index (its random stream is derived from the seed and this index)
   * @param trace a recorder for this history, or `null`
   */
  runHistory(index: number, acc: SimulationAccumulator, trace: TraceRecorder | null): void {
    if (this.reliabilityOnly) this.runReliabilityOnly(index, acc);
    else if (trace !== null) this.runTracedHistory(index, acc, trace);
    else {
      // Seeded here: inside drawHistory the generator's seeding would use up the inlining budget
      // its uniforms need (measured 30 ns a history slower).
      this.sampler.rng.seedStream(this.seed, index);
      const events = this.sampler.drawHistory(acc.blockUnitFailures);
      const deadCount = this.sampler.deadCount;
      if (this.timeline.outageCount > 0) this.addSwitchOverHistory(acc, events, deadCount);
      else if (deadCount === 0) {
        acc.addHistory(0, Infinity, 0, 0, events);
        this.lastDowntime = 0;
        this.lastFirstFailure = Infinity;
      } else {
        this.gates.computeSystemLifeOf(this.dead, deadCount);
        this.addFailedHistory(acc, events, deadCount);
      }
      this.lastSwitchFailures = this.sampler.getSwitchFailures();
    }
  }

  /**
   * Some block died and nothing switched over: the system is down from its first failure T on
   * (the gates' last computation), so a block dead from d is down H − d, of which H − max(d, T)
   * with the system. The blocks and the history are added by two functions, each small enough
   * for the accumulator's methods to be inlined (a call would box its fractions on the heap).
   */
  private addFailedHistory(acc: SimulationAccumulator, events: number, deadCount: number): void {
    this.addDeadBlocks(acc, deadCount);
    if (this.gates.getSystemLife() < this.horizon) this.addSystemFailure(acc, events);
    else {
      acc.addHistory(0, Infinity, 0, 0, events);
      this.lastDowntime = 0;
      this.lastFirstFailure = Infinity;
    }
  }

  /** The figures of the dead blocks of a history without switch-over. */
  private addDeadBlocks(acc: SimulationAccumulator, deadCount: number): void {
    const H = this.horizon;
    const { deadAt, dead } = this;
    const life = this.gates.getSystemLife();
    for (let i = 0; i < deadCount; i++) {
      const b = dead[i]!;
      const d = deadAt[b]!;
      const overlap = life < H ? H - (d > life ? d : life) : 0;
      acc.addBlock(b, (H - d) / H, overlap / H, d > 0 ? 1 : 0, 0);
    }
  }

  /** A history whose system fails at the gates' last life, before H, with no switch-over. */
  private addSystemFailure(acc: SimulationAccumulator, events: number): void {
    const H = this.horizon;
    const life = this.gates.getSystemLife();
    const failures = life > 0 ? 1 : 0;
    acc.addHistory((H - life) / H, life / H, failures, failures, events);
    this.lastDowntime = H - life;
    this.lastFirstFailure = life;
  }

  /** Switch-overs happened: closed forms when they all belong to one block, else the sweep. */
  private addSwitchOverHistory(
    acc: SimulationAccumulator,
    events: number,
    deadCount: number,
  ): void {
    const H = this.horizon;
    const { timeline, gates, dead } = this;
    if (deadCount === 0 && timeline.outageCount === 1 && gates.upWhenAllUp) {
      this.addLoneOutageHistory(acc, events);
      return;
    }
    if (deadCount > 0) gates.computeSystemLifeOf(dead, deadCount);
    else gates.setNoSystemFailure();
    if (timeline.isSingleBlockOutages()) {
      if (timeline.outageCount === 1) timeline.resolveSingleOutage(dead, deadCount);
      else timeline.resolveSingleBlockOutages(dead, deadCount);
      // Only the outage's block and the dead blocks can have been down.
      const { blockDown, blockOverlap, blockOutages } = timeline;
      const b0 = timeline.getOutageBlock(0);
      for (let i = 0; i < deadCount; i++) {
        const b = dead[i]!;
        if (b !== b0) acc.addBlock(b, blockDown[b]! / H, blockOverlap[b]! / H, blockOutages[b]!, 0);
      }
      acc.addBlock(b0, blockDown[b0]! / H, blockOverlap[b0]! / H, blockOutages[b0]!, 0);
    } else {
      timeline.sweep(null);
      this.addSweptBlocks(acc);
    }
    this.addTimelineHistory(acc, events);
  }

  /**
   * One switch-over outage [s, e) and no block dying (the commonest switch-over): the system is
   * down during the outage exactly when its block alone fails the system, and never otherwise.
   */
  private addLoneOutageHistory(acc: SimulationAccumulator, events: number): void {
    const H = this.horizon;
    const timeline = this.timeline;
    const b = timeline.getOutageBlock(0);
    const start = timeline.getOutageStart(0);
    const length = Math.min(timeline.getOutageEnd(0), H) - start;
    const outages = start > 0 ? 1 : 0;
    // No block died: the system never fails (a switch-over is downtime, not a failure).
    this.lastFirstFailure = Infinity;
    if (!(length > 0)) {
      // A delay too short to show at this time: ignored, as the interval lists would.
      acc.addHistory(0, Infinity, 0, 0, events);
      this.lastDowntime = 0;
    } else if (this.gates.isBlockEssential(b)) {
      acc.addBlock(b, length / H, length / H, outages, 0);
      acc.addHistory(length / H, Infinity, outages, 0, events);
      this.lastDowntime = length;
    } else {
      acc.addBlock(b, length / H, 0, outages, 0);
      acc.addHistory(0, Infinity, 0, 0, events);
      this.lastDowntime = 0;
    }
  }

  /** Adds the per-block figures of a sweep (unit failures are counted elsewhere). */
  private addSweptBlocks(acc: SimulationAccumulator): void {
    const H = this.horizon;
    const { blockDown, blockOverlap, blockOutages } = this.timeline;
    for (let b = 0; b < blockDown.length; b++) {
      if (blockDown[b]! > 0 || blockOutages[b]! > 0) {
        acc.addBlock(b, blockDown[b]! / H, blockOverlap[b]! / H, blockOutages[b]!, 0);
      }
    }
  }

  /** Adds a history whose downtime and outages are the timeline's (closed form or sweep). */
  private addTimelineHistory(acc: SimulationAccumulator, events: number): void {
    const H = this.horizon;
    const life = this.gates.getSystemLife();
    const downtime = this.timeline.sweepDowntime;
    const outages = this.timeline.sweepOutages;
    if (life < H) acc.addHistory(downtime / H, life / H, outages, life > 0 ? 1 : 0, events);
    else acc.addHistory(downtime / H, Infinity, outages, 0, events);
    this.lastDowntime = downtime;
    this.lastFirstFailure = life < H ? life : Infinity;
  }

  /**
   * A traced history: the general loops, every gate for the first failure, and the sweep when
   * something switched over; the events and the system's states go into `trace`.
   */
  private runTracedHistory(index: number, acc: SimulationAccumulator, trace: TraceRecorder): void {
    const { sampler, timeline, gates, deadAt, dead } = this;
    const H = this.horizon;
    sampler.rng.seedStream(this.seed, index);
    sampler.resetSwitchFailures();
    timeline.outageCount = 0;
    let events = 0;
    let deadCount = 0;
    for (let b = 0; b < this.m.blockCount; b++) {
      events += sampler.drawBlock(b, trace);
      if (deadAt[b]! < H) dead[deadCount++] = b;
    }
    const { unitFailures } = sampler;
    for (let b = 0; b < unitFailures.length; b++) acc.blockUnitFailures[b]! += unitFailures[b]!;
    if (deadCount > 0) gates.computeSystemLife();
    else gates.setNoSystemFailure();
    const life = gates.getSystemLife();
    if (timeline.outageCount === 0) {
      trace.systemState(0, life > 0);
      if (life > 0 && life < H) trace.systemState(life, false);
      if (deadCount > 0) this.addFailedHistory(acc, events, deadCount);
      else {
        acc.addHistory(0, Infinity, 0, 0, events);
        this.lastDowntime = 0;
        this.lastFirstFailure = Infinity;
      }
    } else {
      // The sweep records the system's states; the figures are booked as an untraced history
      // books them (closed forms when they apply), so the counts are the run's, bit for bit.
      timeline.sweep(trace);
      this.addSwitchOverHistory(acc, events, deadCount);
    }
    this.lastSwitchFailures = sampler.getSwitchFailures();
    trace.sortEvents();
  }

  /** A history of a reliability-only run: block states at H, one boolean pass over the gates. */
  private runReliabilityOnly(index: number, acc: SimulationAccumulator): void {
    const sampler = this.sampler;
    sampler.rng.seedStream(this.seed, index);
    const events = sampler.drawStatesAtH(acc.blockUnitFailures, this.gates.blockUpNow);
    // Every block alive: the system works (checked once for the design in the constructor).
    const allAlive = sampler.deadCount === 0;
    acc.addSurvival((allAlive && this.gates.upWhenAllUp) || this.gates.isSystemUp(), events);
  }
}
