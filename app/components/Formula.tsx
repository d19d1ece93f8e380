/**
 * A formula typeset with KaTeX. The TeX is the app's own text with numbers put in (never user
 * text), rendered to HTML; `aria-label` carries the plain reading for screen readers. Used by
 * the plan and learn views (both lazily loaded, so KaTeX stays out of the main chunk).
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';
import { formatTexNumber } from '../../src/index.ts';

/** A number for TeX: formatted as everywhere, its group commas kept tight (`{,}`). */
export function tex(value: number | null, digits = 4): string {
  return formatTexNumber(value, digits);
}

interface Props {
  readonly tex: string;
  /** The formula in words, for screen readers and tests. */
  readonly label: string;
  /** The view's own class for its layout (`plan-formula`). */
  readonly className?: string;
  readonly testId?: string;
}

export function Formula({ tex, label, className, testId }: Props) {
  const html = useMemo(
    () => katex.renderToString(tex, { throwOnError: false, displayMode: true, output: 'html' }),
    [tex],
  );
  return (
    <div
      className={className === undefined ? 'formula' : `formula ${className}`}
      role="img"
      aria-label={label}
      data-testid={testId}
      // A long formula scrolls sideways; the keyboard reaches it too.
      tabIndex={0}
      // KaTeX's HTML of our own TeX (numbers formatted by us), not of user input.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
