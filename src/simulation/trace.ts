/**
 * Recording the full story of chosen histories (for animation and for checking the engine by
 * replay). Only traced histories pay for it; the event loop tests one reference per event.
 * Runs anywhere; no DOM.
 */
import type { CompiledModel } from './compile.ts';
import type { HistoryTrace, TraceEvent, TraceEventKind } from './types.ts';

/** Collects the events of one history. */
export class TraceRecorder {
  private readonly events: TraceEvent[] = [];
  private readonly system: { t: number; up: boolean }[] = [];
  private readonly initiallyFailed: { block: number; unit: number }[] = [];

  constructor(
    private readonly model: CompiledModel,
    readonly history: number,
  ) {}

  /**
   * Records a unit event.
   * @param t time, design time units
   * @param unit global unit index of the compiled model
   */
  unit(t: number, unit: number, kind: TraceEventKind): void {
    const block = this.model.unitBlock[unit]!;
    this.events.push({ t, block, unit: unit - this.model.blockFirst[block]!, kind });
  }

  /** Records a unit that does not work from t = 0 (a fixed-probability unit drawn failed). */
  failedAtStart(unit: number): void {
    const block = this.model.unitBlock[unit]!;
    this.initiallyFailed.push({ block, unit: unit - this.model.blockFirst[block]! });
  }

  /** Records the system's state at t (the first call gives the state at 0). */
  systemState(t: number, up: boolean): void {
    this.system.push({ t, up });
  }

  /** Sorts events by time (stable: same-time events keep their causal order). */
  sortEvents(): void {
    this.events.sort((a, b) => a.t - b.t);
  }

  /** The finished trace. */
  finish(downtime: number): HistoryTrace {
    return {
      history: this.history,
      blocks: this.model.blockIds,
      quantities: Array.from(this.model.blockQuantity),
      required: Array.from(this.model.blockRequired),
      standby: Array.from(this.model.blockStandby, (s) => s === 1),
      switchDelay: Array.from(this.model.switchDelay),
      initiallyFailed: this.initiallyFailed,
      events: this.events,
      system: this.system,
      downtime,
    };
  }
}
