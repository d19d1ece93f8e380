/** "Saved" / "Saving…" / "Not saved: …" next to the design name; warns when storage is memory. */
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

export function SaveIndicator({ status, storageKind = null }: SaveIndicatorProps) {
  const memory = storageKind === 'memory';
  return (
    <span
      className={`lib-save lib-save-${memory ? 'error' : status.state}`}
      role="status"
      data-testid="library.save-status"
      data-state={status.state}
      title={status.message ?? undefined}
    >
      {memory ? 'Not kept: this browser blocks storage' : LABELS[status.state]}
      {status.state === 'error' && status.message !== null && !memory && (
        <span className="lib-visually-hidden">: {status.message}</span>
      )}
    </span>
  );
}
