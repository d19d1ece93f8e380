/**
 * The compare view, loaded when first shown: its code and its charts stay out of the main chunk.
 */
import { Suspense, lazy } from 'react';

const CompareView = lazy(() =>
  import('./CompareView.tsx').then((m) => ({ default: m.CompareView })),
);

export function LazyCompareView() {
  return (
    <Suspense fallback={<p className="hint">Loading the comparison…</p>}>
      <CompareView />
    </Suspense>
  );
}
