/**
 * Two tabs on one design never lose an edit without a word: a tab with nothing unsaved follows
 * the other tab's saves; a tab that could not hear the other (no BroadcastChannel) and then
 * edits keeps its version as a copy, and the other tab's version stays.
 */
import { expect, test } from './fixtures/libraryPage.ts';
import { LibraryPage } from './fixtures/libraryPage.ts';

const THREE_TIER = 'Three-tier web service';

test('a second tab follows the first tab’s saves', async ({ library, page, context }) => {
  await library.goto('three-tier.json');
  const other = new LibraryPage(await context.newPage());
  await other.goto(null);
  await expect(other.current).toHaveText(THREE_TIER);

  await page.getByTestId('inspector.field.description').fill('Written in the first tab');
  await expect(page.getByTestId('library.save-status')).toHaveAttribute('data-state', 'saved');
  await expect(other.page.getByTestId('inspector.field.description')).toHaveValue(
    'Written in the first tab',
  );
  await expect(other.page.getByTestId('editor.notice')).toContainText('changed in another tab');
});

test('a tab that could not hear the other keeps its edit as a copy', async ({
  library,
  page,
  context,
}) => {
  await library.goto('three-tier.json');
  const deaf = await context.newPage();
  await deaf.addInitScript(() => {
    // This tab hears nothing from the others: only the storage tells it.
    Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
  });
  const second = new LibraryPage(deaf);
  await second.goto(null);
  await expect(second.current).toHaveText(THREE_TIER);

  await page.getByTestId('inspector.field.description').fill('First tab’s version');
  await expect(page.getByTestId('library.save-status')).toHaveAttribute('data-state', 'saved');
  await deaf.getByTestId('inspector.field.description').fill('Second tab’s version');
  await expect(second.current).toHaveText(`${THREE_TIER} (edited in another tab)`);
  await expect(deaf.getByTestId('editor.notice')).toContainText('Your edits go on in');

  // Both versions are in the library: nothing was overwritten.
  await page.reload();
  await library.ready();
  const names = await library.names();
  expect(names).toContain(THREE_TIER);
  expect(names).toContain(`${THREE_TIER} (edited in another tab)`);
  await library.open(THREE_TIER);
  await expect(page.getByTestId('inspector.field.description')).toHaveValue('First tab’s version');
  await library.open(`${THREE_TIER} (edited in another tab)`);
  await expect(page.getByTestId('inspector.field.description')).toHaveValue('Second tab’s version');
});
