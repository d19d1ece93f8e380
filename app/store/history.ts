/**
 * Undo history of the document, as pure state transitions. Each edit keeps the previous design
 * (designs are immutable, so a snapshot costs one pointer). Consecutive edits with the same key
 * inside {@link COALESCE_MS} (typing in one field, nudging with arrow keys) make one step.
 */
import type { DesignFile } from '../../src/index.ts';

/** Most undo steps kept. */
export const HISTORY_LIMIT = 200;
/** Edits with the same key closer than this (ms) are merged into one undo step. */
export const COALESCE_MS = 1000;

/** The part of the store the history works on. */
export interface HistoryState {
  readonly design: DesignFile;
  readonly revision: number;
  readonly past: readonly DesignFile[];
  readonly future: readonly DesignFile[];
  readonly lastEdit: { readonly key: string; readonly at: number } | null;
}

/**
 * The state after an edit that produced `next`, or null when nothing changed.
 * @param key edits with the same key close in time are merged (undefined: never merged)
 * @param now the time of the edit, ms
 */
export function getCommit(
  state: HistoryState,
  next: DesignFile,
  key: string | undefined,
  now: number,
): HistoryState | null {
  if (next === state.design) return null;
  const merge =
    key !== undefined &&
    state.lastEdit !== null &&
    state.lastEdit.key === key &&
    now - state.lastEdit.at < COALESCE_MS &&
    state.past.length > 0;
  return {
    design: next,
    revision: state.revision + 1,
    past: merge ? state.past : [...state.past, state.design].slice(-HISTORY_LIMIT),
    future: [],
    lastEdit: key === undefined ? null : { key, at: now },
  };
}

/** The state after undo, or null when there is nothing to undo. */
export function getUndo(state: HistoryState): HistoryState | null {
  const previous = state.past.at(-1);
  if (previous === undefined) return null;
  return {
    design: previous,
    revision: state.revision + 1,
    past: state.past.slice(0, -1),
    future: [state.design, ...state.future],
    lastEdit: null,
  };
}

/** The state after redo, or null when there is nothing to redo. */
export function getRedo(state: HistoryState): HistoryState | null {
  const [next, ...rest] = state.future;
  if (next === undefined) return null;
  return {
    design: next,
    revision: state.revision + 1,
    past: [...state.past, state.design].slice(-HISTORY_LIMIT),
    future: rest,
    lastEdit: null,
  };
}
