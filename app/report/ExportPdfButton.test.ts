import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src/index.ts';
import { createAppStore, EDITOR_KEY } from '../store/index.ts';
import type { SimulationRunState } from '../store/simulationSlice.ts';
import { getCurrentSimulation, getReportFileName } from './ExportPdfButton.tsx';

function addRun(status: SimulationRunState['status'], revisionDelta: number) {
  const store = createAppStore();
  const result = { trials: 10, traces: [{ history: 1 }] } as unknown as SimulationResult;
  store.getState().addSimulationRun({
    id: 'run-1',
    designKey: EDITOR_KEY,
    revision: store.getState().revision + revisionDelta,
    options: { trials: 10, horizon: 100, seed: 1, repair: true },
    status,
    completed: 10,
    total: 10,
    result,
    availability: [],
    reliability: [],
    issues: [],
    exact: null,
  });
  return store.getState();
}

describe('getCurrentSimulation', () => {
  it('reports the finished run of the design as it is now, without its traces', () => {
    const run = getCurrentSimulation(addRun('done', 0));
    expect(run?.trials).toBe(10);
    expect(run?.traces).toEqual([]);
  });

  it('leaves out a run of an older revision, one still running, and no run at all', () => {
    expect(getCurrentSimulation(addRun('done', -1))).toBeNull();
    expect(getCurrentSimulation(addRun('running', 0))).toBeNull();
    expect(getCurrentSimulation(addRun('cancelled', 0))).toBeNull();
    expect(getCurrentSimulation(createAppStore().getState())).toBeNull();
  });
});

describe('getReportFileName', () => {
  it('names the PDF after the design, with characters file systems refuse replaced', () => {
    expect(getReportFileName('Three-tier web service')).toBe('Three-tier web service review.pdf');
    expect(getReportFileName('Web / API: v2')).toBe('Web - API- v2 review.pdf');
  });
});
