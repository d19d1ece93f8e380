/**
 * Checks a recorded history against the rules it must obey, so that what the replay shows is
 * what the engine counted: (1) at every event, the diagram's rules applied to the unit states
 * the events imply give the system state the trace recorded; (2) the system's down intervals
 * add up to the trace's downtime; (3) every unit's events follow its life cycle (a repair only
 * after a failure, a switch-over completes only after it began) and the failures add up per
 * block. A violation is an engine bug, named in words.
 * Runs anywhere; no DOM.
 */
import type { FlatStructure } from '../model/structure.ts';
import { evaluateFlatStructure } from '../model/structure.ts';
import { Replay, UNIT_DOWN, UNIT_REPAIRING, UNIT_SWITCHING, UNIT_WAITING } from './replay.ts';
import type { HistoryTrace } from './types.ts';

/** Relative tolerance of the downtime sum. */
const DOWNTIME_TOLERANCE = 1e-9;

/** What a check found wrong (empty: the trace is consistent). */
export type TraceViolation = string;

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

function checkSystemStates(replay: Replay, flat: FlatStructure, out: TraceViolation[]): void {
  const events = replay.trace.events;
  const times = [0, ...new Set(events.map((e) => e.t))];
  for (const t of times) {
    const state = replay.stateAt(t);
    const reached = evaluateFlatStructure(flat, replay.blockUp(state));
    const fromRules = reached[flat.output] === 1;
    const recorded = replay.systemUpAt(t);
    if (fromRules !== recorded) {
      out.push(
        `at t = ${t} the diagram's rules give the system ${fromRules ? 'up' : 'down'} but the trace says ${recorded ? 'up' : 'down'}`,
      );
      if (out.length >= 10) return;
    }
  }
}

function checkLifeCycles(replay: Replay, out: TraceViolation[]): void {
  const { trace } = replay;
  const events = trace.events;
  let state = replay.stateAfter(0);
  const failures = new Array<number>(trace.blocks.length).fill(0);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const before = replay.unitState(state, e.block, e.unit);
    const where = `${trace.blocks[e.block]} unit ${e.unit} at t = ${e.t}`;
    const failed = before === UNIT_WAITING || before === UNIT_REPAIRING || before === UNIT_DOWN;
    if (e.kind === 'repaired' && !failed) out.push(`${where}: repaired without having failed`);
    if (e.kind === 'repair-started' && before !== UNIT_WAITING) {
      out.push(`${where}: repair started on a unit not waiting for one`);
    }
    if (e.kind === 'switch-completed' && before !== UNIT_SWITCHING) {
      out.push(`${where}: switch-over completed without one in progress`);
    }
    if ((e.kind === 'failed' || e.kind === 'switch-failed') && failed) {
      out.push(`${where}: failed while already failed`);
    }
    if (e.kind === 'failed' || e.kind === 'switch-failed') failures[e.block]!++;
    if (out.length >= 10) return;
    state = replay.stateAfter(i + 1);
  }
  // Every failure is either repaired by the end or still down at the end.
  const end = replay.stateAfter(events.length);
  for (let b = 0; b < trace.blocks.length; b++) {
    let repaired = 0;
    for (const e of events) if (e.block === b && e.kind === 'repaired') repaired++;
    let stillDown = 0;
    for (let u = 0; u < trace.quantities[b]!; u++) {
      const s = replay.unitState(end, b, u);
      if (s === UNIT_WAITING || s === UNIT_REPAIRING || s === UNIT_DOWN) stillDown++;
    }
    const drawnDown = trace.initiallyFailed.filter((f) => f.block === b).length;
    if (failures[b]! !== repaired + stillDown - drawnDown) {
      out.push(
        `${trace.blocks[b]}: ${failures[b]} failures but ${repaired} repairs and ${stillDown - drawnDown} units still down`,
      );
    }
  }
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
  const out: TraceViolation[] = [];
  if (flat.blocks.length !== trace.blocks.length) {
    return [`the trace has ${trace.blocks.length} blocks, the design ${flat.blocks.length}`];
  }
  const replay = new Replay(trace);
  checkSystemStates(replay, flat, out);
  const downtime = getTraceDowntime(trace, horizon);
  if (Math.abs(downtime - trace.downtime) > DOWNTIME_TOLERANCE * Math.max(1, trace.downtime)) {
    out.push(
      `the system's down intervals add up to ${downtime}, the trace's downtime is ${trace.downtime}`,
    );
  }
  checkLifeCycles(replay, out);
  return out;
}
