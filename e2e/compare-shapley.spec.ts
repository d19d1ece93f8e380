/**
 * What caused the difference, order-free: a variant of three-tier with one more app server and
 * one more database server; the waterfall's two steps, then their Shapley shares, which add up
 * to the same total. Every wait is for a state, never for a time.
 */
import { expect, test } from './fixtures/fixtures.ts';

const SHOTS = process.env.COMPARE_SHOTS ?? 'test-results/compare';

/** "−1.23 min/yr" → −1.23 */
function minutes(text: string): number {
  const match = /([+−-]?)([\d,.]+) min\/yr/.exec(text);
  if (match === null) throw new Error(`no minutes in "${text}"`);
  return (match[1] === '−' || match[1] === '-' ? -1 : 1) * Number(match[2]!.replace(/,/g, ''));
}

test('the changes between two designs, one after another and order-free', async ({
  page,
  compare,
  editor,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await compare.openThreeTier({ editor, results });
  await compare.addVariant(1, { apps: '5', db: '3' });
  await compare.waitCurrent();

  const waterfall = page.getByTestId('compare.waterfall');
  const step = (k: number) => waterfall.getByTestId(`compare.waterfall.step.${k}`);
  await expect(step(0)).toContainText('apps: 4 → 5 units (+1)');
  await expect(step(1)).toContainText('db: 2 → 3 units (+1)');
  await expect(step(1)).toContainText('min/yr');
  const total = minutes((await waterfall.getByTestId('compare.waterfall.total').textContent())!);
  expect(total).toBeLessThan(0);

  // Order-free: the same two changes, their shares averaged over both orders, the same total.
  const shapley = waterfall.getByTestId('compare.waterfall.order.shapley');
  await shapley.focus();
  await page.keyboard.press('Enter');
  await expect(shapley).toHaveAttribute('aria-pressed', 'true');
  await expect(waterfall).toContainText('averaged over every order');
  await expect(step(1)).toContainText('min/yr');
  const shares = [minutes((await step(0).textContent())!), minutes((await step(1).textContent())!)];
  expect(shares[0]!).toBeLessThan(0);
  expect(shares[1]!).toBeLessThan(0);
  // Shown to three significant figures each.
  expect(Math.abs(shares[0]! + shares[1]! - total)).toBeLessThan(0.01 * Math.abs(total));
  await waterfall.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}-1440-shapley.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
  await waterfall.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}-1280-shapley.png` });
});
