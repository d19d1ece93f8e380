/**
 * "Deleted “X”. Undo" — shown after a design is moved to the trash, until undone or dismissed
 * (no timer: the user decides; the trash in the library menu also restores it this session).
 */
import './library.css';

export interface UndoToastProps {
  /** The design just deleted; nothing is shown when null. */
  readonly deleted: { readonly name: string } | null;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

export function UndoToast({ deleted, onUndo, onDismiss }: UndoToastProps) {
  // The live region stays mounted so screen readers announce the message when it appears.
  return (
    <div className="lib-toast-region" role="status" aria-live="polite">
      {deleted !== null && (
        <div className="lib-toast" data-testid="library.toast">
          <span>
            Deleted “<span className="lib-name">{deleted.name}</span>”.
          </span>
          <button
            type="button"
            className="lib-button lib-primary"
            onClick={onUndo}
            data-testid="library.undo"
          >
            Undo
          </button>
          <button
            type="button"
            className="lib-button lib-icon"
            onClick={onDismiss}
            aria-label="Dismiss"
            data-testid="library.toast.close"
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
