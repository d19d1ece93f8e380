/**
 * Import (file input), export (download) and share (copy a link) of the current design, with a
 * visible confirmation of the last action. The link is also shown in a read-only field, so it
 * can be copied by hand where the clipboard is not allowed.
 */
import { useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { ShareLink } from './fileIo.ts';
import './library.css';

export interface ImportExportButtonsProps {
  /** A file was chosen (validate it; on failure show the problems and change nothing). */
  readonly onImport: (file: File) => void;
  /** Downloads the current design; returns the file name (shown in the confirmation). */
  readonly onExport: () => string | null;
  /** Makes the share link of the current design. */
  readonly onShare: () => ShareLink;
  /** Copies text to the clipboard; default `navigator.clipboard.writeText`. */
  readonly copyText?: ((text: string) => Promise<void>) | undefined;
  readonly disabled?: boolean | undefined;
}

type Feedback =
  | { readonly kind: 'none' }
  | { readonly kind: 'info' | 'error'; readonly message: string; readonly url: string | null };

function defaultCopy(text: string): Promise<void> {
  if (typeof navigator === 'undefined' || navigator.clipboard === undefined) {
    return Promise.reject(new Error('clipboard unavailable'));
  }
  return navigator.clipboard.writeText(text);
}

export function ImportExportButtons({
  onImport,
  onExport,
  onShare,
  copyText = defaultCopy,
  disabled = false,
}: ImportExportButtonsProps) {
  const [feedback, setFeedback] = useState<Feedback>({ kind: 'none' });
  const urlRef = useRef<HTMLInputElement>(null);

  const chooseFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again still reports it.
    event.target.value = '';
    if (file !== undefined) {
      setFeedback({ kind: 'none' });
      onImport(file);
    }
  };

  const exportFile = (): void => {
    const name = onExport();
    if (name !== null) setFeedback({ kind: 'info', message: `Exported “${name}”`, url: null });
  };

  const share = (): void => {
    const link = onShare();
    if (!link.ok) {
      setFeedback({ kind: 'error', message: `Cannot share: ${link.message}`, url: null });
      return;
    }
    copyText(link.url).then(
      () => setFeedback({ kind: 'info', message: 'Link copied to the clipboard', url: link.url }),
      () => {
        setFeedback({ kind: 'info', message: 'Copy the link below', url: link.url });
        requestAnimationFrame(() => urlRef.current?.select());
      },
    );
  };

  return (
    <div className="lib-io" role="group" aria-label="Design file">
      <label className={`lib-button lib-file${disabled ? ' lib-disabled' : ''}`}>
        Import…
        <input
          type="file"
          accept=".json,application/json"
          className="lib-visually-hidden"
          onChange={chooseFile}
          disabled={disabled}
          data-testid="design.import"
        />
      </label>
      <button
        type="button"
        className="lib-button"
        onClick={exportFile}
        disabled={disabled}
        data-testid="design.export"
      >
        Export
      </button>
      <button
        type="button"
        className="lib-button"
        onClick={share}
        disabled={disabled}
        data-testid="design.share"
      >
        Share link
      </button>
      {/* A popover under the buttons, so the top bar's layout never moves; the live region
          stays mounted so screen readers announce each confirmation. */}
      <div
        className={`lib-io-pop${feedback.kind === 'none' ? '' : ' lib-open-pop'}`}
        onKeyDown={(e) => e.key === 'Escape' && setFeedback({ kind: 'none' })}
      >
        <p
          className={`lib-io-status${feedback.kind === 'error' ? ' lib-error-text' : ''}`}
          role="status"
          data-testid="design.io.status"
        >
          {feedback.kind === 'none' ? '' : feedback.message}
        </p>
        {feedback.kind !== 'none' && feedback.url !== null && (
          <input
            ref={urlRef}
            className="lib-share-url"
            readOnly
            value={feedback.url}
            aria-label="Share link"
            onFocus={(e) => e.currentTarget.select()}
            data-testid="design.share.url"
          />
        )}
        {feedback.kind !== 'none' && (
          <button
            type="button"
            className="lib-button lib-icon"
            onClick={() => setFeedback({ kind: 'none' })}
            aria-label="Dismiss"
            data-testid="design.io.dismiss"
          >
            ×
          </button>
        )}
      </div>
    </div>
  );
}
