/**
 * Horizontal bars of the downtime each block explains (criticality × system downtime per year),
 * or of its share of mission unreliability when nothing is repairable. Single points of failure
 * are drawn in red. Clicking a bar selects the block.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ImportanceRow } from '../../src/index.ts';
import { formatNumber } from '../../src/index.ts';
import { CHART_COLORS } from './chartTheme.ts';
import type { ImportanceBar } from './importanceBars.ts';
import { isImportanceBar } from './importanceBars.ts';
import { ImportanceTooltip } from './ImportanceTooltip.tsx';
import type { TimeAxisUnit } from './timeAxis.ts';
import './results.css';
import './resultsCharts.css';

interface ImportanceChartProps {
  readonly rows: readonly ImportanceRow[];
  /** Unit of the bars when they are downtimes; `null`: bars are shares of unreliability. */
  readonly unit: TimeAxisUnit | null;
  readonly onSelectBlock: (blockId: string) => void;
}

const ROW_HEIGHT = 30;

export function ImportanceChart({ rows, unit, onSelectBlock }: ImportanceChartProps) {
  const bars: ImportanceBar[] = rows.map((row) => ({
    id: row.id,
    value:
      unit === null || row.downtimeHoursPerYear === null
        ? row.criticality * 100
        : row.downtimeHoursPerYear / unit.hours,
    row,
  }));
  const height = 48 + ROW_HEIGHT * bars.length;
  const label = unit === null ? '% of mission unreliability' : `${unit.name} of downtime per year`;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart
        data={bars}
        layout="vertical"
        margin={{ top: 4, right: 24, bottom: 24, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis
          type="number"
          stroke={CHART_COLORS.axis}
          tickFormatter={(v: number) => formatNumber(v, 3)}
          label={{ value: label, position: 'insideBottom', offset: -12 }}
        />
        <YAxis type="category" dataKey="id" width={120} stroke={CHART_COLORS.axis} interval={0} />
        <Tooltip
          content={(props) => <ImportanceTooltip {...props} />}
          cursor={{ fill: '#f1f5f9' }}
        />
        <Bar
          dataKey="value"
          name={label}
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry: unknown) => {
            const datum: unknown =
              typeof entry === 'object' && entry !== null && 'payload' in entry
                ? entry.payload
                : null;
            if (isImportanceBar(datum)) onSelectBlock(datum.id);
          }}
        >
          {bars.map((bar) => (
            <Cell
              key={bar.id}
              fill={bar.row.singlePointOfFailure ? CHART_COLORS.barSinglePoint : CHART_COLORS.bar}
            />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
