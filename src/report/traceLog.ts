/**
 * A traced history as an event log in plain words, the same for the command line (`rbd trace`),
 * the replay player's log and its CSV/JSON export: one row per unit event ("day 143 09:12 — app
 * unit 2 failed; app 2 of 3 up") and one per change of the system's state, in time order (a
 * system change after the events of its instant). Unit numbers are 1-based in words and 0-based
 * in the data, as in the `trace` JSON.
 * Runs anywhere; no DOM.
 */
import { formatDuration } from './format.ts';
import type { TimeUnit } from '../model/types.ts';
import { HOURS_PER_UNIT } from '../model/types.ts';
import { Replay } from '../simulation/replay.ts';
import type { BlockFrame } from '../simulation/replay.ts';
import type { HistoryPickKind } from '../simulation/historyPicks.ts';
import type { TracedHistory } from '../simulation/runner.ts';
import type { HistoryTrace, TraceEventKind } from '../simulation/types.ts';

/** What a log row records. */
export type TraceLogKind = TraceEventKind | 'system-down' | 'system-up';

/** One row of the log. */
export interface TraceLogEntry {
  /** Time, design time units. */
  readonly t: number;
  /** Events applied once this row has happened (the replay's position after it). */
  readonly eventIndex: number;
  /** Block index of a unit event, −1 for a system row. */
  readonly block: number;
  /** Unit number inside the block (0-based), −1 for a system row. */
  readonly unit: number;
  readonly kind: TraceLogKind;
  /** The row in words, without the time. */
  readonly text: string;
}

const VERBS: Readonly<Record<TraceEventKind, string>> = {
  failed: 'failed',
  'repair-started': 'repair started',
  repaired: 'repaired',
  'switched-in': 'switched in',
  'switch-completed': 'switch-over completed',
  'switch-failed': 'failed to switch in (failed on demand)',
};

/**
 * A simulated time as a date: `day 143 09:12` (day 1 is the first day), for histories in hours or
 * longer; shorter units get the time with its unit.
 * @param t design time units
 */
export function formatSimulatedTime(t: number, unit: TimeUnit): string {
  const hours = t * HOURS_PER_UNIT[unit];
  if (!Number.isFinite(hours)) return '—';
  const totalMinutes = Math.floor(hours * 60);
  const day = Math.floor(totalMinutes / 1440) + 1;
  const minutes = totalMinutes % 1440;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `day ${day} ${hh}:${mm}`;
}

/** A block's state in words: `all 3 up`, `2 of 3 up`, `1 in service, 1 spare`, `down`. */
export function describeBlockFrame(frame: BlockFrame): string {
  const spares =
    frame.standby > 0 ? `, ${frame.standby} spare${frame.standby === 1 ? '' : 's'}` : '';
  switch (frame.state) {
    case 'up':
      if (frame.standby > 0) return `${frame.running} in service${spares}`;
      return frame.quantity === 1 ? 'up' : `all ${frame.quantity} up`;
    case 'degraded':
      return `${frame.running} of ${frame.quantity} up${spares}`;
    case 'switching':
      return 'switching over (down)';
    case 'down':
      return frame.quantity === 1
        ? 'down'
        : `down (${frame.running} of ${frame.quantity} up${spares})`;
  }
}

/**
 * The log of a trace.
 * @param trace a recorded history
 * @param names display name of each block (default: the block ids)
 * @param timeUnit the design's time unit (outage lengths in words)
 * @param replay the trace's replay, when the caller has one
 * @returns the rows in time order
 * @example
 * for (const row of createTraceLog(trace, trace.blocks, 'hour')) console.log(row.text);
 */
