/** axe-core scans of the main screen in its main states: no serious or critical violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/fixtures.ts';

async function scan(page: Page, state: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) =>
      `${state}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
        .join('\n  ')}`,
  );
  expect(report).toEqual([]);
}

test('the editor has no serious or critical accessibility violations', async ({
  page,
  editor,
  inspector,
  results,
}) => {
  // Four full axe scans: slow on a loaded machine, so the budget is generous.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await scan(page, 'design');
  await editor.select('db');
  await expect(inspector.field('quantity')).toBeVisible();
  await scan(page, 'block selected');
  await inspector.fill('mtbf', 'nonsense');
  await expect(inspector.error('mtbf')).toBeVisible();
  await scan(page, 'invalid field');
  await editor.press('Escape');
  const fit = page.getByTestId('toolbar.fit');
  await expect(fit).toBeVisible({ timeout: 30_000 });
  await fit.focus();
  await editor.press('?');
  await expect(page.getByTestId('help.dialog')).toBeVisible();
  await scan(page, 'help');
  await editor.screenshot('help');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help.dialog')).toBeHidden();
  await page.getByTestId('results.tab.simulation').click();
  await page.getByTestId('simulation.trials').selectOption('1000');
  await page.getByTestId('simulation.run').click();
  await expect(page.getByTestId('simulation.status')).toHaveText('done', { timeout: 60_000 });
  await scan(page, 'monte carlo');
});

test('the main screen is usable from the keyboard alone', async ({ page, editor, results }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  // Tab reaches the catalogue; Enter adds a type after the selection (none: after the start).
  await page.getByTestId('catalogue.search').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', /^catalogue\./);
  const before = (await editor.getDesign()).diagram.nodes.length;
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await editor.getDesign()).diagram.nodes.length).toBe(before + 1);
  await editor.press('Control+z');
  await expect.poll(async () => (await editor.getDesign()).diagram.nodes.length).toBe(before);
  await editor.screenshot('keyboard-1280');
});
