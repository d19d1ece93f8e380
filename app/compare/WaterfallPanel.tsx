/**
 * What caused the difference: the changes from the baseline to one compared design applied one
 * after another, each step's change of downtime per year drawn as a waterfall (its bar starts
 * where the step before ended); the steps add up to the whole change. Analysed in the compare
 * worker.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { DesignFile } from '../../src/index.ts';
import { formatNumber } from '../../src/index.ts';
import { compareInWorker } from '../engine/compareClient.ts';
import type { CompareEntry } from './compareStore.ts';
import { getDesignSteps } from './waterfall.ts';

interface Props {
  readonly baseline: DesignFile;
  readonly entries: readonly CompareEntry[];
}

type Answer =
  | { readonly for: readonly DesignFile[]; readonly downtimes: readonly (number | null)[] }
  | { readonly for: readonly DesignFile[]; readonly error: string };

function signed(m: number): string {
  return m === 0 ? '0' : `${m > 0 ? '+' : '−'}${formatNumber(Math.abs(m), 3)}`;
}

export function WaterfallPanel({ baseline, entries }: Props) {
  const id = useId();
  const [pickedKey, setPickedKey] = useState<string | null>(null);
  const picked = entries.find((e) => e.key === pickedKey) ?? entries[entries.length - 1];
  const steps = useMemo(
    () => (picked === undefined ? [] : getDesignSteps(baseline, picked.file)),
    [baseline, picked],
  );
  const files = useMemo(() => [baseline, ...steps.map((s) => s.file)], [baseline, steps]);
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (files.length < 2) return;
    let live = true;
    const timer = setTimeout(() => {
      compareInWorker(
        files,
        files.map(() => []),
      ).then(
        (r) => {
          if (!live) return;
          setAnswer(
            r.ok
              ? { for: files, downtimes: r.value.results.map((x) => x.steadyState.downtimePerYear) }
              : { for: files, error: `step ${r.error.index} is not valid` },
          );
        },
        (error: unknown) => {
          if (live) setAnswer({ for: files, error: String(error) });
        },
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [files]);

  if (picked === undefined) return null;
  const current = answer !== null && answer.for === files ? answer : null;
  const minutes =
    current !== null && 'downtimes' in current
      ? current.downtimes.map((h) => (h === null ? null : h * 60))
      : null;
  const known = minutes !== null && minutes.every((m) => m !== null) ? minutes : null;
  const lo = known === null ? 0 : Math.min(...known);
  const hi = known === null ? 1 : Math.max(...known);
  const span = hi - lo || 1;
  const at = (m: number) => `${((m - lo) / span) * 100}%`;

  return (
    <section
      className="compare-card compare-waterfall"
      data-testid="compare.waterfall"
      aria-labelledby="compare-waterfall-heading"
    >
      <h2 id="compare-waterfall-heading">What caused the difference</h2>
      <div className="field compare-share">
        <label htmlFor={id}>Design against the baseline</label>
        <select
          id={id}
          value={picked.key}
          data-testid="compare.waterfall.design"
          onChange={(e) => setPickedKey(e.target.value)}
        >
          {entries.map((e) => (
            <option key={e.key} value={e.key}>
              {e.name}
            </option>
          ))}
        </select>
      </div>
      {steps.length === 0 ? (
        <p className="hint">It is the same design as the baseline.</p>
      ) : (
        <>
          <p className="hint">
            Each change applied after the ones above it; its bar is its share of the downtime change
            (min/yr), and the shares add up to the total.
          </p>
          {current !== null && 'error' in current && <p className="field-error">{current.error}</p>}
          <ol className="tornado-rows" data-testid="compare.waterfall.rows">
            {steps.map((step, k) => {
              const before = known?.[k];
              const after = known?.[k + 1];
              const change = before === undefined || after === undefined ? null : after - before;
              return (
                <li key={k} className="tornado-row" data-testid={`compare.waterfall.step.${k}`}>
                  <span className="tornado-label">{step.label}</span>
                  <span className="tornado-bars waterfall-track" aria-hidden="true">
                    {before !== undefined && after !== undefined && (
                      <span
                        className={`tornado-bar ${after < before ? 'is-low' : 'is-high'}`}
                        style={{
                          left: at(Math.min(before, after)),
                          width: `max(2px, calc(${at(Math.max(before, after))} - ${at(Math.min(before, after))}))`,
                        }}
                      />
                    )}
                  </span>
                  <span className="tornado-values">
                    {change === null ? '…' : `${signed(change)} min/yr`}
                  </span>
                </li>
              );
            })}
            {known !== null && (
              <li className="tornado-row waterfall-total" data-testid="compare.waterfall.total">
                <span className="tornado-label">Total</span>
                <span />
                <span className="tornado-values">
                  {signed(known[known.length - 1]! - known[0]!)} min/yr (
                  {formatNumber(known[0]!, 4)} → {formatNumber(known[known.length - 1]!, 4)} min/yr)
                </span>
              </li>
            )}
          </ol>
        </>
      )}
    </section>
  );
}
