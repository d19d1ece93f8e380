// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ResultsPanel } from './ResultsPanel.tsx';
import type { ResultsPanelProps } from './ResultsPanel.tsx';
import { createThreeTierState } from '../test/resultsFixtures.ts';
import { IDLE_ANALYSIS } from '../store/index.ts';

beforeAll(() => {
  // jsdom has no ResizeObserver; recharts' ResponsiveContainer needs one.
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});
afterEach(cleanup);

function renderPanel(change: Partial<ResultsPanelProps> = {}) {
  const props: ResultsPanelProps = {
    analysis: createThreeTierState(),
    timeUnit: 'hour',
    missionTime: 8760,
    onMissionTimeChange: vi.fn(),
    onSelectBlock: vi.fn(),
    onCurveBlocksChange: vi.fn(),
    ...change,
  };
  render(<ResultsPanel {...props} />);
  return props;
}

function valueOf(testId: string): string | null {
  return screen.getByTestId(testId).getAttribute('data-value');
}

describe('ResultsPanel', () => {
  it('shows every headline figure with its exact value in data-value', () => {
    const { analysis } = renderPanel();
    const result = analysis.result!;
    const s = result.steadyState;
    expect(screen.getByTestId('results.status').textContent).toBe('current');
    expect(valueOf('results.availability')).toBe(String(s.availability));
    expect(valueOf('results.unavailability')).toBe(String(s.unavailability));
    expect(valueOf('results.nines')).toBe(String(s.nines));
    expect(valueOf('results.downtime')).toBe(String(s.downtimePerYear));
    expect(valueOf('results.mtbf')).toBe(String(s.mtbf));
    expect(valueOf('results.mttf')).toBe(String(result.mttf));
    expect(valueOf('results.reliability')).toBe(String(result.points[0]!.reliability));
    expect(screen.getByTestId('results.availability').textContent).toMatch(/^99\.99\d*%$/);
    expect(screen.getByTestId('results.nines').textContent).toMatch(/^\d\.\d\d nines$/);
    expect(screen.getByTestId('results.downtime').textContent).toMatch(/ \/ year$/);
  });

  it('shows the mean availability over the mission time and the B10 life in the cards', () => {
    const { analysis } = renderPanel();
    const result = analysis.result!;
    expect(valueOf('results.metric.meanAvailability')).toBe(
      String(result.points[0]!.meanAvailability),
    );
    expect(screen.getByTestId('results.metric.meanAvailability').textContent).toMatch(
      /^99\.99\d*%$/,
    );
    expect(valueOf('results.metric.bLife.b10')).toBe(String(result.bLife!.b10));
    expect(screen.getByTestId('results.metric.bLife.b10').textContent).toMatch(/\d+ (y|d|h)/);
    expect(screen.getByTestId('results.metric.bLife.b10').parentElement?.textContent).toMatch(
      /^B10 life /,
    );
  });

  it('shows per block the downtime with the block perfect and down for good', () => {
    const { analysis } = renderPanel();
    const result = analysis.result!;
    const db = result.blocks.find((b) => b.id === 'db')!;
    const downtime = result.steadyState.downtimePerYear!;
    const perfect = screen.getByTestId('results.importance.db.ifPerfect');
    expect(Number(perfect.getAttribute('data-value'))).toBeCloseTo(
      db.fussellVesely! * downtime,
      12,
    );
    expect(perfect.textContent).toMatch(/^−.+ \/ year/);
    expect(perfect.textContent).toContain('FV 99.6%');
    expect(perfect.textContent).toMatch(/RRW [\d.]+×/);
    const down = screen.getByTestId('results.importance.db.ifDown');
    expect(Number(down.getAttribute('data-value'))).toBeCloseTo(db.raw! * downtime, 9);
    expect(down.textContent).toMatch(/RAW [\d.e+]+×/);
  });

  it('lists the design warnings and the engine warnings in one list', () => {
    const issues = [
      {
        severity: 'warning',
        code: 'out-of-range',
        path: 'components[0].cost',
        message: 'a cost of 0',
      },
    ] as const;
    const base = createThreeTierState({ issues });
    const result = base.result!;
    renderPanel({
      analysis: {
        ...base,
        result: {
          ...result,
          warnings: [{ code: 'mttf-not-exact', message: 'an engine warning', block: 'db' }],
        },
      },
    });
    const list = screen.getByTestId('results.warnings');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['components[0].cost a cost of 0', 'db an engine warning']);
  });

  it('marks stale figures as stale and keeps them visible', () => {
    renderPanel({ analysis: createThreeTierState({ status: 'stale', busy: true }) });
    expect(screen.getByTestId('results.status').textContent).toBe('stale');
    expect(screen.getByTestId('results.availability').textContent).toContain('%');
    expect(screen.getByTestId('results.panel').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('results.status').parentElement?.textContent).toContain(
      'out of date',
    );
  });

  it('shows the issues of a failed analysis above the last good figures', () => {
    const issues = [
      { severity: 'error', code: 'cycle', path: 'diagram.edges[2]', message: 'a cycle' },
    ] as const;
    renderPanel({ analysis: createThreeTierState({ status: 'error', issues }) });
    expect(screen.getByTestId('results.status').textContent).toBe('error');
    const banner = screen.getByTestId('results.error');
    expect(banner.textContent).toContain('a cycle');
    expect(banner.textContent).toContain('last good');
    expect(screen.getByTestId('results.availability').textContent).toContain('%');
  });

  it('reports idle with no design', () => {
    renderPanel({ analysis: IDLE_ANALYSIS });
    expect(screen.getByTestId('results.status').textContent).toBe('idle');
    expect(screen.queryByTestId('results.availability')).toBeNull();
  });

  it('copies a plain-text summary of the figures', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel();
    fireEvent.click(screen.getByTestId('results.copy'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('Three-tier web service');
    expect(text).toMatch(/Availability: 99\.99\d*% \(\d\.\d\d nines\)/);
    expect(text).toMatch(/Downtime: .+ \/ year/);
    expect(text).toContain('Improve first:');
    expect(text).toMatch(/Mean availability over .+: 99\.99\d*%/);
    expect(text).toMatch(/B10 life: /);
    await screen.findByText('Copied');
  });

  it('says in the copied text when the figures are not current', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel({ analysis: createThreeTierState({ status: 'stale' }) });
    fireEvent.click(screen.getByTestId('results.copy'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]![0]).toContain('status: stale');
  });

  it('accepts a mission time with units and rejects a non-time', () => {
    const props = renderPanel();
    const input = screen.getByTestId('results.missionTime');
    fireEvent.change(input, { target: { value: '2 years' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(props.onMissionTimeChange).toHaveBeenCalledWith(17532);
    fireEvent.change(input, { target: { value: '5 kg' } });
    fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('not a time');
  });

  it('offers every block for per-block curves and reports picks', () => {
    const setBlockCurves = vi.fn();
    const analysis = createThreeTierState();
    renderPanel({ analysis, onCurveBlocksChange: setBlockCurves });
    const ids = analysis.result!.blocks.map((b) => b.id);
    for (const id of ids) {
      const box = screen.getByTestId<HTMLInputElement>(`results.blockCurve.${id}`);
      expect(box.disabled).toBe(false);
    }
    fireEvent.click(screen.getByTestId(`results.blockCurve.${ids[0]!}`));
    expect(setBlockCurves).toHaveBeenCalledWith([ids[0]]);
  });

  it('gives the engine warning as the reason when a block has no exact figure', () => {
    const base = createThreeTierState();
    const result = base.result!;
    const [first, second] = result.blocks.map((b) => b.id);
    const empty = {
      reliability: null,
      unreliability: null,
      availability: null,
      unavailability: null,
    };
    const points = base.curves!.points.map((p) => ({
      ...p,
      blocks: {
        [first!]: empty,
        [second!]: { ...empty, availability: 0.9, unavailability: 0.1 },
      },
    }));
    const analysis = createThreeTierState({
      result: {
        ...result,
        warnings: [{ code: 'reliability-not-exact', message: 'no exact law', block: first! }],
      },
      curves: { ...base.curves!, points, blockCurves: [first!, second!] },
      blockCurves: [first!, second!],
    });
    renderPanel({ analysis });
    const label = (id: string) => screen.getByTestId(`results.blockCurve.${id}`).parentElement!;
    expect(label(first!).getAttribute('title')).toBe('no exact law');
    expect(label(first!).textContent).toContain('no exact law');
    expect(label(second!).getAttribute('title')).toBeNull();
    expect(screen.getByTestId<HTMLInputElement>(`results.blockCurve.${first!}`).checked).toBe(true);
  });

  it('selects a block from the ranking and the cut sets', () => {
    const props = renderPanel();
    const ranking = screen.getByTestId('results.importance');
    const first = within(ranking).getAllByRole('button')[0]!;
    fireEvent.click(first);
    expect(props.onSelectBlock).toHaveBeenCalledWith(first.textContent);
    const cuts = screen.getByTestId('results.cutSets');
    expect(within(cuts).getAllByRole('row').length).toBeGreaterThan(1);
  });
});
