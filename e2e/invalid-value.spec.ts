/**
 * Journey: an invalid value shows why beside its field (aria-invalid, aria-describedby) and
 * changes nothing: not the design, not its revision, not the figures.
 */
import { test, expect } from './fixtures/fixtures.ts';

const CASES: readonly (readonly [string, string, RegExp])[] = [
  ['mtbf', 'abc', /unknown name "abc"/],
  ['mtbf', '5 kg', /is not a time/],
  ['mtbf', '-5', /must be > 0/],
  ['mttr', '30 minutes +', /invalid expression/],
  ['quantity', '2.5', /not a whole number/],
  ['required', '9', /must be at most 4/],
];

test('invalid values show their reason and are not applied', async ({
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
  const design = await editor.getDesign();
  const revision = await editor.getRevision();
  const availability = await results.value('availability');

  for (const [field, text, message] of CASES) {
    await inspector.fill(field, text);
    const input = inspector.field(field);
    await expect(inspector.error(field)).toHaveText(message);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    const errorId = await inspector.error(field).getAttribute('id');
    await expect(input).toHaveAttribute(
      'aria-describedby',
      new RegExp(errorId!.replace(/[:]/g, '\\:')),
    );
    if (field === 'mtbf') {
      await inspector.error(field).scrollIntoViewIfNeeded();
      await editor.screenshot('error');
    }
    await input.press('Escape');
    await expect(inspector.error(field)).toHaveCount(0);
  }

  expect(await editor.getRevision()).toBe(revision);
  expect(await editor.getDesign()).toEqual(design);
  await expect(results.status).toHaveText('current');
  expect(await results.value('availability')).toBe(availability);

  // A valid expression is applied and its value shown.
  await inspector.fill('mtbf', '3 years');
  await expect(inspector.value('mtbf')).toContainText('26,298 h');
  await expect.poll(() => editor.getRevision()).toBe(revision + 1);
});
