/**
 * The system lamp (UP or DOWN in words, and the length of the outage in progress), the counters
 * (simulated date, event i of n, failures so far, downtime so far, availability so far beside the
 * exact one) and why the system is down: the minimal cut sets whose blocks are all down.
 * Moving figures are written through refs, at most 10 times a second while playing (a frame
 * that writes no text paints nothing); the rest renders at events.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Replay, TimeUnit } from '../../src/index.ts';
import {
  HOURS_PER_UNIT,
  formatDuration,
  formatPercent,
  formatSimulatedTime,
} from '../../src/index.ts';
import {
  createSystemIndex,
  getActiveCutSets,
  getDowntimeAt,
  getReplayCounters,
} from './replayModel.ts';
import type { PlayerSnapshot, ReplayPlayer } from './replayPlayer.ts';
import { createTextPacer, usePlayerFrame } from './usePlayer.ts';

/** Writes a text node only when its text changes (no style or layout work otherwise). */
function setText(element: HTMLElement | null, text: string): void {
  if (element !== null && element.textContent !== text) element.textContent = text;
}

export function ReplayStatus({
  replay,
  player,
  snapshot,
  cutSets,
  timeUnit,
  exactAvailability,
}: {
  readonly replay: Replay;
  readonly player: ReplayPlayer;
  readonly snapshot: PlayerSnapshot;
  readonly cutSets: readonly (readonly string[])[];
  readonly timeUnit: TimeUnit;
  readonly exactAvailability: number | null;
}) {
  const date = useRef<HTMLElement>(null);
  const downtime = useRef<HTMLElement>(null);
  const availability = useRef<HTMLElement>(null);
  const outage = useRef<HTMLElement>(null);
  const hours = HOURS_PER_UNIT[timeUnit];
  const systemIndex = useMemo(() => createSystemIndex(replay), [replay]);
  const [textFrame] = useState(() => createTextPacer(player));
  const onFrame = useCallback(
    (t: number) => {
      if (!textFrame()) return;
      const d = getDowntimeAt(systemIndex, t);
      const c = { ...d, availability: t > 0 ? 1 - d.downtime / t : 1 };
      setText(date.current, formatSimulatedTime(t, timeUnit));
      setText(downtime.current, formatDuration(c.downtime * hours));
      setText(availability.current, formatPercent(c.availability, t > 0 ? c.downtime / t : 0));
      setText(
        outage.current,
        c.outageStart === null ? '' : `for ${formatDuration((t - c.outageStart) * hours)}`,
      );
    },
    [systemIndex, timeUnit, hours, textFrame],
  );
  usePlayerFrame(player, onFrame);
  // A pause writes the figures at the playhead at once.
  useEffect(() => onFrame(player.getTime()), [snapshot, player, onFrame]);
  const t = player.getTime();
  const systemUp = replay.systemUpAt(t);
  const counters = getReplayCounters(replay, t, snapshot.eventIndex);
  const active = useMemo(() => {
    if (systemUp) return [];
    const up = replay.blockUp(replay.stateAfter(snapshot.eventIndex));
    return getActiveCutSets(cutSets, replay.trace.blocks, up);
  }, [systemUp, replay, snapshot.eventIndex, cutSets]);
  const downBlocks = useMemo(() => {
    if (systemUp) return [];
    const up = replay.blockUp(replay.stateAfter(snapshot.eventIndex));
    return replay.trace.blocks.filter((_, b) => up[b] === 0);
  }, [systemUp, replay, snapshot.eventIndex]);

  return (
    <aside className="replay-status" aria-label="System state and counters">
      <div
        className={`replay-lamp ${systemUp ? 'up' : 'down'}`}
        data-testid="replay.lamp"
        data-state={systemUp ? 'up' : 'down'}
        role="status"
        aria-live="polite"
      >
        <span className="lamp-dot" aria-hidden="true" />
        System {systemUp ? 'UP' : 'DOWN'} <span ref={outage} className="lamp-outage" />
      </div>
      <dl className="replay-counters">
        <dt>Simulated date</dt>
        <dd ref={date} data-testid="replay.date" />
        <dt>Event</dt>
        <dd>
          {snapshot.eventIndex.toLocaleString('en-US')} of{' '}
          {replay.eventCount.toLocaleString('en-US')}
        </dd>
        <dt>Unit failures so far</dt>
        <dd data-testid="replay.failures">{counters.unitFailures}</dd>
        <dt>System outages so far</dt>
        <dd>{counters.outages}</dd>
        <dt>Downtime so far</dt>
        <dd ref={downtime} />
        <dt>Availability so far</dt>
        <dd>
          <span ref={availability} />
          {exactAvailability !== null && (
            <span className="hint">
              {' '}
              (exact over the horizon {formatPercent(exactAvailability, 1 - exactAvailability)})
            </span>
          )}
        </dd>
      </dl>
      {!systemUp && (
        <div className="replay-why" data-testid="replay.why" role="note">
          <h3>Why is it down?</h3>
          {active.length > 0 ? (
            <ul>
              {active.map((set) => (
                <li key={set.join('+')} data-testid="replay.cut-set">
                  Down because {'{'}
                  {set.join(', ')}
                  {'}'} {set.length === 1 ? 'is' : 'are all'} down
                </li>
              ))}
            </ul>
          ) : (
            <p>
              Blocks down: {downBlocks.join(', ') || 'none'}
              {cutSets.length === 0 ? ' (cut sets appear once the exact analysis has run)' : ''}
            </p>
          )}
        </div>
      )}
    </aside>
  );
}
