/**
 * Zones and common-cause groups in plain words, right after the ranking: which alone take the
 * system down and how much of the downtime each explains, and the redundancy each defeats
 * (`shared-fate`). Each id is a button that selects the zone or group on the diagram.
 */
import type { AnalysisResult } from '../../src/index.ts';
import { getKindWord, getSharedFateLines } from './sharedFateText.ts';
import './results.css';
import './resultsTables.css';

interface SharedFateSectionProps {
  readonly result: AnalysisResult;
  readonly onSelectBlock: (blockId: string) => void;
}

export function SharedFateSection({ result, onSelectBlock }: SharedFateSectionProps) {
  const lines = getSharedFateLines(result);
  if (!result.blocks.some((b) => b.kind !== 'block')) return null;
  return (
    <section className="results-section" aria-labelledby="results-fate-heading">
      <h3 id="results-fate-heading">Zones and common causes</h3>
      <p className="results-hint">
        A zone or common-cause event takes all its members down at once: redundancy inside it does
        not help against it.
      </p>
      {lines.length === 0 ? (
        <p className="results-empty">No zone or group contributes to system failure.</p>
      ) : (
        <ul className="results-fate" data-testid="results.sharedFate">
          {lines.map((line) => (
            <li
              key={line.id}
              className={line.singlePointOfFailure ? 'is-spof' : undefined}
              data-testid={`results.sharedFate.${line.id}`}
            >
              <span className="results-tag results-tag--fate">{getKindWord(line.kind)}</span>{' '}
              <button type="button" className="results-link" onClick={() => onSelectBlock(line.id)}>
                {line.id}
              </button>{' '}
              {line.text.slice(line.id.length)}
              {line.defeats !== null && (
                <span
                  className="results-fate-warning"
                  data-testid={`results.sharedFate.${line.id}.defeats`}
                >
                  ⚠ {line.defeats}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
