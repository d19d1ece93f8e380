/**
 * What the replay view draws, derived once per trace or per event (never per frame): the
 * timeline lanes (system and one per block, as state segments), the text badge of a block at the
 * playhead, the minimal cut sets whose members are all down, and the running counters.
 * Pure functions over the engine's Replay; unit-tested. No React, no DOM.
 */
import type { BlockFrame, BlockReplayState, Replay, ReplayState } from '../../src/index.ts';
import { UNIT_REPAIRING, UNIT_STANDBY, UNIT_SWITCHING, formatDuration } from '../../src/index.ts';

/** A stretch of one lane in one state. */
export interface LaneSegment {
  readonly from: number;
  readonly to: number;
  readonly state: BlockReplayState;
}

/** The lanes of the timeline: the system's, then one per block (trace order). */
export interface ReplayLanes {
  readonly system: readonly LaneSegment[];
  readonly blocks: readonly (readonly LaneSegment[])[];
}

/**
 * The timeline lanes of a replay, in one pass over its events.
 * @param horizon H, design time units
 */
export function getReplayLanes(replay: Replay, horizon: number): ReplayLanes {
  const { trace } = replay;
  const B = trace.blocks.length;
  const state = replay.stateAfter(0);
  const units = state.units.slice();
  const current: BlockReplayState[] = [];
  const since: number[] = [];
  const lanes: LaneSegment[][] = [];
  for (let b = 0; b < B; b++) {
    current.push(replay.blockFrame({ eventIndex: 0, units }, b).state);
    since.push(0);
    lanes.push([]);
  }
  const events = trace.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    replay.applyEvent(units, i);
    const next = replay.blockFrame({ eventIndex: i + 1, units }, e.block).state;
    if (next !== current[e.block]) {
      if (e.t > since[e.block]!) {
        lanes[e.block]!.push({ from: since[e.block]!, to: e.t, state: current[e.block]! });
      }
      current[e.block] = next;
      since[e.block] = e.t;
    }
  }
  for (let b = 0; b < B; b++) {
    if (horizon > since[b]!) lanes[b]!.push({ from: since[b]!, to: horizon, state: current[b]! });
  }
  const system: LaneSegment[] = [];
  trace.system.forEach((c, i) => {
    const to = trace.system[i + 1]?.t ?? horizon;
    if (to > c.t) system.push({ from: c.t, to, state: c.up ? 'up' : 'down' });
  });
  return { system, blocks: lanes };
}

/** What a block's badge says and how it is drawn. */
export interface BlockBadge {
  /** Drawing class: up, degraded, switching, down, repair (down and being repaired), failed-switch. */
  readonly tone: 'up' | 'degraded' | 'switching' | 'down' | 'repair' | 'switch-failed';
  /** Words on the badge ("2 of 3 up", "under repair · 3 h left"). */
  readonly text: string;
}

/**
 * The badge of block b at the playhead.
 * @param state the replay state at the playhead (events at or before t applied)
 * @param t the playhead, design time units
 * @param hoursPerUnit hours in one design time unit (times left in words)
 */
export function getBlockBadge(
  replay: Replay,
  state: ReplayState,
  b: number,
  t: number,
  hoursPerUnit: number,
): BlockBadge {
  const frame: BlockFrame = replay.blockFrame(state, b);
  const q = frame.quantity;
  let repairEnd = Infinity;
  let switchEnd = Infinity;
  let standby = 0;
  for (let u = 0; u < q; u++) {
    const s = replay.unitState(state, b, u);
    if (s === UNIT_REPAIRING) repairEnd = Math.min(repairEnd, replay.stateEndsAt(state, b, u));
    else if (s === UNIT_SWITCHING) {
      switchEnd = Math.min(switchEnd, replay.stateEndsAt(state, b, u));
    } else if (s === UNIT_STANDBY) standby++;
  }
  const left = (end: number): string =>
    Number.isFinite(end) ? ` · ${formatDuration(Math.max(0, end - t) * hoursPerUnit)} left` : '';
  // A switch-over that just failed: the block's latest events, at that same instant.
  const events = replay.trace.events;
  for (let i = state.eventIndex - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.t < t) break;
    if (e.block === b && e.kind === 'switch-failed') {
      return { tone: 'switch-failed', text: `switch failed (unit ${e.unit + 1})` };
    }
  }
  const spares = standby > 0 ? ` · ${standby} standby` : '';
  switch (frame.state) {
    case 'up':
      return { tone: 'up', text: `running${q > 1 ? ` (${frame.running} of ${q})` : ''}${spares}` };
    case 'degraded':
      return {
        tone: 'degraded',
        text: `degraded: ${frame.running} of ${q} up${Number.isFinite(repairEnd) ? `, repair${left(repairEnd)}` : ''}`,
      };
    case 'switching':
      return { tone: 'switching', text: `switching${left(switchEnd)}` };
    case 'down':
      return Number.isFinite(repairEnd)
        ? { tone: 'repair', text: `down, under repair${left(repairEnd)}` }
        : { tone: 'down', text: 'down' };
  }
}

