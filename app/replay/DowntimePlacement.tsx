/**
 * Where a history sits in its run: the downtime of the run's sample of histories (512, chosen
 * independently of downtime) from least to most, a marker at the replayed history's rank, and
 * the rank in words. Colour is not the only cue: the marker is a labelled line.
 */
import { useMemo } from 'react';
import type { HistoryPicksResult } from '../../src/index.ts';
import { formatNumber, getDowntimeRank } from '../../src/index.ts';

const BINS = 40;
const W = 320;
const H = 44;

export function DowntimePlacement({
  picks,
  history,
  downtime,
  trials,
}: {
  readonly picks: HistoryPicksResult;
  readonly history: number;
  readonly downtime: number | null;
  readonly trials: number;
}) {
  // A quantile strip: bar i is the downtime at quantile (i + 0.5) / BINS of the sample (square
  // root heights: a few long outages do not flatten the rest); the marker is at this history's
  // rank, so "where it sits" reads left to right as a percentile.
  const bars = useMemo(() => {
    const values = picks.sample.map((r) => r.downtime);
    const n = values.length;
    return Array.from({ length: BINS }, (_, i) =>
      n === 0 ? 0 : values[Math.min(n - 1, Math.floor(((i + 0.5) / BINS) * n))]!,
    );
  }, [picks]);
  const tallest = Math.sqrt(Math.max(1e-12, downtime ?? 0, ...bars));
  const rank = downtime === null ? NaN : getDowntimeRank(picks, downtime);
  const x = Number.isNaN(rank) ? null : rank * W;
  return (
    <figure className="replay-placement" data-testid="replay.placement">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label="Downtime of the run's histories from least to most, this one marked"
      >
        {bars.map((c, i) => (
          <rect
            key={i}
            x={(i * W) / BINS + 0.5}
            width={W / BINS - 1}
            y={H - 4 - ((H - 8) * Math.sqrt(c)) / tallest}
            height={((H - 8) * Math.sqrt(c)) / tallest}
            className="placement-bar"
          />
        ))}
        {x !== null && <line x1={x} x2={x} y1={0} y2={H} className="placement-marker" />}
      </svg>
      <figcaption>
        History {history.toLocaleString('en-US')} of {trials.toLocaleString('en-US')}
        {Number.isNaN(rank)
          ? ''
          : ` · more downtime than ${formatNumber(100 * rank, 3)} % of the run's histories`}
      </figcaption>
    </figure>
  );
}
