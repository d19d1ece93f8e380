/**
 * The lines shared by the linear and the log curve charts: the system's two curves (solid) and,
 * per chosen block, its two curves (dashed for reliability, dotted for availability). Returned
 * as elements, not a component, because recharts reads its `Line`s as direct chart children.
 */
import type { ReactElement } from 'react';
import { Line } from 'recharts';
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
