/**
 * Types shared by the store slices: the whole state and the slice creator with the devtools
 * middleware.
 */
import type { StateCreator } from 'zustand';
import type { DesignSlice } from './designSlice.ts';
import type { UiSlice } from './uiSlice.ts';
import type { AnalysisSlice } from './analysisSlice.ts';
import type { SimulationSlice } from './simulationSlice.ts';
import type { ReplaySlice } from './replaySlice.ts';

/** The whole app state: one store built from slices. */
export type AppState = DesignSlice & UiSlice & AnalysisSlice & SimulationSlice & ReplaySlice;

/** Creator of one slice of {@link AppState}. */
export type SliceCreator<T> = StateCreator<AppState, [['zustand/devtools', never]], [], T>;
