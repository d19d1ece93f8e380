import { describe, expect, it } from 'vitest';
import type { DesignFile } from '../../src/index.ts';
import {
  DESIGN_PREFIX,
  JOURNAL_KEY,
  LAST_OPENED_KEY,
  copyName,
  createDesignLibrary,
} from './designStore.ts';
import type { DesignLibrary } from './designStore.ts';
import { createEmptyDesign } from '../../src/index.ts';
import { createMemoryStorage, createWebStorage } from './storage.ts';
import type { KeyValueStorage, SyncStorage } from './storage.ts';

/** A Web Storage stand-in (Map-backed). */
class FakeWebStorage implements Storage {
  private readonly data = new Map<string, string>();
  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  setItem(key: string, value: string): void {
    this.data.set(key, String(value));
  }
}

function setup(
  storage: KeyValueStorage = createMemoryStorage(),
  journal: SyncStorage | null = null,
) {
  let t = 1000;
  let n = 0;
  const library = createDesignLibrary({
    storage,
    journal,
    now: () => (t += 10),
    newId: () => `id${++n}`,
  });
  return { library, storage };
}

const named = (name: string): DesignFile => createEmptyDesign(name);

async function names(library: DesignLibrary): Promise<string[]> {
  return (await library.list()).items.map((i) => i.name);
}

