/**
 * Checks a recorded history against the rules it must obey, so that what the replay shows is
 * what the engine counted: (1) at every event, the diagram's rules applied to the unit states
 * the events imply give the system state the trace recorded; (2) the system's down intervals
 * add up to the engine's downtime of the history; (3) every unit's events follow its life cycle
 * (a repair only after a failure, a switch-over completes only after it began) and the failures
 * add up per block (and, given the engine's own count, equal it). A violation is an engine bug,
 * named in words with the event index at which it shows. One pass over the events each, so the
 * worker checks every traced history it sends (the replay's debug overlay shows the figures).
 * Runs anywhere; no DOM.
 */
import type { FlatStructure } from '../model/structure.ts';
import { evaluateFlatStructure } from '../model/structure.ts';
import { Replay, UNIT_DOWN, UNIT_REPAIRING, UNIT_SWITCHING, UNIT_WAITING } from './replay.ts';
import type { HistoryTrace } from './types.ts';

/** Relative tolerance of the downtime sum. */
const DOWNTIME_TOLERANCE = 1e-9;
/** Violations kept per check. */
const KEPT = 10;

/** What a check found wrong (empty: the trace is consistent). */
export type TraceViolation = string;

/** One invariant's outcome. */
export interface TraceCheck {
  readonly pass: boolean;
  /**
   * Events applied (the player's event index) where the first violation shows, or null when
   * the check passes or its violation is not tied to one event.
   */
  readonly firstViolation: number | null;
  /** The violations in words, at most {@link KEPT}. */
  readonly violations: readonly TraceViolation[];
}

/** The three invariants of a trace, with the figures compared. */
export interface TraceChecks {
  /** The diagram's rules over the unit states give the recorded system state. */
  readonly rules: TraceCheck & {
    /** Instants checked: t = 0 and every distinct event time. */
    readonly instants: number;
  };
  /** The system's down intervals add up to the engine's downtime of the history. */
  readonly downtime: TraceCheck & {
    /** Σ of the trace's down intervals in [0, H], design time units. */
    readonly fromTrace: number;
    /** The engine's downtime of the history, design time units. */
    readonly engine: number;
  };
  /** Life cycles hold; failures = repairs + units still down (per block); = engine's count. */
  readonly failures: TraceCheck & {
    /** Unit failures in the trace (running, dormant and on demand). */
    readonly failures: number;
    readonly repairs: number;
    /** Units failed at H, less those drawn failed at t = 0. */
    readonly stillDown: number;
    /** The engine's count of unit failures in the history, or null when not given. */
    readonly engine: number | null;
  };
}

/** The system's downtime in [0, horizon] from the trace's record of its state changes. */
export function getTraceDowntime(trace: HistoryTrace, horizon: number): number {
  let down = 0;
  const changes = trace.system;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (c.up) continue;
    const end = Math.min(horizon, changes[i + 1]?.t ?? horizon);
    if (end > c.t) down += end - c.t;
  }
  return down;
}

function checkSystemStates(replay: Replay, flat: FlatStructure): TraceChecks['rules'] {
  const { events, system } = replay.trace;
  const units = replay.stateAfter(0).units.slice();
  const violations: TraceViolation[] = [];
  let firstViolation: number | null = null;
  let instants = 0;
  let change = 0;
  let up = system[0]?.up ?? true;
  // At t = 0 (no event applied), then after the last event of each distinct time.
  for (let i = 0; i <= events.length;) {
    const t = i === 0 ? 0 : events[i - 1]!.t;
    while (change < system.length && system[change]!.t <= t) up = system[change++]!.up;
    const reached = evaluateFlatStructure(flat, replay.blockUp({ eventIndex: i, units }));
    const fromRules = reached[flat.output] === 1;
    instants++;
    if (fromRules !== up) {
      firstViolation ??= i;
      if (violations.length < KEPT) {
        violations.push(
          `at t = ${t} the diagram's rules give the system ${fromRules ? 'up' : 'down'} but the trace says ${up ? 'up' : 'down'}`,
        );
      }
    }
    if (i === events.length) break;
    // Apply every event at the next time.
    const next = events[i]!.t;
    while (i < events.length && events[i]!.t === next) replay.applyEvent(units, i++);
  }
  return { pass: firstViolation === null, firstViolation, violations, instants };
}

