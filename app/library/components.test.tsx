// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExampleGallery } from './ExampleGallery.tsx';
import { ImportExportButtons } from './ImportExportButtons.tsx';
import { IssueDialog } from './IssueDialog.tsx';
import { LibraryMenu } from './LibraryMenu.tsx';
import type { LibraryMenuProps } from './LibraryMenu.tsx';
import type { LibraryItem } from './types.ts';
import { UndoToast } from './UndoToast.tsx';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>';

function item(id: string, name: string, extra: Partial<LibraryItem> = {}): LibraryItem {
  return {
    id,
    name,
    createdAt: 1,
    updatedAt: 1_700_000_000_000,
    deletedAt: null,
    problem: null,
    ...extra,
  };
}

function menu(overrides: Partial<LibraryMenuProps> = {}) {
  const props: LibraryMenuProps = {
    items: [item('a', 'Alpha'), item('b', HOSTILE)],
    trash: [item('t', 'Old', { deletedAt: 5 })],
    currentId: 'a',
    currentName: 'Alpha',
    onOpen: vi.fn(),
    onCreate: vi.fn(),
    onRename: vi.fn(),
    onDuplicate: vi.fn(),
    onDelete: vi.fn(),
    onRestore: vi.fn(),
    onExportRaw: vi.fn(),
    ...overrides,
  };
  render(<LibraryMenu {...props} />);
  return props;
}

