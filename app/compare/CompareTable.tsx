/**
 * The designs side by side: one column per design, one row per figure, each design's change
 * against the baseline under its figure (the downtime change in bold), and whether each meets
 * the target. Numbers carry their units; met / not met is said in words, not only in colour.
 */
import type { AnalysisResult, CompareDelta, DesignFile } from '../../src/index.ts';
import {
  HOURS_PER_UNIT,
  formatCost,
  formatDuration,
  formatFailuresPerYear,
  formatInUnit,
  formatNines,
  formatNumber,
  formatPercent,
} from '../../src/index.ts';
import { DiagramSketch, getChangedNodes } from '../components/DiagramSketch.tsx';

/** Minutes in an hour (downtime per year is in hours). */
const MINUTES_PER_HOUR = 60;

interface Props {
  readonly names: readonly string[];
  /** The designs' files, for their diagrams (the baseline first). */
  readonly files: readonly DesignFile[];
  readonly kinds: readonly string[];
  readonly results: readonly AnalysisResult[];
  readonly deltas: readonly CompareDelta[];
  /** The availability target, or null when none is valid. */
  readonly target: number | null;
}

interface Row {
  readonly id: string;
  readonly label: string;
  readonly value: (r: AnalysisResult) => string;
  /** The change against the baseline, as shown; null when there is none to show. */
  readonly delta?: (d: CompareDelta, r: AnalysisResult, base: AnalysisResult) => string | null;
  readonly strong?: boolean;
  /** Only the change is shown (a figure of the difference, none for the baseline itself). */
  readonly deltaOnly?: boolean;
}

function signed(value: number | null, text: (abs: number) => string): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (value === 0) return 'no change';
  return `${value > 0 ? '+' : '−'}${text(Math.abs(value))}`;
}

const minutes = (hoursPerYear: number | null): number | null =>
  hoursPerYear === null ? null : hoursPerYear * MINUTES_PER_HOUR;

function missionPoint(r: AnalysisResult) {
  return r.points.find((p) => p.t === r.missionTime);
}

const ROWS: readonly Row[] = [
  {
    id: 'availability',
    label: 'Availability',
    value: (r) => formatPercent(r.steadyState.availability, r.steadyState.unavailability),
  },
  {
    id: 'nines',
    label: 'Nines',
    value: (r) => formatNines(r.steadyState.nines),
    delta: (d) => signed(d.nines, (v) => `${v.toFixed(2)} nines`),
  },
  {
    id: 'downtime',
    label: 'Downtime',
    value: (r) => {
      const m = minutes(r.steadyState.downtimePerYear);
      return m === null ? '—' : `${formatNumber(m, 4)} min/yr`;
    },
    delta: (d) => signed(minutes(d.downtimePerYear), (v) => `${formatNumber(v, 3)} min/yr`),
    strong: true,
  },
  {
    id: 'failures',
    label: 'Failures',
    value: (r) => formatFailuresPerYear(r.steadyState.failureFrequency, r.timeUnit),
  },
  { id: 'mtbf', label: 'MTBF', value: (r) => formatInUnit(r.steadyState.mtbf, r.timeUnit) },
  {
    id: 'mdt',
    label: 'Mean down time',
    value: (r) =>
      r.steadyState.mdt === null
        ? '—'
        : formatDuration(r.steadyState.mdt * HOURS_PER_UNIT[r.timeUnit]),
  },
  {
    id: 'mttf',
    label: 'MTTF (no repair)',
    value: (r) => formatInUnit(r.mttf, r.timeUnit),
  },
  {
    id: 'reliability',
    label: 'Reliability at the mission time',
    value: (r) => {
      const p = missionPoint(r);
      return `${formatPercent(p?.reliability ?? null, p?.unreliability ?? null)} at ${formatInUnit(r.missionTime, r.timeUnit)}`;
    },
  },
  {
    id: 'cost',
    label: 'Cost',
    value: (r) => formatCost(r.cost),
    delta: (d) => signed(d.cost, formatCost),
  },
  {
    id: 'costPerNine',
    label: 'Cost per extra nine',
    value: () => '—',
    delta: (d) => (d.costPerNine === null ? '—' : formatCost(Math.round(d.costPerNine))),
    deltaOnly: true,
  },
];

export function CompareTable({ names, files, kinds, results, deltas, target }: Props) {
  const base = results[0]!;
  return (
    <div className="compare-table-wrap">
      <table className="compare-table" data-testid="compare.table">
        <caption>Exact figures of each design, with its change against the baseline</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {names.map((name, i) => (
              <th key={i} scope="col" data-testid={`compare.column.${i}`}>
                <span className="compare-badge">{kinds[i]}</span>
                <span className="compare-name">{name}</span>
                {files[i] !== undefined && (
                  <DiagramSketch
                    file={files[i]}
                    label={name}
                    marked={getChangedNodes(files[i], files[0]!)}
                    markText="changed"
                    className="compare-thumb"
                  />
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {results.map((r, i) => {
                const d = i === 0 ? undefined : deltas[i - 1];
                const change =
                  d === undefined || row.delta === undefined ? null : row.delta(d, r, base);
                return (
                  <td key={i} data-testid={`compare.cell.${row.id}.${i}`}>
                    {(i === 0 || row.deltaOnly !== true) && row.value(r)}
                    {change !== null && (
                      <span
                        className={`compare-delta${row.strong === true ? ' is-strong' : ''}`}
                        data-testid={`compare.delta.${row.id}.${i}`}
                      >
                        {row.strong === true ? <strong>{change}</strong> : change}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">
              Target{target === null ? '' : ` ${formatPercent(target, 1 - target)}`}
            </th>
            {results.map((r, i) => {
              const a = r.steadyState.availability;
              const met = target === null || a === null ? null : a >= target;
              return (
                <td
                  key={i}
                  data-testid={`compare.cell.target.${i}`}
                  data-met={met === null ? 'unknown' : String(met)}
                  className={met === null ? '' : met ? 'is-met' : 'is-missed'}
                >
                  {met === null ? '—' : met ? '✓ met' : '✗ not met'}
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
