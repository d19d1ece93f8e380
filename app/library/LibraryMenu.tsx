/**
 * The library menu: a button showing the current design's name that opens a modal dialog with
 * every stored design (open, rename, duplicate, delete), "New design", this session's trash
 * (restore) and, optionally, the example gallery. Keyboard: Tab cycles inside the dialog,
 * Escape closes it and focus returns to the button.
 */
import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { LibraryItem } from './types.ts';
import { LibraryRow } from './LibraryRow.tsx';
import { useModalFocus } from './useModalFocus.ts';
import './library.css';

export interface LibraryMenuProps {
  readonly items: readonly LibraryItem[];
  readonly trash: readonly LibraryItem[];
  readonly currentId: string | null;
  /** Shown on the button that opens the menu. */
  readonly currentName: string;
  readonly onOpen: (id: string) => void;
  readonly onCreate: () => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
  readonly onRestore: (id: string) => void;
  readonly onExportRaw: (item: LibraryItem) => void;
  /** Called when the menu opens (e.g. to refresh the list). */
  readonly onShow?: (() => void) | undefined;
  /** Extra content under the list, given a function that closes the menu (the gallery). */
  readonly renderGallery?: ((close: () => void) => ReactNode) | undefined;
}

export function LibraryMenu(props: LibraryMenuProps) {
  const { items, trash, currentId, currentName, onShow, renderGallery } = props;
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const close = (): void => setOpen(false);
  useModalFocus(ref, open, close);

  const show = (): void => {
    setOpen(true);
    onShow?.();
  };
  const openDesign = (id: string): void => {
    close();
    if (id !== currentId) props.onOpen(id);
  };
  const create = (): void => {
    close();
    props.onCreate();
  };

  return (
    <>
      <button
        type="button"
        className="lib-button lib-menu-button"
        onClick={show}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="library.open"
      >
        <span className="lib-muted">Design:</span>{' '}
        <span className="lib-name" data-testid="library.current">
          {currentName}
        </span>{' '}
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="lib-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
          <div
            ref={ref}
            className="lib-dialog lib-menu"
            role="dialog"
            aria-modal="true"
            aria-labelledby={titleId}
            data-testid="library.dialog"
          >
            <header className="lib-dialog-header">
              <h2 id={titleId}>Your designs</h2>
              <button
                type="button"
                className="lib-button lib-primary"
                onClick={create}
                data-testid="library.new"
              >
                New design
              </button>
              <button
                type="button"
                className="lib-button lib-icon"
                onClick={close}
                aria-label="Close"
                data-testid="library.close"
              >
                ×
              </button>
            </header>
            <p className="lib-muted lib-hint">
              Designs are saved in this browser as you edit. Export a file to keep a copy elsewhere.
            </p>
            {items.length === 0 ? (
              <p className="lib-muted">No designs yet.</p>
            ) : (
              <ul className="lib-list" aria-label="Designs" data-testid="library.list">
                {items.map((item) => (
                  <LibraryRow
                    key={item.id}
                    item={item}
                    current={item.id === currentId}
                    onOpen={openDesign}
                    onRename={props.onRename}
                    onDuplicate={props.onDuplicate}
                    onDelete={props.onDelete}
                    onExportRaw={props.onExportRaw}
                  />
                ))}
              </ul>
            )}
            {trash.length > 0 && (
              <section
                aria-label="Recently deleted"
                className="lib-trash"
                data-testid="library.trash"
              >
                <h3>Recently deleted</h3>
                <p className="lib-muted lib-hint">Restorable until you leave or reload the page.</p>
                <ul className="lib-list">
                  {trash.map((item) => (
                    <li key={item.id} className="lib-row">
                      <span className="lib-name" data-testid="library.trash.name">
                        {item.name}
                      </span>
                      <button
                        type="button"
                        className="lib-button"
                        onClick={() => props.onRestore(item.id)}
                        aria-label={`Restore ${item.name}`}
                        data-testid={`library.restore.${item.id}`}
                      >
                        Restore
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {renderGallery?.(close)}
          </div>
        </div>
      )}
    </>
  );
}
