import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisOptions, DesignFile } from '../../src/index.ts';
import { analyzeDesign, parseDesign } from '../../src/index.ts';
import threeTier from '../../public/examples/three-tier.json';
import type { AppStore } from '../store/index.ts';
import { EDITOR_KEY, createAppStore } from '../store/index.ts';
import { selectEditorAnalysis } from '../store/selectors.ts';
import type { AnalyzeFunction } from './liveAnalysisScheduler.ts';
import { startLiveAnalysis } from './liveAnalysisController.ts';

/** The engine on this thread: the same API as the worker. */
const analyze = vi.fn<AnalyzeFunction>((design: unknown, options: AnalysisOptions) => {
  const parsed = parseDesign(design);
  if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.issues });
  return Promise.resolve({
    ok: true,
    value: {
      result: analyzeDesign(parsed.value, options),
      designWarnings: parsed.warnings,
      elapsedMs: 1,
    },
  });
});

const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  analyze.mockClear();
});

function start(design: DesignFile = threeTier as DesignFile): AppStore {
  const store = createAppStore();
  store.getState().loadDesign(design);
  stops.push(
    startLiveAnalysis(store, {
      analyze,
      restart: vi.fn(),
      curvePoints: 20,
      debounceMs: 1,
      curvesDelayMs: 1,
    }),
  );
  return store;
}

/** Resolves once the store's editor analysis satisfies `test`. */
function until(store: AppStore, test: (s: ReturnType<typeof selectEditorAnalysis>) => boolean) {
  return vi.waitFor(() => expect(test(selectEditorAnalysis(store.getState()))).toBe(true));
}

describe('startLiveAnalysis', () => {
  it('computes, then shows an older result as stale until the new one is in', async () => {
    const store = start();
    expect(selectEditorAnalysis(store.getState()).status).toBe('computing');
    await until(store, (a) => a.status === 'current' && a.curves?.stale === false);
    const first = selectEditorAnalysis(store.getState());
    expect(first.curves?.points.length).toBeGreaterThan(15);
    expect(first.blockResults.get('lb1')?.id).toBe('lb1');

    store.getState().setComponentField('lb', 'repair', { distribution: 'exponential', mttr: 400 });
    // The very change that brings the new revision already says stale.
    expect(selectEditorAnalysis(store.getState()).status).toBe('stale');
    expect(selectEditorAnalysis(store.getState()).revision).toBe(first.revision);
    await until(store, (a) => a.status === 'current' && a.revision === store.getState().revision);
    expect(selectEditorAnalysis(store.getState()).result?.steadyState.availability).not.toBe(
      first.result?.steadyState.availability,
    );
  });

  it('keeps the last good result and reports an error for an invalid design', async () => {
    const store = start();
    await until(store, (a) => a.status === 'current');
    store.getState().setNodeField('apps', 'required', 99);
    await until(store, (a) => a.status === 'error');
    const shown = selectEditorAnalysis(store.getState());
    expect(shown.result).not.toBeNull();
    expect(shown.issues.map((i) => i.path)).toContain('diagram.nodes[3].required');
  });

  it('asks the engine for the curves of the selected blocks only when they change', async () => {
    const store = start();
    await until(store, (a) => a.curvesStatus === 'current');
    const calls = analyze.mock.calls.length;
    store.getState().setCurveBlocks(['lb1']);
    // Only the block selection changed: the system curves stay on screen, not stale.
    const now = selectEditorAnalysis(store.getState());
    expect(now.curves?.stale).toBe(false);
    expect(now.curvesStatus).toBe('stale');
    await until(store, (a) => a.curvesStatus === 'current');
    expect(analyze.mock.calls.length).toBe(calls + 1);
    const last = selectEditorAnalysis(store.getState()).curves!.points.at(-1)!.blocks?.['lb1'];
    expect(last?.reliability).toBeGreaterThan(0);
    expect(last?.reliability).toBeLessThan(1);
  });

  it('starts afresh when another design is loaded', async () => {
    const store = start();
    await until(store, (a) => a.status === 'current');
    const other = structuredClone(threeTier) as DesignFile;
    other.name = 'Other';
    store.getState().loadDesign(other);
    // The previous design's figures are never shown as this one's last good ones.
    expect(selectEditorAnalysis(store.getState()).result).toBeNull();
    await until(store, (a) => a.status === 'current');
    expect(selectEditorAnalysis(store.getState()).result?.name).toBe('Other');
  });

  it('stops writing to the store once destroyed', async () => {
    const store = start();
    stops.pop()!();
    store.getState().setDesignField('name', 'later');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().analyses[EDITOR_KEY]?.result ?? null).toBeNull();
  });
});
