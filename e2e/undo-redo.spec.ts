/**
 * Journey: every edit can be undone and redone, from the keyboard and the toolbar: deleting a
 * block, a drag (one step however long), a field typed in the inspector.
 */
import { test, expect } from './fixtures/fixtures.ts';

test('undo and redo deletions, moves and field edits', async ({
  page,
  editor,
  inspector,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  const original = await results.value('availability');

  // Delete a load balancer: one step back and forth.
  await editor.select('lb2');
  await editor.press('Delete');
  await expect(editor.node('lb2')).toHaveCount(0);
  await results.waitCurrent();
  expect(await results.value('availability')).toBeLessThan(original!);
  await editor.press('Control+z');
  await expect(editor.node('lb2')).toBeVisible();
  await results.waitCurrent();
  expect(await results.value('availability')).toBe(original);
  await editor.press('Control+Shift+z');
  await expect(editor.node('lb2')).toHaveCount(0);
  await editor.press('Control+z');
  await editor.press('Control+z');
  await expect(editor.node('lb2')).toBeVisible();
  await editor.press('Control+y');
  await expect(editor.node('lb2')).toHaveCount(0);
  await page.getByTestId('toolbar.undo').click();
  await expect(editor.node('lb2')).toBeVisible();

  // A drag is one undo step.
  const before = (await editor.getDesign()).diagram.ui?.['positions'] as Record<string, unknown>;
  const revision = await editor.getRevision();
  await editor.drag('db', 60, 90);
  const moved = (await editor.getDesign()).diagram.ui?.['positions'] as Record<string, unknown>;
  expect(moved['db']).not.toEqual(before['db']);
  expect(await editor.getRevision()).toBe(revision + 1);
  await editor.press('Control+z');
  const back = (await editor.getDesign()).diagram.ui?.['positions'] as Record<string, unknown>;
  expect(back['db']).toEqual(before['db']);

  // Typing in a field is one step; undo from the toolbar restores the figures.
  await editor.select('apps');
  await inspector.field('required').click();
  await inspector.field('required').press('Control+a');
  await page.keyboard.type('4');
  await expect(page.getByTestId('editor.node.apps.rule')).toHaveText('×4');
  await results.waitCurrent();
  expect(await results.value('availability')).toBeLessThan(original!);
  await page.getByTestId('toolbar.undo').click();
  await expect(page.getByTestId('editor.node.apps.rule')).toHaveText('3 of 4');
  await expect(inspector.field('required')).toHaveValue('3');
  await results.waitCurrent();
  expect(await results.value('availability')).toBe(original);
  await page.getByTestId('toolbar.redo').click();
  await expect(inspector.field('required')).toHaveValue('4');
  await editor.screenshot('undo-redo');
});

test('keyboard adds, copies and pastes, each one undo step', async ({ page, editor }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto('three-tier.json');
  const edges = async () =>
    (await editor.getDesign()).diagram.edges.map((e) => `${e.from}->${e.to}`).sort();
  const start = await edges();

  // B: the last used type (the design's first type here) in series after the selection.
  await editor.select('db');
  await editor.press('b');
  await expect(editor.node('lb3')).toBeVisible();
  expect(await edges()).toEqual(expect.arrayContaining(['db->lb3', 'lb3->out']));
  // P: in parallel with it; J: a junction joining both.
  await editor.press('p');
  await expect(editor.node('lb4')).toBeVisible();
  expect(await edges()).toEqual(expect.arrayContaining(['db->lb4', 'lb4->out']));
  await editor.select('lb3');
  await editor.select('lb4', { shift: true });
  await editor.press('j');
  await expect(page.getByTestId('editor.node.j1.rule')).toHaveText('1 of 2');

  // Copy, paste, duplicate.
  await editor.select('apps');
  await editor.press('Control+c');
  await editor.press('Control+v');
  await expect(editor.node('apps1')).toBeVisible();
  await editor.press('Control+d');
  await expect(editor.node('apps2')).toBeVisible();
  await editor.screenshot('keyboard-edits');

  for (let i = 0; i < 5; i++) await editor.press('Control+z');
  expect(await edges()).toEqual(start);
  await expect(editor.node('lb3')).toHaveCount(0);
});
