/**
 * Tooltip of the curve charts: the time in friendly units and in the design's unit, then each
 * series' value (percent on the linear chart, scientific on the log chart).
 */
import type { TooltipContentProps } from 'recharts';
import type { TimeUnit } from '../../src/index.ts';
import { formatInUnit, formatPercent, formatProbability, formatTime } from '../../src/index.ts';
import { getComplementKey } from './curveData.ts';
import './results.css';
import './resultsCharts.css';

type CurveTooltipProps = Pick<TooltipContentProps, 'active' | 'payload'> & {
  readonly timeUnit: TimeUnit;
  readonly scale: 'linear' | 'log';
};

function getField(datum: unknown, key: string): number | null {
  if (typeof datum !== 'object' || datum === null || !(key in datum)) return null;
  const value: unknown = (datum as Readonly<Record<string, unknown>>)[key];
  return typeof value === 'number' ? value : null;
}

export function CurveTooltip({ active, payload, timeUnit, scale }: CurveTooltipProps) {
  if (!active || payload.length === 0) return null;
  const datum: unknown = payload[0]?.payload;
  const t = getField(datum, 't');
  if (t === null) return null;
  return (
    <div className="results-tooltip">
      <p className="results-tooltip-title">
        t = {formatTime(t, timeUnit)} <span>({formatInUnit(t, timeUnit)})</span>
      </p>
      <ul>
        {payload.map((entry) => {
          const value = typeof entry.value === 'number' ? entry.value : null;
          const key = String(entry.dataKey);
          // Percentages with every nine: the complement is read from its own, exact series.
          const text =
            scale === 'log'
              ? formatProbability(value)
              : formatPercent(value, getField(datum, getComplementKey(key)));
          return (
            <li key={key}>
              <span className="results-swatch" style={{ background: entry.color }} />
              {String(entry.name)}: <strong>{text}</strong>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
