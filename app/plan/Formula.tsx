/**
 * A formula typeset with KaTeX. The TeX is the planner's own text with numbers put in (never
 * user text), rendered to HTML; `aria-label` carries the plain reading for screen readers.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';
import { formatNumber } from '../../src/index.ts';

/** A number for TeX: formatted as everywhere, its group commas kept tight (`{,}`). */
export function tex(value: number | null, digits = 4): string {
  return formatNumber(value, digits).replaceAll(',', '{,}').replace('—', '\\text{—}');
}

interface Props {
  readonly tex: string;
  /** The formula in words, for screen readers and tests. */
  readonly label: string;
}

export function Formula({ tex, label }: Props) {
  const html = useMemo(
    () => katex.renderToString(tex, { throwOnError: false, displayMode: true, output: 'html' }),
    [tex],
  );
  return (
    <div
      className="plan-formula"
      role="img"
      aria-label={label}
      // A long formula scrolls sideways; the keyboard reaches it too.
      tabIndex={0}
      // KaTeX's HTML of our own TeX (numbers formatted by us), not of user input.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
