/**
 * The minimal cut sets that each design removes or adds against the baseline, with their share
 * of the downtime in minutes per year ("{lb1} single point of failure removed: −41 min/yr").
 */
import type { AnalysisResult } from '../../src/index.ts';
import { formatNumber } from '../../src/index.ts';
import { getCutSetChanges } from './compareFigures.ts';

/** Changes listed per design. */
const SHOWN = 6;

interface Props {
  readonly names: readonly string[];
  readonly results: readonly AnalysisResult[];
}

export function CutSetChanges({ names, results }: Props) {
  const base = results[0]!;
  return (
    <section
      className="compare-card compare-cuts"
      data-testid="compare.cutSets"
      aria-labelledby="compare-cuts-heading"
    >
      <h2 id="compare-cuts-heading">Cut sets that appear, disappear or change</h2>
      <p className="hint">Each set's share of the downtime against the baseline's.</p>
      {results.length < 2 && <p className="hint">Add a design to see what it changes.</p>}
      {results.slice(1).map((r, k) => {
        const i = k + 1;
        const changes = getCutSetChanges(base, r);
        return (
          <div key={i} data-testid={`compare.cutSets.${i}`}>
            <h3>{names[i]}</h3>
            {changes.length === 0 ? (
              <p className="hint">The same cut sets as the baseline, with the same shares.</p>
            ) : (
              <ul className="compare-cut-list">
                {changes.slice(0, SHOWN).map((c) => {
                  const what =
                    c.blocks.length === 1
                      ? 'single point of failure'
                      : `cut set of ${c.blocks.length}`;
                  const m = c.minutesPerYear;
                  const amount =
                    m === null
                      ? ''
                      : `: ${c.change === 'removed' || m < 0 ? '−' : '+'}${formatNumber(Math.abs(m), 3)} min/yr`;
                  return (
                    <li key={`${c.change}:${c.blocks.join(',')}`}>
                      <code>{`{${c.blocks.join(', ')}}`}</code> {what} {c.change}
                      {amount}
                    </li>
                  );
                })}
                {changes.length > SHOWN && (
                  <li className="hint">and {changes.length - SHOWN} more</li>
                )}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
