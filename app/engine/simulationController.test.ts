import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisOptions, DesignFile } from '../../src/index.ts';
import {
  analyzeDesign,
  createInThreadPort,
  createSimulationPool,
  parseDesign,
} from '../../src/index.ts';
import threeTier from '../../public/examples/three-tier.json';
import type { AppStore } from '../store/index.ts';
import { EDITOR_KEY, createAppStore } from '../store/index.ts';
import { selectEditorRun } from '../store/selectors.ts';
import type { AnalyzeFunction } from './liveAnalysisScheduler.ts';
import { cancelSimulation, followDesignLoads, startSimulation } from './simulationController.ts';

const analyze: AnalyzeFunction = (design: unknown, options: AnalysisOptions) => {
  const parsed = parseDesign(design);
  if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.issues });
  const result = analyzeDesign(parsed.value, options);
  return Promise.resolve({ ok: true, value: { result, designWarnings: [], elapsedMs: 1 } });
};

const pool = createSimulationPool(createInThreadPort, 2);
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function store(): AppStore {
  const s = createAppStore();
  s.getState().loadDesign(threeTier as DesignFile);
  return s;
}

const run = (s: AppStore) => selectEditorRun(s.getState());

describe('startSimulation', () => {
  it('writes the run, its estimates and the exact figures at the horizon into the store', async () => {
    const s = store();
    const id = startSimulation(s, { pool, analyze }, { trials: 2000, horizon: 8766, seed: 3 });
    expect(run(s)).toMatchObject({ id, status: 'running', total: 2000, designKey: EDITOR_KEY });
    await vi.waitFor(() => expect(run(s)?.status).toBe('done'), { timeout: 30_000 });
    const done = run(s)!;
    expect(done.completed).toBe(2000);
    expect(done.result?.trials).toBe(2000);
    expect(done.availability.length).toBeGreaterThan(0);
    // The like-for-like exact figures: R(H) at the run's own horizon.
    const parsed = parseDesign(threeTier);
    if (!parsed.ok) throw new Error('three-tier does not parse');
    const exact = analyzeDesign(parsed.value, { times: [8766] });
    expect(done.exact?.reliability).toBe(exact.points[0]!.reliability);
    expect(done.exact?.steadyAvailability).toBe(exact.steadyState.availability);
    // With repair the run estimates the mean over [0, H]: the exact mean is the match.
    expect(done.exact?.meanAvailability).toBe(exact.points[0]!.meanAvailability);
  });

  it('cancels, keeping the estimates so far, and a new run replaces the old one', async () => {
    const s = store();
    const first = startSimulation(s, { pool, analyze }, { trials: 1e9, horizon: 1e5, seed: 4 });
    await vi.waitFor(() => expect(run(s)?.result).not.toBeNull(), { timeout: 30_000 });
    cancelSimulation(first);
    await vi.waitFor(() => expect(run(s)?.status).toBe('cancelled'));
    expect(run(s)?.result?.trials).toBeGreaterThan(0);
    const second = startSimulation(s, { pool, analyze }, { trials: 100, horizon: 100, seed: 5 });
    expect(s.getState().simulationRuns[first]).toBeUndefined();
    await vi.waitFor(() => expect(run(s)).toMatchObject({ id: second, status: 'done' }), {
      timeout: 30_000,
    });
  });

  it('reports the workers refusing a bad design as an error naming the field', async () => {
    const s = store();
    s.getState().setNodeField('apps', 'required', 99);
    startSimulation(s, { pool, analyze }, { trials: 100, horizon: 100, seed: 6 });
    await vi.waitFor(() => expect(run(s)?.status).toBe('error'), { timeout: 30_000 });
    expect(run(s)?.issues[0]).toMatchObject({
      code: 'invalid-design',
      path: 'diagram.nodes[3].required',
    });
  });

  it('retires the editor run when another design is loaded', () => {
    const s = store();
    cleanups.push(followDesignLoads(s));
    startSimulation(s, { pool, analyze }, { trials: 1e9, horizon: 1e5, seed: 7 });
    s.getState().loadDesign(threeTier as DesignFile);
    expect(run(s)).toBeUndefined();
  });
});
