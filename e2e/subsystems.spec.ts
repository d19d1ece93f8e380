/**
 * Journey: group a selection (box select) into a subsystem, drill down with the breadcrumb, come
 * back with Escape, reuse the subsystem from the catalogue; figures are unchanged by grouping.
 */
import { test, expect } from './fixtures/fixtures.ts';

test('group, open, leave and reuse a subsystem', async ({ page, editor, inspector, results }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  const availability = await results.value('availability');

  // Box-select the two load balancers by dragging on the empty canvas around them.
  const a = await editor.node('lb1').boundingBox();
  const b = await editor.node('lb2').boundingBox();
  await page.mouse.move(a!.x - 20, a!.y - 20);
  await page.mouse.down();
  await page.mouse.move(b!.x + b!.width / 2, b!.y + b!.height / 2, { steps: 4 });
  await page.mouse.move(b!.x + b!.width + 20, b!.y + b!.height + 20, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('inspector.selection')).toContainText('2 nodes selected');
  await inspector.fill('subsystemName', 'front end');
  await page.getByTestId('inspector.selection.group').click();
  await expect(editor.node('front-end')).toBeVisible();
  await expect(editor.node('lb1')).toHaveCount(0);
  await results.waitCurrent();
  expect(await results.value('availability')).toBeCloseTo(availability!, 14);

  // Drill down and back.
  await page.getByTestId('editor.node.front-end.open').click();
  await expect(page.getByTestId('editor.breadcrumb')).toContainText('front-end (front-end)');
  await expect(editor.node('lb1')).toBeVisible();
  await editor.screenshot('subsystem-open');
  await editor.press('Escape');
  await expect(editor.node('front-end')).toBeVisible();

  // Reuse it: a second copy in series after the database.
  await editor.select('db');
  await page.getByTestId('catalogue.subsystem.front-end').click();
  await expect(editor.node('front-end1')).toBeVisible();
  await results.waitCurrent();
  expect(await results.value('availability')).toBeLessThan(availability!);
  await editor.screenshot('subsystem-reused');
});
