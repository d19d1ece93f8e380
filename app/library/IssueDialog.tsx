/**
 * The problems of a rejected file, link or stored design: path and message of each, always
 * rendered as text (a name such as `<img onerror=…>` shows as those characters). A modal alert
 * dialog; Escape or "Close" dismisses it. Damaged stored entries offer their raw text.
 */
import { useId, useRef } from 'react';
import type { ProblemReport } from './types.ts';
import { downloadText } from './fileIo.ts';
import { useModalFocus } from './useModalFocus.ts';
import './library.css';

/** Most issues listed; the rest are counted. */
const MAX_SHOWN = 100;

export interface IssueDialogProps {
  /** What to show; nothing is rendered when null. */
  readonly problem: ProblemReport | null;
  readonly onClose: () => void;
  /** Downloads the raw text; default: a text file download. */
  readonly onDownloadRaw?: ((raw: NonNullable<ProblemReport['raw']>) => void) | undefined;
}

export function IssueDialog({ problem, onClose, onDownloadRaw }: IssueDialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useModalFocus(ref, problem !== null, onClose);
  if (problem === null) return null;
  const { raw, issues } = problem;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const download = (): void => {
    if (raw === null) return;
    if (onDownloadRaw !== undefined) onDownloadRaw(raw);
    else downloadText(raw.text, raw.fileName, 'text/plain');
  };
  return (
    <div className="lib-backdrop">
      <div
        ref={ref}
        className="lib-dialog lib-issues"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        data-testid="design.issues"
      >
        <h2 id={titleId}>{problem.title}</h2>
        <p id={descriptionId} className="lib-muted">
          {errors === 1 ? '1 problem' : `${errors} problems`} found.{' '}
          {raw === null
            ? 'Nothing was changed.'
            : 'The entry stays in your library; download its raw text to inspect or repair it.'}
        </p>
        <ul className="lib-issue-list">
          {issues.slice(0, MAX_SHOWN).map((issue, i) => (
            <li
              key={i}
              className={`lib-issue lib-issue-${issue.severity}`}
              data-testid="design.issues.item"
            >
              <span className="lib-issue-severity">{issue.severity}</span>{' '}
              {issue.path !== '' && <code className="lib-issue-path">{issue.path}</code>}{' '}
              <span className="lib-issue-message">{issue.message}</span>
            </li>
          ))}
        </ul>
        {issues.length > MAX_SHOWN && (
          <p className="lib-muted">and {issues.length - MAX_SHOWN} more</p>
        )}
        <div className="lib-actions">
          {raw !== null && (
            <button
              type="button"
              className="lib-button"
              onClick={download}
              data-testid="design.issues.raw"
            >
              Download raw text
            </button>
          )}
          <button
            type="button"
            className="lib-button lib-primary"
            onClick={onClose}
            data-autofocus
            data-testid="design.issues.close"
          >
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
