/** The running estimate and its 95% interval against the number of histories, exact value marked. */
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../../src/index.ts';
import type { ConvergencePoint } from '../store/index.ts';
import { getDecadeTicks } from '../results/timeAxis.ts';

interface Props {
  readonly title: string;
  readonly points: readonly ConvergencePoint[];
  readonly exact: number | null;
}

export function ConvergenceChart({ title, points, exact }: Props) {
  const data = points.map((p) => ({ histories: p.histories, mean: p.mean, band: [p.lo, p.hi] }));
  // Decades on the log axis, every tick drawn (interval 0): recharts' own tick choice measures
  // each label's text on every render, the costliest part of this small chart.
  const first = points[0]?.histories ?? 1;
  const last = points[points.length - 1]?.histories ?? 10;
  const xTicks = getDecadeTicks(first, Math.max(last, first * 10));
  return (
    <figure className="convergence" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={200}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e7eb" />
          <XAxis
            dataKey="histories"
            type="number"
            scale="log"
            domain={[xTicks[0] ?? 'dataMin', xTicks[xTicks.length - 1] ?? 'dataMax']}
            ticks={xTicks}
            interval={0}
            tickFormatter={(v: number) => formatNumber(v, 2)}
            label={{ value: 'histories', position: 'insideBottomRight', offset: -4 }}
          />
          <YAxis
            domain={['auto', 'auto']}
            interval={0}
            tickFormatter={(v: number) => formatNumber(v, 6)}
            width={80}
          />
          <Tooltip
            formatter={(value) =>
              Array.isArray(value)
                ? value.map((v) => formatNumber(Number(v), 6)).join(' – ')
                : formatNumber(Number(value), 6)
            }
            labelFormatter={(v) => `${formatNumber(Number(v), 3)} histories`}
          />
          <Area
            dataKey="band"
            name="95% interval"
            stroke="none"
            fill="#9ec5fe"
            fillOpacity={0.5}
            isAnimationActive={false}
          />
          <Line
            dataKey="mean"
            name="estimate"
            stroke="#0b5ed7"
            dot={false}
            isAnimationActive={false}
          />
          {exact !== null && (
            <ReferenceLine
              y={exact}
              stroke="#0f5132"
              strokeDasharray="6 3"
              label={{ value: 'exact', position: 'right' }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
