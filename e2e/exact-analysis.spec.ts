/**
 * The page, the worker and the engine work together in Chromium: the headline figures shown
 * for an example equal the engine's own analysis of the same file.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { analyzeDesign, parseDesign } from '../src/index.ts';

function expectedFor(file: string) {
  const parsed = parseDesign(JSON.parse(readFileSync(`public/examples/${file}`, 'utf8')));
  if (!parsed.ok) throw new Error(`example ${file} is invalid`);
  return analyzeDesign(parsed.value);
}

test('the three-tier example is analysed in the worker and matches the engine', async ({
  page,
}) => {
  await page.goto('/?example=three-tier.json');
  await expect(page.getByTestId('results.status')).toHaveText('current');
  const expected = expectedFor('three-tier.json');
  const availability = Number(
    await page.getByTestId('results.availability').getAttribute('data-value'),
  );
  const unavailability = Number(
    await page.getByTestId('results.unavailability').getAttribute('data-value'),
  );
  const mttf = Number(await page.getByTestId('results.mttf').getAttribute('data-value'));
  expect(availability).toBe(expected.steadyState.availability);
  expect(unavailability).toBe(expected.steadyState.unavailability);
  expect(mttf).toBeCloseTo(expected.mttf!, 6);
  await expect(page.getByTestId('results.availability')).toContainText('%');
  await expect(page.getByTestId('results.downtime')).toContainText(/min|h|s/);
  await page.screenshot({ path: 'e2e/.screenshots/three-tier.png', fullPage: true });
});

test('opening another example from the gallery recomputes in the worker', async ({ page }) => {
  await page.goto('/?example=three-tier.json');
  await expect(page.getByTestId('results.status')).toHaveText('current');
  await page.getByTestId('library.open').click();
  await page.getByTestId('examples.card.bridge-network').click();
  await expect(page.getByTestId('results.status')).toHaveText('current');
  await expect(page.getByTestId('results.reliability')).toHaveAttribute('data-value', /^0\.9784/);
  const reliability = Number(
    await page.getByTestId('results.reliability').getAttribute('data-value'),
  );
  expect(reliability).toBeCloseTo(0.97848, 5);
});

test('at 1280×720 the mean availability and the B10 life match the engine, the first row in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?example=three-tier.json');
  await expect(page.getByTestId('results.status')).toHaveText('current');
  const expected = expectedFor('three-tier.json');
  const mean = page.getByTestId('results.metric.meanAvailability');
  expect(Number(await mean.getAttribute('data-value'))).toBe(expected.points[0]!.meanAvailability);
  await expect(mean).toContainText('%');
  const b10 = page.getByTestId('results.metric.bLife.b10');
  expect(Number(await b10.getAttribute('data-value'))).toBeCloseTo(expected.bLife!.b10!, 6);
  // The figures added sit inside existing cards: the first row of cards keeps its place.
  for (const id of [
    'results.availability',
    'results.reliability',
    'results.metric.meanAvailability',
  ]) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
  }
});
