/**
 * The Monte Carlo panel runs in the worker pool, shows running estimates converging, can be
 * cancelled, and its interval contains the exact value.
 */
import { expect, test } from '@playwright/test';

test('a simulation converges on the exact availability and can be cancelled', async ({ page }) => {
  await page.goto('/?example=three-tier.json');
  await expect(page.getByTestId('results.status')).toHaveText('current');
  const exact = Number(await page.getByTestId('results.availability').getAttribute('data-value'));
  await page.getByTestId('results.tab.simulation').click();

  // A long run: cancel it part-way.
  await page.getByTestId('simulation.trials').selectOption('10000000');
  await page.getByTestId('simulation.horizon').fill('10 years');
  await page.getByTestId('simulation.run').click();
  await expect(page.getByTestId('simulation.status')).toHaveText('running');
  await expect(page.getByTestId('simulation.availability')).toHaveAttribute('data-value', /\d/);
  await page.getByTestId('simulation.cancel').click();
  await expect(page.getByTestId('simulation.status')).toHaveText('cancelled');

  // A complete run: the 95% interval holds the exact long-run availability.
  await page.getByTestId('simulation.trials').selectOption('100000');
  await page.getByTestId('simulation.horizon').fill('20 years');
  await page.getByTestId('simulation.seed').fill('7');
  await page.getByTestId('simulation.run').click();
  await expect(page.getByTestId('simulation.status')).toHaveText('done', { timeout: 60_000 });
  const estimate = page.getByTestId('simulation.availability');
  const lo = Number(await estimate.getAttribute('data-lo'));
  const hi = Number(await estimate.getAttribute('data-hi'));
  const mean = Number(await estimate.getAttribute('data-value'));
  expect(lo).toBeLessThanOrEqual(mean);
  expect(mean).toBeLessThanOrEqual(hi);
  // The simulation starts with every unit new, so over 20 years its mean is a hair above the
  // long-run figure; widen by that start-up transient (a few hours of MTTR over 20 years).
  const slack = 1e-6;
  expect(exact).toBeGreaterThanOrEqual(lo - slack);
  expect(exact).toBeLessThanOrEqual(hi + slack);
  await page.screenshot({ path: 'e2e/.screenshots/monte-carlo.png', fullPage: true });
});
