/**
 * Failure effects on the three-tier example: fail blocks by hand (by click and by keyboard) and
 * see the system lamp, the routes lost, the cut set that did it and the exact availability under
 * the condition; a k-of-n block one unit at a time; reset. Every wait is for a state.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/fixtures.ts';

/** "99.97%" → 0.9997. */
async function readPercent(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  return Number(text.replace('%', '')) / 100;
}

test('failing blocks by hand shows the system state, the lost routes, the cut set and the availability', async ({
  page,
  editor,
}) => {
  await editor.goto('three-tier.json');
  await page.getByTestId('view.replay').click();
  await page.getByTestId('replay.mode.effects').click();
  const lamp = page.getByTestId('effects.lamp');
  await expect(lamp).toHaveAttribute('data-state', 'up');
  await expect(lamp).toContainText('nothing failed by hand');
  const base = await readPercent(page, 'effects.base-availability');
  expect(base).toBeGreaterThan(0.9);
  await expect(page.getByTestId('effects.availability')).toHaveText(
    (await page.getByTestId('effects.base-availability').textContent())!,
  );

  // One load balancer failed by click: still up, its route lost, availability lower.
  await page.getByTestId('effects.node.lb1').click();
  await expect(page.getByTestId('effects.badge.lb1')).toHaveText('failed by hand');
  await expect(page.getByTestId('effects.node.lb1')).toHaveAttribute('data-route', 'lost');
  await expect(page.getByTestId('effects.node.lb2')).toHaveAttribute('data-route', 'working');
  await expect(lamp).toHaveAttribute('data-state', 'up');
  await expect.poll(() => readPercent(page, 'effects.availability')).toBeLessThan(base);
  await expect.poll(() => readPercent(page, 'effects.availability')).toBeGreaterThan(0.5);

  // The other by keyboard: the system goes down, for the cut set {lb1, lb2}; availability 0.
  await page.getByTestId('effects.node.lb2').focus();
  await page.keyboard.press('Enter');
  await expect(lamp).toHaveAttribute('data-state', 'down');
  await expect(lamp).toContainText('DOWN');
  await expect(page.getByTestId('effects.cut-set')).toHaveText(/\{lb1, lb2\}/);
  await expect(page.getByTestId('effects.availability')).toHaveText('0%');
  await expect(page.getByTestId('effects.node.lb1')).toHaveClass(/in-cut/);
  await expect(page.getByTestId('effects.node.apps')).toHaveAttribute('data-route', 'lost');
  await expect(page.locator('[data-testid="effects.edge"][data-route="working"]')).toHaveCount(0);
  const scan = await new AxeBuilder({ page }).include('[data-testid="replay.view"]').analyze();
  const bad = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([]);
  for (const [w, h] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `e2e/.screenshots/replay-effects-${w}.png` });
  }

  // Reset: everything back.
  await page.getByTestId('effects.reset').click();
  await expect(lamp).toHaveAttribute('data-state', 'up');
  await expect(page.getByTestId('effects.why')).toBeHidden();
  expect(await readPercent(page, 'effects.availability')).toBe(base);

  // The 3-of-4 application tier a unit at a time (Space on the focused block).
  const apps = page.getByTestId('effects.node.apps');
  await apps.focus();
  await page.keyboard.press(' ');
  await expect(page.getByTestId('effects.badge.apps')).toHaveText('degraded: 3 of 4 up');
  await expect(lamp).toHaveAttribute('data-state', 'up');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('effects.badge.apps')).toHaveText('failed by hand: 2 of 4 up');
  await expect(lamp).toHaveAttribute('data-state', 'down');
  await expect(page.getByTestId('effects.cut-set')).toHaveText(/\{apps\}/);
  await page.keyboard.press(' ');
  await expect(page.getByTestId('effects.badge.apps')).toHaveText('working (4 of 4)');
  await expect(lamp).toHaveAttribute('data-state', 'up');

  // The list's buttons do the same: one db unit of two, then restore it.
  await page.getByRole('button', { name: 'db: fail one unit' }).click();
  await expect(page.getByTestId('effects.badge.db')).toHaveText('degraded: 1 of 2 up');
  await expect.poll(() => readPercent(page, 'effects.availability')).toBeLessThan(base);
  await page.getByRole('button', { name: 'db: restore one unit' }).click();
  await expect(page.getByTestId('effects.badge.db')).toHaveText('working (2 of 2)');
});