/**
 * The minimal cut sets whose blocks are all down at the playhead: why the system is down.
 * @param cutSets minimal cut sets by block path id (the exact analysis's)
 * @param blockUp 1/0 per block index of the trace
 */
export function getActiveCutSets(
  cutSets: readonly (readonly string[])[],
  blocks: readonly string[],
  blockUp: Uint8Array,
): (readonly string[])[] {
  const index = new Map(blocks.map((id, b) => [id, b]));
  return cutSets.filter(
    (set) => set.length > 0 && set.every((id) => blockUp[index.get(id) ?? -1] === 0),
  );
}

/** Running figures of the history up to t. */
export interface ReplayCounters {
  /** System downtime in [0, t]. */
  readonly downtime: number;
  /** Unit failures (running, dormant and on demand) so far. */
  readonly unitFailures: number;
  /** System outages begun so far (t > 0). */
  readonly outages: number;
  /** Share of [0, t] the system was up (1 at t = 0). */
  readonly availability: number;
  /** Start of the outage in progress, or null. */
  readonly outageStart: number | null;
}

/**
 * The counters at t.
 * @param eventIndex events applied at t
 */
export function getReplayCounters(replay: Replay, t: number, eventIndex: number): ReplayCounters {
  const { system, events } = replay.trace;
  let downtime = 0;
  let outages = 0;
  let outageStart: number | null = null;
  for (let i = 0; i < system.length; i++) {
    const c = system[i]!;
    if (c.t > t) break;
    if (c.up) {
      outageStart = null;
      continue;
    }
    if (i > 0) outages++;
    outageStart = c.t;
    const end = Math.min(t, system[i + 1]?.t ?? Infinity);
    downtime += end - c.t;
  }
  let unitFailures = 0;
  for (let i = 0; i < eventIndex; i++) {
    const kind = events[i]!.kind;
    if (kind === 'failed' || kind === 'switch-failed') unitFailures++;
  }
  return {
    downtime,
    unitFailures,
    outages,
    availability: t > 0 ? 1 - downtime / t : 1,
    outageStart,
  };
}

/** The system's changes indexed for the per-frame counters: downtime and outage in O(log n). */
export interface SystemIndex {
  readonly times: Float64Array;
  readonly up: Uint8Array;
  /** Downtime in [0, times[i]). */
  readonly downBefore: Float64Array;
}

/** Indexes a replay's system changes once. */
export function createSystemIndex(replay: Replay): SystemIndex {
  const changes = replay.trace.system;
  const n = changes.length;
  const times = new Float64Array(n);
  const up = new Uint8Array(n);
  const downBefore = new Float64Array(n);
  let down = 0;
  for (let i = 0; i < n; i++) {
    const c = changes[i]!;
    if (i > 0 && up[i - 1] === 0) down += c.t - times[i - 1]!;
    times[i] = c.t;
    up[i] = c.up ? 1 : 0;
    downBefore[i] = down;
  }
  return { times, up, downBefore };
}

/**
 * The system's downtime in [0, t] and the start of the outage in progress (null when up), by a
 * binary search: cheap enough for every animation frame.
 */
