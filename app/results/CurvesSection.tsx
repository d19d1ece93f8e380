/**
 * "Over time": R(t) and A(t) on linear axes, or F(t) and U(t) on log axes (toggle), with
 * per-block reliability curves on demand. Stale curves are dimmed and labelled.
 */
import { useMemo, useState } from 'react';
import type { AnalysisResult, DesignIssue } from '../../src/index.ts';
import { HOURS_PER_UNIT } from '../../src/index.ts';
import type { LiveCurves, LiveStatus } from '../engine/useLiveAnalysis.ts';
import { getBlockCurveModel } from './blockCurves.ts';
import type { BlockChoice } from './BlockCurvePicker.tsx';
import { BlockCurvePicker } from './BlockCurvePicker.tsx';
import { BLOCK_COLORS, MAX_BLOCK_CURVES } from './chartTheme.ts';
import type { BlockSeries } from './curveData.ts';
import { createCurveRows } from './curveData.ts';
import { CurvesChart } from './CurvesChart.tsx';
import { LogCurvesChart } from './LogCurvesChart.tsx';
import { getTimeAxisUnit } from './timeAxis.ts';
import './results.css';
import './resultsCharts.css';

interface CurvesSectionProps {
  readonly result: AnalysisResult;
  readonly curves: LiveCurves | null;
  readonly curvesStatus: LiveStatus;
  readonly curvesIssues: readonly DesignIssue[];
  /** The design file `result` was computed from (for per-block curves). */
  readonly design: unknown;
}

type Scale = 'linear' | 'log';

/** Most blocks offered for overlay (the most critical ones, plus any already selected). */
const MAX_CHOICES = 24;

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
  design,
}: CurvesSectionProps) {
  const [scale, setScale] = useState<Scale>('linear');
  const [selected, setSelected] = useState<readonly string[]>([]);
  const unit = result.timeUnit;

  const choices = useMemo<BlockChoice[]>(
    () =>
      getPickableBlocks(result, selected).map((block) => {
        const model = getBlockCurveModel(design, block, unit);
        const index = selected.indexOf(block.id);
        return {
          id: block.id,
          unavailableReason: model.ok ? null : model.error,
          color: index < 0 ? null : (BLOCK_COLORS[index % BLOCK_COLORS.length] ?? null),
        };
      }),
    [result, design, unit, selected],
  );
  const series = useMemo<BlockSeries[]>(() => {
    const list: BlockSeries[] = [];
    selected.forEach((id, index) => {
      const block = result.blocks.find((b) => b.id === id);
      if (block === undefined) return;
      const model = getBlockCurveModel(design, block, unit);
      if (!model.ok) return;
      const color = BLOCK_COLORS[index % BLOCK_COLORS.length] ?? '#4b5563';
      list.push({ key: `b${index}`, label: id, color, model: model.value });
    });
    return list;
  }, [selected, result.blocks, design, unit]);

  const spanHours = (curves?.points.at(-1)?.t ?? 0) * HOURS_PER_UNIT[unit];
  const axis = getTimeAxisUnit(spanHours);
  const rows = useMemo(
    () => (curves === null ? [] : createCurveRows(curves.points, unit, axis, series)),
    [curves, unit, axis, series],
  );
  const missionX = ((curves?.missionTime ?? 0) * HOURS_PER_UNIT[unit]) / axis.hours;

  const toggle = (id: string) =>
    setSelected((list) =>
      list.includes(id)
        ? list.filter((x) => x !== id)
        : list.length < MAX_BLOCK_CURVES
          ? [...list, id]
          : list,
    );
  const stale = curves?.stale === true;
  const notExact = rows.some((r) => r.reliability === null || r.availability === null);

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
        aria-busy={curvesStatus === 'computing' || stale}
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
            rows={rows}
            axis={axis}
            timeUnit={unit}
            missionX={missionX}
            blocks={series}
          />
        ) : (
          <LogCurvesChart
            rows={rows}
            axis={axis}
            timeUnit={unit}
            missionX={missionX}
            blocks={series}
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
