/**
 * "Copy results": copies a plain-text summary and says whether it worked. When the clipboard is
 * not available, the summary is shown in a text box to copy by hand.
 */
import { useEffect, useState } from 'react';
import { copyText } from './clipboard.ts';
import './results.css';

interface CopyResultsButtonProps {
  /** Builds the text when the button is pressed. */
  readonly getText: () => string;
}

type CopyState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'copied' }
  | { readonly kind: 'failed'; readonly text: string };

const FEEDBACK_MS = 2500;

export function CopyResultsButton({ getText }: CopyResultsButtonProps) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    const text = getText();
    void copyText(text).then((ok) => setState(ok ? { kind: 'copied' } : { kind: 'failed', text }));
  };
  return (
    <div className="results-copy">
      <button type="button" className="results-button" onClick={copy} data-testid="results.copy">
        Copy results
      </button>
      <span className="results-copy-feedback" role="status" aria-live="polite">
        {state.kind === 'copied' ? 'Copied' : state.kind === 'failed' ? 'Copy by hand:' : ''}
      </span>
      {state.kind === 'failed' && (
        <div className="results-copy-fallback">
          <textarea
            readOnly
            value={state.text}
            rows={10}
            aria-label="Results summary"
            data-testid="results.copyText"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className="results-button"
            onClick={() => setState({ kind: 'idle' })}
          >
            Close
          </button>
        </div>
      )}
    </div>
  );
}