export function getDowntimeAt(
  index: SystemIndex,
  t: number,
): { readonly downtime: number; readonly outageStart: number | null } {
  const { times, up, downBefore } = index;
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  if (i < 0) return { downtime: 0, outageStart: null };
  if (up[i] === 1) return { downtime: downBefore[i]!, outageStart: null };
  // The outage in progress began at the first down change of its run of changes.
  let start = i;
  while (start > 0 && up[start - 1] === 0) start--;
  return { downtime: downBefore[i]! + (t - times[i]!), outageStart: times[start]! };
}

/** What one unit is doing, as its timeline lane shows it. */
export type UnitLaneState = 'up' | 'standby' | 'switching' | 'waiting' | 'repairing' | 'down';

/** Lane states by the engine's unit state code (UNIT_RUNNING … UNIT_DOWN). */
const UNIT_LANE_STATES: readonly UnitLaneState[] = [
  'up',
  'standby',
  'switching',
  'waiting',
  'repairing',
  'down',
];

/** A stretch of one unit's lane in one state. */
export interface UnitSegment {
  readonly from: number;
  readonly to: number;
  readonly state: UnitLaneState;
}

/**
 * The lanes of block b's units, in one pass over the history's events (a unit's state after a
 * repair depends on its block's other units, so every event of the block is applied in order).
 * Each lane tiles [0, H] with no gap; adjacent segments differ in state.
 * @param horizon H, design time units
 * @returns one lane per unit, unit 0 first
 */
export function getUnitLanes(replay: Replay, horizon: number, b: number): UnitSegment[][] {
  const units = replay.stateAfter(0).units.slice();
  const first = replay.unitOffset[b]!;
  const q = replay.unitOffset[b + 1]! - first;
  const lanes: UnitSegment[][] = Array.from({ length: q }, () => []);
  const current = Array.from({ length: q }, (_, u) => units[first + u]!);
  const since = new Array<number>(q).fill(0);
  const events = replay.trace.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.block !== b) continue;
    replay.applyEvent(units, i);
    // A repair can move another unit of the block (none today, but the rules are the engine's).
    for (let u = 0; u < q; u++) {
      const next = units[first + u]!;
      if (next === current[u]) continue;
      if (e.t > since[u]!) {
        lanes[u]!.push({ from: since[u]!, to: e.t, state: UNIT_LANE_STATES[current[u]!]! });
      }
      current[u] = next;
      since[u] = e.t;
    }
  }
  for (let u = 0; u < q; u++) {
    if (horizon > since[u]!) {
      lanes[u]!.push({ from: since[u]!, to: horizon, state: UNIT_LANE_STATES[current[u]!]! });
    }
  }
  // Same-instant changes (failed then switched in at one t) leave zero-length stretches out, so
  // two neighbours may share a state: merge them.
  return lanes.map((lane) => {
    const merged: UnitSegment[] = [];
    for (const s of lane) {
      const last = merged.at(-1);
      if (last !== undefined && last.state === s.state && last.to === s.from) {
        merged[merged.length - 1] = { from: last.from, to: s.to, state: s.state };
      } else merged.push(s);
    }
    return merged;
  });
}

/**
 * One SVG path per state for a lane: a rectangle per stretch, all in one `d` (a lane with
 * thousands of stretches is a handful of elements).
 * @param width the lane's drawing width (viewBox units); `top`, `height` its band
 */
export function getLanePaths<S extends string>(
  segments: readonly { readonly from: number; readonly to: number; readonly state: S }[],
  horizon: number,
  width: number,
  top: number,
  height: number,
): Map<S, string> {
  const parts = new Map<S, string[]>();
  for (const s of segments) {
    const x = (s.from / horizon) * width;
    const w = Math.max(0.6, ((s.to - s.from) / horizon) * width);
    let list = parts.get(s.state);
    if (list === undefined) parts.set(s.state, (list = []));
    list.push(`M${x.toFixed(2)} ${top}h${w.toFixed(2)}v${height}h${(-w).toFixed(2)}z`);
  }
  return new Map([...parts].map(([state, list]) => [state, list.join('')]));
}
