/** A(t) of every compared design on one chart, time on a log axis (hours), every unit new at 0. */
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AnalysisResult } from '../../src/index.ts';
import { HOURS_PER_UNIT, formatDuration, formatPercent, formatNumber } from '../../src/index.ts';
import { CURVE_HOURS } from './useCompareAnalysis.ts';

/** One colour and one dash per design (colour is not the only cue). */
export const DESIGN_STYLES: readonly { color: string; dash: string }[] = [
  { color: '#1d4ed8', dash: '' },
  { color: '#b45309', dash: '6 3' },
  { color: '#047857', dash: '2 3' },
  { color: '#7c3aed', dash: '10 3 2 3' },
];

interface Props {
  readonly names: readonly string[];
  readonly results: readonly AnalysisResult[];
}

export function CompareCurves({ names, results }: Props) {
  // Rows at the grid's times (the first, t = 0, cannot sit on a log axis).
  const rows = CURVE_HOURS.slice(1).map((hours) => {
    const row: Record<string, number | null> = { hours };
    results.forEach((r, i) => {
      const t = hours / HOURS_PER_UNIT[r.timeUnit];
      const p = r.points.find((q) => Math.abs(q.t - t) <= 1e-9 * Math.max(1, t));
      row[`d${i}`] = p?.availability ?? null;
    });
    return row;
  });
  // Enough decimals on the availability axis to tell the lowest value from 100 %.
  let lowest = 1;
  for (const row of rows) {
    for (let i = 0; i < results.length; i++) {
      const a = row[`d${i}`];
      if (typeof a === 'number' && a < lowest) lowest = a;
    }
  }
  const decimals = Math.min(
    8,
    Math.max(1, Math.ceil(-Math.log10(Math.max(1 - lowest, 1e-10))) - 1),
  );
  return (
    <figure className="compare-card compare-chart" data-testid="compare.curves">
      <figcaption>
        <h2>A(t): availability at time t</h2>
        <p className="hint">
          Every unit new at 0; the log time axis shows the start and the long run.
        </p>
        <ul className="compare-legend">
          {results.map((_, i) => (
            <li key={i}>
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="0"
                  y1="5"
                  x2="28"
                  y2="5"
                  stroke={DESIGN_STYLES[i]!.color}
                  strokeWidth="2.5"
                  strokeDasharray={DESIGN_STYLES[i]!.dash}
                />
              </svg>
              {names[i]}
            </li>
          ))}
        </ul>
      </figcaption>
      <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 480, height: 260 }}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid stroke="#e3e7eb" />
          <XAxis
            dataKey="hours"
            type="number"
            scale="log"
            domain={['dataMin', 'dataMax']}
            ticks={[0.01, 0.1, 1, 10, 100, 1000, 10000]}
            tickFormatter={(h: number) => `${formatNumber(h, 2)} h`}
            stroke="#4b5563"
            label={{ value: 'time (log scale)', position: 'insideBottom', offset: -14 }}
          />
          <YAxis
            type="number"
            domain={['auto', 1]}
            tickFormatter={(p: number) => `${(p * 100).toFixed(decimals)}%`}
            stroke="#4b5563"
            width={88}
          />
          <Tooltip
            labelFormatter={(h) => `t = ${formatDuration(Number(h))}`}
            formatter={(value) => formatPercent(Number(value), 1 - Number(value))}
          />
          {results.map((_, i) => (
            <Line
              key={i}
              dataKey={`d${i}`}
              name={names[i] ?? `design ${i + 1}`}
              stroke={DESIGN_STYLES[i]!.color}
              strokeDasharray={DESIGN_STYLES[i]!.dash}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
