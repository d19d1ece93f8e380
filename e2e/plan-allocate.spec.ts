/**
 * The choice of component types per subsystem: the default web stack answered in the worker,
 * a bad field refused next to it, the Fyffe–Hines–Lee benchmark loaded in one click and solved
 * to its published optimum, the inputs kept over a reload. Screenshots at 1440×900 and
 * 1280×720. Every wait is for a state, never for a time.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/fixtures.ts';

const SHOTS = process.env.PLAN_SHOTS ?? 'test-results/plan';

test('the most reliable mix of component types within a budget, proven best', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/#view=plan');
  const card = page.getByTestId('plan.allocate');
  await expect(card).toBeVisible();

  // The default web stack within a cost of 20.
  await card.getByTestId('plan.allocate.run').click();
  await expect(card.getByTestId('plan.allocate.method')).toContainText('Proven best');
  await expect(card.getByTestId('plan.allocate.choices').locator('tbody tr')).toHaveCount(3);
  await expect(card.getByTestId('plan.allocate.reliability')).toContainText('0.99');

  // A reliability above 1 is refused next to its field; nothing can be searched meanwhile.
  const reliability = card.getByTestId('plan.allocate.s0.o0.reliability');
  await reliability.fill('1.2');
  await expect(reliability).toHaveAttribute('aria-invalid', 'true');
  await expect(card.getByText('Must be at most 1.')).toBeVisible();
  await expect(card.getByTestId('plan.allocate.run')).toBeDisabled();
  await reliability.fill('0.98');
  await expect(card.getByTestId('plan.allocate.run')).toBeEnabled();

  // The published benchmark: R = 0.986811 at cost 130 and weight 191 (Coit & Smith 1996).
  await card.getByTestId('plan.allocate.benchmark').click();
  await expect(card.getByTestId('plan.allocate.maxWeight')).toHaveValue('191');
  await card.getByTestId('plan.allocate.run').focus();
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('plan.allocate.reliability')).toContainText('0.986811');
  await expect(card.getByTestId('plan.allocate.choices').locator('tbody tr')).toHaveCount(14);
  await expect(card.getByTestId('plan.allocate.result')).toHaveAttribute('data-stale', 'false');
  // At weight 159: 0.954565.
  await card.getByTestId('plan.allocate.maxWeight').fill('159');
  await expect(card.getByTestId('plan.allocate.result')).toHaveAttribute('data-stale', 'true');
  await card.getByTestId('plan.allocate.run').click();
  await expect(card.getByTestId('plan.allocate.reliability')).toContainText('0.954565');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}-1440-allocate.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
  await card.getByTestId('plan.allocate.result').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}-1280-allocate.png` });

  const axe = await new AxeBuilder({ page }).include('[data-testid="plan.allocate"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Kept over a reload.
  await page.reload();
  await expect(page.getByTestId('plan.allocate.maxWeight')).toHaveValue('159');
  await expect(page.getByTestId('plan.allocate.s13.o3.reliability')).toHaveValue('0.99');
});
