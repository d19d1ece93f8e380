/**
 * What matters: each parameter of the baseline moved down and up by a share (±20 % unless the
 * user sets another), sorted by its effect on the downtime per year — a tornado chart drawn as
 * bars left and right of the design's own downtime, each end labelled in minutes per year.
 * Computed in the compare worker (src/analysis/tornado.ts).
 */
import { useEffect, useId, useState } from 'react';
import type { DesignFile, TornadoParameter, TornadoResult } from '../../src/index.ts';
import { formatNumber } from '../../src/index.ts';
import { tornadoInWorker } from '../engine/compareClient.ts';

/** Parameters drawn. */
const SHOWN = 10;

const KIND_LABELS: Readonly<Record<TornadoParameter['kind'], string>> = {
  mtbf: 'MTBF',
  mttr: 'MTTR',
  switchSuccess: 'switch success',
  switchDelay: 'switch delay',
  beta: 'common-cause β',
};

function readShare(text: string): number | string {
  const n = Number(text.trim().replace(/\s*%$/, ''));
  if (text.trim() === '' || !Number.isFinite(n)) return 'A percentage, e.g. 20.';
  if (n <= 0 || n >= 100) return 'Between 0 and 100 %.';
  return n / 100;
}

function minutes(hours: number | null, base: number | null): number | null {
  return hours === null || base === null ? null : (hours - base) * 60;
}

function signed(m: number | null): string {
  if (m === null) return '—';
  if (m === 0) return '0';
  return `${m > 0 ? '+' : '−'}${formatNumber(Math.abs(m), 3)}`;
}

type Answer =
  | { readonly for: string; readonly result: TornadoResult }
  | { readonly for: string; readonly error: string };

export function TornadoPanel({ baseline }: { baseline: DesignFile }) {
  const id = useId();
  const [text, setText] = useState('20');
  const share = readShare(text);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = typeof share === 'number' ? `${share}` : '';
  useEffect(() => {
    if (typeof share !== 'number') return;
    let live = true;
    const timer = setTimeout(() => {
      tornadoInWorker(baseline, share).then(
        (r) => {
          if (!live) return;
          setAnswer(r.ok ? { for: key, result: r.value } : { for: key, error: r.error });
        },
        (error: unknown) => {
          if (live) setAnswer({ for: key, error: String(error) });
        },
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [baseline, share, key]);

  const result = answer !== null && 'result' in answer ? answer.result : null;
  const base = result?.baseDowntime ?? null;
  const rows = (result?.parameters ?? []).slice(0, SHOWN).map((p) => ({
    p,
    low: minutes(p.downtimeLow, base),
    high: minutes(p.downtimeHigh, base),
  }));
  const scale = Math.max(
    1e-300,
    ...rows.flatMap((r) => [Math.abs(r.low ?? 0), Math.abs(r.high ?? 0)]),
  );
  const pct = typeof share === 'number' ? formatNumber(share * 100, 3) : '…';

  return (
    <section
      className="compare-card compare-tornado"
      data-testid="compare.tornado"
      aria-labelledby="compare-tornado-heading"
    >
      <h2 id="compare-tornado-heading">What matters: each parameter ±{pct} %</h2>
      <div className={`field compare-share${typeof share === 'string' ? ' is-invalid' : ''}`}>
        <label htmlFor={id}>Move each parameter by</label>
        <div className="field-input">
          <input
            id={id}
            inputMode="decimal"
            value={text}
            aria-invalid={typeof share === 'string'}
            aria-describedby={typeof share === 'string' ? `${id}-error` : undefined}
            data-testid="compare.tornado.share"
            onChange={(e) => setText(e.target.value)}
          />
          <span className="field-unit">% down and up</span>
        </div>
        {typeof share === 'string' && (
          <p id={`${id}-error`} className="field-error">
            {share}
          </p>
        )}
      </div>
      <p className="hint">
        Change of the baseline's downtime (
        {base === null ? '—' : `${formatNumber(base * 60, 4)} min/yr`}) with one parameter at its
        low end (left label) and its high end (right label), largest effect first.
      </p>
      {answer !== null && 'error' in answer && <p className="field-error">{answer.error}</p>}
      <ol className="tornado-rows" data-testid="compare.tornado.rows">
        {rows.map(({ p, low, high }) => (
          <li key={p.id} className="tornado-row" data-testid={`compare.tornado.row.${p.id}`}>
            <span className="tornado-label">
              {KIND_LABELS[p.kind]} of {p.owner}
            </span>
            <span className="tornado-bars" aria-hidden="true">
              {[low, high].map((m, side) => {
                if (m === null || m === 0) return null;
                const width = `${(Math.abs(m) / scale) * 50}%`;
                const style = m < 0 ? { right: '50%', width } : { left: '50%', width };
                return (
                  <span
                    key={side}
                    className={`tornado-bar ${side === 0 ? 'is-low' : 'is-high'}`}
                    style={style}
                  />
                );
              })}
            </span>
            <span className="tornado-values">
              −{pct} %: {signed(low)} · +{pct} %: {signed(high)} min/yr
            </span>
          </li>
        ))}
      </ol>
      {result !== null && result.skipped.length > 0 && (
        <p className="hint">Not varied: {result.skipped.join('; ')}.</p>
      )}
    </section>
  );
}
