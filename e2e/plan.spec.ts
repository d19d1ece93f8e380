/**
 * The fault-tolerance planners: the checkpoint interval (Daly's worked case, the design's own
 * MTBF), retries and an observed rate, each answered as typed, refused by name when a field is
 * wrong, kept over a reload. Every wait is for a state, never for a time.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/fixtures.ts';

test('each planner answers as it is typed, refuses bad input by name and keeps it over a reload', async ({
  page,
  editor,
  results,
}) => {
  await editor.goto('three-tier.json');
  await expect(results.status).toHaveText('current');
  await page.goto('/?example=three-tier.json#view=plan');
  await expect(page.getByTestId('plan.view')).toBeVisible();

  // Daly (2006): δ = 5 min, R = 10 min, M = 24 h → Young 120 min, Daly 116.7 min.
  await expect(page.getByTestId('plan.checkpoint.young')).toContainText('120 min');
  await expect(page.getByTestId('plan.checkpoint.daly')).toContainText('116.7 min');
  await expect(page.locator('.plan-formula .katex').first()).toBeVisible();
  await page.getByTestId('plan.checkpointMtbf').fill('6');
  await expect(page.getByTestId('plan.checkpoint.daly')).toContainText('56.71 min');
  await page.getByTestId('plan.checkpointMtbf').fill('-3');
  await expect(page.getByTestId('plan.checkpointMtbf.error')).toHaveText('Must be more than 0.');
  await expect(page.getByTestId('plan.checkpoint.daly')).toBeHidden();

  // The design's exact MTBF, in hours.
  await page.getByTestId('plan.checkpoint.useDesign').click();
  await expect(page.getByTestId('plan.checkpointMtbf')).not.toHaveValue('-3');
  await expect(page.getByTestId('plan.checkpoint.daly')).toBeVisible();

  // Retries: 3 attempts at 0.9 succeed with 0.999; 99.99 % needs 4.
  await expect(page.getByTestId('plan.retry.success')).toHaveText('0.999');
  await expect(page.getByTestId('plan.retry.attempts')).toHaveText('4');
  // 1 s timeouts, 100 ms calls, 200 ms backoff doubling: 234.9 ms expected, 3.6 s at worst.
  await expect(page.getByTestId('plan.retry.expected')).toHaveText('234.9 ms');
  await expect(page.getByTestId('plan.retry.worst')).toHaveText('3,600 ms');
  await page.getByTestId('plan.retryLatency').fill('2000');
  await expect(page.getByTestId('plan.retryLatency.error')).toHaveText(
    'At most the timeout (a slower call has timed out).',
  );
  await page.getByTestId('plan.retryLatency').fill('100');
  await page.getByTestId('plan.retryAttempts').fill('2.5');
  await expect(page.getByTestId('plan.retryAttempts.error')).toHaveText('Must be a whole number.');
  await page.getByTestId('plan.retryAttempts').fill('4');
  await expect(page.getByTestId('plan.retry.success')).toHaveText('0.9999');

  // 3 failures in 24 unit-years: rate 0.125, MTBF 8 years, 90 % interval 3.095 to 29.35 years.
  await expect(page.getByTestId('plan.rate.rate')).toContainText('0.125');
  await expect(page.getByTestId('plan.rate.mtbf')).toHaveText('8 years');
  await expect(page.getByTestId('plan.rate.interval')).toHaveText('3.095 to 29.35 years');
  // The worst case carried into the design as the database's MTBF.
  await page.getByTestId('plan.rate.component').selectOption('db');
  await page.getByTestId('plan.rate.useWorst').click();
  await expect(page.getByTestId('plan.rate.used')).toHaveText(
    'Database server: MTBF set to 3.09531 years (the worst end of the interval).',
  );
  await expect
    .poll(async () => (await editor.getDesign()).components.find((c) => c.id === 'db')?.failure)
    .toEqual({ distribution: 'exponential', mtbf: '3.09531 years' });

  // A ring of 10 nodes, 3 replicas, 3 down: C(3,3)/C(10,3) = 1/120 at random, 1/10 as neighbours.
  await expect(page.getByTestId('plan.ring.lostRandom')).toHaveText('0.8333% (1 key in 120)');
  await expect(page.getByTestId('plan.ring.lostAdjacent')).toHaveText('10% (1 key in 10)');
  await expect(page.getByTestId('plan.ring.modulo')).toHaveText('90%');
  await page.getByTestId('plan.ringDown').fill('2');
  await expect(page.getByTestId('plan.ring.lostRandom')).toHaveText('0% (none)');
  await page.getByTestId('plan.ringReplicas').fill('11');
  await expect(page.getByTestId('plan.ringReplicas.error')).toHaveText('Must be at most 10.');
  await expect(page.getByTestId('plan.ring.lostRandom')).toBeHidden();
  await page.getByTestId('plan.ringReplicas').fill('3');

  const scan = await new AxeBuilder({ page }).include('[data-testid="plan.view"]').analyze();
  const bad = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.reload();
  await expect(page.getByTestId('plan.view')).toBeVisible();
  await expect(page.getByTestId('plan.retryAttempts')).toHaveValue('4');
  await expect(page.getByTestId('plan.retry.success')).toHaveText('0.9999');
});
