/**
 * Journey: a generated 1000-block design opens, an edit in the inspector shows on its node, undo
 * and a deletion on the canvas work, and the whole design can be laid out and seen. The times
 * of each step are reported (annotation and log) but not asserted: this suite runs on busy
 * machines; speed is measured by the benchmarks.
 */
import { test, expect } from './fixtures/fixtures.ts';
import { createBenchmarkDesign } from '../src/testing/benchmarkDesigns.ts';

test('a 1000-block design loads and stays responsive', async ({
  page,
  editor,
  inspector,
  results,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto('three-tier.json');
  const design = createBenchmarkDesign(1000, 7);
  const started = Date.now();
  await editor.importDesign(design, 'large.json');
  await expect(page.getByTestId('library.current')).toHaveText(/Generated 1000-block design/);
  await expect(editor.canvas.locator('.rbd-block').first()).toBeVisible();
  const loadMs = Date.now() - started;
  await results.waitCurrent(60_000);
  await editor.screenshot('large-design');
  const blocks = (await editor.getDesign()).diagram.nodes.filter((n) => n.kind === 'block').length;
  expect(blocks).toBeGreaterThanOrEqual(1000);

  // Find a plain block in view and change its number of units.
  const target = await page.evaluate(() => {
    const d = window.rbdStudio!.getDesign();
    const plain = d.diagram.nodes.find(
      (n) =>
        n.kind === 'block' &&
        n.quantity === undefined &&
        n.repeatOf === undefined &&
        document.querySelector(`[data-testid="editor.node.${n.id}"]`) !== null,
    );
    return plain?.id ?? null;
  });
  expect(target).not.toBeNull();
  await editor.select(target!);
  await expect(inspector.field('quantity')).toBeVisible();
  let t0 = Date.now();
  await inspector.fill('quantity', '3');
  await expect(page.getByTestId(`editor.node.${target!}.rule`)).toHaveText('1 of 3');
  const editMs = Date.now() - t0;

  // Undo from the keyboard on the canvas.
  await editor.select(target!);
  t0 = Date.now();
  await editor.press('Control+z');
  await expect(page.getByTestId(`editor.node.${target!}.rule`)).toHaveCount(0);
  const undoMs = Date.now() - t0;

  // Delete a block.
  t0 = Date.now();
  await editor.press('Delete');
  await expect(editor.node(target!)).toHaveCount(0);
  const deleteMs = Date.now() - t0;

  // Pan with the scroll wheel: frames keep coming.
  t0 = Date.now();
  for (let i = 0; i < 10; i++) await page.mouse.wheel(120, 0);
  const panMs = Date.now() - t0;

  test.info().annotations.push({
    type: 'timings',
    description: `load ${loadMs} ms, edit ${editMs} ms, undo ${undoMs} ms, delete ${deleteMs} ms, 10 wheel pans ${panMs} ms`,
  });
  console.warn(test.info().annotations.at(-1)?.description);
  await results.waitCurrent(60_000);
  await editor.screenshot('large-design-edited');

  // The whole design in view: nodes turn into plain shapes tinted by criticality.
  await editor.fit();
  await expect(editor.canvas.locator('.rbd-block.is-far').first()).toBeVisible();
  await editor.screenshot('large-design-overview');

  // Auto layout runs in elk's worker and lands as one undo step.
  const revision = await editor.getRevision();
  t0 = Date.now();
  await page.getByTestId('toolbar.layout').click();
  await expect.poll(() => editor.getRevision(), { timeout: 90_000 }).toBe(revision + 1);
  console.warn(`elk layout of the large design: ${Date.now() - t0} ms`);
  await expect(editor.canvas.locator('.rbd-block').first()).toBeVisible();
  await editor.screenshot('large-design-layout');
});
