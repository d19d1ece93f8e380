/**
 * Measurement, not a test (`npm run measure:browser -- learnSliders`): main-thread long tasks
 * (PerformanceObserver 'longtask', every task over 50 ms) while a student holds the right arrow
 * on each lesson's first slider: 20 steps, then until the lesson shows the numbers of the last
 * one. Prints one row per lesson and writes them to test-results/learn-sliders.json. Nothing is
 * asserted about time (the machines are shared).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { LESSONS } from '../../src/index.ts';
import { expect, test } from '../fixtures/fixtures.ts';

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
  }
}

const STEPS = 20;

test('main-thread long tasks while a lesson slider moves', async ({ page }) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('/#view=learn');
  await expect(page.getByTestId(`learn.lesson.${LESSONS[0]!.id}`)).toBeVisible();
  const rows: { lesson: string; wallMs: number; longTasks: number; maxTaskMs: number }[] = [];
  for (const lesson of LESSONS) {
    await page.goto(`/#view=learn&lesson=${lesson.id}`);
    const figures = page.getByTestId('learn.figures');
    await expect(figures).toBeVisible({ timeout: 60_000 });
    const slider = page.getByTestId(`learn.slider.${lesson.params[0]!.key}`);
    await slider.focus();
    // Settle (the first view, its chart), then count only what the slider costs.
    await page.waitForTimeout(500);
    const start = await page.evaluate(() => performance.now());
    for (let i = 0; i < STEPS; i++) await page.keyboard.press('ArrowRight');
    const field = page.getByTestId(`learn.field.${lesson.params[0]!.key}`);
    const last = await field.inputValue();
    // Done when the view has caught up with the last value (a build before the worker
    // answered lessons has no "updating" line: it was caught up when the keys were).
    const updating = page.getByTestId('learn.updating');
    if ((await updating.count()) > 0) await expect(updating).toHaveText('', { timeout: 60_000 });
    await page.waitForTimeout(300);
    const figures2 = await page.evaluate((since) => {
      const tasks = window.__longTasks.filter((t) => t.start >= since);
      return {
        wallMs: performance.now() - since,
        longTasks: tasks.length,
        maxTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      };
    }, start);
    rows.push({ lesson: `${lesson.id} (${last})`, ...figures2 });
  }
  const lines = rows.map(
    (r) =>
      `${r.lesson.padEnd(24)} ${String(Math.round(r.wallMs)).padStart(6)} ms  ${r.longTasks} long tasks, max ${Math.round(r.maxTaskMs)} ms`,
  );
  console.warn(['lesson                   wall       long tasks', ...lines].join('\n'));
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/learn-sliders.json', JSON.stringify(rows, null, 2));
});
