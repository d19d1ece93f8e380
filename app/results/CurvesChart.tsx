/**
 * R(t) and A(t) on linear axes over [0, 3 × mission time], with the mission time marked and
 * optional per-block R(t) (dashed) and A(t) (dotted) curves from the engine.
 */
import { useMemo } from 'react';
import { CartesianGrid, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimeUnit } from '../../src/index.ts';
import { formatNumber, formatShortPercent } from '../../src/index.ts';
import { CHART_COLORS, CURVE_CHART_HEIGHT } from './chartTheme.ts';
import type { BlockSeries, CurveRow } from './curveData.ts';
import { getBlockKeys, getLinearFloor, getLinearTicks, SERIES } from './curveData.ts';
import { CurveTooltip } from './CurveTooltip.tsx';
import { renderCurveLines, renderLegendAndMission } from './curveLines.tsx';
import type { TimeAxisUnit } from './timeAxis.ts';
import './results.css';
import './resultsCharts.css';

interface CurvesChartProps {
  readonly rows: readonly CurveRow[];
  readonly axis: TimeAxisUnit;
  readonly timeUnit: TimeUnit;
  /** Mission time on the axis (axis units). */
  readonly missionX: number;
  readonly blocks: readonly BlockSeries[];
}

export function CurvesChart({ rows, axis, timeUnit, missionX, blocks }: CurvesChartProps) {
  const keys = [
    SERIES.reliability,
    SERIES.availability,
    ...blocks.flatMap((b) => Object.values(getBlockKeys(b.key))),
  ];
  const floor = getLinearFloor(rows, keys);
  // Our ticks, kept while the axes' ends stay: the chart's own tick search (decimal arithmetic)
  // cost two to three milliseconds on every redraw.
  const yTicks = useMemo(() => getLinearTicks(floor, 1), [floor]);
  const maxX = rows.at(-1)?.x ?? 0;
  const xTicks = useMemo(() => getLinearTicks(0, maxX), [maxX]);
  return (
    <ResponsiveContainer
      width="100%"
      height={CURVE_CHART_HEIGHT}
      initialDimension={{ width: 640, height: CURVE_CHART_HEIGHT }}
    >
      <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} />
        <XAxis
          dataKey="x"
          type="number"
          domain={[0, 'dataMax']}
          ticks={xTicks}
          niceTicks="none"
          tickFormatter={(x: number) => formatNumber(x, 3)}
          stroke={CHART_COLORS.axis}
          label={{ value: `time (${axis.name})`, position: 'insideBottom', offset: -12 }}
        />
        <YAxis
          type="number"
          domain={[floor, 1]}
          ticks={yTicks}
          niceTicks="none"
          allowDataOverflow
          tickFormatter={(p: number) => formatShortPercent(p)}
          stroke={CHART_COLORS.axis}
          width={64}
        />
        <Tooltip
          content={(props) => <CurveTooltip {...props} timeUnit={timeUnit} scale="linear" />}
        />
        {renderLegendAndMission(missionX, 'insideTopRight')}
        {renderCurveLines({
          system: [SERIES.reliability, SERIES.availability],
          names: ['R(t) reliability', 'A(t) availability'],
          prefixes: ['R', 'A'],
          blocks,
          mapKey: (key) => key,
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
