/**
 * Design files in and out of the app (app/library): export then import gives an identical file;
 * a rejected file (several hostile variants) shows its problems and changes nothing; a share link
 * opens an identical copy. Needs the library wired into App.tsx (LibraryBar or its pieces).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/libraryPage.ts';
import type { LibraryPage } from './fixtures/libraryPage.ts';

const THREE_TIER = readFileSync('public/examples/three-tier.json', 'utf8');
const EXAMPLE = JSON.parse(THREE_TIER) as {
  name: string;
  components: Array<{ failure: Record<string, unknown> }>;
  diagram: { nodes: unknown[]; edges: unknown[] };
};
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

function withBadMtbf(): string {
  const bad = structuredClone(EXAMPLE);
  const first = bad.components[0];
  if (first !== undefined) first.failure = { distribution: 'exponential', mtbf: -5 };
  return JSON.stringify(bad);
}

/** Every hostile variant, with what its problem list must say. */
const HOSTILE_FILES: Array<{
  title: string;
  name: string;
  content: string | Buffer;
  says: RegExp;
}> = [
  {
    title: 'not JSON',
    name: 'notes.json',
    content: 'this is not json',
    says: /not valid JSON at line 1, column 1/,
  },
  {
    title: 'truncated JSON',
    name: 'cut.json',
    content: THREE_TIER.slice(0, 200),
    says: /unexpected end of file/,
  },
  {
    title: 'wrong format',
    name: 'drawio.json',
    content: '{"format":"drawio","version":1}',
    says: /format must be "rbd-design"/,
  },
  {
    title: 'bad values',
    name: 'bad.json',
    content: withBadMtbf(),
    says: /components\[0\]\.failure\.mtbf/,
  },
  {
    title: '__proto__ key',
    name: 'proto.json',
    content: `{"format":"rbd-design","version":1,"__proto__":{"polluted":true}}`,
    says: /"__proto__" is not allowed/,
  },
  {
    title: 'constructor.prototype keys',
    name: 'ctor.json',
    content: `{"format":"rbd-design","version":1,"ui":{"constructor":{"prototype":{"polluted":true}}}}`,
    says: /"prototype" is not allowed/,
  },
  {
    title: 'script in the file name and design name',
    name: `${HOSTILE_NAME}.json`,
    content: JSON.stringify({
      format: 'rbd-design',
      version: 1,
      name: HOSTILE_NAME,
      components: [],
      diagram: { nodes: [], edges: [] },
    }),
    says: /no start node/,
  },
  {
    title: '25 MB of junk',
    name: 'junk.json',
    content: Buffer.alloc(25 * 1024 * 1024, 0x7b),
    says: /at most 20\.0 MB\); it was not read/,
  },
];

/** What must not change when a file is rejected. */
async function snapshot(library: LibraryPage) {
  const names = await library.names();
  await library.closeMenu();
  return {
    names,
    current: await library.current.textContent(),
    file: (await library.exportDesign()).text,
  };
}

test('export then import gives an identical file', async ({ library, page }) => {
  await library.goto('three-tier.json');
  await expect(library.current).toHaveText(EXAMPLE.name);
  const first = await library.exportDesign();
  expect(first.name).toBe('Three-tier web service.json');
  const exported = JSON.parse(first.text) as typeof EXAMPLE;
  expect(exported.components).toEqual(EXAMPLE.components);
  expect(exported.diagram.nodes).toEqual(EXAMPLE.diagram.nodes);
  expect(exported.diagram.edges).toEqual(EXAMPLE.diagram.edges);

  // The file read back is the stored design exactly, so the library reopens it instead of
  // adding a second identical copy.
  await library.importFile(first.name, first.text);
  await expect(library.issues).toBeHidden();
  await expect(page.getByTestId('editor.notice')).toContainText(
    `“${EXAMPLE.name}” is already in your library, unchanged`,
  );
  expect(await library.names()).toEqual([EXAMPLE.name]);

  // With the original renamed, the same file makes a new design that exports byte for byte.
  await library.rename(EXAMPLE.name, 'Original');
  await library.closeMenu();
  await library.importFile(first.name, first.text);
  await expect(library.issues).toBeHidden();
  await expect(library.current).toHaveText(EXAMPLE.name);
  expect(await library.names()).toEqual(expect.arrayContaining([EXAMPLE.name, 'Original']));
  await library.closeMenu();
  const second = await library.exportDesign();
  expect(second.text).toBe(first.text);
});

test('a rejected file shows its problems and changes nothing', async ({ library, page }) => {
  // Many files, one of 25 MB: on a loaded machine this takes minutes, not the default minute.
  test.setTimeout(240_000);
  await library.goto('three-tier.json');
  const before = await snapshot(library);
  for (const bad of HOSTILE_FILES) {
    await test.step(bad.title, async () => {
      await library.importFile(bad.name, bad.content);
      await expect(library.issues).toBeVisible();
      await expect(library.issues).toContainText(bad.says);
      await expect(library.issues).toContainText('Nothing was changed.');
      await expect(page.locator('[onerror]')).toHaveCount(0);
      await library.closeIssues();
      expect(await snapshot(library)).toEqual(before);
    });
  }
  await expect(library.issues).toBeHidden();
  expect(
    await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')),
  ).toBe(false);
});

test('a design named with markup is shown as text', async ({ library, page }) => {
  await library.goto('three-tier.json');
  await library.importFile('named.json', JSON.stringify({ ...EXAMPLE, name: HOSTILE_NAME }));
  await expect(library.current).toHaveText(HOSTILE_NAME);
  expect(await library.names()).toContain(HOSTILE_NAME);
  await expect(page.locator('[onerror]')).toHaveCount(0);
  await library.closeMenu();
  const exported = await library.exportDesign();
  expect(exported.name).toBe('-img src=x onerror=alert(1)-.json');
});

test('a share link opens an identical copy', async ({ library, browser }) => {
  await library.goto('three-tier.json');
  const link = await library.shareLink();
  expect(link).toMatch(/#design=[A-Za-z0-9+$-]+$/);
  const original = await library.exportDesign();

  // A fresh browser context: another person's browser with an empty library.
  const context = await browser.newContext();
  const page = await context.newPage();
  const { LibraryPage } = await import('./fixtures/libraryPage.ts');
  const other = new LibraryPage(page);
  await page.goto(link);
  await other.ready();
  await expect(other.current).toHaveText(EXAMPLE.name);
  expect(new URL(page.url()).hash).toBe('');
  expect((await other.exportDesign()).text).toBe(original.text);
  // Reloading does not open the link again: the copy is in the library once.
  await page.reload();
  await other.ready();
  expect(await other.names()).toEqual([EXAMPLE.name]);
  await context.close();
});

test('a damaged share link is reported and the library still opens', async ({ library, page }) => {
  await page.goto('/#design=this-is-not-a-design');
  await expect(library.issues).toBeVisible();
  await expect(library.issues).toContainText('The shared link cannot be opened');
  await library.closeIssues();
  await library.ready();
});
