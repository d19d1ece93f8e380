/**
 * What the linear and the log curve charts share: the system's two curves (solid) and, per
 * chosen block, its two curves (dashed for reliability, dotted for availability); the legend and
 * the mission-time marker. Returned as elements, not components, because recharts reads its
 * `Line`s and reference lines as direct chart children.
 */
import type { ReactElement } from 'react';
import { Legend, Line, ReferenceLine } from 'recharts';
import { CHART_COLORS } from './chartTheme.ts';
import type { BlockSeries } from './curveData.ts';
import { getBlockKeys } from './curveData.ts';

export interface CurveLinesSpec {
  /** Data keys of the system's reliability-side and availability-side curves. */
  readonly system: readonly [string, string];
  /** Legend names of those two curves. */
  readonly names: readonly [string, string];
  /** Legend prefixes of a block's two curves ("R", "A" or "F", "U"). */
  readonly prefixes: readonly [string, string];
  readonly blocks: readonly BlockSeries[];
  /** Maps a block's data key to the one drawn (identity, or its complement on the log chart). */
  readonly mapKey: (key: string) => string;
}

/** The `Line` elements of a curve chart. */
export function renderCurveLines(spec: CurveLinesSpec): ReactElement[] {
  const colors = [CHART_COLORS.reliability, CHART_COLORS.availability] as const;
  const lines = ([0, 1] as const).map((i) => (
    <Line
      key={spec.system[i]}
      type="monotone"
      dataKey={spec.system[i]}
      name={spec.names[i]}
      stroke={colors[i]}
      strokeWidth={2}
      dot={false}
      connectNulls={false}
      isAnimationActive={false}
    />
  ));
  for (const b of spec.blocks) {
    const k = getBlockKeys(b.key);
    ([0, 1] as const).forEach((i) => {
      const key = i === 0 ? k.reliability : k.availability;
      lines.push(
        <Line
          key={key}
          type="monotone"
          dataKey={spec.mapKey(key)}
          name={`${spec.prefixes[i]} ${b.label}`}
          stroke={b.color}
          strokeWidth={1.5}
          strokeDasharray={i === 0 ? '6 3' : '2 2'}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />,
      );
    });
  }
  return lines;
}

/**
 * The legend and the dashed mission-time marker of a curve chart.
 * @param missionX mission time on the axis (axis units)
 * @param labelSide where the marker's label sits (clear of the curves)
 */
export function renderLegendAndMission(
  missionX: number,
  labelSide: 'insideTopLeft' | 'insideTopRight',
): ReactElement[] {
  return [
    <Legend key="legend" verticalAlign="top" height={28} itemSorter={null} />,
    <ReferenceLine
      key="mission"
      x={missionX}
      stroke={CHART_COLORS.mission}
      strokeDasharray="4 3"
      label={{ value: 'mission', position: labelSide, fill: CHART_COLORS.mission }}
    />,
  ];
}
