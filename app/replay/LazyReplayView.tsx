/**
 * The replay view, loaded when first shown: its code stays out of the main chunk (the edit
 * view's first load does not pay for it).
 */
import { Suspense, lazy } from 'react';

const ReplayView = lazy(() => import('./ReplayView.tsx').then((m) => ({ default: m.ReplayView })));

export function LazyReplayView() {
  return (
    <Suspense fallback={<p className="hint">Loading the replay…</p>}>
      <ReplayView />
    </Suspense>
  );
}
