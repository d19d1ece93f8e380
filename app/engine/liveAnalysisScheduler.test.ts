import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisOptions, AnalysisResult, DesignIssue, Result } from '../../src/index.ts';
import type { AnalyzeResponse } from '../../src/worker/protocol.ts';
import type { LiveRequest } from './liveAnalysisScheduler.ts';
import {
  MIN_DEADLINE_MS,
  SUPERSEDE_AFTER_MS,
  createLiveAnalysisScheduler,
} from './liveAnalysisScheduler.ts';

type Response = Result<AnalyzeResponse, readonly DesignIssue[]>;

interface Call {
  readonly design: unknown;
  readonly options: AnalysisOptions;
  resolve(response: Response): void;
  reject(error: Error): void;
}

/** A fake engine whose calls are settled by the test. */
function createFakeEngine() {
  const calls: Call[] = [];
  const analyze = vi.fn(
    (design: unknown, options: AnalysisOptions) =>
      new Promise<Response>((resolve, reject) => calls.push({ design, options, resolve, reject })),
  );
  return { calls, analyze };
}

function ok(name: string, times: readonly number[] = [10]): Response {
  const result = {
    name,
    missionTime: 10,
    points: times.map((t) => ({
      t,
      reliability: 0.9,
      unreliability: 0.1,
      availability: 0.99,
      unavailability: 0.01,
    })),
  } as unknown as AnalysisResult;
  return { ok: true, value: { result, designWarnings: [], elapsedMs: 1 } };
}

