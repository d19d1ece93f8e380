/**
 * The event engine's book of blocks and system during one history: block states in the gate
 * network (real state, and the failure state that ignores switch-overs), system up/down
 * changes, outages and failures, downtime per block and the share of system downtime each
 * block was down for. Block changes come in through {@link SystemTracker.updateBlock}.
 *
 * The failure layer (layer 1) is kept only while some block's two states differ (a switch-over
 * is in progress); otherwise it equals the real layer and restarts as a copy when needed.
 * Runs anywhere; no DOM.
 */
import type { SimulationAccumulator } from './accumulator.ts';
import type { CompiledModel } from './compile.ts';
import { GateState } from './gates.ts';
import type { TraceRecorder } from './trace.ts';

/** Blocks and system state of one history, with their accounting. */
export class SystemTracker {
  private readonly m: CompiledModel;
  private readonly dual: boolean;
  private readonly gates: GateState;
  private readonly downSince: Float64Array;
  private readonly sysAtDown: Float64Array;
  private readonly bDowntime: Float64Array;
  private readonly bOverlap: Float64Array;
  private readonly bOutages: Int32Array;
  private readonly blockDiffers: Uint8Array;
  private layer1Live = false;
  private divergent = 0;
  private sysDown = false;
  private sysDownSince = 0;
  private sysDownTotal = 0;
  private outages = 0;
  private failures = 0;
  private firstFailure = Infinity;
  private trace: TraceRecorder | null = null;

  constructor(model: CompiledModel) {
    this.m = model;
    this.dual = model.hasSwitchDelay;
    this.gates = new GateState(model, this.dual ? 2 : 1);
    const B = model.blockCount;
    this.downSince = new Float64Array(B);
    this.sysAtDown = new Float64Array(B);
    this.bDowntime = new Float64Array(B);
    this.bOverlap = new Float64Array(B);
    this.bOutages = new Int32Array(B);
    this.blockDiffers = new Uint8Array(B);
  }

  /**
   * Starts a history from the units in service at t = 0.
   * @param running units in service per block
   */
  reset(running: Int32Array, trace: TraceRecorder | null): void {
    const m = this.m;
    const gates = this.gates;
    this.trace = trace;
    this.sysDown = false;
    this.sysDownSince = this.sysDownTotal = 0;
    this.outages = this.failures = 0;
    this.firstFailure = Infinity;
    this.layer1Live = false;
    this.divergent = 0;
    this.blockDiffers.fill(0);
    this.bDowntime.fill(0);
    this.bOverlap.fill(0);
    this.bOutages.fill(0);
    this.downSince.fill(0);
    this.sysAtDown.fill(0);
    for (let b = 0; b < m.blockCount; b++)
      gates.blockUp[b] = running[b]! >= m.blockRequired[b]! ? 1 : 0;
    gates.evaluate(0);
    const up = gates.isSystemUp(0);
    if (trace !== null) trace.systemState(0, up);
    if (!up) {
      this.sysDown = true;
      this.firstFailure = 0;
    }
  }

  /** System downtime accumulated up to t. */
  private getSystemDowntime(t: number): number {
    return this.sysDownTotal + (this.sysDown ? t - this.sysDownSince : 0);
  }

  /**
   * Takes a block's new unit counts into account at t and propagates what changed.
   * @param running units running (in service, not switching)
   * @param switching units being switched in
   */
  updateBlock(b: number, running: number, switching: number, t: number): void {
    const gates = this.gates;
    const k = this.m.blockRequired[b]!;
    const real = running >= k ? 1 : 0;
    const fail = running + switching >= k ? 1 : 0;
    if (this.dual) {
      const differs = real !== fail ? 1 : 0;
      if (differs !== this.blockDiffers[b]) {
        this.blockDiffers[b] = differs;
        this.divergent += differs === 1 ? 1 : -1;
      }
      if (!this.layer1Live && this.divergent > 0) {
        // The layers are about to differ: layer 1 starts as layer 0 before this change.
        gates.copyLayer(0, 1);
        this.layer1Live = true;
      }
    }
    if (real !== gates.blockUp[b]) {
      gates.blockUp[b] = real;
      if (real === 0) {
        this.downSince[b] = t;
        this.sysAtDown[b] = this.getSystemDowntime(t);
        this.bOutages[b]!++;
      } else {
        this.bDowntime[b]! += t - this.downSince[b]!;
        this.bOverlap[b]! += this.getSystemDowntime(t) - this.sysAtDown[b]!;
      }
      if (gates.propagate(b, 0)) this.onSystemChange(t);
    }
    if (this.layer1Live) {
      const B = this.m.blockCount;
      if (fail !== gates.blockUp[B + b]) {
        gates.blockUp[B + b] = fail;
        if (gates.propagate(b, 1) && !gates.isSystemUp(1)) {
          this.failures++;
          if (this.firstFailure === Infinity) this.firstFailure = t;
        }
      }
      if (this.divergent === 0) this.layer1Live = false;
    }
  }

  /** Real system state changed at t. */
  private onSystemChange(t: number): void {
    const up = this.gates.isSystemUp(0);
    if (this.trace !== null) this.trace.systemState(t, up);
    if (!up) {
      this.sysDown = true;
      this.sysDownSince = t;
      this.outages++;
      // Layers identical: the failure state goes down with the real one.
      if (!this.layer1Live) {
        this.failures++;
        if (this.firstFailure === Infinity) this.firstFailure = t;
      }
    } else {
      this.sysDown = false;
      this.sysDownTotal += t - this.sysDownSince;
    }
  }

  /** Time of the history's first system failure (switch-overs ignored), `Infinity` when none. */
  getFirstFailure(): number {
    return this.firstFailure;
  }

  /**
   * Closes the books at H and adds the history to the accumulator.
   * @param unitFailures unit failures per block in this history
   * @param events unit events processed
   * @returns the system downtime (time units)
   */
  finish(acc: SimulationAccumulator, H: number, unitFailures: Int32Array, events: number): number {
    const downtime = this.getSystemDowntime(H);
    for (let b = 0; b < this.m.blockCount; b++) {
      let down = this.bDowntime[b]!;
      let overlap = this.bOverlap[b]!;
      if (this.gates.blockUp[b] === 0) {
        down += H - this.downSince[b]!;
        overlap += downtime - this.sysAtDown[b]!;
      }
      if (down > 0 || this.bOutages[b]! > 0 || unitFailures[b]! > 0) {
        acc.addBlock(b, down / H, overlap / H, this.bOutages[b]!, unitFailures[b]!);
      }
    }
    acc.addHistory(downtime / H, this.firstFailure / H, this.outages, this.failures, events);
    this.trace = null;
    return downtime;
  }
}
