/**
 * The geometry of the convergence chart: the running estimate against the number of histories
 * on a log axis, its 95% interval as a band, and the exact value as a line. Pure (d3-scale for
 * the scales and their ticks); the SVG is drawn by ConvergenceChart.tsx. A few dozen points, so
 * a render costs well under a millisecond (recharts took 40-140 ms on each progress update).
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import type { ConvergencePoint } from '../store/index.ts';
import { formatNumber } from '../../src/index.ts';
import { getDecadeTicks } from '../results/timeAxis.ts';

/** Space around the plot for the axes' labels, in pixels. */
export const CONVERGENCE_MARGIN = { top: 10, right: 52, bottom: 36, left: 78 } as const;

/** A tick: its position along the axis and its label. */
export interface Tick {
  readonly at: number;
  readonly label: string;
}

/** A point of the estimate where it is drawn. */
export interface PlacedPoint {
  readonly x: number;
  readonly y: number;
  readonly point: ConvergencePoint;
}

export interface ConvergenceGeometry {
  /** The plot area inside the margins. */
  readonly plot: {
    readonly left: number;
    readonly top: number;
    readonly width: number;
    readonly height: number;
  };
  /** SVG path of the 95% band (empty when no point has an interval). */
  readonly band: string;
  /** SVG path of the running estimate. */
  readonly line: string;
  /** Height of the exact value's line, or null (unknown or off the plot). */
  readonly exactY: number | null;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** The drawn points, by number of histories (for the readout). */
  readonly placed: readonly PlacedPoint[];
}

const isDrawable = (p: ConvergencePoint): boolean =>
  p.histories > 0 && Number.isFinite(p.histories) && Number.isFinite(p.mean);

/** The y range: every estimate, every finite interval end and the exact value, never empty. */
function getValueRange(
  points: readonly ConvergencePoint[],
  exact: number | null,
): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  const take = (v: number): void => {
    if (!Number.isFinite(v)) return;
    if (v < low) low = v;
    if (v > high) high = v;
  };
  for (const p of points) {
    take(p.mean);
    take(p.lo);
    take(p.hi);
  }
  if (exact !== null) take(exact);
  if (low === high) {
    const pad = Math.abs(low) * 1e-6 || 1e-9;
    return [low - pad, high + pad];
  }
  return [low, high];
}

/** A decade of histories: 1,000 up to 100,000, then 1e6, 1e7, … (short enough for a tick). */
function formatHistories(d: number): string {
  return d < 1e6 ? formatNumber(d, 2) : d.toExponential(0).replace('e+', 'e');
}

const toFixed = (v: number): string => (Math.round(v * 10) / 10).toString();

/**
 * Places the chart in a box of the given size.
 * @returns null when no point can be drawn (none yet, or the box has no room)
 */
export function getConvergenceGeometry(
  points: readonly ConvergencePoint[],
  exact: number | null,
  width: number,
  height: number,
): ConvergenceGeometry | null {
  const drawn = points.filter(isDrawable);
  const m = CONVERGENCE_MARGIN;
  const plotWidth = width - m.left - m.right;
  const plotHeight = height - m.top - m.bottom;
  if (drawn.length === 0 || plotWidth <= 0 || plotHeight <= 0) return null;
  const first = drawn[0]!.histories;
  const last = drawn[drawn.length - 1]!.histories;
  const decades = getDecadeTicks(first, Math.max(last, first * 10));
  const x = scaleLog()
    .domain([decades[0]!, decades[decades.length - 1]!])
    .range([m.left, m.left + plotWidth]);
  const y = scaleLinear()
    .domain(getValueRange(drawn, exact))
    .nice(5)
    .range([m.top + plotHeight, m.top]);
  const placed = drawn.map((point) => ({ x: x(point.histories), y: y(point.mean), point }));
  const line = placed.map((p, i) => `${i === 0 ? 'M' : 'L'}${toFixed(p.x)},${toFixed(p.y)}`);
  const withBand = drawn.filter((p) => Number.isFinite(p.lo) && Number.isFinite(p.hi));
  const upper = withBand.map((p) => `${toFixed(x(p.histories))},${toFixed(y(p.hi))}`);
  const lower = withBand.map((p) => `${toFixed(x(p.histories))},${toFixed(y(p.lo))}`).reverse();
  const band = withBand.length === 0 ? '' : `M${[...upper, ...lower].join('L')}Z`;
  const yFormat = y.tickFormat(5);
  const [top, bottom] = [m.top, m.top + plotHeight];
  const exactAt = exact === null ? null : y(exact);
  return {
    plot: { left: m.left, top: m.top, width: plotWidth, height: plotHeight },
    band,
    line: line.join(''),
    exactY: exactAt !== null && exactAt >= top - 0.5 && exactAt <= bottom + 0.5 ? exactAt : null,
    xTicks: decades.map((d) => ({ at: x(d), label: formatHistories(d) })),
    yTicks: y.ticks(5).map((v) => ({ at: y(v), label: yFormat(v) })),
    placed,
  };
}

/**
 * The drawn point nearest to a horizontal position (binary search: points rise with histories).
 * @returns its index, or -1 when there is none
 */
export function findNearestPoint(placed: readonly PlacedPoint[], x: number): number {
  if (placed.length === 0) return -1;
  let lo = 0;
  let hi = placed.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid]!.x < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && x - placed[lo - 1]!.x < placed[lo]!.x - x) return lo - 1;
  return lo;
}
