// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { AnalysisOptions } from '../../src/index.ts';
import { analyzeDesign, parseDesign } from '../../src/index.ts';
import threeTier from '../../public/examples/three-tier.json';
import { useLiveAnalysis } from './useLiveAnalysis.ts';

// The engine runs on the main thread here: same API as the worker, no Worker in jsdom.
vi.mock('./engineClient.ts', () => ({
  restartEngine: vi.fn(),
  analyzeInWorker: vi.fn((design: unknown, options: AnalysisOptions) => {
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
  }),
}));

afterEach(cleanup);

interface HookProps {
  readonly design: unknown;
  readonly revision: number;
}

describe('useLiveAnalysis', () => {
  it('computes, then shows an older result as stale until the new one is in', async () => {
    const first = structuredClone(threeTier);
    const initialProps: HookProps = { design: first, revision: 1 };
    const { result, rerender } = renderHook(
      ({ design, revision }: HookProps) => useLiveAnalysis(design, revision, { curvePoints: 20 }),
      { initialProps },
    );
    expect(result.current.status).toBe('computing');
    await waitFor(() => expect(result.current.status).toBe('current'));
    await waitFor(() => expect(result.current.curves?.stale).toBe(false));
    expect(result.current.curves?.points.length).toBeGreaterThan(15);
    const before = result.current.result?.steadyState.availability;

    const second = structuredClone(threeTier);
    second.components[0]!.repair.mttr = 400;
    rerender({ design: second, revision: 2 });
    // The very render that brings the new revision already says stale.
    expect(result.current.status).toBe('stale');
    expect(result.current.revision).toBe(1);
    await waitFor(() => expect(result.current.status).toBe('current'));
    expect(result.current.revision).toBe(2);
    expect(result.current.result?.steadyState.availability).not.toBe(before);
  });

  it('keeps the last good result and reports an error for an invalid design', async () => {
    const initialProps: HookProps = { design: threeTier, revision: 1 };
    const { result, rerender } = renderHook(
      ({ design, revision }: HookProps) => useLiveAnalysis(design, revision),
      { initialProps },
    );
    await waitFor(() => expect(result.current.status).toBe('current'));
    await act(async () => {
      rerender({ design: { format: 'nope' }, revision: 2 });
      await Promise.resolve();
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.result).not.toBeNull();
    expect(result.current.issues.length).toBeGreaterThan(0);
  });

  it('asks the engine for the curves of the selected blocks', async () => {
    const { result } = renderHook(() => useLiveAnalysis(threeTier, 1, { curvePoints: 20 }));
    await waitFor(() => expect(result.current.curvesStatus).toBe('current'));
    expect(result.current.blockCurves).toEqual([]);
    const id = result.current.result!.blocks[0]!.id;
    act(() => result.current.setBlockCurves([id]));
    expect(result.current.blockCurves).toEqual([id]);
    // Only the block selection changed: the system curves stay on screen, not stale.
    expect(result.current.curves?.stale).toBe(false);
    expect(result.current.curvesStatus).toBe('stale');
    await waitFor(() => expect(result.current.curvesStatus).toBe('current'));
    const curves = result.current.curves!;
    expect(curves.blockCurves).toEqual([id]);
    const last = curves.points.at(-1)!.blocks?.[id];
    expect(last?.reliability).toBeGreaterThan(0);
    expect(last?.reliability).toBeLessThan(1);
    expect(last?.availability).toBeGreaterThan(0);
  });

  it('lets options.blockCurves win over its own selection', async () => {
    const { result } = renderHook(() =>
      useLiveAnalysis(threeTier, 1, { curvePoints: 20, blockCurves: ['nope'] }),
    );
    await waitFor(() => expect(result.current.curvesStatus).toBe('current'));
    act(() => result.current.setBlockCurves(['other']));
    expect(result.current.blockCurves).toEqual(['nope']);
    expect(result.current.curves?.blockCurves).toEqual(['nope']);
  });

  it('is idle without a design', () => {
    const { result } = renderHook(() => useLiveAnalysis(null, 0));
    expect(result.current.status).toBe('idle');
  });
});
