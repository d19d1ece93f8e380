/**
 * "Improve this first": the report's ranking of the blocks by how much of the system's downtime
 * they explain (criticality × downtime per year), as a bar chart and as a table with, per
 * block, what the system downtime would be with the block perfect (Fussell–Vesely, risk
 * reduction worth) or down for good (risk achievement worth).
 */
import { useDeferredValue, useMemo } from 'react';
import type { BlockKind, Report } from '../../src/index.ts';
import { getKindWord } from './sharedFateText.ts';
import { getSection } from '../../src/index.ts';
import { ImportanceChart } from './lazyCharts.tsx';
import { getTimeAxisUnit } from './timeAxis.ts';
import './results.css';
import './resultsTables.css';

interface ImportanceSectionProps {
  readonly report: Report;
  readonly onSelectBlock: (blockId: string) => void;
  /** Kinds of the units by id: zones and common-cause groups are tagged as such. */
  readonly kinds?: ReadonlyMap<string, BlockKind> | null;
}

export function ImportanceSection({ report, onSelectBlock, kinds }: ImportanceSectionProps) {
  const section = getSection(report, 'ranking');
  // The same rows while the report is the same: the chart draws again only on new figures.
  const rows = useMemo(() => section?.entries.map((e) => e.row) ?? [], [section]);
  const steady = section?.basis === 'steady-state';
  // The chart draws a deferred copy: after an edit the table and the figures commit first, and
  // the chart (text measured in the DOM, a store of its own) follows in a render React
  // time-slices.
  const chart = useDeferredValue(
    useMemo(() => {
      const maxDowntime = Math.max(0, ...rows.map((r) => r.downtimeHoursPerYear ?? 0));
      return { rows, unit: steady && maxDowntime > 0 ? getTimeAxisUnit(maxDowntime) : null };
    }, [rows, steady]),
  );
  if (section === undefined) return null;
  return (
    <section className="results-section" aria-labelledby="results-importance-heading">
      <h3 id="results-importance-heading">Improve this first</h3>
      <p className="results-hint">{section.caption}</p>
      {section.basis === 'none' ? null : rows.length === 0 ? (
        <p className="results-empty">No block contributes to system failure.</p>
      ) : (
        <>
          <ImportanceChart rows={chart.rows} unit={chart.unit} onSelectBlock={onSelectBlock} />
          <table className="results-table" data-testid="results.importance">
            <caption className="results-sr-only">Blocks ranked by criticality</caption>
            <thead>
              <tr>
                <th scope="col">Block</th>
                <th scope="col">{steady ? 'Downtime explained' : 'Share'}</th>
                <th scope="col">{steady ? 'If perfect' : 'Fussell–Vesely'}</th>
                <th scope="col">{steady ? 'If always down' : 'RAW'}</th>
                <th scope="col">Block availability</th>
              </tr>
            </thead>
            <tbody>
              {section.entries.map(({ row, text }) => (
                <tr key={row.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="results-link"
                      onClick={() => onSelectBlock(row.id)}
                      data-testid={`results.importance.${row.id}`}
                    >
                      {row.id}
                    </button>
                    {kinds?.get(row.id) !== undefined && kinds.get(row.id) !== 'block' && (
                      <span className="results-tag results-tag--fate">
                        {getKindWord(kinds.get(row.id)!)}
                      </span>
                    )}
                    {row.singlePointOfFailure && (
                      <span className="results-tag results-tag--danger">
                        single point of failure
                      </span>
                    )}
                  </th>
                  <td data-value={row.downtimeHoursPerYear ?? row.criticality}>
                    {steady ? text.downtime : text.share}
                    {steady && <span className="results-cell-note">{text.share}</span>}
                  </td>
                  <td
                    data-testid={`results.importance.${row.id}.ifPerfect`}
                    data-value={row.downtimeSavedIfPerfect ?? row.fussellVesely ?? ''}
                    title="Fussell–Vesely: the share of system downtime that making this block perfect removes; RRW: system downtime now ÷ with the block perfect"
                  >
                    {steady ? `−${text.savedIfPerfect}` : text.fussellVesely}
                    <span className="results-cell-note">
                      {steady ? `FV ${text.fussellVesely} · ` : ''}RRW {text.rrw}
                    </span>
                  </td>
                  <td
                    data-testid={`results.importance.${row.id}.ifDown`}
                    data-value={row.downtimeIfDown ?? row.raw ?? ''}
                    title="RAW (risk achievement worth): system downtime with this block down for good ÷ system downtime now"
                  >
                    {steady ? text.ifDown : text.raw}
                    {steady && <span className="results-cell-note">RAW {text.raw}</span>}
                  </td>
                  <td>{text.availability}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
