/**
 * Compare designs and the optimiser: a variant of three-tier with one more app server beside
 * the design, its change of downtime read in the table; the optimiser run for 99.99 % in its
 * worker, its cheapest design applied as a new variant, which meets the target. Screenshots at
 * 1440×900 and 1280×720. Every wait is for a state, never for a time.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { createBenchmarkDesign } from '../src/testing/benchmarkDesigns.ts';
import { expect, test } from './fixtures/fixtures.ts';

const SHOTS = process.env.COMPARE_SHOTS ?? 'test-results/compare';

test('a variant with one more app server, then the cheapest design for 99.99 %', async ({
  page,
  compare,
  editor,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await compare.openThreeTier({ editor, results });
  await compare.waitCurrent();
  await expect(page.getByTestId('compare.cell.availability.0')).toContainText('%');

  // A variant in one click, then one more app server (4 → 5 units, 3 needed).
  await page.getByTestId('compare.addVariant').click();
  const apps = page.getByTestId('compare.variant.1.quantity.apps');
  await expect(apps).toHaveValue('4');
  await apps.fill('5');
  await compare.waitCurrent();
  // The variant costs one app server more (4,000) and is down less.
  await expect(page.getByTestId('compare.delta.cost.1')).toHaveText('+4,000');
  const delta = page.getByTestId('compare.delta.downtime.1');
  await expect(delta).toHaveText(/^−[\d.]+ min\/yr$/);
  await expect(delta.locator('strong')).toBeVisible();
  // Its diagram marks the changed block (outlined, and said in its title).
  const changed = page.getByTestId('compare.column.1').locator('svg title');
  await expect(changed.filter({ hasText: 'changed' })).toHaveText(['apps (3 of 5) — changed']);
  // A field refuses fewer units than the block needs, next to the field, and keeps the last good value.
  await apps.fill('2');
  await expect(page.getByTestId('compare.variant.1')).toContainText('At least 3 (it needs 3).');
  await expect(page.getByTestId('compare.delta.cost.1')).toHaveText('+4,000');
  await apps.fill('5');

  // The optimiser for 99.99 %, in its worker.
  await page.getByTestId('compare.target').fill('99.99');
  await page.getByTestId('compare.optimize.run').click();
  await expect(page.getByTestId('compare.optimize.status')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('compare.optimize.method')).toContainText('Proven optimal');
  await expect(page.getByTestId('compare.optimize.best')).toContainText('Cheapest: cost');
  await expect(page.getByTestId('compare.optimize.chart').locator('circle').first()).toBeVisible();
  await page.getByTestId('compare.optimize').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}-1440-optimiser.png` });

  // Apply the cheapest point: a third column, which meets the target.
  await page.getByTestId('compare.optimize.applyBest').click();
  await expect(page.getByTestId('compare.column.2')).toContainText('optimised');
  await compare.waitCurrent();
  await expect(page.getByTestId('compare.cell.target.2')).toHaveAttribute('data-met', 'true');
  await expect(page.getByTestId('compare.cell.target.2')).toHaveText('✓ met');

  // The applied variant saved to the library, where the editor can open it.
  await page.getByTestId('compare.variant.2.save').click();
  await expect(page.getByTestId('compare.variant.2.saved')).toContainText('Saved as');
  await page.getByTestId('library.open').click();
  await expect(page.getByTestId('library.list')).toContainText('optimised, cost 86,000');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('library.dialog')).toBeHidden();

  // What caused the difference: the optimised design against the baseline, step by step.
  const waterfall = page.getByTestId('compare.waterfall');
  await expect(waterfall.getByTestId('compare.waterfall.step.0')).toContainText(
    'apps: 4 → 3 units (−1)',
  );
  await expect(waterfall.getByTestId('compare.waterfall.total')).toContainText('min/yr');
  await waterfall.getByTestId('compare.waterfall.design').selectOption({ index: 0 });
  await expect(waterfall.getByTestId('compare.waterfall.step.0')).toContainText(
    'apps: 4 → 5 units (+1)',
  );
  await expect(waterfall.getByTestId('compare.waterfall.step.0')).toContainText('−');

  // A point of the front chosen from the keyboard shows its design.
  await page.getByTestId('compare.optimize.points').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('compare.optimize.selected')).toContainText('Shown: cost');

  const view = page.getByTestId('compare.view');
  await view.evaluate((e) => e.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}-1440.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByTestId('compare.table')).toBeVisible();
  await view.evaluate((e) => e.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}-1280.png` });
  await page.getByTestId('compare.curves').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}-1280-charts.png` });

  // What matters: each parameter ±20 % (then ±10 %), largest effect on the downtime first.
  const tornado = page.getByTestId('compare.tornado');
  await tornado.scrollIntoViewIfNeeded();
  await expect(tornado.locator('li.tornado-row').first()).toContainText('min/yr');
  await expect(page.getByTestId('compare.tornado.row.node:db:switchSuccess')).toBeVisible();
  await page.getByTestId('compare.tornado.share').fill('10');
  await expect(tornado.getByRole('heading')).toHaveText('What matters: each parameter ±10 %');
  await expect(tornado.locator('li.tornado-row').first()).toContainText('−10 %');
  await page.screenshot({ path: `${SHOTS}-1280-tornado.png` });
  await waterfall.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}-1280-waterfall.png` });

  const scan = await new AxeBuilder({ page }).include('[data-testid="compare.view"]').analyze();
  const bad = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('an optimiser run can be cancelled, and the next one runs', async ({ page, editor }) => {
  // A generated design of 45 priced blocks: its Pareto front keeps the worker busy for seconds.
  await editor.goto();
  await editor.importDesign(createBenchmarkDesign(45, 7), 'large.json');
  await expect(page.getByTestId('library.current')).not.toHaveText('Three-tier web service');
  await page.getByTestId('view.compare').click();
  await page.getByTestId('compare.target').fill('99.999');
  await page.getByTestId('compare.optimize.run').click();
  // Progress arrives from the worker while it searches.
  await expect(page.getByTestId('compare.optimize.status')).toContainText(
    /Searching… [1-9][\d,]* designs evaluated/,
  );
  await page.getByTestId('compare.optimize.cancel').click();
  await expect(page.getByTestId('compare.optimize.status')).toHaveAttribute(
    'data-state',
    'cancelled',
  );
  // The next run, on a small design, goes to its end on a fresh worker.
  await editor.importDesign(readFileSync('public/examples/three-tier.json', 'utf8'), 'tt.json');
  await expect(page.getByTestId('compare.view')).toContainText('Three-tier web service');
  await page.getByTestId('compare.optimize.run').click();
  await expect(page.getByTestId('compare.optimize.status')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('compare.optimize.method')).toContainText('Proven optimal');
});
