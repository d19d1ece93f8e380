/**
 * The Learn view, loaded when first shown: its code, KaTeX, recharts and the lesson engine
 * stay out of the main chunk.
 */
import { Suspense, lazy } from 'react';

const LearnView = lazy(() => import('./LearnView.tsx').then((m) => ({ default: m.LearnView })));

export function LazyLearnView() {
  return (
    <Suspense fallback={<p className="hint">Loading the lessons…</p>}>
      <LearnView />
    </Suspense>
  );
}
