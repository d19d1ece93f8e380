/**
 * Types shared by the store slices: the whole state, the slice creator with the devtools
 * middleware, what the catalogue can add and where.
 */
import type { StateCreator } from 'zustand';
import type { DesignSlice } from './designSlice.ts';
import type { UiSlice } from './uiSlice.ts';
import type { AnalysisSlice } from './analysisSlice.ts';
import type { XY } from './document/diagram.ts';

/** The whole app state: one store built from slices. */
export type AppState = DesignSlice & UiSlice & AnalysisSlice;

/** Creator of one slice of {@link AppState}. */
export type SliceCreator<T> = StateCreator<AppState, [['zustand/devtools', never]], [], T>;

/** Something the catalogue can add to a diagram. */
export type CatalogueItem =
  | { readonly kind: 'preset'; readonly id: string }
  | { readonly kind: 'component'; readonly id: string }
  | { readonly kind: 'junction' }
  | { readonly kind: 'subsystem'; readonly name: string };

/**
 * Where a new node goes: in series `after` the selection, in `parallel` with the selected node,
 * or unconnected `at` a point (a drop on the canvas).
 */
export type Placement =
  | { readonly mode: 'after' }
  | { readonly mode: 'parallel' }
  | { readonly mode: 'at'; readonly position: XY };

/** Ids of the selected nodes and edges of the diagram shown. */
export interface Selection {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/** A short message shown to the user (toast), e.g. why a connection was refused. */
export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly message: string;
}
