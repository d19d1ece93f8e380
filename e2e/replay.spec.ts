/**
 * The replay of a simulated history: run Monte Carlo on the three-tier example, open its bad
 * year, play and pause, step by keyboard, scrub, see a block change state on the diagram and in
 * the timeline, and see the cut set that holds the system down during an outage. Every wait is
 * for a state, never for a time.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/fixtures.ts';

test('the bad year of a run replays on the diagram, the timeline and the log', async ({
  page,
  editor,
  results,
  simulation,
  replay,
}) => {
  test.setTimeout(120_000);
  await replay.openThreeTierBadYear({ editor, results, simulation });
  await expect(page).toHaveURL(/#view=replay/);
  await expect(replay.banner).toContainText('bad year');
  await expect(page.getByTestId('replay.placement')).toContainText('more downtime than');
  await expect(replay.lamp).toHaveAttribute('data-state', 'up');
  expect(await replay.getEventIndex()).toBe(0);

  // Play, then pause: the playhead has moved on.
  await replay.play.click();
  await expect(replay.play).toHaveAccessibleName(/Pause/);
  await expect.poll(() => replay.getEventIndex()).toBeGreaterThan(0);
  await replay.play.click();
  await expect(replay.play).toHaveAccessibleName(/Play/);

  // Step by keyboard on the playhead slider: Home, then → event by event.
  await replay.slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => replay.getEventIndex()).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => replay.getEventIndex()).toBeGreaterThan(0);
  const afterOne = await replay.getEventIndex();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => replay.getEventIndex()).toBeGreaterThan(afterOne);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => replay.getEventIndex()).toBe(afterOne);
  await expect(replay.slider).toHaveAttribute(
    'aria-valuetext',
    /^day \d+ \d\d:\d\d, system (up|down)$/,
  );

  // Scrub: press on the middle of the track, drag to its end; the log and the playhead follow.
  const horizon = Number(await replay.slider.getAttribute('aria-valuemax'));
  const box = (await replay.slider.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect
    .poll(async () => Number(await replay.slider.getAttribute('aria-valuenow')))
    .toBeGreaterThan(horizon * 0.4);
  await expect(page.getByTestId('replay.log').locator('[aria-current="true"]')).toBeVisible();
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(async () => Number(await replay.slider.getAttribute('aria-valuenow')))
    .toBeGreaterThan(horizon * 0.95);
  await expect.poll(() => replay.getEventIndex()).toBeGreaterThan(afterOne);

  // The first outage (N): the system is down, a block shows it in words and in its lane, and
  // the cut set that did it is named.
  await page.keyboard.press('Home');
  await page.keyboard.press('n');
  await expect(replay.lamp).toHaveAttribute('data-state', 'down');
  await expect(replay.lamp).toContainText('DOWN');
  const down = page.locator('[data-testid^="replay.node."]:not([data-state="up"])');
  await expect(down.first()).toBeVisible();
  const id = ((await down.first().getAttribute('data-testid')) ?? '').replace('replay.node.', '');
  await expect(page.getByTestId(`replay.badge.${id}`)).not.toHaveText(/^running/);
  await expect(replay.lane(id)).not.toHaveAttribute('data-segments', '0');
  await expect(replay.lane('system')).not.toHaveAttribute('data-segments', '0');
  await expect(page.getByTestId('replay.cut-set').first()).toContainText(id);
  await expect(replay.node(id)).toHaveClass(/in-cut/);

  // After the outage the block is back: step to the next system change.
  await page.keyboard.press('Shift+ArrowRight');
  await expect(replay.lamp).toHaveAttribute('data-state', 'up');
  await expect(page.getByTestId('replay.why')).toBeHidden();

  // No serious or critical accessibility violations in the view, during an outage.
  await page.keyboard.press('Home');
  await page.keyboard.press('n');
  await expect(replay.lamp).toHaveAttribute('data-state', 'down');
  const scan = await new AxeBuilder({ page }).include('[data-testid="replay.view"]').analyze();
  const bad = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([]);

  for (const [w, h] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    await page.keyboard.press('Home');
    await page.keyboard.press('n');
    await expect(replay.lamp).toHaveAttribute('data-state', 'down');
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `e2e/.screenshots/replay-${w}.png` });
  }
});
