/**
 * The Gantt strip: the system's lane, then one lane per block, each a row of state segments
 * (fill and a pattern per state), system-down bands across all lanes (one overlay), and a
 * playhead moved every frame through a ref. Click to seek. A block of several units has a
 * disclosure button that adds one lane per unit (running, standby, switching in, waiting for a
 * crew, under repair, down for good), each drawn as one SVG path per state and computed when
 * first opened. Memoised: its props change once per history, so events do not redraw its lanes.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import type { TimeUnit } from '../../src/index.ts';
import { formatNumber } from '../../src/index.ts';
import type { Replay } from '../../src/index.ts';
import type { LaneSegment, ReplayLanes, UnitLaneState, UnitSegment } from './replayModel.ts';
import { getLanePaths, getUnitLanes } from './replayModel.ts';
import type { ReplayPlayer } from './replayPlayer.ts';
import { usePlayerFrame } from './usePlayer.ts';

const W = 1000;
const LANE_H = 18;

/** Block lane states drawn (up is the lane's background). */
const BLOCK_DRAWN = ['degraded', 'switching', 'down'] as const;

/**
 * One lane of the timeline's single SVG, at row `row`: a background and one path per state.
 * All lanes share one SVG without transforms, so the whole strip is a few paint chunks (an SVG
 * per lane made hundreds, which the browser re-layerised on every repaint of the page).
 */
function Lane<S extends string>({
  row,
  segments,
  horizon,
  drawn,
  classOf,
  system,
  testId,
  label,
  count,
}: {
  readonly row: number;
  readonly segments: readonly { readonly from: number; readonly to: number; readonly state: S }[];
  readonly horizon: number;
  readonly drawn: readonly S[];
  readonly classOf: (state: S) => string;
  readonly system: boolean;
  readonly testId: string;
  readonly label: string;
  readonly count: number;
}) {
  const top = row * LANE_H;
  const paths = useMemo(
    () => getLanePaths(segments, horizon, W, top + 2, LANE_H - 4),
    [segments, horizon, top],
  );
  return (
    <g data-testid={testId} data-segments={count} role="img" aria-label={label}>
      <rect
        x={0}
        y={top}
        width={W}
        height={LANE_H - 1}
        className={`lane-bg${system ? ' system' : ''}`}
      />
      {drawn.map((state) => {
        const d = paths.get(state);
        return d === undefined ? null : <path key={state} d={d} className={classOf(state)} />;
      })}
    </g>
  );
}

/** Unit states drawn on a unit lane (running is the lane's background), and their words. */
const UNIT_DRAWN: readonly (readonly [UnitLaneState, string])[] = [
  ['standby', 'standby'],
  ['switching', 'switching in'],
  ['waiting', 'down, waiting for repair'],
  ['repairing', 'under repair'],
  ['down', 'down for good'],
];

function isFailed(state: UnitLaneState): boolean {
  return state === 'waiting' || state === 'repairing' || state === 'down';
}

function unitLaneLabel(name: string, segments: readonly UnitSegment[]): [string, number] {
  const failures = segments.filter(
    (s, i) => isFailed(s.state) && (i === 0 || !isFailed(segments[i - 1]!.state)),
  ).length;
  const notRunning = segments.filter((s) => s.state !== 'up' && s.state !== 'standby').length;
  return [
    `${name}: failed ${failures} time${failures === 1 ? '' : 's'}, ${notRunning} stretch${notRunning === 1 ? '' : 'es'} not running or standby`,
    notRunning,
  ];
}

const UNIT_STATES_DRAWN = UNIT_DRAWN.map(([state]) => state);
const unitClass = (state: UnitLaneState): string => `unit-seg u-${state}`;
const blockClass = (state: LaneSegment['state']): string => `lane-seg seg-${state}`;

