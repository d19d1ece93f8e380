/**
 * The debug overlay of the trace invariants (toggled by the "Checks" box, the D key or
 * `#…&debug=1`): the three checks the worker ran on this history when it traced it
 * (`getTraceChecks`), each with a pass/fail mark and word, the figures it compared, and the
 * event index of its first violation with a button that moves the playhead there. Nothing is
 * computed here: the figures come with the trace, so opening it costs no main-thread work.
 */
import type { TimeUnit, TraceCheck, TraceChecks } from '../../src/index.ts';
import { formatNumber } from '../../src/index.ts';
import type { ReplayPlayer } from './replayPlayer.ts';

/** Significant digits of the compared figures (enough to see a real difference). */
const DIGITS = 7;

function Verdict({ check }: { readonly check: TraceCheck }) {
  return (
    <span className={`check-verdict ${check.pass ? 'pass' : 'fail'}`}>
      <span aria-hidden="true">{check.pass ? '✓' : '✗'}</span> {check.pass ? 'pass' : 'FAIL'}
    </span>
  );
}

function FirstViolation({
  check,
  player,
  eventTime,
}: {
  readonly check: TraceCheck;
  readonly player: ReplayPlayer;
  readonly eventTime: (eventIndex: number) => number;
}) {
  if (check.pass) return null;
  const at = check.firstViolation;
  return (
    <p className="check-violation">
      {at === null
        ? 'Not tied to one event'
        : `First violation at event ${at.toLocaleString('en-US')}`}
      {check.violations[0] !== undefined && `: ${check.violations[0]}`}
      {at !== null && (
        <>
          {' '}
          <button type="button" className="button" onClick={() => player.seek(eventTime(at))}>
            Go to event {at.toLocaleString('en-US')}
          </button>
        </>
      )}
    </p>
  );
}

export function ReplayChecks({
  checks,
  player,
  timeUnit,
  eventTime,
  eventCount,
}: {
  readonly checks: TraceChecks | null;
  readonly player: ReplayPlayer;
  readonly timeUnit: TimeUnit;
  /** The time of the playhead that shows event index i (events [0, i) applied). */
  readonly eventTime: (eventIndex: number) => number;
  readonly eventCount: number;
}) {
  if (checks === null) {
    return (
      <aside className="replay-checks" aria-label="Trace checks" data-testid="replay.checks">
        <h2>Trace checks</h2>
        <p role="alert">Not checked: the design has a different number of blocks from the trace.</p>
      </aside>
    );
  }
  const { rules, downtime, failures } = checks;
  const unit = `${timeUnit}s`;
  const passed = [rules, downtime, failures].filter((c) => c.pass).length;
  return (
    <aside className="replay-checks" aria-label="Trace checks" data-testid="replay.checks">
      <h2>
        Trace checks: {passed} of 3 pass{' '}
        <span className="hint">
          (run in the worker on all {eventCount.toLocaleString('en-US')} events)
        </span>
      </h2>
      <ol>
        <li data-testid="replay.check.rules" data-pass={rules.pass}>
          <Verdict check={rules} /> <strong>Diagram rules = recorded system state</strong>
          <p>
            The diagram&apos;s rules over the unit states give the trace&apos;s system state at{' '}
            {rules.pass ? 'all' : ''} {rules.instants.toLocaleString('en-US')} instants (t = 0 and
            every event time).
          </p>
          <FirstViolation check={rules} player={player} eventTime={eventTime} />
        </li>
        <li data-testid="replay.check.downtime" data-pass={downtime.pass}>
          <Verdict check={downtime} /> <strong>Integrated downtime = engine&apos;s figure</strong>
          <p>
            Downtime from the trace {formatNumber(downtime.fromTrace, DIGITS)} {unit}{' '}
            {downtime.pass ? '=' : '≠'} engine {formatNumber(downtime.engine, DIGITS)} {unit}
          </p>
          <FirstViolation check={downtime} player={player} eventTime={eventTime} />
        </li>
        <li data-testid="replay.check.failures" data-pass={failures.pass}>
          <Verdict check={failures} /> <strong>Failure counts add up</strong>
          <p>
            Unit failures {failures.failures.toLocaleString('en-US')}{' '}
            {failures.failures === failures.repairs + failures.stillDown ? '=' : '≠'} repairs{' '}
            {failures.repairs.toLocaleString('en-US')} + still down at the end{' '}
            {failures.stillDown.toLocaleString('en-US')}
            {failures.engine !== null &&
              `; engine counted ${failures.engine.toLocaleString('en-US')}`}
            ; every unit&apos;s events in life-cycle order.
          </p>
          <FirstViolation check={failures} player={player} eventTime={eventTime} />
        </li>
      </ol>
    </aside>
  );
}
