/**
 * Measurement, not a test (`npm run measure:browser`): main-thread long tasks in each phase a
 * user feels, from the browser's own PerformanceObserver ('longtask', every task over 50 ms):
 * cold load to the first figures, editing a parameter, a Monte Carlo run of 1e6 histories,
 * importing a 1000-block design and editing it, with what ran in each long animation frame
 * (the Long Animation Frames API's script attribution). Prints one table and writes it as JSON to
 * test-results/main-thread.json. Nothing is asserted about time (the machines are shared).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { test, expect } from '../fixtures/fixtures.ts';
import { createBenchmarkDesign } from '../../src/testing/benchmarkDesigns.ts';

interface PhaseFigures {
  phase: string;
  /** Wall time of the phase, ms. */
  wallMs: number;
  longTasks: number;
  maxTaskMs: number;
  /** Sum of the long tasks' durations, ms. */
  longTaskMs: number;
  note?: string;
}

/** A long animation frame (over 50 ms) and what ran in it (the LoAF API's attribution). */
interface LongFrame {
  start: number;
  duration: number;
  /** Style and layout at the frame's end, ms. */
  styleAndLayout: number;
  scripts: { what: string; ms: number }[];
}

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
    __longFrames: LongFrame[];
    __firstFiguresAt: number | null;
  }
}

test('main-thread long tasks per phase', async ({
  page,
  editor,
  inspector,
  results,
  simulation,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__firstFiguresAt = null;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
    window.__longFrames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        startTime: number;
        duration: number;
        styleAndLayoutStart: number;
        renderStart: number;
        scripts: {
          duration: number;
          invoker: string;
          sourceURL: string;
          sourceFunctionName: string;
          sourceCharPosition: number;
        }[];
      }[]) {
        window.__longFrames.push({
          start: e.startTime,
          duration: e.duration,
          styleAndLayout:
            e.styleAndLayoutStart > 0 ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
          scripts: e.scripts.map((x) => ({
            what: `${x.invoker} → ${x.sourceFunctionName || '?'} ${x.sourceURL.split('/').pop() ?? ''}:${x.sourceCharPosition}`,
            ms: Math.round(x.duration),
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    // The moment the first exact figures are on screen (status "current").
    const watch = new MutationObserver(() => {
      const status = document.querySelector('[data-testid="results.status"]');
      if (window.__firstFiguresAt === null && status?.textContent === 'current') {
        window.__firstFiguresAt = performance.now();
        watch.disconnect();
      }
    });
    document.addEventListener('DOMContentLoaded', () =>
      watch.observe(document.body, { subtree: true, childList: true, characterData: true }),
    );
  });
  const rows: PhaseFigures[] = [];
  let phaseStart = 0;
  const begin = async (): Promise<void> => {
    phaseStart = await page.evaluate(() => performance.now());
  };
  const end = async (phase: string, note?: string): Promise<void> => {
    const { now, tasks, frames } = await page.evaluate(() => ({
      now: performance.now(),
      tasks: window.__longTasks,
      frames: window.__longFrames,
    }));
    // What ran in the phase's long frames: the scripts over 10 ms, the style and layout.
    for (const f of frames.filter((x) => x.start >= phaseStart && x.start < now)) {
      const scripts = f.scripts.filter((x) => x.ms >= 10).map((x) => `${x.ms} ms ${x.what}`);
      console.warn(
        `  ${phase}: frame of ${Math.round(f.duration)} ms at ${Math.round(f.start)}: style+layout ${Math.round(f.styleAndLayout)} ms; ${scripts.join('; ') || 'no script over 10 ms'}`,
      );
    }
    const inPhase = tasks.filter((t) => t.start >= phaseStart && t.start < now);
    rows.push({
      phase,
      wallMs: Math.round(now - phaseStart),
      longTasks: inPhase.length,
      maxTaskMs: Math.round(Math.max(0, ...inPhase.map((t) => t.duration))),
      longTaskMs: Math.round(inPhase.reduce((s, t) => s + t.duration, 0)),
      ...(note === undefined ? {} : { note }),
    });
  };

  // Cold load: the tasks from navigation start to the first figures.
  await editor.goto('three-tier.json');
  await results.waitCurrent(60_000);
  const firstFigures = await page.evaluate(() => window.__firstFiguresAt);
  // The load ends when the curves are drawn too (the chart's chunk and first mount come after
  // the figures; ending at the figures counted that mount in the first edit).
  await expect(page.getByTestId('results.curves').getByRole('application')).toBeVisible();
  const chartAt = await page.evaluate(() => performance.now());
  phaseStart = 0;
  await end(
    'cold load',
    `first figures at ${Math.round(firstFigures ?? NaN)} ms, curves drawn by ${Math.round(chartAt)} ms`,
  );

  // Editing: 13 parameter changes, each waited for until its figures are current.
  await editor.select('apps');
  await expect(inspector.field('mtbf')).toBeVisible();
  await begin();
  for (let i = 0; i < 13; i++) {
    await inspector.fill('mtbf', String(20000 + 500 * i));
    await results.waitCurrent(60_000);
  }
  await end('13 edits (three-tier)');

  // A Monte Carlo run of 1e6 histories.
  await simulation.open();
  await begin();
  await simulation.run({ trials: 1_000_000, horizon: '1 year', seed: 5 });
  await simulation.waitDone(300_000);
  await end('Monte Carlo 1e6 histories');

  // Importing a 1000-block design.
  const large = createBenchmarkDesign(1000, 7);
  await page.getByTestId('results.tab.exact').click();
  await begin();
  await editor.importDesign(large, 'large.json');
  await expect(page.getByTestId('library.current')).toHaveText(/Generated 1000-block design/);
  await expect(editor.canvas.locator('.rbd-block').first()).toBeVisible();
  await results.waitCurrent(120_000);
  await end('import 1000 blocks');

  // Edits on the 1000-block design.
  const target = await page.evaluate(() => {
    const d = window.rbdStudio!.getDesign();
    const plain = d.diagram.nodes.find(
      (n) =>
        n.kind === 'block' &&
        n.repeatOf === undefined &&
        document.querySelector(`[data-testid="editor.node.${n.id}"]`) !== null,
    );
    return plain?.id ?? null;
  });
  expect(target).not.toBeNull();
  await editor.select(target!);
  await expect(inspector.field('mtbf')).toBeVisible();
  await begin();
  for (let i = 0; i < 5; i++) {
    await inspector.fill('mtbf', String(30000 + 1000 * i));
    await results.waitCurrent(120_000);
  }
  await end('5 edits (1000 blocks)');

  const table = [
    '| phase | wall ms | long tasks | max task ms | long-task ms | note |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.phase} | ${r.wallMs} | ${r.longTasks} | ${r.maxTaskMs} | ${r.longTaskMs} | ${r.note ?? ''} |`,
    ),
  ].join('\n');
  console.warn(table);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/main-thread.json', JSON.stringify(rows, null, 2));
});
