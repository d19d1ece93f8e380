/**
 * The compare view's own state: the designs compared with the one being edited (library
 * designs read when picked, variants made here), the target of the comparison and the
 * optimiser's last answer. A store of its own (zustand, outside the app store) because nothing
 * else reads it and it lives only while the page does; the design being edited stays in the app
 * store, and is always the baseline.
 */
import { createStore } from 'zustand';
import type {
  DesignFile,
  OptimizeIssue,
  OptimizeResult,
  PairedComparison,
  PairedIssue,
} from '../../src/index.ts';
import { setFileQuantities } from '../../src/index.ts';

/** Most designs side by side, the baseline included. */
export const MAX_COMPARED = 4;

/** A design compared with the baseline: a library design (as read) or a variant made here. */
export interface CompareEntry {
  readonly key: string;
  readonly kind: 'library' | 'variant';
  readonly name: string;
  readonly file: DesignFile;
  /** The library id it was read from (library entries). */
  readonly libraryId?: string;
}

/** The optimiser panel's state. */
export type OptimizerState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly evaluated: number; readonly phase: 'best' | 'pareto' }
  | { readonly status: 'done'; readonly result: OptimizeResult; readonly elapsedMs: number }
  | { readonly status: 'cancelled' }
  | {
      readonly status: 'error';
      readonly message: string;
      /** What the message is about (shown next to that field or block); absent: the run. */
      readonly issue?: OptimizeIssue;
    };

/** The Monte Carlo check's state; `files` are the designs a run was started on. */
export type PairedState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'running';
      readonly done: number;
      readonly total: number;
      readonly files: readonly DesignFile[];
    }
  | {
      readonly status: 'done';
      readonly result: PairedComparison;
      readonly elapsedMs: number;
      readonly files: readonly DesignFile[];
    }
  | { readonly status: 'cancelled' }
  | { readonly status: 'error'; readonly issues: readonly PairedIssue[] };

export interface CompareState {
  readonly entries: readonly CompareEntry[];
  /** The availability target of the comparison and the optimiser, as typed (percent). */
  readonly targetText: string;
  readonly optimizer: OptimizerState;
  readonly paired: PairedState;
  /** Index into the optimiser's Pareto front of the point shown, or null. */
  readonly selectedPoint: number | null;
  readonly addEntry: (entry: Omit<CompareEntry, 'key'>) => string | null;
  readonly removeEntry: (key: string) => void;
  readonly setQuantity: (key: string, nodeId: string, quantity: number) => void;
  readonly setTargetText: (text: string) => void;
  readonly setOptimizer: (state: OptimizerState) => void;
  readonly setPaired: (state: PairedState) => void;
  readonly selectPoint: (index: number | null) => void;
}

let nextKey = 1;

/** Creates a compare store (one per page; tests make their own). */
export function createCompareStore() {
  return createStore<CompareState>()((set, get) => ({
    entries: [],
    targetText: '99.99',
    optimizer: { status: 'idle' },
    paired: { status: 'idle' },
    selectedPoint: null,
    addEntry(entry) {
      if (get().entries.length >= MAX_COMPARED - 1) return null;
      const key = `c${nextKey++}`;
      set((s) => ({ entries: [...s.entries, { ...entry, key }] }));
      return key;
    },
    removeEntry(key) {
      set((s) => ({ entries: s.entries.filter((e) => e.key !== key) }));
    },
    setQuantity(key, nodeId, quantity) {
      set((s) => ({
        entries: s.entries.map((e) =>
          e.key === key ? { ...e, file: setFileQuantities(e.file, { [nodeId]: quantity }) } : e,
        ),
      }));
    },
    setTargetText(targetText) {
      set({ targetText });
    },
    setOptimizer(optimizer) {
      set({ optimizer, ...(optimizer.status === 'done' ? { selectedPoint: null } : {}) });
    },
    setPaired(paired) {
      set({ paired });
    },
    selectPoint(selectedPoint) {
      set({ selectedPoint });
    },
  }));
}

export type CompareStore = ReturnType<typeof createCompareStore>;

/** The page's compare store: kept while the page lives, across view switches. */
export const compareStore = createCompareStore();