export const ReplayTimeline = memo(function ReplayTimeline({
  lanes,
  blocks,
  replay,
  player,
  horizon,
  timeUnit,
}: {
  readonly lanes: ReplayLanes;
  readonly replay: Replay;
  readonly blocks: readonly string[];
  player: ReplayPlayer;
  readonly horizon: number;
  readonly timeUnit: TimeUnit;
}) {
  const head = useRef<HTMLDivElement>(null);
  // The playhead is a 2 px layer moved by a transform in pixels: no layout per frame, and a
  // small layer to composite (a full-width one cost a third of each frame without a GPU).
  const lanesRef = useRef<HTMLDivElement>(null);
  const width = useRef(0);
  const onFrame = useCallback(
    (t: number) => {
      if (head.current)
        head.current.style.transform = `translateX(${(width.current * t) / horizon}px)`;
    },
    [horizon],
  );
  useEffect(() => {
    const lanesBox = lanesRef.current;
    if (lanesBox === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      width.current = entries[0]?.contentRect.width ?? 0;
      onFrame(player.getTime());
    });
    observer.observe(lanesBox);
    return () => observer.disconnect();
  }, [player, onFrame]);
  usePlayerFrame(player, onFrame);
  const downBands = useMemo(() => lanes.system.filter((s) => s.state === 'down'), [lanes]);
  const seek = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    player.seek(((event.clientX - box.left) / box.width) * horizon);
  };
  // Open blocks and their unit lanes (computed in one pass over the events when opened).
  const [open, setOpen] = useState<ReadonlyMap<number, readonly UnitSegment[][]>>(() => new Map());
  const toggle = (b: number) => {
    const next = new Map(open);
    if (!next.delete(b)) next.set(b, getUnitLanes(replay, horizon, b));
    setOpen(next);
  };
  type Row =
    | {
        kind: 'lane';
        name: string;
        short: string;
        segments: readonly LaneSegment[];
        id: string;
        block: number;
      }
    | {
        kind: 'unit';
        name: string;
        short: string;
        segments: readonly UnitSegment[];
        id: string;
        block: number;
      };
  const rows: Row[] = [
    {
      kind: 'lane',
      name: 'System',
      short: 'System',
      segments: lanes.system,
      id: 'system',
      block: -1,
    },
  ];
  blocks.forEach((name, b) => {
    rows.push({ kind: 'lane', name, short: name, segments: lanes.blocks[b]!, id: name, block: b });
    open.get(b)?.forEach((segments, u) =>
      rows.push({
        kind: 'unit',
        name: `${name} · unit ${u + 1}`,
        short: `unit ${u + 1}`,
        segments,
        id: `${name}.unit.${u + 1}`,
        block: b,
      }),
    );
  });
  const quantities = replay.trace.quantities;
  const height = rows.length * LANE_H;
  const anyOpen = open.size > 0;

  return (
    <figure
      className="replay-timeline"
      aria-label="Timeline of the history: the system and each block"
    >
      <svg className="timeline-defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          <pattern
            id="unit-repair-hatch"
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#b42318" />
            <rect width="2" height="6" fill="#fff" />
          </pattern>
        </defs>
      </svg>
      <div className="timeline-grid">
        <div className="timeline-names">
          {rows.map((r) => {
            const units = r.kind === 'lane' && r.block >= 0 ? quantities[r.block]! : 0;
            const expanded = open.has(r.block);
            return (
              <div
                key={r.id}
                className={`timeline-name${r.kind === 'unit' ? ' unit' : ''}`}
                style={{ height: LANE_H }}
                title={r.name}
              >
                {units > 1 && (
                  <button
                    type="button"
                    className="lane-disclosure"
                    aria-expanded={expanded}
                    aria-label={`${expanded ? 'Hide' : 'Show'} the ${units} units of ${r.name}`}
                    data-testid={`replay.lane.${r.id}.units`}
                    onClick={() => toggle(r.block)}
                  >
                    <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                  </button>
                )}
                <span aria-hidden="true">{r.short}</span>
              </div>
            );
          })}
        </div>
        <div ref={lanesRef} className="timeline-lanes" onClick={seek} data-testid="replay.timeline">
          <svg
            className="timeline-lanes-svg"
            viewBox={`0 0 ${W} ${height}`}
            preserveAspectRatio="none"
            style={{ height }}
            role="group"
            aria-label="Lanes"
          >
            {rows.map((r, row) => {
              if (r.kind === 'unit') {
                const [label, count] = unitLaneLabel(r.name, r.segments);
                return (
                  <Lane
                    key={r.id}
                    row={row}
                    segments={r.segments}
                    horizon={horizon}
                    drawn={UNIT_STATES_DRAWN}
                    classOf={unitClass}
                    system={false}
                    testId={`replay.lane.${r.id}`}
                    label={label}
                    count={count}
                  />
                );
              }
              const count = r.segments.filter((s) => s.state !== 'up').length;
              return (
                <Lane
                  key={r.id}
                  row={row}
                  segments={r.segments}
                  horizon={horizon}
                  drawn={BLOCK_DRAWN}
                  classOf={blockClass}
                  system={r.id === 'system'}
                  testId={`replay.lane.${r.id}`}
                  label={`${r.name}: ${count} stretches not fully up`}
                  count={count}
                />
              );
            })}
            {downBands.map((s, i) => (
              <rect
                key={i}
                x={(s.from / horizon) * W}
                width={Math.max(0.6, ((s.to - s.from) / horizon) * W)}
                y={0}
                height={height}
                className="lane-down-band"
                aria-hidden="true"
              />
            ))}
          </svg>
          <div ref={head} className="timeline-playhead" aria-hidden="true" />
        </div>
      </div>
      <figcaption className="timeline-axis">
        <span>0</span>
        <span>
          {formatNumber(horizon)} {timeUnit}s
        </span>
      </figcaption>
      <ul className="timeline-legend" aria-label="Legend">
        <li>
          <span className="swatch seg-degraded" /> degraded
        </li>
        <li>
          <span className="swatch seg-switching" /> switching over
        </li>
        <li>
          <span className="swatch seg-down" /> down
        </li>
        <li>
          <span className="swatch lane-down-band" /> system down
        </li>
        {anyOpen &&
          UNIT_DRAWN.map(([state, words]) => (
            <li key={state}>
              <span className={`swatch unit-swatch u-${state}`} /> unit {words}
            </li>
          ))}
      </ul>
    </figure>
  );
});
