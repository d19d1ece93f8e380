/**
 * One history on screen: the player (a clock outside React), the read-only diagram, the system
 * lamp and counters, why the system is down, the timeline and the event log, and the keyboard:
 * Space play/pause, ←/→ previous/next event, Shift+←/→ previous/next system change, Home/End,
 * N next outage, [ and ] slower/faster, G go to a time, D the trace checks overlay (also
 * `#…&debug=1`), Esc pause. With reduced motion the player opens in step mode (play advances one
 * event a second, nothing glides).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { DesignFile, SimulationResult, TimeUnit, TracedHistory } from '../../src/index.ts';
import { Replay, createTraceLog, formatPercent } from '../../src/index.ts';
import type { ReplayChoiceKind } from '../store/index.ts';
import { createReplayPlayer } from './replayPlayer.ts';
import { getDiagramLayout } from './replayDiagramLayout.ts';
import { getReplayLanes } from './replayModel.ts';
import { usePlayerSnapshot } from './usePlayer.ts';
import { ReplayControls } from './ReplayControls.tsx';
import { ReplayDiagram } from './ReplayDiagram.tsx';
import { ReplayStatus } from './ReplayStatus.tsx';
import { ReplayTimeline } from './ReplayTimeline.tsx';
import { ReplayLog } from './ReplayLog.tsx';
import { PICK_LABELS } from './ReplayPicker.tsx';
import { ReplayExport } from './ReplayExport.tsx';
import { ReplayChecks } from './ReplayChecks.tsx';
import type { ReplayScene } from './drawReplayFrame.ts';

export interface ReplayStageProps {
  readonly traced: TracedHistory;
  readonly design: DesignFile;
  readonly result: SimulationResult;
  readonly seed: number;
  readonly horizon: number;
  readonly timeUnit: TimeUnit;
  readonly hoursPerUnit: number;
  readonly cutSets: readonly (readonly string[])[];
  readonly exactAvailability: number | null;
  readonly choice: ReplayChoiceKind;
}

/** Whether the address asks for the trace checks overlay (`debug=1` among its hash parameters). */
function debugInHash(): boolean {
  if (typeof location === 'undefined') return false;
  return new URLSearchParams(location.hash.replace(/^#/, '')).get('debug') === '1';
}

/** Sets or removes `debug=1` in the address, other hash parameters kept, without a new entry. */
function writeDebugToHash(on: boolean): void {
  if (typeof location === 'undefined') return;
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (on) params.set('debug', '1');
  else params.delete('debug');
  const text = params.toString();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${text === '' ? '' : `#${text}`}`,
  );
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function ReplayStage(props: ReplayStageProps) {
  const { traced, design, result, horizon } = props;
  const trace = traced.trace;
  const replay = useMemo(() => new Replay(trace), [trace]);
  const [stepMode] = useState(prefersReducedMotion);
  const [player] = useState(() => createReplayPlayer(replay, horizon, { stepMode }));
  useEffect(() => () => player.pause(), [player]);
  const snapshot = usePlayerSnapshot(player);
  const lanes = useMemo(() => getReplayLanes(replay, horizon), [replay, horizon]);
  const names = useMemo(() => trace.blocks.slice(), [trace]);
  const log = useMemo(
    () => createTraceLog(trace, names, props.timeUnit, replay),
    [trace, names, props.timeUnit, replay],
  );
  const blockNodeIds = useMemo(() => {
    const byId = new Map(result.perBlock.map((b) => [b.id, b.nodeIds]));
    return trace.blocks.map((id) => byId.get(id) ?? [id]);
  }, [result, trace]);
  const layout = useMemo(
    () => getDiagramLayout(design.diagram, blockNodeIds),
    [design, blockNodeIds],
  );
  const goTo = useRef<HTMLInputElement>(null);
  const [showChecks, setShowChecks] = useState(debugInHash);
  const toggleChecks = (on: boolean) => {
    setShowChecks(on);
    writeDebugToHash(on);
  };
  const eventTime = (i: number): number => (i <= 0 ? 0 : trace.events[i - 1]!.t);
  const { cutSets, timeUnit, hoursPerUnit, seed, exactAvailability } = props;
  const routes = traced.routes;
  const scene = useMemo((): ReplayScene => {
    const exact =
      exactAvailability === null
        ? ''
        : ` · exact A ${formatPercent(exactAvailability, 1 - exactAvailability)}`;
    return {
      trace,
      layout,
      cutSets,
      horizon,
      timeUnit,
      hoursPerUnit,
      routes,
      caption: `${design.name} · history ${trace.history.toLocaleString('en-US')} of ${result.trials.toLocaleString('en-US')}, seed ${seed}${exact}`,
    };
  }, [
    routes,
    trace,
    layout,
    cutSets,
    horizon,
    timeUnit,
    hoursPerUnit,
    design.name,
    result.trials,
    seed,
    exactAvailability,
  ]);
  const fileStem = `${
    design.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'replay'
  }-h${trace.history}`;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const typing =
      target instanceof HTMLInputElement && target.type !== 'range' && target.type !== 'button';
    if (typing && event.key !== 'Escape') return;
    let handled = true;
    switch (event.key) {
      case ' ':
        if (target instanceof HTMLButtonElement) handled = false;
        else player.toggle();
        break;
      case 'ArrowRight':
        if (event.shiftKey) player.stepSystem(1);
        else player.stepEvent(1);
        break;
      case 'ArrowLeft':
        if (event.shiftKey) player.stepSystem(-1);
        else player.stepEvent(-1);
        break;
      case 'Home':
        player.seek(0);
        break;
      case 'End':
        player.seek(horizon);
        break;
      case 'n':
      case 'N':
        player.nextOutage();
        break;
      case '[':
        player.setSpeed(player.getSnapshot().speed - 1);
        break;
      case ']':
        player.setSpeed(player.getSnapshot().speed + 1);
        break;
      case 'd':
      case 'D':
        toggleChecks(!showChecks);
        break;
      case 'g':
      case 'G':
        goTo.current?.focus();
        goTo.current?.select();
        break;
      case 'Escape':
        player.pause();
        if (typing) target.blur();
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  return (
    <section className="replay-stage" aria-label="Replay" onKeyDown={onKeyDown}>
      <div className="replay-banner-row">
        <p className="replay-banner" data-testid="replay.banner">
          Replay: history {trace.history.toLocaleString('en-US')} of{' '}
          {result.trials.toLocaleString('en-US')}, seed {props.seed},{' '}
          {PICK_LABELS[props.choice].toLowerCase()}
          {stepMode ? ' · step mode (reduced motion)' : ''}
        </p>
        <label className="replay-checks-toggle">
          <input
            type="checkbox"
            checked={showChecks}
            onChange={(e) => toggleChecks(e.target.checked)}
            data-testid="replay.checks.toggle"
            aria-keyshortcuts="D"
          />{' '}
          Checks <kbd>D</kbd>
        </label>
      </div>
      <ReplayControls
        player={player}
        snapshot={snapshot}
        horizon={horizon}
        timeUnit={props.timeUnit}
        eventCount={trace.events.length}
        goTo={goTo}
        replay={replay}
      />
      <div className="replay-main">
        {showChecks && (
          <ReplayChecks
            checks={traced.checks}
            player={player}
            timeUnit={timeUnit}
            eventTime={eventTime}
            eventCount={trace.events.length}
          />
        )}
        <ReplayDiagram
          replay={replay}
          player={player}
          layout={layout}
          cutSets={props.cutSets}
          hoursPerUnit={props.hoursPerUnit}
          routes={traced.routes}
        />
        <ReplayStatus
          replay={replay}
          player={player}
          snapshot={snapshot}
          cutSets={props.cutSets}
          timeUnit={props.timeUnit}
          exactAvailability={props.exactAvailability}
        />
      </div>
      <ReplayTimeline
        lanes={lanes}
        blocks={names}
        replay={replay}
        player={player}
        horizon={horizon}
        timeUnit={props.timeUnit}
      />
      <ReplayLog
        rows={log}
        snapshot={snapshot}
        player={player}
        trace={trace}
        traced={traced}
        design={design}
        seed={props.seed}
        horizon={horizon}
        timeUnit={props.timeUnit}
        choice={props.choice}
        trials={result.trials}
      />
      <ReplayExport scene={scene} player={player} fileStem={fileStem} />
    </section>
  );
}
