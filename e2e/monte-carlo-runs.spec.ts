/**
 * Monte Carlo runs belong to the app, not to the dock: a run keeps going while the results are
 * hidden, its figures compare like with like, the bad actors are per history, and the estimates
 * are on screen without scrolling at 1280×720.
 */
import { expect, test } from './fixtures/fixtures.ts';

test('a run keeps going with the results dock closed and is there when it reopens', async ({
  editor,
  results,
  simulation,
  page,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await simulation.open();
  await simulation.run({ trials: 1_000_000, horizon: '1 year', seed: 11 });
  await expect(simulation.status).toHaveText('running');
  await page.getByTestId('toolbar.panel.results').click();
  await expect(page.getByTestId('results-dock')).toHaveCount(0);
  // Still running, then done, with the dock closed.
  await expect.poll(async () => (await simulation.runState())?.completed ?? 0).toBeGreaterThan(0);
  await expect
    .poll(async () => (await simulation.runState())?.status, { timeout: 120_000 })
    .toBe('done');
  await page.getByTestId('toolbar.panel.results').click();
  await expect(simulation.status).toHaveText('done');
  const a = await simulation.estimate('availability');
  expect(a.lo).toBeLessThanOrEqual(a.mean);
  expect(a.mean).toBeLessThanOrEqual(a.hi);
  await expect(page.getByTestId('simulation.progress')).toHaveAttribute('value', '1000000');
});

test('without repair the reliability is compared with the exact R(H), with it it is not', async ({
  editor,
  results,
  simulation,
  page,
}) => {
  await editor.goto('bridge-network.json');
  await results.waitCurrent();
  const exactR = await results.value('reliability');
  await simulation.open();
  await simulation.run({ trials: 100_000, seed: 3, repair: false });
  await simulation.waitDone();
  const r = await simulation.estimate('reliability');
  const exact = page.getByTestId('simulation.reliability.exact');
  await expect(exact).toContainText('inside the interval');
  expect(Number(await exact.getAttribute('data-value'))).toBe(exactR);
  expect(r.lo).toBeLessThanOrEqual(exactR!);
  expect(exactR!).toBeLessThanOrEqual(r.hi);

  // With repair, "no system failure" has no exact counterpart and is not flagged against R(H).
  await simulation.run({ repair: true });
  await simulation.waitDone();
  await expect(page.getByTestId('simulation.reliability.exact')).toHaveCount(0);
  await expect(page.getByTestId('simulation.availability.exact')).toContainText('inside');
});

test('the bad actors count outages per history once', async ({
  editor,
  results,
  simulation,
  page,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await simulation.open();
  await simulation.run({ trials: 100_000, horizon: '8760 h', seed: 5 });
  await simulation.waitDone();
  // lb1: MTBF 50,000 h, MTTR 4 h, so about 8760 / 50,004 = 0.1752 outages in a year.
  const cell = page.getByTestId('simulation.block.lb1').locator('td').nth(2);
  const perHistory = Number(await cell.getAttribute('data-value'));
  expect(Math.abs(perHistory - 8760 / 50_004) / (8760 / 50_004)).toBeLessThan(0.05);
});

test('at 1280×720 the running estimates are visible without scrolling', async ({
  editor,
  results,
  simulation,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await simulation.open();
  await simulation.run({ trials: 10_000, seed: 2 });
  await simulation.waitDone();
  const dock = page.getByTestId('results-dock');
  const box = (await dock.boundingBox())!;
  for (const id of ['simulation.availability', 'simulation.reliability', 'simulation.failures']) {
    const b = (await page.getByTestId(id).boundingBox())!;
    expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height);
    expect(b.y + b.height).toBeLessThanOrEqual(720);
  }
  await page.screenshot({ path: 'e2e/.screenshots/monte-carlo-1280.png' });
});
