/**
 * The Gantt strip: the system's lane, then one lane per block, each a row of state segments
 * (fill and a pattern per state), system-down bands across all lanes (one overlay), and a playhead moved every frame through a ref. Click to seek. Memoised:
 * its props change once per history, so events do not redraw its lanes.
 */
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { MouseEvent } from 'react';
import type { TimeUnit } from '../../src/index.ts';
import { formatNumber } from '../../src/index.ts';
import type { LaneSegment, ReplayLanes } from './replayModel.ts';
import type { ReplayPlayer } from './replayPlayer.ts';
import { usePlayerFrame } from './usePlayer.ts';

const W = 1000;
const LANE_H = 18;

function LaneRects({
  segments,
  horizon,
}: {
  readonly segments: readonly LaneSegment[];
  readonly horizon: number;
}) {
  return (
    <>
      {segments.map((s, i) =>
        s.state === 'up' ? null : (
          <rect
            key={i}
            x={(s.from / horizon) * W}
            width={Math.max(0.6, ((s.to - s.from) / horizon) * W)}
            y={2}
            height={LANE_H - 4}
            className={`lane-seg seg-${s.state}`}
          />
        ),
      )}
    </>
  );
}

export const ReplayTimeline = memo(function ReplayTimeline({
  lanes,
  blocks,
  player,
  horizon,
  timeUnit,
}: {
  readonly lanes: ReplayLanes;
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
  const rows = [
    { name: 'System', segments: lanes.system, id: 'system' },
    ...blocks.map((name, b) => ({ name, segments: lanes.blocks[b]!, id: name })),
  ];

  return (
    <figure
      className="replay-timeline"
      aria-label="Timeline of the history: the system and each block"
    >
      <div className="timeline-grid">
        <div className="timeline-names" aria-hidden="true">
          {rows.map((r) => (
            <div key={r.id} className="timeline-name" style={{ height: LANE_H }}>
              {r.name}
            </div>
          ))}
        </div>
        <div ref={lanesRef} className="timeline-lanes" onClick={seek} data-testid="replay.timeline">
          {rows.map((r) => (
            <svg
              key={r.id}
              viewBox={`0 0 ${W} ${LANE_H}`}
              preserveAspectRatio="none"
              className={`timeline-lane${r.id === 'system' ? ' system' : ''}`}
              data-testid={`replay.lane.${r.id}`}
              data-segments={r.segments.filter((s) => s.state !== 'up').length}
              style={{ height: LANE_H }}
              role="img"
              aria-label={`${r.name}: ${r.segments.filter((s) => s.state !== 'up').length} stretches not fully up`}
            >
              <LaneRects segments={r.segments} horizon={horizon} />
            </svg>
          ))}
          <svg
            className="timeline-down-bands"
            viewBox={`0 0 ${W} 1`}
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            {downBands.map((s, i) => (
              <rect
                key={i}
                x={(s.from / horizon) * W}
                width={Math.max(0.6, ((s.to - s.from) / horizon) * W)}
                y={0}
                height={1}
                className="lane-down-band"
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
      </ul>
    </figure>
  );
});
