/**
 * The views of the app, each a folder under `app/`: the shell shows the current one and the
 * top bar switches between them (when there are several). A view named in the address that is
 * not listed here opens the edit view instead. New views (compare, replay, plan, learn, report)
 * add a line here and their folder.
 */
import type { ComponentType } from 'react';
import { LazyCompareView } from './compare/LazyCompareView.tsx';
import { EditView } from './edit/EditView.tsx';
import { LazyLearnView } from './learn/LazyLearnView.tsx';
import { LazyPlanView } from './plan/LazyPlanView.tsx';
import { LazyReplayView } from './replay/LazyReplayView.tsx';
import type { ViewId } from './store/index.ts';

export interface ViewDefinition {
  readonly id: ViewId;
  readonly label: string;
  readonly component: ComponentType;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'edit', label: 'Edit', component: EditView },
  { id: 'compare', label: 'Compare', component: LazyCompareView },
  { id: 'replay', label: 'Replay', component: LazyReplayView },
  { id: 'plan', label: 'Plan', component: LazyPlanView },
  { id: 'learn', label: 'Learn', component: LazyLearnView },
];

/** Whether a string names a view that exists. */
export function isViewId(value: string): value is ViewId {
  return VIEWS.some((v) => v.id === value);
}

/** The definition of a view that exists, or the edit view. */
export function getView(id: ViewId): ViewDefinition {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
