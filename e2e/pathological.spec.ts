/**
 * Designs the exact engine cannot or can barely solve: it answers quickly or refuses with the
 * reason, and the app stays usable meanwhile (the design can be edited, nothing is lost).
 */
import { test, expect } from './fixtures/fixtures.ts';
import {
  block,
  createDesignJson,
  createLatticeJson,
  exponential,
} from '../src/testing/designFiles.ts';

test('a structure too large to solve exactly is refused with the reason, and editing goes on', async ({
  page,
  editor,
  results,
}) => {
  test.setTimeout(120_000);
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await editor.importDesign(createLatticeJson(20, 20));
  await expect(page.getByTestId('library.current')).toHaveText(/20 × 20 lattice/);
  // The reason first, with the way out.
  const refusal = page.getByTestId('results.refusal');
  await expect(refusal).toContainText('too large to solve exactly', { timeout: 60_000 });
  await results.waitCurrent(60_000);
  // No number is made up: the availability is not shown as a figure.
  await expect(page.getByTestId('results.availability')).toHaveAttribute('data-value', '');
  // The page still takes edits, and the edit is kept in the design.
  const description = page.getByTestId('inspector.field.description');
  await description.fill('still editable');
  await expect.poll(async () => (await editor.getDesign()).description).toBe('still editable');
  await editor.screenshot('pathological-lattice');
  await refusal.getByRole('button', { name: 'Simulate it with Monte Carlo' }).click();
  await expect(page.getByTestId('simulation.run')).toBeVisible();
});

test('one block of a million units in a 999,000-of-1,000,000 vote is answered exactly', async ({
  page,
  editor,
  results,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  const design = createDesignJson(
    [exponential('c', 1e7, 8)],
    [block('pool', 'c', { quantity: 1_000_000, required: 999_000 })],
    ['in>pool', 'pool>out'],
    { name: 'Million-unit pool' },
  );
  await editor.importDesign(design);
  await expect(page.getByTestId('library.current')).toHaveText(/Million-unit pool/);
  await results.waitCurrent(60_000);
  const availability = await results.value('availability');
  expect(availability).not.toBeNull();
  expect(availability!).toBeGreaterThan(0.999);
  expect(availability!).toBeLessThanOrEqual(1);
});
