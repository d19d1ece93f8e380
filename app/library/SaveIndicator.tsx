/**
 * "Saved" / "Saving…" / "Not saved: …" next to the design name, with where designs are kept
 * (in its tooltip; in its text when it is local storage); warns when storage is memory.
 */
import type { SaveStatus } from './autosave.ts';
import './library.css';

export interface SaveIndicatorProps {
  readonly status: SaveStatus;
  /** Where designs are kept; 'memory' shows a warning that work is lost on reload. */
  readonly storageKind?: 'indexeddb' | 'localstorage' | 'memory' | null | undefined;
}

const LABELS = {
  idle: 'Saved',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
} as const;

/** Where the designs are kept, said in the indicator's tooltip (and its text when unusual). */
const PLACES = {
  indexeddb: 'Designs are kept in this browser (IndexedDB).',
  localstorage:
    "Designs are kept in this browser's local storage: IndexedDB is not available here, and local storage holds less.",
  memory: 'This browser refuses storage: designs live only in this tab and are lost on reload.',
} as const;

export function SaveIndicator({ status, storageKind = null }: SaveIndicatorProps) {
  const memory = storageKind === 'memory';
  const place = storageKind === null ? null : PLACES[storageKind];
  const title = [status.state === 'error' ? status.message : null, place]
    .filter((t) => t !== null)
    .join(' ');
  return (
    <span
      className={`lib-save lib-save-${memory ? 'error' : status.state}`}
      role="status"
      data-testid="library.save-status"
      data-state={status.state}
      data-storage={storageKind ?? undefined}
      title={title === '' ? undefined : title}
    >
      {memory ? 'Not kept: this browser blocks storage' : LABELS[status.state]}
      {storageKind === 'localstorage' && <span className="lib-save-place"> · local storage</span>}
      {status.state === 'error' && status.message !== null && !memory && (
        <span className="lib-visually-hidden">: {status.message}</span>
      )}
    </span>
  );
}
