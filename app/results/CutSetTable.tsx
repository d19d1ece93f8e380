/**
 * Minimal cut sets: single points of failure first, then by size and probability. Each block is
 * a button that selects it in the diagram.
 */
import { useState } from 'react';
import type { BlockKind, Report } from '../../src/index.ts';
import { getKindWord } from './sharedFateText.ts';
import { getSection } from '../../src/index.ts';
import './results.css';
import './resultsTables.css';

interface CutSetTableProps {
  readonly report: Report;
  readonly onSelectBlock: (blockId: string) => void;
  /** Kinds of the units by id: zones and common-cause groups are tagged as such. */
  readonly kinds?: ReadonlyMap<string, BlockKind> | null;
}

/** Rows shown before "Show all". */
const FIRST_ROWS = 10;

export function CutSetTable({ report, onSelectBlock, kinds }: CutSetTableProps) {
  const [expanded, setExpanded] = useState(false);
  const section = getSection(report, 'cutSets');
  if (section === undefined) return null;
  const rows = section.entries;
  const shown = expanded ? rows : rows.slice(0, FIRST_ROWS);
  const singles = section.singlePoints;
  return (
    <section className="results-section" aria-labelledby="results-cutsets-heading">
      <h3 id="results-cutsets-heading">Minimal cut sets</h3>
      <p className="results-hint">
        {section.total === null
          ? 'Too many to find within the engine’s budget'
          : `${section.total} in total`}
        {section.total !== null &&
          rows.length < section.total &&
          `, the ${rows.length} most probable listed`}
        {singles > 0 && `; ${singles} single point${singles === 1 ? '' : 's'} of failure`}.{' '}
        {section.caption}
      </p>
      {rows.length > 0 && (
        <table className="results-table" data-testid="results.cutSets">
          <caption className="results-sr-only">Minimal cut sets</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Blocks that fail the system together</th>
              <th scope="col">Size</th>
              <th scope="col">Probability</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, probabilityText }, i) => (
              <tr
                key={row.blocks.join('\u0000')}
                className={row.singlePoint ? 'results-row-danger' : undefined}
              >
                <td>{i + 1}</td>
                <th scope="row">
                  {row.blocks.map((id, j) => (
                    <span key={id}>
                      {j > 0 && <span aria-hidden="true"> + </span>}
                      <button
                        type="button"
                        className="results-link"
                        onClick={() => onSelectBlock(id)}
                      >
                        {id}
                      </button>
                      {kinds?.get(id) !== undefined && kinds.get(id) !== 'block' && (
                        <span className="results-tag results-tag--fate">
                          {getKindWord(kinds.get(id)!)}
                        </span>
                      )}
                    </span>
                  ))}
                  {row.singlePoint && (
                    <span className="results-tag results-tag--danger">single point of failure</span>
                  )}
                </th>
                <td>{row.blocks.length}</td>
                <td data-value={row.probability ?? ''}>{probabilityText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > FIRST_ROWS && (
        <button
          type="button"
          className="results-button"
          aria-expanded={expanded}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? 'Show fewer' : `Show all ${rows.length}`}
        </button>
      )}
    </section>
  );
}
