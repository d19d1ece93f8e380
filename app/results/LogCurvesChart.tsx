/**
 * Unreliability F(t) and unavailability U(t) on log–log axes: the view that tells 1e-6 from
 * 1e-9, for high-nines systems. Times and probabilities ≤ 0 are left out (no log of 0).
 */
import { useMemo } from 'react';
import { CartesianGrid, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimeUnit } from '../../src/index.ts';
import { CHART_COLORS, CURVE_CHART_HEIGHT } from './chartTheme.ts';
import type { BlockSeries, CurveRow } from './curveData.ts';
import { getBlockKeys, getComplementKey, getPositiveRange, SERIES } from './curveData.ts';
import { CurveTooltip } from './CurveTooltip.tsx';
import { renderCurveLines, renderLegendAndMission } from './curveLines.tsx';
import type { TimeAxisUnit } from './timeAxis.ts';
import { formatDecade, getDecadeTicks } from './timeAxis.ts';
import './results.css';
import './resultsCharts.css';

interface LogCurvesChartProps {
  readonly rows: readonly CurveRow[];
  readonly axis: TimeAxisUnit;
  readonly timeUnit: TimeUnit;
  /** Mission time on the axis (axis units). */
  readonly missionX: number;
  readonly blocks: readonly BlockSeries[];
}

/** Rows with x > 0, and every non-positive probability replaced by `null`. */
function getLogRows(rows: readonly CurveRow[], keys: readonly string[]): CurveRow[] {
  return rows
    .filter((row) => row.x > 0)
    .map((row) => {
      const copy: Record<string, number | null> = { ...row };
      for (const key of keys) {
        const v = copy[key];
        if (typeof v !== 'number' || !(v > 0)) copy[key] = null;
      }
      return copy as CurveRow;
    });
}

export function LogCurvesChart({ rows, axis, timeUnit, missionX, blocks }: LogCurvesChartProps) {
  const keys = useMemo(
    () => [
      SERIES.unreliability,
      SERIES.unavailability,
      ...blocks.flatMap((b) => Object.values(getBlockKeys(b.key)).map(getComplementKey)),
    ],
    [blocks],
  );
  const logRows = useMemo(() => getLogRows(rows, keys), [rows, keys]);
  const range = getPositiveRange(logRows, keys);
  const first = logRows[0]?.x ?? 0;
  const last = logRows[logRows.length - 1]?.x ?? 0;
  if (range === null || !(first > 0)) {
    return <p className="results-empty">Nothing to draw on a log scale: the system never fails.</p>;
  }
  const xTicks = getDecadeTicks(first, last).filter((x) => x >= first && x <= last);
  const yTicks = getDecadeTicks(range.min, Math.min(1, range.max));
  return (
    <ResponsiveContainer
      width="100%"
      height={CURVE_CHART_HEIGHT}
      initialDimension={{ width: 640, height: CURVE_CHART_HEIGHT }}
    >
      <LineChart data={logRows} margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} />
        <XAxis
          dataKey="x"
          type="number"
          scale="log"
          domain={[first, last]}
          ticks={xTicks}
          allowDataOverflow
          tickFormatter={formatDecade}
          stroke={CHART_COLORS.axis}
          label={{ value: `time (${axis.name}, log scale)`, position: 'insideBottom', offset: -12 }}
        />
        <YAxis
          type="number"
          scale="log"
          domain={[yTicks[0] ?? range.min, yTicks[yTicks.length - 1] ?? 1]}
          ticks={yTicks}
          allowDataOverflow
          tickFormatter={formatDecade}
          stroke={CHART_COLORS.axis}
          width={64}
        />
        <Tooltip content={(props) => <CurveTooltip {...props} timeUnit={timeUnit} scale="log" />} />
        {renderLegendAndMission(missionX, 'insideTopLeft')}
        {renderCurveLines({
          system: [SERIES.unreliability, SERIES.unavailability],
          names: ['F(t) unreliability', 'U(t) unavailability'],
          prefixes: ['F', 'U'],
          blocks,
          mapKey: getComplementKey,
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
