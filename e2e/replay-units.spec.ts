/**
 * The Gantt strip's unit lanes and the trace checks overlay: on the three-tier bad year, open the
 * apps block (3 of 4) by keyboard and see one lane per unit, labelled and drawn; close it; open
 * the db block by mouse. Then the checks overlay by the D key (the address gains `debug=1`):
 * three passes, with the figures compared; off by its box. Waits are for states, never times.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/fixtures.ts';

test('unit lanes open under a block, and the trace checks overlay shows three passes', async ({
  page,
  editor,
  results,
  simulation,
  replay,
}) => {
  test.setTimeout(150_000);
  await replay.openThreeTierBadYear({ editor, results, simulation });

  // The apps block's disclosure, by keyboard: four unit lanes appear under it.
  const apps = page.getByTestId('replay.lane.apps.units');
  await expect(apps).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('replay.lane.lb1.units')).toHaveCount(0);
  await apps.focus();
  await page.keyboard.press('Enter');
  await expect(apps).toHaveAttribute('aria-expanded', 'true');
  for (let u = 1; u <= 4; u++) {
    await expect(replay.lane(`apps.unit.${u}`)).toHaveAttribute(
      'aria-label',
      new RegExp(`^apps · unit ${u}: failed \\d+ times?, `),
    );
  }
  await expect(replay.lane('apps.unit.5')).toHaveCount(0);
  // The bad year has unit failures in apps: some unit lane draws a stretch not running.
  const drawn = await page
    .locator('[data-testid^="replay.lane.apps.unit."]')
    .evaluateAll((lanes) => lanes.map((l) => Number(l.getAttribute('data-segments'))));
  expect(drawn.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  await expect(page.locator('.timeline-legend')).toContainText('unit under repair');
  await page.keyboard.press('Space');
  await expect(apps).toHaveAttribute('aria-expanded', 'false');
  await expect(replay.lane('apps.unit.1')).toHaveCount(0);
  await apps.click();
  await page.getByTestId('replay.lane.db.units').click();
  await expect(replay.lane('db.unit.2')).toBeVisible();

  // The checks overlay, by the D key on the stage.
  await replay.slider.focus();
  await page.keyboard.press('d');
  const checks = page.getByTestId('replay.checks');
  await expect(checks).toBeVisible();
  await expect(checks).toContainText('3 of 3 pass');
  for (const id of ['rules', 'downtime', 'failures']) {
    await expect(page.getByTestId(`replay.check.${id}`)).toHaveAttribute('data-pass', 'true');
    await expect(page.getByTestId(`replay.check.${id}`)).toContainText('✓ pass');
  }
  await expect(page.getByTestId('replay.check.downtime')).toContainText(
    /Downtime from the trace [\d,.]+ hours = engine [\d,.]+ hours/,
  );
  await expect(page.getByTestId('replay.check.failures')).toContainText(/engine counted \d+/);
  await expect(page).toHaveURL(/debug=1/);
  await expect(page.getByTestId('replay.checks.toggle')).toBeChecked();
  expect(
    (await new AxeBuilder({ page }).include('.replay-stage').analyze()).violations.map((v) => v.id),
  ).toEqual([]);

  for (const [w, h] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.getByTestId('replay.timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `e2e/.screenshots/replay-units-${w}.png`, fullPage: false });
    await replay.banner.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `e2e/.screenshots/replay-checks-${w}.png`, fullPage: false });
  }

  // Off by its box; the address loses debug=1.
  await page.getByTestId('replay.checks.toggle').uncheck();
  await expect(checks).toHaveCount(0);
  await expect(page).not.toHaveURL(/debug=1/);
});
