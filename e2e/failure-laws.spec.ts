/**
 * Journey: a component type is switched to the gamma, log-logistic and three-parameter Weibull
 * laws in the inspector. Each law's fields come from its field specs, a switch keeps the mean
 * life, range errors show beside the field, and the figures follow the law (no long-run figures
 * for an infinite mean life).
 */
import { test, expect } from './fixtures/fixtures.ts';
import type { EditorPage } from './fixtures/EditorPage.ts';

async function appFailure(editor: EditorPage): Promise<unknown> {
  return (await editor.getDesign()).components.find((c) => c.id === 'app')?.failure;
}

test('a type switches to the gamma, log-logistic and Weibull laws', async ({
  page,
  editor,
  inspector,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await editor.select('apps');
  await expect(inspector.field('mtbf')).toHaveValue('20000');
  const availability = await results.value('availability');

  // Gamma with k = 1 and θ = the MTBF is the same law: the same figures.
  let revision = await editor.getRevision();
  await inspector.choose('failureLaw', 'gamma');
  await expect(inspector.field('shape')).toHaveValue('1');
  await expect(inspector.field('scale')).toHaveValue('20000');
  await expect.poll(() => editor.getRevision()).toBe(revision + 1);
  await results.waitCurrent();
  expect(await results.value('availability')).toBe(availability);

  // k = 2 doubles the mean life: fewer failures.
  await inspector.fill('shape', '2');
  await expect
    .poll(() => appFailure(editor))
    .toEqual({
      distribution: 'gamma',
      shape: 2,
      scale: 20000,
    });
  await results.waitCurrent();
  expect(await results.value('availability')).toBeGreaterThan(availability!);
  await inspector.fill('shape', '-1');
  await expect(inspector.error('shape')).toHaveText(/must be > 0/);
  await inspector.field('shape').press('Escape');

  // Log-logistic with β ≤ 1: an infinite mean life, so no long-run figures.
  await inspector.choose('failureLaw', 'loglogistic');
  await expect(inspector.field('scale')).toBeVisible();
  revision = await editor.getRevision();
  await inspector.fill('shape', '0.8');
  await expect.poll(() => editor.getRevision()).toBe(revision + 1);
  await results.waitCurrent();
  expect(await results.value('availability')).toBeNull();
  await editor.screenshot('failure-laws-loglogistic');

  // Weibull: the location γ is optional; emptied, it is left out of the file.
  await inspector.choose('failureLaw', 'weibull');
  await inspector.fill('location', '1 year');
  await expect(inspector.value('location')).toContainText('8,766 h');
  await expect.poll(() => appFailure(editor)).toMatchObject({ location: '1 year' });
  await inspector.fill('location', '');
  await expect.poll(() => appFailure(editor)).not.toHaveProperty('location');
  await results.waitCurrent();
  expect(await results.value('availability')).not.toBeNull();
});