test('a subsystem fails whole by one press and restores whole by the next (two-site)', async ({
  page,
  editor,
}) => {
  await editor.goto('two-site.json');
  await page.getByTestId('view.replay').click();
  await page.getByTestId('replay.mode.effects').click();
  const lamp = page.getByTestId('effects.lamp');
  await expect(lamp).toHaveAttribute('data-state', 'up');
  const base = await readPercent(page, 'effects.base-availability');

  // Site A whole: its four blocks held down, its route lost, the system still up on site B.
  const siteA = page.getByTestId('effects.node.site-a');
  await expect(siteA).toHaveAccessibleName(/Press to fail all 4 blocks in it/);
  await siteA.click();
  await expect(page.getByTestId('effects.badge.site-a')).toHaveText('4 of 4 blocks failed by hand');
  await expect(siteA).toHaveAttribute('data-route', 'lost');
  await expect(page.getByTestId('effects.node.site-b')).toHaveAttribute('data-route', 'working');
  await expect(lamp).toHaveAttribute('data-state', 'up');
  await expect(page.getByTestId('effects.block.site-a/apps')).toContainText(
    'failed by hand: 1 of 3 up',
  );
  await expect.poll(() => readPercent(page, 'effects.availability')).toBeLessThan(base);

  // Site B by keyboard: the system is down, for cut sets across both sites.
  await page.getByTestId('effects.node.site-b').focus();
  await page.keyboard.press('Enter');
  await expect(lamp).toHaveAttribute('data-state', 'down');
  await expect(page.getByTestId('effects.cut-set').first()).toHaveText(/site-a\/.*site-b\//);
  await expect(page.getByTestId('effects.availability')).toHaveText('0%');

  // Site A again: restored whole, the system up on it.
  await expect(siteA).toHaveAccessibleName(/Press to restore all 4 blocks in it/);
  await siteA.click();
  await expect(page.getByTestId('effects.badge.site-a')).toHaveText('all 4 blocks working');
  await expect(lamp).toHaveAttribute('data-state', 'up');
  await expect(page.getByTestId('effects.block.site-a/apps')).toContainText('3 of 3');
  await page.screenshot({ path: 'e2e/.screenshots/replay-effects-subsystem.png' });
});

test('during playback the paths that lost every working route are drawn dashed', async ({
  page,
  editor,
  results,
  simulation,
  replay,
}) => {
  test.setTimeout(120_000);
  await replay.openThreeTierBadYear({ editor, results, simulation });
  const edges = page.getByTestId('replay.edge');
  const working = page.locator('[data-testid="replay.edge"][data-route="working"]');
  await expect(replay.lamp).toHaveAttribute('data-state', 'up');
  await expect(working).toHaveCount(await edges.count());

  // An outage: no route works, every edge and block is off the routes, said in words.
  await replay.slider.focus();
  await page.keyboard.press('n');
  await expect(replay.lamp).toHaveAttribute('data-state', 'down');
  await expect(working).toHaveCount(0);
  await expect(replay.node('lb1')).toHaveAttribute('data-route', 'lost');
  await expect(replay.node('lb1')).toContainText('no working route');

  // Back up: the routes work again.
  await page.keyboard.press('Shift+ArrowRight');
  await expect(replay.lamp).toHaveAttribute('data-state', 'up');
  await expect.poll(() => working.count()).toBeGreaterThan(0);
  await page.screenshot({ path: 'e2e/.screenshots/replay-dead-paths.png' });

  // Event-paced: quiet stretches are squeezed and said in words while playing.
  await page.getByTestId('replay.pacing').click();
  await expect(page.getByTestId('replay.pacing')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('replay.speed')).toBeDisabled();
  const before = await replay.getEventIndex();
  await replay.play.click();
  await expect(page.getByTestId('replay.gap')).toHaveText(/^⋯ .+, no events ⋯$/);
  await expect.poll(() => replay.getEventIndex()).toBeGreaterThan(before);
  await replay.play.click();
  await expect(page.getByTestId('replay.gap')).toHaveText('');

  // Loop: from the last event, play runs past the end and on from the start.
  await page.getByTestId('replay.pacing').click();
  await page.getByTestId('replay.loop').click();
  await expect(page.getByTestId('replay.loop')).toHaveAttribute('aria-pressed', 'true');
  await replay.slider.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  const last = await replay.getEventIndex();
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await replay.play.click();
  await expect.poll(() => replay.getEventIndex()).toBeLessThan(last);
  await expect(replay.play).toHaveAccessibleName(/Pause/);
  await replay.play.click();
});
