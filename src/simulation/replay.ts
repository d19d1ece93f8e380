/**
 * Replaying a recorded history: the state of every unit and block, and the system, at any event
 * or time, folded from the trace the engine recorded (never a second simulator). Seeks are a
 * binary search to a keyframe (every {@link KEYFRAME_EVERY} events) plus at most that many
 * events. The unit rules are the engines' (`unitRules.ts`): a repaired unit goes into service
 * when its block has fewer than k units running or switching in, else waits as a spare; a
 * switch-over keeps the block down for its delay.
 * Runs anywhere; no DOM.
 */
import type { HistoryTrace } from './types.ts';

/** Unit states of a replay. */
export const UNIT_RUNNING = 0;
/** A spare waiting (cold, warm or hot). */
export const UNIT_STANDBY = 1;
/** Switching in: the block is down until the switch-over completes. */
export const UNIT_SWITCHING = 2;
/** Failed, waiting for a repair crew. */
export const UNIT_WAITING = 3;
export const UNIT_REPAIRING = 4;
/** Failed for good (no repair), or a fixed-probability unit drawn failed. */
export const UNIT_DOWN = 5;

/** Names of the unit states, by code. */
export const UNIT_STATE_NAMES = [
  'running',
  'standby',
  'switching',
  'waiting',
  'repairing',
  'down',
] as const;
export type UnitStateName = (typeof UNIT_STATE_NAMES)[number];

/** What a block is doing, as the player shows it. */
export type BlockReplayState = 'up' | 'degraded' | 'switching' | 'down';

/** Events between two stored snapshots. */
export const KEYFRAME_EVERY = 256;

/** The state after some events of a history. */
export interface ReplayState {
  /** Number of events applied (events [0, eventIndex) of the trace). */
  readonly eventIndex: number;
  /** Unit states, block by block (`unitOffset[b] + unit`). */
  readonly units: Uint8Array;
}

/** One block at a moment of the replay. */
export interface BlockFrame {
  readonly state: BlockReplayState;
  /** Units running (in service and not switching). */
  readonly running: number;
  /** Spares waiting, units switching in, and failed units (waiting, in repair or down). */
  readonly standby: number;
  readonly switching: number;
  readonly failed: number;
  readonly quantity: number;
  readonly required: number;
}

function isUp(state: number): boolean {
  return state === UNIT_RUNNING;
}

/** A replay of one history trace. */
export class Replay {
  readonly trace: HistoryTrace;
  /** First unit of each block in {@link ReplayState.units}. */
  readonly unitOffset: Int32Array;
  readonly unitCount: number;
  private readonly keyframes: Uint8Array[] = [];
  /** For a `repair-started` or `switched-in` event: the time that unit's state ends (or ∞). */
  private readonly endsAt: Float64Array;
  /** For a failure: 1 when no repair follows within the history (the unit is down for good). */
  private readonly forGood: Uint8Array;

  constructor(trace: HistoryTrace) {
    this.trace = trace;
    const B = trace.blocks.length;
    this.unitOffset = new Int32Array(B + 1);
    for (let b = 0; b < B; b++) this.unitOffset[b + 1] = this.unitOffset[b]! + trace.quantities[b]!;
    this.unitCount = this.unitOffset[B]!;
    const ends = this.computeEnds();
    this.endsAt = ends.endsAt;
    this.forGood = ends.forGood;
    let units = this.initialUnits();
    this.keyframes.push(units.slice());
    const events = trace.events;
    for (let i = 0; i < events.length; i++) {
      this.apply(units, i);
      if ((i + 1) % KEYFRAME_EVERY === 0) {
        this.keyframes.push(units);
        units = units.slice();
      }
    }
  }

  /** Number of events in the history. */
  get eventCount(): number {
    return this.trace.events.length;
  }

  /** The units at t = 0, before any event. */
  private initialUnits(): Uint8Array {
    const { trace } = this;
    const units = new Uint8Array(this.unitCount);
    for (let b = 0; b < trace.blocks.length; b++) {
      const first = this.unitOffset[b]!;
      if (trace.standby[b] === true) {
        for (let u = trace.required[b]!; u < trace.quantities[b]!; u++) {
          units[first + u] = UNIT_STANDBY;
        }
      }
    }
    for (const f of trace.initiallyFailed) units[this.unitOffset[f.block]! + f.unit] = UNIT_DOWN;
    return units;
  }

