/**
 * Measurement, not a test (`npm run measure:browser`): playback of the bad year of 1000 ten-year
 * histories of a generated 200-block design, at 10, 1,000 and 10,000 hours a second: main-thread
 * work per frame (e2e/fixtures/frameWork.ts: from a frame's first rAF callback to the end of its
 * rendering, not the rAF interval), long tasks and long animation frames; the first and last again with the CPU slowed 4× (Chrome's
 * throttling); then a CPU profile of 3 s at 10,000 h/s (Chrome's sampling profiler over CDP), its top functions by self time.
 * Prints the figures and writes them to test-results/replay-frames.json. Nothing is asserted
 * about time (the machines are shared).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createBenchmarkDesign } from '../../src/testing/benchmarkDesigns.ts';
import { expect, test } from '../fixtures/fixtures.ts';
import type { FrameWork } from '../fixtures/frameWork.ts';
import {
  formatFrameWork,
  installFrameWorkProbe,
  startFrameWork,
  stopFrameWork,
} from '../fixtures/frameWork.ts';

/** Wall time measured per speed, ms. */
const WINDOW_MS = 4000;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

test('replay playback: work per frame on a 200-block decade', async ({
  page,
  editor,
  results,
  simulation,
  replay,
}) => {
  test.setTimeout(600_000);
  await installFrameWorkProbe(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto('three-tier.json');
  await editor.importDesign(createBenchmarkDesign(200, 7), 'large.json');
  await expect(page.getByTestId('library.current')).toHaveText(/Generated 200-block design/);
  await results.waitCurrent(120_000);
  await simulation.open();
  await simulation.run({ trials: 1000, horizon: '10 years', seed: 3 });
  await simulation.waitDone(180_000);
  await page.getByTestId('simulation.replay.bad').click();
  await replay.waitReady();
  const label = (await replay.eventIndex.textContent()) ?? '';

  const rows: { speed: string; figures: FrameWork }[] = [];
  const play = async (speed: string, ms: number): Promise<void> => {
    await replay.slider.focus();
    await page.keyboard.press('Home');
    await page.getByTestId('replay.speed').selectOption({ label: `${speed} hour/s` });
    await replay.play.click();
    await expect(replay.play).toHaveAccessibleName(/Pause/);
    await page.waitForTimeout(ms);
    await replay.play.click();
    await expect(replay.play).toHaveAccessibleName(/Play/);
  };
  for (const speed of ['10', '1,000', '10,000']) {
    await startFrameWork(page);
    await play(speed, WINDOW_MS);
    const figures = await stopFrameWork(page);
    rows.push({ speed, figures });
    console.warn(formatFrameWork(`${speed} h/s`, figures));
  }
  // The same on a slower machine: Chrome's CPU throttling at 4× (a low-end laptop).
  const throttle = await page.context().newCDPSession(page);
  await throttle.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (const speed of ['10', '10,000']) {
    await startFrameWork(page);
    await play(speed, WINDOW_MS);
    const figures = await stopFrameWork(page);
    rows.push({ speed: `${speed} (CPU 4× slower)`, figures });
    console.warn(formatFrameWork(`${speed} h/s, CPU 4× slower`, figures));
  }
  await throttle.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  // A CPU profile at 10,000 h/s: where the frames' time goes.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await play('10,000', 3000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self]
    .filter(([k]) => !k.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25);
  const total = [...self].filter(([k]) => !k.startsWith('(idle)')).reduce((a, [, v]) => a + v, 0);
  console.warn(`profile, 3 s at 10,000 h/s: ${total.toFixed(0)} ms busy`);
  for (const [k, v] of top) console.warn(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);

  // A performance trace at 10,000 h/s: the main thread's time by what the browser did (the
  // profile's "(program)" is style, layout and paint, which only a trace names).
  const chunks: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    chunks.push(...(e.value as unknown as TraceEvent[]));
  });
  const finished = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  });
  await play('10,000', 3000);
  await cdp.send('Tracing.end');
  await finished;
  const main = chunks.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byName = new Map<string, { ms: number; count: number; max: number }>();
  for (const e of chunks) {
    if (main === undefined || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X') continue;
    if (e.dur === undefined) continue;
    const row = byName.get(e.name) ?? { ms: 0, count: 0, max: 0 };
    row.ms += e.dur / 1000;
    row.count++;
    row.max = Math.max(row.max, e.dur / 1000);
    byName.set(e.name, row);
  }
  const traceRows = [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20);
  console.warn('trace, 3 s at 10,000 h/s, main thread (nested events overlap their parents):');
  for (const [name, r] of traceRows) {
    console.warn(
      `  ${r.ms.toFixed(1).padStart(8)} ms  ${String(r.count).padStart(5)}×  max ${r.max.toFixed(1).padStart(6)} ms  ${name}`,
    );
  }

  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    'test-results/replay-frames.json',
    JSON.stringify({ history: label, rows, profileBusyMs: total, top, trace: traceRows }, null, 2),
  );
});
