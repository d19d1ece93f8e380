/**
 * Measurement: playback of a 10-year history of a generated 200-block design. Reports the
 * trace time, the main-thread work per frame (e2e/fixtures/frameWork.ts: from a frame's first
 * rAF callback to the end of its rendering; the rAF interval, reported beside it, cannot go under
 * the display's 16.7 ms) and the long tasks (over 50 ms) seen while playing, as annotations and
 * in the log; asserts only that playback happened. This suite runs
 * on busy shared machines: timings are reported, never asserted.
 */
import { createBenchmarkDesign } from '../src/testing/benchmarkDesigns.ts';
import { expect, test } from './fixtures/fixtures.ts';
import {
  formatFrameWork,
  installFrameWorkProbe,
  startFrameWork,
  stopFrameWork,
} from './fixtures/frameWork.ts';

test('playback of a 10-year history of a 200-block design (measured)', async ({
  page,
  editor,
  results,
  simulation,
  replay,
}) => {
  test.setTimeout(240_000);
  await installFrameWorkProbe(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto('three-tier.json');
  const design = createBenchmarkDesign(200, 7);
  await page.getByTestId('design.import').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(design)),
  });
  await expect(page.getByTestId('library.current')).toHaveText(/Generated 200-block design/);
  await results.waitCurrent(90_000);
  await simulation.open();
  await simulation.run({ trials: 1000, horizon: '10 years', seed: 3 });
  await simulation.waitDone(120_000);
  const traceStart = Date.now();
  await page.getByTestId('simulation.replay.bad').click();
  await replay.waitReady();
  const traceMs = Date.now() - traceStart;
  const events = Number(
    /of ([\d,]+)/.exec((await replay.eventIndex.textContent()) ?? '')?.[1]?.replaceAll(',', ''),
  );

  for (const speed of ['1,000', '10,000']) {
    await replay.slider.focus();
    await page.keyboard.press('Home');
    await page.getByTestId('replay.speed').selectOption({ label: `${speed} hour/s` });
    // Main-thread work per frame and long tasks while playing, for about 3 s of wall time.
    await startFrameWork(page);
    await replay.play.click();
    await expect(replay.play).toHaveAccessibleName(/Pause/);
    await page.waitForTimeout(3000);
    await replay.play.click();
    await expect(replay.play).toHaveAccessibleName(/Play/);
    const measured = await stopFrameWork(page);
    const line = formatFrameWork(`speed ${speed} h/s`, measured);
    test.info().annotations.push({ type: 'measured', description: line });
    console.warn(line);
    expect(measured.frames).toBeGreaterThan(0);
  }
  const summary = `trace of the bad year: ${traceMs} ms round trip, ${events} events`;
  test.info().annotations.push({ type: 'measured', description: summary });
  console.warn(summary);
  expect(await replay.getEventIndex()).toBeGreaterThan(0);
  await page.screenshot({ path: 'e2e/.screenshots/replay-200-blocks.png' });

  // Export of this design: a 3 s GIF at 10 frames/s and a 3 s WebM at 24 frames/s, 1280 × 720,
  // each timed, with the page's long tasks meanwhile (the worker renders and encodes).
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByTestId('replay.export.size').selectOption('1280x720');
  await page.getByTestId('replay.export.seconds').fill('3');
  const made = page.getByTestId('replay.export.made');
  for (const [format, fps] of [
    ['gif', '10'],
    ['webm', '24'],
  ] as const) {
    await page.getByTestId('replay.export.format').selectOption(format);
    await page.getByTestId('replay.export.fps').fill(fps);
    const downloaded = page.waitForEvent('download', { timeout: 180_000 });
    const started = Date.now();
    await page.getByTestId('replay.export.start').click();
    await downloaded;
    const ms = Date.now() - started;
    await expect(made).toHaveAttribute('data-format', format);
    const frames = Number(await made.getAttribute('data-frames'));
    expect(frames).toBe(3 * Number(fps));
    const line = `export ${format} of the 200-block design: ${frames} frames at 1280 × 720, ${await made.getAttribute('data-bytes')} bytes, ${ms} ms`;
    test.info().annotations.push({ type: 'measured', description: line });
    console.warn(line);
  }
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  const tasks = `long tasks during the exports: ${longTasks.length}${longTasks.length > 0 ? ` (max ${Math.max(...longTasks).toFixed(0)} ms)` : ''}`;
  test.info().annotations.push({ type: 'measured', description: tasks });
  console.warn(tasks);
});
