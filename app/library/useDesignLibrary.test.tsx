// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesignFile } from '../../src/index.ts';
import { installFlushOnHide } from './autosave.ts';
import type { Autosaver } from './autosave.ts';
import { createDesignLibrary } from './designStore.ts';
import type { DesignLibrary } from './designStore.ts';
import { downloadDesign } from './fileIo.ts';
import { LibraryBar } from './LibraryBar.tsx';
import { createEmptyDesign } from '../../src/index.ts';
import { createMemoryStorage } from './storage.ts';
import type { KeyValueStorage } from './storage.ts';
import { useDesignLibrary } from './useDesignLibrary.ts';

/** The app as A wires it, with a plain useState for the editor's design. */
function Harness({ library }: { library: Promise<DesignLibrary> }) {
  const [design, setDesign] = useState<DesignFile | null>(null);
  const [notice, setNotice] = useState('');
  const controller = useDesignLibrary({
    design,
    onLoad: (file) => setDesign(file),
    onNotice: setNotice,
    library,
    firstRunExample: null,
    autosaveDelayMs: 5,
  });
  return (
    <>
      <LibraryBar library={controller} designName={design?.name ?? ''} />
      <p data-testid="mission">{String(design?.missionTime ?? '')}</p>
      <p data-testid="notice">{notice}</p>
      <button type="button" onClick={() => setDesign((d) => d && { ...d, missionTime: 123 })}>
        edit
      </button>
    </>
  );
}

let storage: KeyValueStorage;
const fresh = (): DesignLibrary => createDesignLibrary({ storage });

async function mount(): Promise<void> {
  const library = fresh();
  await library.init();
  render(<Harness library={Promise.resolve(library)} />);
  await waitFor(() => expect(screen.getByTestId('design.export')).toBeEnabled());
}

function upload(name: string, text: string): void {
  const input = screen.getByTestId('design.import');
  fireEvent.change(input, {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });
}

beforeEach(() => {
  storage = createMemoryStorage();
  window.history.replaceState(null, '', '/');
});
afterEach(cleanup);

