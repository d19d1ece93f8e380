/**
 * The Pareto front of cost against nines: every design no other beats on both. Click a point to
 * see it (the list beside the chart does the same from the keyboard). The cheapest design that
 * meets the target is drawn larger, the one shown is outlined.
 */
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { OptimizeCandidate } from '../../src/index.ts';
import { formatCost, formatNines } from '../../src/index.ts';

interface Props {
  readonly front: readonly OptimizeCandidate[];
  readonly bestIndex: number;
  readonly selected: number | null;
  /** Nines of the target, drawn as a line; null without one. */
  readonly targetNines: number | null;
  readonly onSelect: (index: number) => void;
}

interface Dot {
  readonly cost: number;
  readonly nines: number;
  readonly index: number;
}

export function ParetoChart({ front, bestIndex, selected, targetNines, onSelect }: Props) {
  const data: Dot[] = front
    .map((c, index) => ({ cost: c.cost, nines: c.nines ?? Number.NaN, index }))
    .filter((d) => Number.isFinite(d.nines));
  return (
    <div className="compare-pareto" data-testid="compare.optimize.chart">
      <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 520, height: 260 }}>
        <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid stroke="#e3e7eb" />
          <XAxis
            dataKey="cost"
            type="number"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(c: number) => formatCost(c)}
            stroke="#4b5563"
            label={{ value: 'cost', position: 'insideBottom', offset: -14 }}
          />
          <YAxis
            dataKey="nines"
            type="number"
            domain={['auto', 'auto']}
            tickFormatter={(n: number) => n.toFixed(1)}
            stroke="#4b5563"
            width={48}
            label={{ value: 'nines', angle: -90, position: 'insideLeft' }}
          />
          {targetNines !== null && (
            <ReferenceLine
              y={targetNines}
              stroke="#b45309"
              strokeDasharray="4 3"
              label={{ value: 'target', position: 'insideTopLeft', fill: '#92400e' }}
            />
          )}
          <Tooltip
            formatter={(value, name) =>
              name === 'cost' ? formatCost(Number(value)) : formatNines(Number(value))
            }
          />
          <Scatter
            data={data}
            fill="#1d4ed8"
            isAnimationActive={false}
            onClick={(point: { payload?: Dot }) => {
              if (point.payload !== undefined) onSelect(point.payload.index);
            }}
            shape={(props: {
              cx?: number | undefined;
              cy?: number | undefined;
              payload?: unknown;
            }) => {
              const { cx = 0, cy = 0 } = props;
              const payload = props.payload as Dot | undefined;
              const isBest = payload?.index === bestIndex;
              const isSelected = payload?.index === selected;
              return (
                <g style={{ cursor: 'pointer' }}>
                  <circle
                    cx={cx}
                    cy={cy}
                    r={isBest ? 7 : 4}
                    fill={isBest ? '#047857' : '#1d4ed8'}
                    stroke={isSelected ? '#111827' : 'none'}
                    strokeWidth={isSelected ? 3 : 0}
                  />
                </g>
              );
            }}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