export function createTraceLog(
  trace: HistoryTrace,
  names: readonly string[],
  timeUnit: TimeUnit,
  replay: Replay = new Replay(trace),
): TraceLogEntry[] {
  const rows: TraceLogEntry[] = [];
  const { events, system } = trace;
  let s = 1;
  let downSince = system[0]?.up === false ? 0 : NaN;
  const pushSystem = (t: number, up: boolean, eventIndex: number): void => {
    if (up) {
      const length = formatDuration((t - downSince) * HOURS_PER_UNIT[timeUnit]);
      rows.push({
        t,
        eventIndex,
        block: -1,
        unit: -1,
        kind: 'system-up',
        text: `system up again after ${length}`,
      });
      downSince = NaN;
    } else {
      rows.push({ t, eventIndex, block: -1, unit: -1, kind: 'system-down', text: 'system DOWN' });
      downSince = t;
    }
  };
  if (system[0]?.up === false) pushSystem(0, false, 0);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    while (s < system.length && system[s]!.t < e.t) {
      pushSystem(system[s]!.t, system[s]!.up, i);
      s++;
    }
    const state = replay.stateAfter(i + 1);
    const frame = replay.blockFrame(state, e.block);
    const name = names[e.block] ?? trace.blocks[e.block]!;
    const text = `${name} unit ${e.unit + 1} ${VERBS[e.kind]}; ${name} ${describeBlockFrame(frame)}`;
    rows.push({ t: e.t, eventIndex: i + 1, block: e.block, unit: e.unit, kind: e.kind, text });
    // System changes at this instant come after all of its events.
    const next = events[i + 1];
    if (next === undefined || next.t > e.t) {
      while (s < system.length && system[s]!.t <= e.t) {
        pushSystem(system[s]!.t, system[s]!.up, i + 1);
        s++;
      }
    }
  }
  for (; s < system.length; s++) pushSystem(system[s]!.t, system[s]!.up, events.length);
  return rows;
}

/**
 * The `trace` JSON document (src/cli/README.md): the spec's fields first, extras after. The
 * command line prints it; the player exports it.
 * @param traced the re-simulated history
 * @param extra the design, the run's seed and horizon, how it was picked, the design's warnings
 */
export function createTraceDocument(
  traced: TracedHistory,
  extra: {
    readonly design: { readonly name: string; readonly timeUnit: TimeUnit };
    readonly seed: number;
    readonly horizon: number;
    readonly pick: { readonly kind: HistoryPickKind; readonly trials: number } | null;
    readonly warnings: readonly string[];
  },
): Record<string, unknown> {
  const { trace } = traced;
  const units: { block: string; unit: number }[] = [];
  trace.blocks.forEach((block, b) => {
    for (let u = 0; u < trace.quantities[b]!; u++) units.push({ block, unit: u });
  });
  const failures = trace.system.filter((c, i) => i > 0 && !c.up).length;
  return {
    seed: extra.seed,
    history: trace.history,
    horizon: extra.horizon,
    units,
    events: trace.events.map((e) => ({
      t: e.t,
      block: trace.blocks[e.block]!,
      unit: e.unit,
      kind: e.kind,
    })),
    system: trace.system,
    downtime: trace.downtime,
    failures,
    name: extra.design.name,
    timeUnit: extra.design.timeUnit,
    method: traced.method,
    pick: extra.pick,
    firstFailure: Number.isFinite(traced.firstFailure) ? traced.firstFailure : null,
    switchFailures: traced.switchFailures,
    initiallyFailed: trace.initiallyFailed.map((f) => ({
      block: trace.blocks[f.block]!,
      unit: f.unit,
    })),
    warnings: extra.warnings,
  };
}

/**
 * The log as CSV, one row per log entry, with the seed and history on every row (so a pasted
 * excerpt still says where it came from).
 */
export function createTraceCsv(
  trace: HistoryTrace,
  rows: readonly TraceLogEntry[],
  seed: number,
  timeUnit: TimeUnit,
): string {
  const quote = (text: string): string =>
    /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  const lines = ['seed,history,t,time,block,unit,kind,text'];
  for (const r of rows) {
    lines.push(
      [
        String(seed),
        String(trace.history),
        String(r.t),
        formatSimulatedTime(r.t, timeUnit),
        r.block < 0 ? '' : trace.blocks[r.block]!,
        r.unit < 0 ? '' : String(r.unit),
        r.kind,
        quote(r.text),
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}