function checkLifeCycles(
  replay: Replay,
  engineFailures: ArrayLike<number> | undefined,
): TraceChecks['failures'] {
  const { trace } = replay;
  const events = trace.events;
  const B = trace.blocks.length;
  const units = replay.stateAfter(0).units.slice();
  const violations: TraceViolation[] = [];
  let firstViolation: number | null = null;
  const flag = (at: number, text: string): void => {
    firstViolation ??= at;
    if (violations.length < KEPT) violations.push(text);
  };
  const failures = new Array<number>(B).fill(0);
  const repairs = new Array<number>(B).fill(0);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const before = units[replay.unitOffset[e.block]! + e.unit]!;
    const where = `${trace.blocks[e.block]} unit ${e.unit} at t = ${e.t}`;
    const failed = before === UNIT_WAITING || before === UNIT_REPAIRING || before === UNIT_DOWN;
    if (e.kind === 'repaired' && !failed) flag(i + 1, `${where}: repaired without having failed`);
    if (e.kind === 'repair-started' && before !== UNIT_WAITING) {
      flag(i + 1, `${where}: repair started on a unit not waiting for one`);
    }
    if (e.kind === 'switch-completed' && before !== UNIT_SWITCHING) {
      flag(i + 1, `${where}: switch-over completed without one in progress`);
    }
    if ((e.kind === 'failed' || e.kind === 'switch-failed') && failed) {
      flag(i + 1, `${where}: failed while already failed`);
    }
    if (e.kind === 'failed' || e.kind === 'switch-failed') failures[e.block]!++;
    if (e.kind === 'repaired') repairs[e.block]!++;
    replay.applyEvent(units, i);
  }
  // Every failure is either repaired by the end or still down at the end.
  const drawnDown = new Array<number>(B).fill(0);
  for (const f of trace.initiallyFailed) drawnDown[f.block]!++;
  let totalFailures = 0;
  let totalRepairs = 0;
  let totalStillDown = 0;
  let engineTotal = 0;
  for (let b = 0; b < B; b++) {
    let down = 0;
    for (let u = replay.unitOffset[b]!; u < replay.unitOffset[b + 1]!; u++) {
      const s = units[u]!;
      if (s === UNIT_WAITING || s === UNIT_REPAIRING || s === UNIT_DOWN) down++;
    }
    const stillDown = down - drawnDown[b]!;
    totalFailures += failures[b]!;
    totalRepairs += repairs[b]!;
    totalStillDown += stillDown;
    if (failures[b]! !== repairs[b]! + stillDown) {
      flag(
        events.length,
        `${trace.blocks[b]}: ${failures[b]} failures but ${repairs[b]} repairs and ${stillDown} units still down`,
      );
    }
    if (engineFailures !== undefined) {
      const counted = engineFailures[b] ?? 0;
      engineTotal += counted;
      if (counted !== failures[b]) {
        flag(
          events.length,
          `${trace.blocks[b]}: the trace has ${failures[b]} unit failures, the engine counted ${counted}`,
        );
      }
    }
  }
  return {
    pass: firstViolation === null,
    firstViolation,
    violations,
    failures: totalFailures,
    repairs: totalRepairs,
    stillDown: totalStillDown,
    engine: engineFailures === undefined ? null : engineTotal,
  };
}

/**
 * The three invariants of a trace, with the figures each compares.
 * @param trace the recorded history
 * @param flat the flattened design it was simulated from (same block order as the trace)
 * @param horizon the run's horizon H, design time units
 * @param engineFailures the engine's unit failures of this history per block (trace order), if
 *   known: then they must equal the trace's
 * @returns null when the design does not match the trace (different block count)
 * @example
 * const checks = getTraceChecks(trace, createFlatStructure(design), 8760);
 * checks?.downtime.pass; // true
 */
export function getTraceChecks(
  trace: HistoryTrace,
  flat: FlatStructure,
  horizon: number,
  engineFailures?: ArrayLike<number>,
): TraceChecks | null {
  if (flat.blocks.length !== trace.blocks.length) return null;
  const replay = new Replay(trace);
  const rules = checkSystemStates(replay, flat);
  const fromTrace = getTraceDowntime(trace, horizon);
  const downtimePass =
    Math.abs(fromTrace - trace.downtime) <= DOWNTIME_TOLERANCE * Math.max(1, trace.downtime);
  const downtime = {
    pass: downtimePass,
    firstViolation: null,
    violations: downtimePass
      ? []
      : [
          `the system's down intervals add up to ${fromTrace}, the trace's downtime is ${trace.downtime}`,
        ],
    fromTrace,
    engine: trace.downtime,
  };
  return { rules, downtime, failures: checkLifeCycles(replay, engineFailures) };
}

/**
 * Checks a trace.
 * @param trace the recorded history
 * @param flat the flattened design it was simulated from (same block order as the trace)
 * @param horizon the run's horizon H, design time units
 * @returns the violations found, in words (empty when the trace is consistent)
 * @example
 * expect(checkTraceInvariants(trace, createFlatStructure(design), 8760)).toEqual([]);
 */
export function checkTraceInvariants(
  trace: HistoryTrace,
  flat: FlatStructure,
  horizon: number,
): TraceViolation[] {
  const checks = getTraceChecks(trace, flat, horizon);
  if (checks === null) {
    return [`the trace has ${trace.blocks.length} blocks, the design ${flat.blocks.length}`];
  }
  return [...checks.rules.violations, ...checks.downtime.violations, ...checks.failures.violations];
}
