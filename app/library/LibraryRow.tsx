/**
 * One design in the library menu: open it (its name), rename in place (Enter keeps, Escape
 * cancels), duplicate, delete; a damaged entry says so and offers its raw text.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { LibraryItem } from './types.ts';
import { MAX_NAME_LENGTH } from './designStore.ts';

export interface LibraryRowProps {
  readonly item: LibraryItem;
  readonly current: boolean;
  readonly onOpen: (id: string) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
  readonly onExportRaw: (item: LibraryItem) => void;
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Mar 3, 2026, 14:02", or "" for an unknown time. */
function formatWhen(ms: number): string {
  return ms > 0 && Number.isFinite(ms) ? WHEN.format(ms) : '';
}

export function LibraryRow({
  item,
  current,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
  onExportRaw,
}: LibraryRowProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(item.name);
  /** True while the rename field is open: Enter, blur and Escape end it only once. */
  const activeRef = useRef(false);
  const wasEditing = useRef(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const { id, name, problem } = item;

  // Focus returns to "Rename" when the field closes, so the keyboard stays in the dialog.
  useEffect(() => {
    if (wasEditing.current && !editing) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const startEditing = (): void => {
    setDraft(name);
    activeRef.current = true;
    setEditing(true);
  };
  const finish = (keep: boolean): void => {
    if (!activeRef.current) return;
    activeRef.current = false;
    setEditing(false);
    if (keep && draft.trim() !== '' && draft.trim() !== name) onRename(id, draft);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    }
  };

  return (
    <li className={`lib-row${current ? ' lib-current' : ''}`} data-testid={`library.row.${id}`}>
      {editing ? (
        <form
          className="lib-rename"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            finish(true);
          }}
        >
          <input
            // Focus goes to the field the user just asked to edit.
            autoFocus
            value={draft}
            maxLength={MAX_NAME_LENGTH}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKey}
            onBlur={() => finish(true)}
            aria-label={`New name for ${name}`}
            data-own-escape
            data-testid={`library.rename-input.${id}`}
          />
          <button type="submit" className="lib-button lib-primary">
            Save
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="lib-open"
          onClick={() => onOpen(id)}
          aria-current={current ? 'true' : undefined}
          data-testid={`library.item.${id}`}
        >
          <span className="lib-name" data-testid="library.name">
            {name}
          </span>
          <span className="lib-muted lib-when">
            {problem !== null ? 'damaged: cannot be opened' : formatWhen(item.updatedAt)}
            {current && ' · open'}
          </span>
        </button>
      )}
      <div className="lib-row-actions">
        {problem !== null && (
          <button
            type="button"
            className="lib-button"
            onClick={() => onExportRaw(item)}
            data-testid={`library.export-raw.${id}`}
          >
            Raw text
          </button>
        )}
        {problem === null && !editing && (
          <>
            <button
              ref={renameButton}
              type="button"
              className="lib-button"
              onClick={startEditing}
              aria-label={`Rename ${name}`}
              data-testid={`library.rename.${id}`}
            >
              Rename
            </button>
            <button
              type="button"
              className="lib-button"
              onClick={() => onDuplicate(id)}
              aria-label={`Duplicate ${name}`}
              data-testid={`library.duplicate.${id}`}
            >
              Duplicate
            </button>
          </>
        )}
        <button
          type="button"
          className="lib-button lib-danger"
          onClick={() => onDelete(id)}
          aria-label={`Delete ${name}`}
          data-testid={`library.delete.${id}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
