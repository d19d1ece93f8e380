/**
 * A lesson's small chart (recharts, in the lazily loaded Learn chunk): lines or bars of the
 * lesson's points, each series with its own dash pattern as well as its colour, and a marked x.
 * Extra series (the Monte Carlo estimates) can be drawn over the lesson's own.
 */
import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LessonChart, LessonSeries } from '../../src/index.ts';
import { formatNumber } from '../../src/index.ts';

/** Colours and dash patterns, so that series differ without colour too. */
const STYLES = [
  { stroke: '#2456d8', dash: '0' },
  { stroke: '#b42318', dash: '6 3' },
  { stroke: '#067647', dash: '2 3' },
  { stroke: '#7a4d00', dash: '10 3 2 3' },
  { stroke: '#5b21b6', dash: '1 2' },
] as const;

interface Props {
  readonly chart: LessonChart;
  readonly height: number;
  /** Large type: wider axis labels. */
  readonly classroom: boolean;
  /** Series drawn as points over the chart's own (keys present in `points`). */
  readonly extra?: readonly LessonSeries[];
  /** Points to draw instead of the chart's own (the chart's merged with extra values). */
  readonly points?: readonly Readonly<Record<string, number>>[];
}

/** A short tick: powers of ten as 1e20, other numbers with 4 digits. */
function tick(v: number): string {
  const abs = Math.abs(v);
  if (abs !== 0 && (abs >= 1e5 || abs < 1e-3)) return v.toExponential(0).replace('+', '');
  return formatNumber(v, 4);
}

/** Powers of ten around the positive values of the series (a log axis with round ticks). */
function getLogTicks(
  points: readonly Readonly<Record<string, number>>[],
  keys: readonly string[],
): number[] {
  const values = points
    .flatMap((p) => keys.map((k) => p[k] ?? NaN))
    .filter((v) => v > 0 && Number.isFinite(v));
  if (values.length === 0) return [1, 10];
  const low = Math.floor(Math.log10(Math.min(...values)));
  const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(...values))));
  const step = Math.max(1, Math.ceil((high - low) / 6));
  const ticks: number[] = [];
  for (let e = low; e <= high; e += step) ticks.push(10 ** e);
  if (ticks[ticks.length - 1]! < 10 ** high) ticks.push(10 ** high);
  return ticks;
}

export const LessonChartView = memo(function LessonChartView({
  chart,
  height,
  classroom,
  extra = [],
  points,
}: Props) {
  const data = (points ?? chart.points) as Record<string, number>[];
  const yScale = chart.yLog === true ? 'log' : 'auto';
  const logTicks =
    chart.yLog === true
      ? getLogTicks(
          data,
          chart.series.map((x) => x.key),
        )
      : null;
  const xs = data.map((p) => p.x ?? 0);
  const fromZero = Math.min(...xs) < 0.1 * Math.max(...xs);
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="x"
        type={chart.kind === 'bar' ? 'category' : 'number'}
        scale={chart.xLog === true ? 'log' : 'auto'}
        {...(chart.kind === 'bar'
          ? {}
          : { domain: chart.xLog === true || !fromZero ? ['dataMin', 'dataMax'] : [0, 'dataMax'] })}
        tickFormatter={tick}
        label={{ value: chart.xLabel, position: 'insideBottom', offset: -12 }}
      />
      <YAxis
        scale={yScale}
        {...(logTicks === null
          ? { domain: chart.yFit === true ? ['auto', 'auto'] : [0, 'auto'] }
          : { domain: [logTicks[0]!, logTicks[logTicks.length - 1]!], ticks: logTicks })}
        allowDataOverflow={chart.yLog === true}
        tickFormatter={tick}
        width={classroom ? 80 : 64}
      />
      <Tooltip
        formatter={(v) => formatNumber(Number(v), 4)}
        labelFormatter={(v) => `${chart.xLabel}: ${formatNumber(Number(v), 4)}`}
      />
      <Legend verticalAlign="top" height={28} />
      {chart.markX !== undefined && (
        <ReferenceLine
          x={chart.markX.x}
          stroke="#111"
          strokeDasharray="4 3"
          label={{ value: chart.markX.label, position: 'insideTopRight', offset: 6 }}
        />
      )}
    </>
  );
  return (
    <figure className="learn-chart" aria-label={chart.title} data-testid="learn.chart">
      <figcaption>
        {chart.title} <span className="learn-chart-axis">(y: {chart.yLabel})</span>
      </figcaption>
      <ResponsiveContainer width="100%" height={height}>
        {chart.kind === 'bar' ? (
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
            {axes}
            {chart.series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={STYLES[i % STYLES.length]!.stroke}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        ) : (
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
            {axes}
            {chart.series.map((s, i) => {
              const style = STYLES[i % STYLES.length]!;
              return (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  stroke={style.stroke}
                  strokeDasharray={style.dash}
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
              );
            })}
            {extra.map((s, i) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={i === 0 ? '#111' : '#7a4d00'}
                strokeWidth={i === 0 ? 2 : 1}
                strokeDasharray={i === 0 ? '0' : '1 3'}
                dot={{ r: i === 0 ? 4 : 2 }}
                legendType={i === 0 ? 'circle' : 'none'}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </figure>
  );
});