describe('IssueDialog', () => {
  it('renders paths and messages as text, never as markup', () => {
    const onClose = vi.fn();
    render(
      <IssueDialog
        problem={{
          title: `“${HOSTILE}” cannot be opened`,
          issues: [
            { severity: 'error', code: 'wrong-type', path: 'components[0].name', message: HOSTILE },
          ],
          raw: null,
        }}
        onClose={onClose}
      />,
    );
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent(HOSTILE);
    expect(dialog.querySelector('img')).toBeNull();
    expect(screen.getByText('components[0].name')).toBeInTheDocument();
    expect(screen.getByTestId('design.issues.close')).toHaveFocus();
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('offers the raw text of a damaged entry', async () => {
    const onDownloadRaw = vi.fn();
    const raw = { text: '{oops', fileName: 'x.json' };
    render(
      <IssueDialog
        problem={{ title: 't', issues: [], raw }}
        onClose={vi.fn()}
        onDownloadRaw={onDownloadRaw}
      />,
    );
    await userEvent.click(screen.getByTestId('design.issues.raw'));
    expect(onDownloadRaw).toHaveBeenCalledWith(raw);
  });

  it('renders nothing without a problem', () => {
    const { container } = render(<IssueDialog problem={null} onClose={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('LibraryMenu', () => {
  it('opens as a modal dialog from the keyboard and returns focus on Escape', async () => {
    const user = userEvent.setup();
    menu();
    const trigger = screen.getByTestId('library.open');
    trigger.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Your designs' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(screen.getByTestId('library.item.b')).toHaveTextContent(HOSTILE);
    expect(dialog.querySelector('img')).toBeNull();
    expect(screen.getByTestId('library.item.a')).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    menu();
    await user.click(screen.getByTestId('library.open'));
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 20; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('opens another design and closes', async () => {
    const user = userEvent.setup();
    const props = menu();
    await user.click(screen.getByTestId('library.open'));
    await user.click(screen.getByTestId('library.item.b'));
    expect(props.onOpen).toHaveBeenCalledWith('b');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('renames in place: Enter keeps, Escape cancels without closing the dialog', async () => {
    const user = userEvent.setup();
    const props = menu();
    await user.click(screen.getByTestId('library.open'));
    await user.click(screen.getByTestId('library.rename.a'));
    const input = screen.getByTestId('library.rename-input.a');
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.keyboard('Beta{Enter}');
    expect(props.onRename).toHaveBeenCalledExactlyOnceWith('a', 'Beta');
    expect(screen.getByTestId('library.rename.a')).toHaveFocus();

    await user.click(screen.getByTestId('library.rename.a'));
    await user.keyboard('zzz{Escape}');
    expect(props.onRename).toHaveBeenCalledOnce();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('creates, duplicates, deletes and restores', async () => {
    const user = userEvent.setup();
    const props = menu();
    await user.click(screen.getByTestId('library.open'));
    await user.click(screen.getByTestId('library.duplicate.a'));
    await user.click(screen.getByTestId('library.delete.b'));
    await user.click(screen.getByTestId('library.restore.t'));
    expect(props.onDuplicate).toHaveBeenCalledWith('a');
    expect(props.onDelete).toHaveBeenCalledWith('b');
    expect(props.onRestore).toHaveBeenCalledWith('t');
    await user.click(screen.getByTestId('library.new'));
    expect(props.onCreate).toHaveBeenCalledOnce();
  });

  it('marks a damaged entry and offers its raw text', async () => {
    const user = userEvent.setup();
    const damaged = item('d', 'Broken', { problem: { issues: [], raw: 'x' } });
    const props = menu({ items: [damaged] });
    await user.click(screen.getByTestId('library.open'));
    expect(screen.getByTestId('library.item.d')).toHaveTextContent('damaged');
    expect(screen.queryByTestId('library.rename.d')).toBeNull();
    await user.click(screen.getByTestId('library.export-raw.d'));
    expect(props.onExportRaw).toHaveBeenCalledWith(damaged);
  });
});

describe('ImportExportButtons', () => {
  const link = { ok: true as const, url: 'http://h/#design=abc' };

  it('copies the share link and confirms it', async () => {
    const copyText = vi.fn(() => Promise.resolve());
    render(
      <ImportExportButtons
        onImport={vi.fn()}
        onExport={() => 'a.json'}
        onShare={() => link}
        copyText={copyText}
      />,
    );
    await userEvent.click(screen.getByTestId('design.share'));
    expect(copyText).toHaveBeenCalledWith(link.url);
    expect(await screen.findByText('Link copied to the clipboard')).toBeVisible();
    expect(screen.getByTestId('design.share.url')).toHaveValue(link.url);
    await userEvent.click(screen.getByTestId('design.export'));
    expect(screen.getByTestId('design.io.status')).toHaveTextContent('Exported “a.json”');
  });

  it('shows the link for copying by hand when the clipboard refuses, and explains refusals', async () => {
    const copyText = vi.fn(() => Promise.reject(new Error('denied')));
    const { rerender } = render(
      <ImportExportButtons
        onImport={vi.fn()}
        onExport={() => null}
        onShare={() => link}
        copyText={copyText}
      />,
    );
    await userEvent.click(screen.getByTestId('design.share'));
    expect(await screen.findByText('Copy the link below')).toBeVisible();
    rerender(
      <ImportExportButtons
        onImport={vi.fn()}
        onExport={() => null}
        onShare={() => ({ ok: false, message: 'too large' })}
        copyText={copyText}
      />,
    );
    await userEvent.click(screen.getByTestId('design.share'));
    expect(screen.getByTestId('design.io.status')).toHaveTextContent('Cannot share: too large');
  });

  it('passes the chosen file on and clears the input', async () => {
    const onImport = vi.fn();
    render(<ImportExportButtons onImport={onImport} onExport={() => null} onShare={() => link} />);
    const file = new File(['{}'], 'd.json', { type: 'application/json' });
    const input = screen.getByTestId<HTMLInputElement>('design.import');
    await userEvent.upload(input, file);
    expect(onImport).toHaveBeenCalledWith(file);
    expect(input.value).toBe('');
  });
});

describe('UndoToast and ExampleGallery', () => {
  it('shows the deleted name as text with an undo button', async () => {
    const onUndo = vi.fn();
    render(<UndoToast deleted={{ name: HOSTILE }} onUndo={onUndo} onDismiss={vi.fn()} />);
    expect(screen.getByTestId('library.toast')).toHaveTextContent(`Deleted “${HOSTILE}”.`);
    await userEvent.click(screen.getByTestId('library.undo'));
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('lists example cards and opens one by file name', async () => {
    const onOpen = vi.fn();
    const entries = [{ file: 'three-tier.json', name: 'Three-tier', summary: 'A web stack' }];
    render(<ExampleGallery onOpen={onOpen} entries={entries} />);
    await userEvent.click(screen.getByTestId('examples.card.three-tier'));
    expect(onOpen).toHaveBeenCalledWith('three-tier.json');
    expect(screen.getByText('A web stack')).toBeInTheDocument();
  });
});

describe('focus visibility', () => {
  it('keeps every control a real button or input (keyboard reachable)', async () => {
    menu();
    await userEvent.click(screen.getByTestId('library.open'));
    await waitFor(() => expect(screen.getByRole('dialog')).toBeInTheDocument());
    const controls = screen.getByRole('dialog').querySelectorAll('[data-testid^="library."]');
    for (const el of controls) {
      if (el.matches('ul, li, section, [role="dialog"], span')) continue;
      expect(`${el.getAttribute('data-testid')}: ${el.tagName}`).toMatch(/: (BUTTON|INPUT)$/);
    }
  });
});
