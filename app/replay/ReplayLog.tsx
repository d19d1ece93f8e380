/**
 * The event log in plain words (the command line's wording, src/report/traceLog.ts), in step with
 * the playhead: the current row is marked among the few rows around it (the log of a long history
 * stays a dozen nodes; step or scrub to move through it), a click seeks to a row; export as CSV or JSON, with the seed
 * and the history number.
 */
import type {
  DesignFile,
  HistoryTrace,
  TimeUnit,
  TraceLogEntry,
  TracedHistory,
} from '../../src/index.ts';
import { createTraceCsv, createTraceDocument, formatSimulatedTime } from '../../src/index.ts';
import type { ReplayChoiceKind } from '../store/index.ts';
import type { PlayerSnapshot, ReplayPlayer } from './replayPlayer.ts';

/** Rows shown, and how many of them come before the current one. */
const VISIBLE = 12;
const BEFORE = 4;

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Index of the last row that has happened once `eventIndex` events are applied. */
function getCurrentRow(rows: readonly TraceLogEntry[], eventIndex: number, t: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = rows[mid]!;
    if (r.eventIndex < eventIndex || (r.eventIndex === eventIndex && r.t <= t)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function ReplayLog({
  rows,
  snapshot,
  player,
  trace,
  traced,
  design,
  seed,
  horizon,
  timeUnit,
  choice,
  trials,
}: {
  readonly rows: readonly TraceLogEntry[];
  readonly snapshot: PlayerSnapshot;
  readonly player: ReplayPlayer;
  readonly trace: HistoryTrace;
  readonly traced: TracedHistory;
  readonly design: DesignFile;
  readonly seed: number;
  readonly horizon: number;
  readonly timeUnit: TimeUnit;
  readonly choice: ReplayChoiceKind;
  /** Histories of the run the pick was made in. */
  readonly trials: number;
}) {
  const current = getCurrentRow(rows, snapshot.eventIndex, player.getTime());
  // A fixed window that follows the playhead: no scrolling, so no layout is read per event (a
  // scroll into view forced a layout of the whole page on every event of a large design).
  const from = Math.max(0, Math.min(current - BEFORE, rows.length - VISIBLE));
  const to = Math.min(rows.length, from + VISIBLE);
  const base = `${design.name.replace(/[^\w-]+/g, '-')}-seed${seed}-history${trace.history}`;

  return (
    <section className="replay-log" aria-labelledby="replay-log-heading">
      <header>
        <h3 id="replay-log-heading">Event log</h3>
        <button
          type="button"
          className="button"
          data-testid="replay.export.csv"
          onClick={() =>
            download(`${base}.csv`, 'text/csv', createTraceCsv(trace, rows, seed, timeUnit))
          }
        >
          Export CSV
        </button>
        <button
          type="button"
          className="button"
          data-testid="replay.export.json"
          onClick={() => {
            const doc = createTraceDocument(traced, {
              design: { name: design.name, timeUnit },
              seed,
              horizon,
              pick: choice === 'random' || choice === 'number' ? null : { kind: choice, trials },
              warnings: [],
            });
            download(`${base}.json`, 'application/json', JSON.stringify(doc, null, 2) + '\n');
          }}
        >
          Export JSON
        </button>
      </header>
      {rows.length === 0 ? (
        <p className="hint">Nothing happened in this history: every unit ran the whole horizon.</p>
      ) : (
        // Numbered in the rows, not by the list's `start`: a new start renumbers every marker,
        // a relayout of every row at each event.
        <ol className="replay-log-rows" data-testid="replay.log">
          {rows.slice(from, to).map((r, k) => {
            const i = from + k;
            return (
              <li
                key={i}
                aria-current={i === current ? 'true' : undefined}
                className={`log-row kind-${r.kind}`}
              >
                <button type="button" className="log-seek" onClick={() => player.seek(r.t)}>
                  <span className="log-n">{(i + 1).toLocaleString('en-US')}.</span>
                  <time>{formatSimulatedTime(r.t, timeUnit)}</time> {r.text}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
