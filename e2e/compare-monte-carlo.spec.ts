/**
 * The compare view's Monte Carlo check: three-tier beside a variant with one app server fewer
 * (a real difference) and an unchanged variant (identical draws, within noise), run in the
 * compare worker with common random numbers; the verdicts read in words; the chart switched to
 * R(t); a bad number of
 * histories refused next to its field; a long run cancelled. Screenshots at 1440×900 and
 * 1280×720. Every wait is for a state, never for a time.
 */
import { expect, test } from './fixtures/fixtures.ts';

const SHOTS = process.env.COMPARE_SHOTS ?? 'test-results/compare';

test('the Monte Carlo check tells a real difference from noise', async ({
  page,
  compare,
  editor,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await compare.openThreeTier({ editor, results });
  await compare.waitCurrent();

  const mc = page.getByTestId('compare.mc');
  await expect(mc.getByTestId('compare.mc.needs')).toBeVisible();
  await expect(mc.getByTestId('compare.mc.run')).toBeDisabled();

  // Variant 1: one app server fewer (3 of 3); variant 2: the design unchanged.
  await compare.addVariant(1, { apps: '3' });
  await compare.addVariant(2);
  await expect(page.getByTestId('compare.variant.2.quantity.apps')).toHaveValue('4');
  await compare.waitCurrent();

  // The chart shows R(t) on demand, the mission time marked; A(t) again on a second press.
  const curves = page.getByTestId('compare.curves');
  await curves.getByTestId('compare.curves.reliability').click();
  await expect(curves).toHaveAttribute('data-measure', 'reliability');
  await expect(curves.getByRole('heading')).toHaveText('R(t): no system failure up to time t');
  await expect(curves.getByTestId('compare.curves.reliability')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(curves.locator('.recharts-line-curve')).toHaveCount(3);
  await expect(curves).toContainText('mission');
  await curves.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}-1440-reliability.png` });
  await curves.getByTestId('compare.curves.availability').click();
  await expect(curves).toHaveAttribute('data-measure', 'availability');

  // A bad number of histories is refused next to its field.
  const trials = mc.getByTestId('compare.mc.trials');
  await trials.fill('12.5');
  await expect(mc.getByTestId('compare.mc.trials.error')).toContainText('A whole number');
  await expect(trials).toHaveAttribute('aria-invalid', 'true');
  await expect(mc.getByTestId('compare.mc.run')).toBeDisabled();

  await trials.fill('20000');
  await mc.getByTestId('compare.mc.run').click();
  await expect(mc.getByTestId('compare.mc.status')).toHaveAttribute('data-state', 'done', {
    timeout: 60_000,
  });
  await expect(mc.getByTestId('compare.mc.status')).toContainText('20,000 histories');
  await expect(mc.getByTestId('compare.mc.verdict.1')).toHaveAttribute('data-verdict', 'real');
  await expect(mc.getByTestId('compare.mc.verdict.1')).toContainText(
    'Real difference: more downtime',
  );
  await expect(mc.getByTestId('compare.mc.verdict.2')).toHaveAttribute('data-verdict', 'noise');
  await expect(mc.getByTestId('compare.mc.verdict.2')).toContainText('Within noise');
  await expect(mc.getByTestId('compare.mc.reduction.2')).toHaveText('identical draws');
  await expect(mc.getByTestId('compare.mc.reduction.1')).toHaveText(/^× [\d,.]+$/);
  await expect(mc.getByTestId('compare.mc.difference.2')).toContainText('0 [0, 0]');
  await mc.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}-1440-monte-carlo.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
  await mc.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}-1280-monte-carlo.png` });

  // An edit makes the answer stale; the table goes until the check runs again.
  await page.getByTestId('compare.variant.1.quantity.apps').fill('5');
  await expect(mc.getByTestId('compare.mc.status')).toContainText('run the check again');
  await expect(mc.getByTestId('compare.mc.table')).toBeHidden();

  // A long run shows its progress and can be cancelled; the next one runs.
  await trials.fill('10000000');
  await mc.getByTestId('compare.mc.run').click();
  await expect(mc.getByTestId('compare.mc.status')).toHaveAttribute('data-state', 'running');
  await expect(mc.getByTestId('compare.mc.status')).toContainText(/[1-9][\d,]* of 10,000,000/, {
    timeout: 30_000,
  });
  await mc.getByTestId('compare.mc.cancel').click();
  await expect(mc.getByTestId('compare.mc.status')).toHaveAttribute('data-state', 'cancelled');
  await trials.fill('100000');
  await mc.getByTestId('compare.mc.run').click();
  await expect(mc.getByTestId('compare.mc.status')).toHaveAttribute('data-state', 'done', {
    timeout: 60_000,
  });
  await expect(mc.getByTestId('compare.mc.verdict.1')).toContainText('less downtime');
});
