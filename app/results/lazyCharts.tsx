/**
 * The charts, loaded when first shown: recharts stays out of the main chunk, so the shell, the
 * canvas and the headline figures come first. Each waits in a box of the chart's own height,
 * so nothing below it moves when it arrives. Each is memoised: a chart renders again only when
 * its props change (recharts measures every line's path on each render).
 */
import { Suspense, lazy, memo } from 'react';
import type { ComponentProps, ReactNode } from 'react';
import { CURVE_CHART_HEIGHT } from './chartTheme.ts';

const LazyCurvesChart = lazy(() =>
  import('./CurvesChart.tsx').then((m) => ({ default: m.CurvesChart })),
);
const LazyLogCurvesChart = lazy(() =>
  import('./LogCurvesChart.tsx').then((m) => ({ default: m.LogCurvesChart })),
);
const LazyImportanceChart = lazy(() =>
  import('./ImportanceChart.tsx').then((m) => ({ default: m.ImportanceChart })),
);
/** Not recharts, but its scales (d3-scale) stay out of the start-up chunks too. */
const LazyConvergenceChart = lazy(() =>
  import('../simulation/ConvergenceChart.tsx').then((m) => ({ default: m.ConvergenceChart })),
);

/** Rows of the importance chart's box while it loads (its own height grows with its bars). */
const IMPORTANCE_ROW_HEIGHT = 30;

function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="results-chart-loading" style={{ height }} aria-busy="true">
          Loading the chart…
        </div>
      }
    >
      {children}
    </Suspense>
  );
}

export const CurvesChart = memo(function CurvesChart(
  props: ComponentProps<typeof LazyCurvesChart>,
) {
  return (
    <ChartSlot height={CURVE_CHART_HEIGHT}>
      <LazyCurvesChart {...props} />
    </ChartSlot>
  );
});

export const LogCurvesChart = memo(function LogCurvesChart(
  props: ComponentProps<typeof LazyLogCurvesChart>,
) {
  return (
    <ChartSlot height={CURVE_CHART_HEIGHT}>
      <LazyLogCurvesChart {...props} />
    </ChartSlot>
  );
});

export const ImportanceChart = memo(function ImportanceChart(
  props: ComponentProps<typeof LazyImportanceChart>,
) {
  return (
    <ChartSlot height={48 + IMPORTANCE_ROW_HEIGHT * Math.min(props.rows.length, 10)}>
      <LazyImportanceChart {...props} />
    </ChartSlot>
  );
});

export const ConvergenceChart = memo(function ConvergenceChart(
  props: ComponentProps<typeof LazyConvergenceChart>,
) {
  return (
    <ChartSlot height={200}>
      <LazyConvergenceChart {...props} />
    </ChartSlot>
  );
});
