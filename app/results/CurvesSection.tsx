/**
 * "Over time": R(t) and A(t) on linear axes, or F(t) and U(t) on log axes (toggle), with
 * per-block R(t) and A(t) curves on demand (computed by the engine with the system curves: the
 * selection is part of the curve request). Stale curves are dimmed and labelled.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import type { AnalysisResult, DesignIssue } from '../../src/index.ts';
import { HOURS_PER_UNIT } from '../../src/index.ts';
import type { AnalysisCurves, AnalysisStatus } from '../store/index.ts';
import type { BlockChoice } from './BlockCurvePicker.tsx';
import { BlockCurvePicker } from './BlockCurvePicker.tsx';
import { BLOCK_COLORS, MAX_BLOCK_CURVES } from './chartTheme.ts';
import type { BlockSeries } from './curveData.ts';
import { createCurveRows, getBlockKeys } from './curveData.ts';
import { CurvesChart, LogCurvesChart } from './lazyCharts.tsx';
import { getTimeAxisUnit } from './timeAxis.ts';
import './results.css';
import './resultsCharts.css';

interface CurvesSectionProps {
  readonly result: AnalysisResult;
  readonly curves: AnalysisCurves | null;
  readonly curvesStatus: AnalysisStatus;
  readonly curvesIssues: readonly DesignIssue[];
  /** Block ids whose curves are overlaid (and asked of the engine), in pick order. */
  readonly selected: readonly string[];
  /** Called with the new selection when a block is picked or dropped. */
  readonly onSelectedChange: (blockIds: readonly string[]) => void;
}

type Scale = 'linear' | 'log';

/** Most blocks offered for overlay (the most critical ones, plus any already selected). */
const MAX_CHOICES = 24;

const BLOCK_FIELDS = ['reliability', 'unreliability', 'availability', 'unavailability'] as const;

/**
 * Why a block's curves are empty: `null` unless the curves hold the block and every one of its
 * figures is `null`; then the engine's warning about it.
 */
function getEmptyReason(
  id: string,
  curves: AnalysisCurves | null,
  warnings: AnalysisResult['warnings'],
): string | null {
  if (curves === null || !curves.blockCurves.includes(id)) return null;
  const empty = curves.points.every((p) => {
    const figures = p.blocks?.[id];
    return figures === undefined || BLOCK_FIELDS.every((f) => figures[f] === null);
  });
  if (!empty) return null;
  return warnings.find((w) => w.block === id)?.message ?? 'its curves are not exactly computable';
}

function getPickableBlocks(
  result: AnalysisResult,
  selected: readonly string[],
): AnalysisResult['blocks'] {
  const ranked = [...result.blocks].sort((a, b) => b.criticality - a.criticality);
  const shown = ranked.slice(0, MAX_CHOICES);
  for (const block of ranked.slice(MAX_CHOICES)) if (selected.includes(block.id)) shown.push(block);
  return shown;
}

