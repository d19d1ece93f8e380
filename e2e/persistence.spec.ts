/**
 * The design library keeps the user's work in the browser (app/library): a reload restores the
 * design being edited and the library; new, rename, duplicate and delete with undo work from the
 * keyboard-accessible menu. Needs the library wired into App.tsx (LibraryBar or its pieces).
 */
import { AUTOSAVE_DELAY_MS } from '../app/library/autosave.ts';
import { expect, test } from './fixtures/libraryPage.ts';

const THREE_TIER = 'Three-tier web service';
const BRIDGE = 'Bridge network (teaching)';

test('a reload keeps the work and reopens the last design', async ({ library, page }) => {
  await library.goto('three-tier.json');
  // The example parameter is consumed: a reload must not open a fresh copy again.
  await expect(page).toHaveURL((url) => !url.searchParams.has('example'));
  await library.rename(THREE_TIER, 'My service');
  await library.closeMenu();
  await expect(library.current).toHaveText('My service');
  await expect(page.getByTestId('library.save-status')).toHaveAttribute('data-state', /saved|idle/);
  const before = await library.exportDesign();

  await page.reload();
  await library.ready();
  await expect(library.current).toHaveText('My service');
  expect((await library.exportDesign()).text).toBe(before.text);
  expect(await library.names()).toEqual(['My service']);
});

test('an edit in the editor survives an immediate reload (autosave flush)', async ({
  library,
  page,
}) => {
  await library.goto('three-tier.json');
  // The design's own fields in the inspector (app/panels, shown when nothing is selected).
  const description = page.getByTestId('inspector.field.description');
  await description.fill('Edited just before the reload');
  await page.getByTestId('inspector.field.designName').fill('Edited service');
  await expect(library.current).toHaveText('Edited service');
  // Reload at once, inside the autosave debounce: the page-exit flush must keep the edit.
  await page.reload();
  await library.ready();
  await expect(library.current).toHaveText('Edited service');
  await expect(page.getByTestId('inspector.field.description')).toHaveValue(
    'Edited just before the reload',
  );
});

test('an edit survives a crash right after it, and the user is told it was recovered', async ({
  library,
  page,
}) => {
  // A crash fires no page-exit event: stop every pagehide, beforeunload and visibilitychange
  // listener of the app (registered first, these run first and end the dispatch).
  // The crash comes inside the autosave debounce, however slow the machine: once the flag is
  // set, the debounce's timer is never started, so the edit's write has not begun.
  await page.addInitScript((delay) => {
    const swallow = (event: Event) => event.stopImmediatePropagation();
    window.addEventListener('pagehide', swallow, true);
    window.addEventListener('beforeunload', swallow, true);
    document.addEventListener('visibilitychange', swallow, true);
    const flags = window as unknown as { holdAutosave?: boolean };
    const start = window.setTimeout.bind(window);
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
      flags.holdAutosave === true && ms === delay
        ? 0
        : start(handler, ms, ...rest)) as typeof window.setTimeout;
  }, AUTOSAVE_DELAY_MS);
  await library.goto('three-tier.json');
  await expect(page.getByTestId('library.save-status')).toHaveAttribute('data-state', /saved|idle/);
  await page.evaluate(() => {
    (window as unknown as { holdAutosave?: boolean }).holdAutosave = true;
  });
  await page.getByTestId('inspector.field.description').fill('Typed just before the crash');
  await expect(page.getByTestId('library.save-status')).toHaveAttribute('data-state', 'pending');
  // No exit event and no write: only the journal has the edit.
  await page.reload();
  await library.ready();
  await expect(page.getByTestId('inspector.field.description')).toHaveValue(
    'Typed just before the crash',
  );
  await expect(page.getByTestId('editor.notice')).toContainText('Unsaved work in');
});

test('the design opened last is the one restored', async ({ library, page }) => {
  await library.goto('three-tier.json');
  await library.openMenu();
  await page.getByTestId('examples.card.bridge-network').click();
  await expect(library.current).toHaveText(BRIDGE);
  await page.reload();
  await library.ready();
  await expect(library.current).toHaveText(BRIDGE);

  await library.open(THREE_TIER);
  await page.reload();
  await library.ready();
  await expect(library.current).toHaveText(THREE_TIER);
});

test('new, rename, duplicate, delete with undo', async ({ library, page }) => {
  await library.goto('three-tier.json');
  await library.openMenu();
  await page.getByTestId('library.new').click();
  await expect(library.current).toHaveText('Untitled design');

  await library.rename('Untitled design', 'Scratch');
  await expect(library.current).toHaveText('Scratch');
  await library.duplicate('Scratch');
  await expect(library.item('Scratch (copy)')).toBeVisible();
  expect((await library.names()).sort()).toEqual(['Scratch', 'Scratch (copy)', THREE_TIER].sort());

  // Delete another design, then undo.
  await library.remove('Scratch (copy)');
  await expect(library.item('Scratch (copy)')).toHaveCount(0);
  await page.getByTestId('library.undo').click();
  await expect(page.getByTestId('library.toast')).toHaveCount(0);
  await expect(library.item('Scratch (copy)')).toBeVisible();

  // Delete the open design: another one opens; undo brings it back and reopens it.
  await library.remove('Scratch');
  await expect(library.current).not.toHaveText('Scratch');
  await page.getByTestId('library.undo').click();
  await expect(library.current).toHaveText('Scratch');

  // The trash restores this session; a reload empties it.
  await library.remove('Scratch (copy)');
  await page.getByTestId('library.toast.close').click();
  await library.openMenu();
  await expect(page.getByTestId('library.trash')).toContainText('Scratch (copy)');
  await page.reload();
  await library.ready();
  expect((await library.names()).sort()).toEqual(['Scratch', THREE_TIER].sort());
  await expect(page.getByTestId('library.trash')).toHaveCount(0);
});

test('the menu works from the keyboard', async ({ library, page }) => {
  await library.goto('three-tier.json');
  const trigger = page.getByTestId('library.open');
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(library.dialog).toBeVisible();
  await expect(library.dialog).toHaveAttribute('role', 'dialog');
  // Focus stays inside the dialog.
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    expect(await library.dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  // A visible focus ring on the focused control.
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement as Element).outlineStyle,
  );
  expect(outline).not.toBe('none');
  await page.keyboard.press('Escape');
  await expect(library.dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});