describe('useDesignLibrary', () => {
  it('starts with a new design and autosaves every change', async () => {
    await mount();
    expect(screen.getByTestId('library.current')).toHaveTextContent('Untitled design');
    await userEvent.click(screen.getByText('edit'));
    await waitFor(() =>
      expect(screen.getByTestId('library.save-status')).toHaveAttribute('data-state', 'saved'),
    );
    const { items } = await fresh().list();
    const opened = await fresh().open(items[0]?.id ?? '');
    expect(opened.ok && opened.file.missionTime).toBe(123);
  });

  it('restores the work after a remount (reload)', async () => {
    await mount();
    await userEvent.click(screen.getByText('edit'));
    await waitFor(() =>
      expect(screen.getByTestId('library.save-status')).toHaveAttribute('data-state', 'saved'),
    );
    cleanup();
    await mount();
    expect(screen.getByTestId('mission')).toHaveTextContent('123');
  });

  it('rejects an invalid import, shows its problems and changes nothing', async () => {
    await mount();
    const before = await fresh().list();
    upload('bad.json', '{"format": "rbd-design", "version": 1, "__proto__": {"polluted": 1}}');
    const dialog = await screen.findByTestId('design.issues');
    expect(dialog).toHaveTextContent('“bad.json” cannot be opened');
    expect(dialog).toHaveTextContent('__proto__');
    expect(await fresh().list()).toEqual(before);
    expect(screen.getByTestId('library.current')).toHaveTextContent('Untitled design');
    await userEvent.click(screen.getByTestId('design.issues.close'));
    expect(screen.queryByTestId('design.issues')).toBeNull();
  });

  it('imports a valid file as a new design and opens it', async () => {
    await mount();
    upload('ok.json', JSON.stringify(createEmptyDesign('Imported')));
    await waitFor(() =>
      expect(screen.getByTestId('library.current')).toHaveTextContent('Imported'),
    );
    expect((await fresh().list()).items.map((i) => i.name).sort()).toEqual([
      'Imported',
      'Untitled design',
    ]);
  });

  it('reopens a file imported twice instead of adding an identical copy, and says so', async () => {
    await mount();
    const text = JSON.stringify(createEmptyDesign('Twice'));
    upload('twice.json', text);
    await waitFor(() => expect(screen.getByTestId('library.current')).toHaveTextContent('Twice'));
    upload('twice.json', text);
    await waitFor(() =>
      expect(screen.getByTestId('notice')).toHaveTextContent('already in your library'),
    );
    expect((await fresh().list()).items.map((i) => i.name).sort()).toEqual([
      'Twice',
      'Untitled design',
    ]);
  });

  it('says which fields of an imported file were ignored', async () => {
    await mount();
    const file = createEmptyDesign('Odd');
    upload('odd.json', JSON.stringify({ ...file, colour: 'red' }));
    await waitFor(() =>
      expect(screen.getByTestId('notice')).toHaveTextContent(
        '“odd.json” opened with 1 warning: colour: unknown field "colour" ignored',
      ),
    );
  });

  it('deletes the current design with undo', async () => {
    const user = userEvent.setup();
    await mount();
    upload('ok.json', JSON.stringify(createEmptyDesign('Second')));
    await waitFor(() => expect(screen.getByTestId('library.current')).toHaveTextContent('Second'));
    await user.click(screen.getByTestId('library.open'));
    const row = screen
      .getAllByTestId(/^library\.item\./)
      .find((el) => el.textContent?.includes('Second'));
    const id = row?.getAttribute('data-testid')?.replace('library.item.', '') ?? '';
    await user.click(screen.getByTestId(`library.delete.${id}`));
    expect(await screen.findByTestId('library.toast')).toHaveTextContent('Deleted “Second”.');
    await waitFor(() =>
      expect(screen.getByTestId('library.current')).toHaveTextContent('Untitled design'),
    );
    await user.click(screen.getByTestId('library.undo'));
    await waitFor(() => expect(screen.getByTestId('library.current')).toHaveTextContent('Second'));
    expect((await fresh().list()).items).toHaveLength(2);
  });

  it('renames the current design in the editor too', async () => {
    const user = userEvent.setup();
    await mount();
    await user.click(screen.getByTestId('library.open'));
    const [row] = screen.getAllByTestId(/^library\.rename\./);
    if (row === undefined) throw new Error('no row');
    await user.click(row);
    await user.keyboard('{Control>}a{/Control}Renamed{Enter}');
    await waitFor(() => expect(screen.getByTestId('library.current')).toHaveTextContent('Renamed'));
  });

  it('opens a share link pasted into the address bar', async () => {
    await mount();
    const { createShareLink } = await import('./fileIo.ts');
    const link = createShareLink(createEmptyDesign('Linked'), window.location.href);
    if (!link.ok) throw new Error(link.message);
    act(() => {
      window.location.hash = new URL(link.url).hash;
    });
    await waitFor(() => expect(screen.getByTestId('library.current')).toHaveTextContent('Linked'));
    expect(window.location.hash).toBe('');
  });
});

describe('DOM helpers', () => {
  it('downloads a design through an object URL and a temporary link', () => {
    const create = vi.fn(() => 'blob:x');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    expect(downloadDesign(createEmptyDesign('Web / API'))).toBe('Web - API.json');
    expect(create).toHaveBeenCalledOnce();
    expect(click).toHaveBeenCalledOnce();
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('flushes the autosaver when the page is hidden or closed', () => {
    const flushOnExit = vi.fn();
    const remove = installFlushOnHide({ flushOnExit } as unknown as Autosaver);
    window.dispatchEvent(new Event('beforeunload'));
    window.dispatchEvent(new Event('pagehide'));
    expect(flushOnExit).toHaveBeenCalledTimes(2);
    remove();
    window.dispatchEvent(new Event('beforeunload'));
    expect(flushOnExit).toHaveBeenCalledTimes(2);
  });
});
