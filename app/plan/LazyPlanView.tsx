/**
 * The plan view, loaded when first shown: its code, KaTeX and its fonts stay out of the main
 * chunk.
 */
import { Suspense, lazy } from 'react';

const PlanView = lazy(() => import('./PlanView.tsx').then((m) => ({ default: m.PlanView })));

export function LazyPlanView() {
  return (
    <Suspense fallback={<p className="hint">Loading the planners…</p>}>
      <PlanView />
    </Suspense>
  );
}
