/**
 * Warnings from the engine and the validator. A warning about a block names it as a button that
 * selects the block in the diagram.
 */
import type { AnalysisWarning, DesignIssue } from '../../src/index.ts';
import './results.css';

interface WarningListProps {
  readonly warnings: readonly AnalysisWarning[];
  /** The validator's warnings about the design (shown with their field path). */
  readonly designWarnings: readonly DesignIssue[];
  readonly onSelectBlock: (blockId: string) => void;
}

export function WarningList({ warnings, designWarnings, onSelectBlock }: WarningListProps) {
  const count = warnings.length + designWarnings.length;
  if (count === 0) return null;
  return (
    <section className="results-section" aria-labelledby="results-warnings-heading">
      <h3 id="results-warnings-heading">
        Warnings <span className="results-count">{count}</span>
      </h3>
      <ul className="results-warnings" data-testid="results.warnings">
        {warnings.map((w, i) => (
          <li key={`a${i}`}>
            {w.block !== undefined && (
              <button
                type="button"
                className="results-link"
                onClick={() => onSelectBlock(w.block ?? '')}
                data-testid={`results.warning.${w.block}`}
              >
                {w.block}
              </button>
            )}{' '}
            {w.message}
          </li>
        ))}
        {designWarnings.map((w, i) => (
          <li key={`d${i}`}>
            {w.path !== '' && <code>{w.path}</code>} {w.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