function request(revision: number, change: Partial<LiveRequest> = {}): LiveRequest {
  return { design: { revision }, revision, missionTime: null, curvePoints: 20, ...change };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createLiveAnalysisScheduler', () => {
  it('debounces changes and sends only the latest', async () => {
    const engine = createFakeEngine();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart: vi.fn() });
    s.update(request(1));
    s.update(request(2));
    s.update(request(3));
    expect(s.getSnapshot().busy).toBe(true);
    await vi.advanceTimersByTimeAsync(60);
    expect(engine.calls.map((c) => c.design)).toEqual([{ revision: 3 }]);
  });

  it('keeps one request in flight and only the latest waiting', async () => {
    const engine = createFakeEngine();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart: vi.fn() });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(60);
    for (let r = 2; r <= 5; r++) {
      s.update(request(r));
      await vi.advanceTimersByTimeAsync(60);
    }
    expect(engine.calls).toHaveLength(1);
    engine.calls[0]!.resolve(ok('r1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(s.getSnapshot().result?.key.revision).toBe(1);
    expect(engine.calls.map((c) => c.design)).toEqual([{ revision: 1 }, { revision: 5 }]);
  });

  it('asks for the curves with the headline figures: one edit, one call', async () => {
    const engine = createFakeEngine();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart: vi.fn() });
    s.update(request(1, { missionTime: 100, blockCurves: ['web'] }));
    await vi.advanceTimersByTimeAsync(60);
    expect(engine.calls[0]!.options).toEqual({
      times: [100],
      curves: { points: 20, blockCurves: ['web'] },
    });
    const curvePoints = ok('curves', [0, 100, 300]);
    const headline = ok('r1');
    if (!headline.ok || !curvePoints.ok) throw new Error('fixture');
    engine.calls[0]!.resolve({
      ok: true,
      value: {
        ...headline.value,
        curves: { missionTime: 100, points: curvePoints.value.result.points },
      },
    });
    await vi.advanceTimersByTimeAsync(500);
    expect(engine.calls).toHaveLength(1);
    const snap = s.getSnapshot();
    expect(snap.result?.key.revision).toBe(1);
    expect(snap.curves?.key).toEqual({
      revision: 1,
      missionTime: 100,
      curvePoints: 20,
      blockCurves: ['web'],
    });
    expect(snap.curves?.points.map((p) => p.t)).toEqual([0, 100, 300]);
    expect(snap.curves?.missionTime).toBe(100);
    expect(snap.busy).toBe(false);
    expect(snap.curvesBusy).toBe(false);
  });

  it('asks for curves after the headline figures when they came without, at 0 … 3 × the mission time', async () => {
    const engine = createFakeEngine();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart: vi.fn() });
    s.update(request(1, { missionTime: 100 }));
    await vi.advanceTimersByTimeAsync(60);
    expect(engine.calls[0]!.options).toEqual({ times: [100], curves: { points: 20 } });
    engine.calls[0]!.resolve(ok('r1'));
    await vi.advanceTimersByTimeAsync(200);
    const curveCall = engine.calls[1]!;
    expect(curveCall.options.skipMttf).toBe(true);
    // One integral per curve time would be costly and the curves do not draw it.
    expect(curveCall.options.skipMeanAvailability).toBe(true);
    const times = curveCall.options.times ?? [];
    expect(times[0]).toBe(0);
    expect(times.at(-1)).toBe(300);
    curveCall.resolve(ok('curves', times));
    await vi.advanceTimersByTimeAsync(0);
    const snap = s.getSnapshot();
    expect(snap.curves?.points).toHaveLength(times.length);
    expect(snap.curves?.missionTime).toBe(100);
    expect(snap.busy).toBe(false);
    expect(snap.curvesBusy).toBe(false);
  });

  it('asks for the curves again, with blockCurves, when only the block selection changes', async () => {
    const engine = createFakeEngine();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart: vi.fn() });
    s.update(request(1, { missionTime: 100 }));
    await vi.advanceTimersByTimeAsync(60);
    engine.calls[0]!.resolve(ok('r1'));
    await vi.advanceTimersByTimeAsync(200);
    expect(engine.calls[1]!.options.blockCurves).toBeUndefined();
    engine.calls[1]!.resolve(ok('curves', engine.calls[1]!.options.times));
    await vi.advanceTimersByTimeAsync(0);

    s.update(request(1, { missionTime: 100, blockCurves: ['web', 'db'] }));
    await vi.advanceTimersByTimeAsync(200);
    expect(engine.calls).toHaveLength(3); // no new headline analysis
    const call = engine.calls[2]!;
    expect(call.options.skipMttf).toBe(true);
    expect(call.options.blockCurves).toEqual(['web', 'db']);
    call.resolve(ok('curves', call.options.times));
    await vi.advanceTimersByTimeAsync(0);
    expect(s.getSnapshot().curves?.key.blockCurves).toEqual(['web', 'db']);
    expect(s.getSnapshot().curvesBusy).toBe(false);

    // The same selection again (a new array) asks for nothing.
    s.update(request(1, { missionTime: 100, blockCurves: ['web', 'db'] }));
    await vi.advanceTimersByTimeAsync(200);
    expect(engine.calls).toHaveLength(3);
  });

  it('lets a new change go before waiting curves', async () => {
    const engine = createFakeEngine();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart: vi.fn() });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(60);
    engine.calls[0]!.resolve(ok('r1'));
    await vi.advanceTimersByTimeAsync(10);
    s.update(request(2));
    await vi.advanceTimersByTimeAsync(60);
    expect(engine.calls[1]!.design).toEqual({ revision: 2 });
    expect(engine.calls[1]!.options.skipMttf).toBeUndefined();
  });

  it('records a failure and keeps the last good result', async () => {
    const engine = createFakeEngine();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart: vi.fn() });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(60);
    engine.calls[0]!.resolve(ok('r1'));
    await vi.advanceTimersByTimeAsync(0);
    s.update(request(2));
    await vi.advanceTimersByTimeAsync(60);
    const issue: DesignIssue = { severity: 'error', code: 'cycle', path: '', message: 'a cycle' };
    engine.calls.at(-1)!.resolve({ ok: false, error: [issue] });
    await vi.advanceTimersByTimeAsync(0);
    const snap = s.getSnapshot();
    expect(snap.result?.key.revision).toBe(1);
    expect(snap.failure?.key.revision).toBe(2);
    expect(snap.failure?.issues).toEqual([issue]);
  });

  it('reports a dead worker as a failure and carries on with the next request', async () => {
    const engine = createFakeEngine();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart: vi.fn() });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(60);
    s.update(request(2));
    engine.calls[0]!.reject(new Error('the engine worker stopped: out of memory'));
    await vi.advanceTimersByTimeAsync(60);
    expect(s.getSnapshot().failure?.issues[0]?.message).toContain('worker stopped');
    expect(engine.calls[1]!.design).toEqual({ revision: 2 });
  });

  it('restarts the engine when a call outlives the time-out, tries once more, then reports it', async () => {
    const engine = createFakeEngine();
    const restart = vi.fn();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart, timeoutMs: 1000 });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(1100);
    expect(restart).toHaveBeenCalledTimes(1);
    expect(engine.calls).toHaveLength(2); // the same work, on the fresh engine
    expect(s.getSnapshot().failure).toBeNull();
    await vi.advanceTimersByTimeAsync(1000);
    expect(restart).toHaveBeenCalledTimes(2);
    expect(s.getSnapshot().failure?.issues[0]?.code).toBe('worker-failed');
    engine.calls[0]!.resolve(ok('late'));
    engine.calls[1]!.resolve(ok('late'));
    await vi.advanceTimersByTimeAsync(0);
    expect(s.getSnapshot().result).toBeNull();
  });

  it('answers through a worker that died once: the call is sent again and nothing is reported', async () => {
    const engine = createFakeEngine();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart: vi.fn() });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(60);
    engine.calls[0]!.reject(new Error('the engine worker stopped: killed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.calls).toHaveLength(2);
    expect(engine.calls[1]!.design).toEqual({ revision: 1 });
    engine.calls[1]!.resolve(ok('r1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(s.getSnapshot().result?.value.name).toBe('r1');
    expect(s.getSnapshot().failure).toBeNull();
  });

  it('notices a silently dead worker within seconds once a design of that size was answered', async () => {
    const engine = createFakeEngine();
    const restart = vi.fn();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart, curvesDelayMs: 1e9 });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(60);
    engine.calls[0]!.resolve(ok('r1')); // took 1 ms
    await vi.advanceTimersByTimeAsync(0);
    s.update(request(2));
    await vi.advanceTimersByTimeAsync(60);
    // The worker never answers (terminated from outside: no error event).
    await vi.advanceTimersByTimeAsync(MIN_DEADLINE_MS + 10);
    expect(restart).toHaveBeenCalledTimes(1);
    expect(engine.calls).toHaveLength(3);
    engine.calls[2]!.resolve(ok('r2'));
    await vi.advanceTimersByTimeAsync(0);
    expect(s.getSnapshot().result?.value.name).toBe('r2');
  });

  it('abandons a long call when a newer change arrives, and drops its late answer', async () => {
    const engine = createFakeEngine();
    const restart = vi.fn();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(60);
    await vi.advanceTimersByTimeAsync(SUPERSEDE_AFTER_MS + 100);
    s.update(request(2));
    expect(restart).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60);
    expect(engine.calls[1]!.design).toEqual({ revision: 2 });
    engine.calls[0]!.resolve(ok('old'));
    engine.calls[1]!.resolve(ok('new'));
    await vi.advanceTimersByTimeAsync(0);
    expect(s.getSnapshot().result?.value.name).toBe('new');
    expect(s.getSnapshot().result?.key.revision).toBe(2);
  });

  it('abandons a young call once it is old enough when a newer change waits behind it', async () => {
    const engine = createFakeEngine();
    const restart = vi.fn();
    // Nothing of this size was answered yet: the call's own deadline is the long budget.
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(60);
    expect(engine.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    s.update(request(2)); // the call is 100 ms old: not dropped yet
    expect(restart).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SUPERSEDE_AFTER_MS);
    expect(restart).toHaveBeenCalledTimes(1);
    expect(engine.calls).toHaveLength(2);
    expect(engine.calls[1]!.design).toEqual({ revision: 2 });
    engine.calls[1]!.resolve(ok('new'));
    engine.calls[0]!.resolve(ok('old'));
    await vi.advanceTimersByTimeAsync(0);
    expect(s.getSnapshot().result?.key.revision).toBe(2);
    expect(s.getSnapshot().result?.value.name).toBe('new');
  });

  it('lets a young call finish when it answers before it is old enough', async () => {
    const engine = createFakeEngine();
    const restart = vi.fn();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart, curvesDelayMs: 1e9 });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(60);
    s.update(request(2));
    engine.calls[0]!.resolve(ok('r1'));
    await vi.advanceTimersByTimeAsync(SUPERSEDE_AFTER_MS + 100);
    expect(restart).not.toHaveBeenCalled();
    expect(engine.calls).toHaveLength(2);
    engine.calls[1]!.resolve(ok('r2'));
    await vi.advanceTimersByTimeAsync(0);
    expect(s.getSnapshot().result?.value.name).toBe('r2');
  });

  it('clears everything when the design goes away', async () => {
    const engine = createFakeEngine();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart: vi.fn() });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(60);
    engine.calls[0]!.resolve(ok('r1'));
    await vi.advanceTimersByTimeAsync(0);
    s.update(null);
    expect(s.getSnapshot().result).toBeNull();
    expect(s.getSnapshot().latest).toBeNull();
  });

  it('drops an answer that arrives after the design went away', async () => {
    const engine = createFakeEngine();
    const s = createLiveAnalysisScheduler({ analyze: engine.analyze, restart: vi.fn() });
    s.update(request(1));
    await vi.advanceTimersByTimeAsync(60);
    s.update(null);
    engine.calls[0]!.resolve(ok('old design'));
    await vi.advanceTimersByTimeAsync(0);
    expect(s.getSnapshot().result).toBeNull();
    s.update(request(1, { design: { other: true } }));
    await vi.advanceTimersByTimeAsync(60);
    expect(engine.calls.at(-1)!.design).toEqual({ other: true });
  });
});
