import { describe, expect, it, vi } from 'vitest';
import type { DesignFile } from '../../src/index.ts';
import { DESIGN_PREFIX, createDesignLibrary } from './designStore.ts';
import { createShareLink } from './fileIo.ts';
import type { DesignRead } from './fileIo.ts';
import { createEmptyDesign } from '../../src/index.ts';
import { consumedHref, startSession } from './startup.ts';
import { createMemoryStorage } from './storage.ts';

const example = createEmptyDesign('Example');

function setup(entries: Array<[string, unknown]> = []) {
  let n = 0;
  let t = 100;
  const library = createDesignLibrary({
    storage: createMemoryStorage(entries),
    newId: () => `id${++n}`,
    now: () => (t += 1),
  });
  const loadExample = vi.fn((file: string): Promise<DesignRead> =>
    Promise.resolve(
      file === 'good.json'
        ? { ok: true, file: example, warnings: [] }
        : {
            ok: false,
            issues: [{ severity: 'error', code: 'example', path: '', message: 'missing' }],
          },
    ),
  );
  const start = (href: string, firstRunExample: string | null = null) =>
    startSession({ library, href, loadExample, firstRunExample });
  return { library, loadExample, start };
}

function shareUrl(file: DesignFile): string {
  const link = createShareLink(file, 'http://h/app/?keep=1');
  if (!link.ok) throw new Error(link.message);
  return link.url;
}

describe('startSession', () => {
  it('opens a shared link as a new copy and removes it from the address', async () => {
    const { library, start } = setup();
    const outcome = await start(shareUrl(createEmptyDesign('Shared')));
    expect(outcome).toMatchObject({
      source: 'share',
      problem: null,
      cleanHref: 'http://h/app/?keep=1',
    });
    expect(outcome.file.name).toBe('Shared');
    expect(await library.getLastOpened()).toBe(outcome.meta.id);
  });

  it('reopens an identical example instead of adding another copy, and says so', async () => {
    const { library, start } = setup();
    const first = await start('http://h/?example=good.json');
    const again = await start('http://h/?example=good.json');
    expect(first.reused).toBe(false);
    expect(again).toMatchObject({ source: 'example', reused: true });
    expect(again.meta.id).toBe(first.meta.id);
    expect((await library.list()).items).toHaveLength(1);
    // Once the copy is edited, the example opens as a new copy again.
    await library.save(first.meta.id, { ...example, description: 'edited' });
    const third = await start('http://h/?example=good.json');
    expect(third.reused).toBe(false);
    expect((await library.list()).items).toHaveLength(2);
  });

  it('reports a bad link and falls back to the last design', async () => {
    const { library, start } = setup();
    const kept = await library.create(createEmptyDesign('Kept'));
    await library.setLastOpened(kept.id);
    const outcome = await start('http://h/#design=garbage!!');
    expect(outcome.source).toBe('last');
    expect(outcome.meta.id).toBe(kept.id);
    expect(outcome.problem?.title).toBe('The shared link cannot be opened');
    expect(outcome.cleanHref).toBe('http://h/');
    expect((await library.list()).items).toHaveLength(1);
  });

  it('opens ?example= as a new copy, keeping other parameters', async () => {
    const { start, loadExample } = setup();
    const outcome = await start('http://h/?a=1&example=good.json&b=2');
    expect(loadExample).toHaveBeenCalledWith('good.json');
    expect(outcome).toMatchObject({ source: 'example', cleanHref: 'http://h/?a=1&b=2' });
  });

  it('restores the last opened design, else the most recent', async () => {
    const { library, start } = setup();
    const a = await library.create(createEmptyDesign('A'));
    await library.create(createEmptyDesign('B'));
    await library.setLastOpened(a.id);
    expect((await start('http://h/')).meta.name).toBe('A');
    await library.setLastOpened(null);
    expect(await start('http://h/')).toMatchObject({ source: 'recent', meta: { name: 'B' } });
  });

  it('reports a damaged last design, keeps it, and opens the next one', async () => {
    const { library, start } = setup([
      [`${DESIGN_PREFIX}bad`, { name: 'Bad', createdAt: 1, updatedAt: 9e12, text: '{"x":' }],
    ]);
    await library.create(createEmptyDesign('Good'));
    await library.setLastOpened('bad');
    const outcome = await start('http://h/');
    expect(outcome.meta.name).toBe('Good');
    expect(outcome.problem?.title).toBe('The stored design “Bad” cannot be opened');
    expect(outcome.problem?.raw?.text).toBe('{"x":');
    expect((await library.list()).items.map((i) => i.name)).toContain('Bad');
  });

  it('opens the first-run example on an empty library, else a new design', async () => {
    expect((await setup().start('http://h/', 'good.json')).source).toBe('first-run');
    const fallback = await setup().start('http://h/', 'missing.json');
    expect(fallback).toMatchObject({ source: 'new', problem: null });
    expect(fallback.file).toEqual(createEmptyDesign());
  });
});

describe('consumedHref', () => {
  it('is null when there is nothing to remove', () => {
    expect(consumedHref('http://h/?x=1#section')).toBeNull();
    expect(consumedHref('http://h/#design=abc')).toBe('http://h/');
  });
});
