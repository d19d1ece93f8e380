/**
 * Warnings about the design, the report's one list: the validator's (with their field path) and
 * the engine's. A warning about a block names it as a button that selects the block.
 */
import type { ReportWarning } from '../../src/index.ts';
import './results.css';

interface WarningListProps {
  readonly warnings: readonly ReportWarning[];
  readonly onSelectBlock: (blockId: string) => void;
}

export function WarningList({ warnings, onSelectBlock }: WarningListProps) {
  if (warnings.length === 0) return null;
  return (
    <section className="results-section" aria-labelledby="results-warnings-heading">
      <h3 id="results-warnings-heading">
        Warnings <span className="results-count">{warnings.length}</span>
      </h3>
      <ul className="results-warnings" data-testid="results.warnings">
        {warnings.map((w, i) => (
          <li key={i}>
            {w.block !== undefined && (
              <button
                type="button"
                className="results-link"
                onClick={() => onSelectBlock(w.block ?? '')}
                data-testid={`results.warning.${w.block}`}
              >
                {w.block}
              </button>
            )}
            {w.path !== undefined && <code>{w.path}</code>} {w.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