  /**
   * For each event that starts a timed state, when that state ends (its unit's next event); for
   * each failure, whether a repair follows it within the history.
   */
  private computeEnds(): { endsAt: Float64Array; forGood: Uint8Array } {
    const events = this.trace.events;
    const endsAt = new Float64Array(events.length).fill(Infinity);
    const forGood = new Uint8Array(events.length);
    const open = new Map<number, number>();
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const u = this.unitOffset[e.block]! + e.unit;
      const started = open.get(u);
      if (started !== undefined) {
        endsAt[started] = e.t;
        open.delete(u);
      }
      if (e.kind === 'repair-started' || e.kind === 'switched-in') open.set(u, i);
    }
    // A failure is for good when the unit's next event is not its repair.
    const last = new Map<number, number>();
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i]!;
      const u = this.unitOffset[e.block]! + e.unit;
      if (e.kind === 'failed' || e.kind === 'switch-failed') {
        const next = last.get(u);
        const kind = next === undefined ? null : events[next]!.kind;
        forGood[i] = kind === 'repair-started' || kind === 'repaired' ? 0 : 1;
      }
      last.set(u, i);
    }
    return { endsAt, forGood };
  }

  /** Units of block b running or switching in. */
  private inService(units: Uint8Array, b: number): number {
    let count = 0;
    for (let u = this.unitOffset[b]!; u < this.unitOffset[b + 1]!; u++) {
      if (units[u] === UNIT_RUNNING || units[u] === UNIT_SWITCHING) count++;
    }
    return count;
  }

  /** Applies event i to the unit states. */
  private apply(units: Uint8Array, i: number): void {
    const { trace } = this;
    const e = trace.events[i]!;
    const u = this.unitOffset[e.block]! + e.unit;
    switch (e.kind) {
      case 'failed':
      case 'switch-failed':
        units[u] = this.forGood[i] === 1 ? UNIT_DOWN : UNIT_WAITING;
        return;
      case 'repair-started':
        units[u] = UNIT_REPAIRING;
        return;
      case 'repaired': {
        const standby = trace.standby[e.block] === true;
        // The unit is not in service yet: count the others.
        units[u] = UNIT_DOWN;
        units[u] =
          !standby || this.inService(units, e.block) < trace.required[e.block]!
            ? UNIT_RUNNING
            : UNIT_STANDBY;
        return;
      }
      case 'switched-in':
        units[u] = (trace.switchDelay[e.block] ?? 0) > 0 ? UNIT_SWITCHING : UNIT_RUNNING;
        return;
      case 'switch-completed':
        units[u] = UNIT_RUNNING;
        return;
    }
  }

  /**
   * The state after the first `eventIndex` events.
   * @param eventIndex 0..eventCount
   */
  stateAfter(eventIndex: number): ReplayState {
    const i = Math.max(0, Math.min(this.eventCount, Math.floor(eventIndex)));
    const k = Math.floor(i / KEYFRAME_EVERY);
    const units = this.keyframes[k]!.slice();
    for (let j = k * KEYFRAME_EVERY; j < i; j++) this.apply(units, j);
    return { eventIndex: i, units };
  }

  /**
   * Applies event i to a state's unit array in place, for a caller walking the events in order
   * (the player's timeline lanes: one pass instead of a seek per event).
   * @param units unit states after events [0, i)
   */
  applyEvent(units: Uint8Array, i: number): void {
    this.apply(units, i);
  }

  /** Number of events at or before t (binary search). */
  eventsUpTo(t: number): number {
    const events = this.trace.events;
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (events[mid]!.t <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The state at time t: every event at or before t applied. */
  stateAt(t: number): ReplayState {
    return this.stateAfter(this.eventsUpTo(t));
  }

  /** A unit's state. */
  unitState(state: ReplayState, block: number, unit: number): number {
    return state.units[this.unitOffset[block]! + unit]!;
  }

  /** A block's state: up, degraded (up with some unit down), switching (down) or down. */
  blockFrame(state: ReplayState, b: number): BlockFrame {
    const { trace } = this;
    let running = 0;
    let switching = 0;
    let failed = 0;
    for (let u = this.unitOffset[b]!; u < this.unitOffset[b + 1]!; u++) {
      const s = state.units[u]!;
      if (isUp(s)) running++;
      else if (s === UNIT_SWITCHING) switching++;
      else if (s !== UNIT_STANDBY) failed++;
    }
    const required = trace.required[b]!;
    const up = running >= required;
    const blockState: BlockReplayState = up
      ? failed > 0 || switching > 0
        ? 'degraded'
        : 'up'
      : switching > 0
        ? 'switching'
        : 'down';
    const quantity = trace.quantities[b]!;
    const standby = quantity - running - switching - failed;
    return { state: blockState, running, standby, switching, failed, quantity, required };
  }

  /** Whether each block is up, as 0/1 by block index. */
  blockUp(state: ReplayState): Uint8Array {
    const B = this.trace.blocks.length;
    const up = new Uint8Array(B);
    for (let b = 0; b < B; b++) {
      const f = this.blockFrame(state, b);
      up[b] = f.state === 'up' || f.state === 'degraded' ? 1 : 0;
    }
    return up;
  }

  /** The system's state at t, from the trace's record of its changes. */
  systemUpAt(t: number): boolean {
    const changes = this.trace.system;
    let up = changes[0]?.up ?? true;
    for (const c of changes) {
      if (c.t > t) break;
      up = c.up;
    }
    return up;
  }

  /** Start of the system outage going on at t, or null when the system is up. */
  outageStartAt(t: number): number | null {
    let start: number | null = null;
    for (const c of this.trace.system) {
      if (c.t > t) break;
      start = c.up ? null : (start ?? c.t);
    }
    return start;
  }

  /**
   * When the timed state a unit is in at event index `eventIndex` ends: the end of its repair
   * or of its switch-over (∞ when it does not end within the history).
   */
  stateEndsAt(state: ReplayState, block: number, unit: number): number {
    const events = this.trace.events;
    for (let i = state.eventIndex - 1; i >= 0; i--) {
      const e = events[i]!;
      if (e.block !== block || e.unit !== unit) continue;
      return e.kind === 'repair-started' || e.kind === 'switched-in' ? this.endsAt[i]! : Infinity;
    }
    return Infinity;
  }
}
