/**
 * What caused the difference: the changes from the baseline to one compared design applied one
 * after another, each step's change of downtime per year drawn as a waterfall (its bar starts
 * where the step before ended); the steps add up to the whole change. Or, order-free, each
 * change's Shapley share (its effect averaged over every order; 2^n designs). Analysed in the
 * compare worker.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { DesignFile } from '../../src/index.ts';
import { formatNumber } from '../../src/index.ts';
import { compareInWorker } from '../engine/compareClient.ts';
import type { CompareEntry } from './compareStore.ts';
import {
  MAX_SHAPLEY_CHANGES,
  getDesignChanges,
  getDesignSteps,
  getShapleyShares,
  getSubsetDesigns,
} from './waterfall.ts';

interface Props {
  readonly baseline: DesignFile;
  readonly entries: readonly CompareEntry[];
}

type Answer =
  | { readonly for: readonly DesignFile[]; readonly downtimes: readonly (number | null)[] }
  | { readonly for: readonly DesignFile[]; readonly error: string };

type Order = 'chain' | 'shapley';

/** One bar of the waterfall: a change and its share of the downtime change, min/yr. */
interface Row {
  readonly label: string;
  readonly share: number | null;
}

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
  const [order, setOrder] = useState<Order>('chain');
  const changes = useMemo(
    () => (picked === undefined ? null : getDesignChanges(baseline, picked.file)),
    [baseline, picked],
  );
  const subsets = useMemo(
    () =>
      order === 'shapley' && picked !== undefined ? getSubsetDesigns(baseline, picked.file) : null,
    [order, baseline, picked],
  );
  const files = useMemo(
    () => subsets ?? [baseline, ...steps.map((s) => s.file)],
    [subsets, baseline, steps],
  );
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
  const rows: Row[] = [];
  if (subsets !== null && changes !== null) {
    const n = changes.changes.length;
    const shares = known === null ? null : getShapleyShares(known.slice(0, 1 << n), n);
    changes.changes.forEach((c, i) => rows.push({ label: c.label, share: shares?.[i] ?? null }));
    if (changes.rest) {
      rows.push({
        label: n === 0 ? 'the whole design changed' : 'the rest of the structure (applied last)',
        share: known === null ? null : known[known.length - 1]! - known[(1 << n) - 1]!,
      });
    }
  } else {
    steps.forEach((step, k) =>
      rows.push({ label: step.label, share: known === null ? null : known[k + 1]! - known[k]! }),
    );
  }
  const first = known?.[0];
  const last = known?.[known.length - 1];
  // Where each bar starts and ends: the shares stacked from the baseline's downtime.
  const ends: number[] = [];
  if (first !== undefined) {
    let at = first;
    for (const row of rows) ends.push((at += row.share ?? 0));
  }
  const marks = first === undefined ? [] : [first, ...ends];
  const lo = marks.length === 0 ? 0 : Math.min(...marks);
  const hi = marks.length === 0 ? 1 : Math.max(...marks);
  const span = hi - lo || 1;
  const at = (m: number) => `${((m - lo) / span) * 100}%`;
  const tooMany =
    order === 'shapley' && changes !== null && changes.changes.length > MAX_SHAPLEY_CHANGES;

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
          <div
            className="waterfall-order"
            role="group"
            aria-label="Order of the changes"
            data-testid="compare.waterfall.order"
          >
            {(['chain', 'shapley'] as const).map((o) => (
              <button
                key={o}
                type="button"
                className="toggle"
                aria-pressed={order === o}
                data-testid={`compare.waterfall.order.${o}`}
                onClick={() => setOrder(o)}
              >
                {o === 'chain' ? 'One after another' : 'Order-free (Shapley)'}
              </button>
            ))}
          </div>
          <p className="hint">
            {order === 'chain'
              ? 'Each change applied after the ones above it; its bar is its share of the downtime change (min/yr), and the shares add up to the total.'
              : 'Each change’s effect averaged over every order in which the changes could be made (its Shapley share, min/yr); the shares add up to the total and do not depend on the order listed.'}
          </p>
          {tooMany && (
            <p className="hint" data-testid="compare.waterfall.too-many">
              {changes.changes.length} changes: order-free shares are computed for up to{' '}
              {MAX_SHAPLEY_CHANGES} (2^n designs); the changes are shown one after another.
            </p>
          )}
          {current !== null && 'error' in current && <p className="field-error">{current.error}</p>}
          <ol className="tornado-rows" data-testid="compare.waterfall.rows">
            {rows.map((row, k) => {
              const before = k === 0 ? first : ends[k - 1];
              const after = ends[k];
              return (
                <li key={k} className="tornado-row" data-testid={`compare.waterfall.step.${k}`}>
                  <span className="tornado-label">{row.label}</span>
                  <span className="tornado-bars waterfall-track" aria-hidden="true">
                    {before !== undefined && after !== undefined && row.share !== null && (
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
                    {row.share === null ? '…' : `${signed(row.share)} min/yr`}
                  </span>
                </li>
              );
            })}
            {first !== undefined && last !== undefined && (
              <li className="tornado-row waterfall-total" data-testid="compare.waterfall.total">
                <span className="tornado-label">Total</span>
                <span />
                <span className="tornado-values">
                  {signed(last - first)} min/yr ({formatNumber(first, 4)} → {formatNumber(last, 4)}{' '}
                  min/yr)
                </span>
              </li>
            )}
          </ol>
        </>
      )}
    </section>
  );
}
