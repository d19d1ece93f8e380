/**
 * A(t) or R(t) of every compared design on one chart (a toggle), time on a log axis (hours),
 * every unit new at 0. R(t) is the probability of no system failure over [0, t] (repairs do not
 * undo a failure); the baseline's mission time is marked.
 */
import { useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
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

/** What the chart draws: availability A(t) or reliability R(t). */
type Measure = 'availability' | 'reliability';

const MEASURES: readonly { id: Measure; label: string; title: string }[] = [
  { id: 'availability', label: 'A(t)', title: 'A(t): availability at time t' },
  { id: 'reliability', label: 'R(t)', title: 'R(t): no system failure up to time t' },
];

export function CompareCurves({ names, results }: Props) {
  const [measure, setMeasure] = useState<Measure>('availability');
  const complement = measure === 'availability' ? 'unavailability' : 'unreliability';
  // Rows at the grid's times (the first, t = 0, cannot sit on a log axis); `u` the complement,
  // computed directly by the engine (tiny numbers exact).
  const rows = CURVE_HOURS.slice(1).map((hours) => {
    const row: Record<string, number | null> = { hours };
    results.forEach((r, i) => {
      const t = hours / HOURS_PER_UNIT[r.timeUnit];
      const p = r.points.find((q) => Math.abs(q.t - t) <= 1e-9 * Math.max(1, t));
      row[`d${i}`] = p?.[measure] ?? null;
      row[`u${i}`] = p?.[complement] ?? null;
    });
    return row;
  });
  // Enough decimals on the axis to tell the lowest value from 100 %.
  let largest = 0;
  for (const row of rows) {
    for (let i = 0; i < results.length; i++) {
      const u = row[`u${i}`];
      if (typeof u === 'number' && u > largest) largest = u;
    }
  }
  const decimals = Math.min(8, Math.max(1, Math.ceil(-Math.log10(Math.max(largest, 1e-10))) - 1));
  const base = results[0];
  const missionHours = base === undefined ? null : base.missionTime * HOURS_PER_UNIT[base.timeUnit];
  const shown = MEASURES.find((m) => m.id === measure)!;
  const noCurve = rows.every((row) => results.every((_, i) => row[`d${i}`] === null));
  return (
    <figure
      className="compare-card compare-chart"
      data-testid="compare.curves"
      data-measure={measure}
    >
      <figcaption>
        <div className="compare-chart-head">
          <h2>{shown.title}</h2>
          <div className="compare-toggle" role="group" aria-label="Curve shown">
            {MEASURES.map((m) => (
              <button
                key={m.id}
                type="button"
                aria-pressed={measure === m.id}
                data-testid={`compare.curves.${m.id}`}
                onClick={() => setMeasure(m.id)}
              >
                {m.label}
              </button>
            ))}
          </div>
        </div>
        <p className="hint">
          Every unit new at 0; the log time axis shows the start and the long run.
          {measure === 'reliability' &&
            ' A failure counts even when repaired; the dotted line is the baseline’s mission time.'}
        </p>
        {noCurve && (
          <p className="hint" data-testid="compare.curves.none">
            No design has this curve at these times.
          </p>
        )}
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
            formatter={(value, _name, item) => {
              const key = String(item.dataKey ?? '').replace('d', 'u');
              const u = (item.payload as Record<string, number | null> | undefined)?.[key];
              return formatPercent(Number(value), typeof u === 'number' ? u : 1 - Number(value));
            }}
          />
          {measure === 'reliability' && missionHours !== null && missionHours > 0 && (
            <ReferenceLine
              x={missionHours}
              stroke="#4b5563"
              strokeDasharray="2 4"
              label={{ value: 'mission', position: 'insideTopLeft', fill: '#4b5563', fontSize: 11 }}
            />
          )}
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