describe('createDesignLibrary', () => {
  it('creates, lists (most recently changed first) and opens designs', async () => {
    const { library } = setup();
    const a = await library.create(named('Alpha'));
    await library.create(named('Beta'));
    expect(await names(library)).toEqual(['Beta', 'Alpha']);
    const opened = await library.open(a.id);
    expect(opened.ok && opened.file).toEqual(named('Alpha'));
    await library.save(a.id, { ...named('Alpha'), missionTime: 100 });
    expect(await names(library)).toEqual(['Alpha', 'Beta']);
  });

  it('saves the whole file, takes the name from it, and skips identical writes', async () => {
    const { library } = setup();
    const { id } = await library.create(named('Alpha'));
    const changed = { ...named('Renamed in editor'), missionTime: 42 };
    expect(await library.save(id, changed)).toBe('saved');
    expect(await library.save(id, changed)).toBe('unchanged');
    const opened = await library.open(id);
    expect(opened.ok && opened.file).toEqual(changed);
    expect(await names(library)).toEqual(['Renamed in editor']);
  });

  it('renames the entry and the design inside it; a blank name is refused', async () => {
    const { library } = setup();
    const { id } = await library.create(named('Alpha'));
    expect((await library.rename(id, '  Gamma  '))?.name).toBe('Gamma');
    const opened = await library.open(id);
    expect(opened.ok && opened.file.name).toBe('Gamma');
    expect(await library.rename(id, '   ')).toBeNull();
    expect(await library.rename('nope', 'x')).toBeNull();
  });

  it('duplicates with "(copy)" names that do not collide', async () => {
    const { library } = setup();
    const { id } = await library.create({ ...named('Alpha'), missionTime: 7 });
    const first = await library.duplicate(id);
    const second = await library.duplicate(id);
    expect(first?.name).toBe('Alpha (copy)');
    expect(second?.name).toBe('Alpha (copy 2)');
    const copy = await library.open(first?.id ?? '');
    expect(copy.ok && copy.file).toEqual({ ...named('Alpha (copy)'), missionTime: 7 });
  });

  it('moves deleted designs to a trash restorable this session and emptied at the next start', async () => {
    const { library, storage } = setup();
    const a = await library.create(named('Alpha'));
    await library.create(named('Beta'));
    await library.setLastOpened(a.id);
    expect(await library.remove(a.id)).toBe(true);
    expect(await library.remove(a.id)).toBe(false);
    expect(await library.getLastOpened()).toBeNull();
    expect((await library.list()).trash.map((i) => i.name)).toEqual(['Alpha']);
    expect((await library.open(a.id)).ok).toBe(false);
    expect(await library.save(a.id, named('Alpha'))).toBe('missing');
    expect(await library.restore(a.id)).toBe(true);
    expect((await names(library)).sort()).toEqual(['Alpha', 'Beta']);
    await library.remove(a.id);
    const next = createDesignLibrary({ storage });
    await next.init();
    expect(await next.list()).toMatchObject({ items: [{ name: 'Beta' }], trash: [] });
  });

  it('remembers the last opened design across instances over the same storage', async () => {
    const { library, storage } = setup();
    const { id } = await library.create(named('Alpha'));
    await library.setLastOpened(id);
    expect(await createDesignLibrary({ storage }).getLastOpened()).toBe(id);
    await storage.set(LAST_OPENED_KEY, { not: 'a string' });
    expect(await createDesignLibrary({ storage }).getLastOpened()).toBeNull();
  });

  it('reports damaged entries with their raw text instead of dropping them', async () => {
    const storage = createMemoryStorage([
      [`${DESIGN_PREFIX}notrecord`, 'just a string'],
      [`${DESIGN_PREFIX}notext`, { name: 'No text', createdAt: 1, updatedAt: 1 }],
      [
        `${DESIGN_PREFIX}badjson`,
        { name: 'Bad JSON', createdAt: 1, updatedAt: 2, text: '{"format":' },
      ],
      [
        `${DESIGN_PREFIX}baddesign`,
        {
          name: 'Bad design',
          createdAt: 1,
          updatedAt: 3,
          text: '{"format":"rbd-design","version":9}',
        },
      ],
    ]);
    const { library } = setup(storage);
    await library.init();
    const listed = await library.list();
    expect(listed.items).toHaveLength(4);
    const byId = new Map(listed.items.map((i) => [i.id, i]));
    expect(byId.get('notrecord')?.problem?.raw).toBe('just a string');
    expect(byId.get('notext')?.problem?.issues[0]?.message).toMatch(/no design text/);
    expect(byId.get('badjson')?.problem).toBeNull();

    const badJson = await library.open('badjson');
    expect(badJson).toMatchObject({ ok: false, name: 'Bad JSON', raw: '{"format":' });
    expect(!badJson.ok && badJson.issues[0]?.message).toMatch(/not valid JSON at line 1/);
    const badDesign = await library.open('baddesign');
    expect(!badDesign.ok && badDesign.issues.map((i) => i.path)).toContain('version');
    // Once found damaged, the list says so.
    expect((await library.list()).items.find((i) => i.id === 'baddesign')?.problem).not.toBeNull();

    // Deleting a damaged entry keeps its raw text in the trash.
    expect(await library.remove('notrecord')).toBe(true);
    const trashed = (await library.list()).trash[0];
    expect(trashed?.id).toBe('notrecord');
    expect((await library.open('notrecord')).ok).toBe(false);
  });

  it('refuses to overwrite a version another tab wrote since this one read it', async () => {
    const { library, storage } = setup();
    const { id } = await library.create(named('Alpha'));
    const other = createDesignLibrary({ storage, now: () => 5000 });
    expect((await other.open(id)).ok).toBe(true);
    expect(await other.save(id, { ...named('Alpha'), description: 'theirs' })).toBe('saved');
    expect(await library.save(id, { ...named('Alpha'), description: 'mine' })).toBe('conflict');
    const stored = await library.open(id);
    expect(stored.ok && stored.file.description).toBe('theirs');
    // Once this tab has read the newer version, it may write again.
    expect(await library.save(id, { ...named('Alpha'), description: 'mine' })).toBe('saved');
  });

  it('knows the last opened design at once, before the asynchronous write lands', async () => {
    const web = new FakeWebStorage();
    const slow: KeyValueStorage = { ...createMemoryStorage(), set: () => new Promise(() => {}) };
    const { library } = setup(slow, web);
    void library.setLastOpened('id7');
    // A reload right now: a new library over the same storages.
    expect(await createDesignLibrary({ storage: slow, journal: web }).getLastOpened()).toBe('id7');
  });

  it('replays a newer crash journal at start and ignores a stale one', async () => {
    const web = new FakeWebStorage();
    const { library, storage } = setup(createMemoryStorage(), web);
    const { id } = await library.create(named('Alpha'));
    expect(library.journal(id, { ...named('Alpha edited'), missionTime: 5 })).toBe(true);
    const after = createDesignLibrary({ storage, journal: web });
    // It says which design came back, so the user can be told.
    expect(await after.init()).toBe('Alpha edited');
    const opened = await after.open(id);
    expect(opened.ok && opened.file).toEqual({ ...named('Alpha edited'), missionTime: 5 });
    expect(opened.ok && opened.meta.name).toBe('Alpha edited');
    expect(web.getItem(JOURNAL_KEY)).toBeNull();

    web.setItem(JOURNAL_KEY, JSON.stringify({ id, at: 1, text: '{"stale":true}' }));
    expect(await createDesignLibrary({ storage, journal: web }).init()).toBeNull();
    expect((await after.open(id)).ok).toBe(true);
    web.setItem(JOURNAL_KEY, 'not json');
    await createDesignLibrary({ storage, journal: web }).init();
    expect(web.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('keeps work when the storage stops taking writes: the journal is kept and read', async () => {
    const web = new FakeWebStorage();
    const memory = createMemoryStorage();
    let writable = true;
    const failing: KeyValueStorage = {
      ...memory,
      set: (key, value) =>
        writable ? memory.set(key, value) : Promise.reject(new Error('QuotaExceededError')),
    };
    const { library } = setup(failing, web);
    const { id } = await library.create(named('Alpha'));
    writable = false;
    const edited = { ...named('Alpha edited'), missionTime: 9 };
    await expect(library.save(id, edited)).rejects.toThrow('QuotaExceededError');
    expect(library.journal(id, edited)).toBe(true);
    // Next load: the storage still refuses; init does not fail, and the design reads as edited.
    const after = createDesignLibrary({ storage: failing, journal: web });
    expect(await after.init()).toBe('Alpha edited');
    const opened = await after.open(id);
    expect(opened.ok && opened.file).toEqual(edited);
    expect(web.getItem(JOURNAL_KEY)).not.toBeNull();
    // Once writes work again, a save lands and the journal is cleared.
    writable = true;
    expect(await after.save(id, { ...edited, missionTime: 10 })).toBe('saved');
    const reopened = await createDesignLibrary({ storage: failing, journal: web }).open(id);
    expect(reopened.ok && reopened.file.missionTime).toBe(10);
  });

  it('clears the journal once the same design is saved', async () => {
    const web = new FakeWebStorage();
    const { library } = setup(createMemoryStorage(), web);
    const { id } = await library.create(named('Alpha'));
    const edited = named('Alpha 2');
    library.journal(id, edited);
    await library.save(id, edited);
    expect(web.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('serialises concurrent operations so none is lost', async () => {
    const { library } = setup();
    const { id } = await library.create(named('Alpha'));
    await Promise.all([
      library.save(id, { ...named('Alpha'), missionTime: 1 }),
      library.rename(id, 'Omega'),
      library.duplicate(id),
    ]);
    const opened = await library.open(id);
    expect(opened.ok && opened.file).toEqual({ ...named('Omega'), missionTime: 1 });
    expect((await names(library)).sort()).toEqual(['Omega', 'Omega (copy)']);
  });

  it('passes storage failures to the caller', async () => {
    const storage = createMemoryStorage();
    const { library } = setup({
      ...storage,
      set: () => Promise.reject(new Error('QuotaExceededError')),
    });
    await expect(library.create(named('Alpha'))).rejects.toThrow('QuotaExceededError');
    // The queue keeps working after a failure.
    expect(await library.list()).toEqual({ items: [], trash: [] });
  });

  it('works over localStorage (the fallback), including values that are not JSON', async () => {
    const web = new FakeWebStorage();
    const { library } = setup(createWebStorage(web));
    const { id } = await library.create(named('Alpha'));
    expect(web.getItem(`rbd-studio:library:${DESIGN_PREFIX}${id}`)).toContain('Alpha');
    web.setItem(`rbd-studio:library:${DESIGN_PREFIX}broken`, '{oops');
    const listed = await library.list();
    expect(listed.items.find((i) => i.id === 'broken')?.problem?.raw).toBe('{oops');
  });
});

describe('copyName', () => {
  it('adds "(copy)", then numbers, and does not stack suffixes', () => {
    expect(copyName('A', new Set())).toBe('A (copy)');
    expect(copyName('A', new Set(['A (copy)']))).toBe('A (copy 2)');
    expect(copyName('A (copy)', new Set(['A (copy)']))).toBe('A (copy 2)');
  });
});