export function CurvesSection({
  result,
  curves,
  curvesStatus,
  curvesIssues,
  selected,
  onSelectedChange,
}: CurvesSectionProps) {
  const [scale, setScale] = useState<Scale>('linear');
  const unit = result.timeUnit;

  const choices = useMemo<BlockChoice[]>(
    () =>
      getPickableBlocks(result, selected).map((block) => {
        const index = selected.indexOf(block.id);
        return {
          id: block.id,
          emptyReason: getEmptyReason(block.id, curves, result.warnings),
          color: index < 0 ? null : (BLOCK_COLORS[index % BLOCK_COLORS.length] ?? null),
        };
      }),
    [result, curves, selected],
  );
  // Keyed on what is drawn, not on the objects that carry it: a new headline result or a
  // curves object marked stale must not redraw a chart whose lines have not changed.
  const blockIds = useMemo(() => new Set(result.blocks.map((b) => b.id)), [result.blocks]);
  const seriesKey = selected.map((id) => (blockIds.has(id) ? id : `\u0001${id}`)).join('\u0000');
  const computedKey = curves?.blockCurves.join('\u0000') ?? '';
  const shownBlocks = useMemo<BlockSeries[]>(() => {
    const computed = new Set(computedKey === '' ? [] : computedKey.split('\u0000'));
    const list: BlockSeries[] = [];
    selected.forEach((id, index) => {
      // Only the blocks the curves on screen were computed with (a new pick follows shortly).
      if (!blockIds.has(id) || !computed.has(id)) return;
      const color = BLOCK_COLORS[index % BLOCK_COLORS.length] ?? '#4b5563';
      list.push({ key: `b${index}`, id, label: id, color });
    });
    return list;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on seriesKey, computedKey
  }, [seriesKey, computedKey]);

  const points = curves?.points ?? null;
  const spanHours = (points?.at(-1)?.t ?? 0) * HOURS_PER_UNIT[unit];
  const axis = getTimeAxisUnit(spanHours);
  const rows = useMemo(
    () => (points === null ? [] : createCurveRows(points, unit, axis, shownBlocks)),
    [points, unit, axis, shownBlocks],
  );
  const missionX = ((curves?.missionTime ?? 0) * HOURS_PER_UNIT[unit]) / axis.hours;
  // The chart draws a deferred copy: after an edit, the figures above commit first and the
  // chart follows in a render of its own that React time-slices (drawing the chart in the same
  // task as the figures made one main-thread task of 40 to 60 ms per edit).
  const chartInput = useMemo(
    () => ({ rows, axis, missionX, shownBlocks }),
    [rows, axis, missionX, shownBlocks],
  );
  const chart = useDeferredValue(chartInput);

  const toggle = (id: string) => {
    if (selected.includes(id)) onSelectedChange(selected.filter((x) => x !== id));
    else if (selected.length < MAX_BLOCK_CURVES) onSelectedChange([...selected, id]);
  };
  const stale = curves?.stale === true;
  const keys = [
    'reliability',
    'availability',
    ...shownBlocks.flatMap((b) => Object.values(getBlockKeys(b.key))),
  ];
  const notExact = rows.some((r) => keys.some((k) => r[k] === null));

  return (
    <section className="results-section" aria-labelledby="results-curves-heading">
      <div className="results-section-head">
        <h3 id="results-curves-heading">Over time</h3>
        <div className="results-toggle" role="group" aria-label="Chart scale">
          {(['linear', 'log'] as const).map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={scale === s}
              data-testid={`results.scale.${s}`}
              onClick={() => setScale(s)}
            >
              {s === 'linear' ? 'R(t), A(t)' : 'Log scale (1 − R, 1 − A)'}
            </button>
          ))}
        </div>
      </div>
      {curvesIssues.length > 0 && (
        <p className="results-field-error" role="alert">
          The curves could not be computed: {curvesIssues.map((i) => i.message).join('; ')}
        </p>
      )}
      <div
        className={stale ? 'results-chart results-dimmed' : 'results-chart'}
        data-testid="results.curves"
        aria-busy={curvesStatus === 'computing' || curvesStatus === 'stale' || stale}
      >
        {stale && (
          <span className="results-badge results-badge--stale results-chart-badge">stale</span>
        )}
        {curves === null ? (
          <p className="results-empty">
            {curvesStatus === 'error' ? 'No curves.' : 'Computing the curves…'}
          </p>
        ) : scale === 'linear' ? (
          <CurvesChart
            rows={chart.rows}
            axis={chart.axis}
            timeUnit={unit}
            missionX={chart.missionX}
            blocks={chart.shownBlocks}
          />
        ) : (
          <LogCurvesChart
            rows={chart.rows}
            axis={chart.axis}
            timeUnit={unit}
            missionX={chart.missionX}
            blocks={chart.shownBlocks}
          />
        )}
      </div>
      <p className="results-hint">
        {scale === 'linear'
          ? 'R(t): chance of no system failure in [0, t], without repair. A(t): chance the system works at t, with repair, starting new.'
          : 'F(t) = 1 − R(t): chance of a system failure by t, without repair. U(t) = 1 − A(t): chance the system is down at t, with repair.'}{' '}
        Dashed line: the mission time.
        {notExact && ' Gaps: not exactly computable (see warnings).'}
      </p>
      <BlockCurvePicker
        choices={choices}
        selected={selected}
        max={MAX_BLOCK_CURVES}
        onToggle={toggle}
      />
    </section>
  );
}
