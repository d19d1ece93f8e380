/**
 * One running estimate: the simulated value with its 95 % interval (exact numbers in `data-*`),
 * and, when there is one, the exact value it should converge on, said to be inside or outside
 * the interval in words (colour is never the only cue).
 */
import { formatPercent } from '../../src/index.ts';
import { isInsideInterval } from '../engine/convergence.ts';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
  /** The exact value to compare with, and what it is; `null`: nothing comparable. */
  readonly exact: { readonly value: number; readonly label: string } | null;
  /** Said instead of a comparison when there is no comparable exact value. */
  readonly note?: string;
}

export function EstimateCard({ id, label, mean, lo, hi, exact, note }: Props) {
  const inside = exact === null ? null : isInsideInterval(exact.value, lo, hi);
  const known = Number.isFinite(mean);
  return (
    <div className="sim-estimate">
      <dt>{label}</dt>
      <dd
        className="sim-value"
        data-testid={`simulation.${id}`}
        data-value={known ? String(mean) : ''}
        data-lo={String(lo)}
        data-hi={String(hi)}
      >
        {known ? formatPercent(mean, 1 - mean) : '—'}
        {known && (
          <span className="ci">
            {' '}
            95% CI [{formatPercent(lo, 1 - lo)}, {formatPercent(hi, 1 - hi)}]
          </span>
        )}
      </dd>
      {exact !== null && (
        <dd
          className={`exact${inside === false ? ' outside' : ''}`}
          data-testid={`simulation.${id}.exact`}
          data-value={String(exact.value)}
        >
          {exact.label}: {formatPercent(exact.value, 1 - exact.value)}
          {inside !== null && (inside ? ' · inside the interval' : ' · outside the interval')}
        </dd>
      )}
      {exact === null && note !== undefined && <dd className="exact note">{note}</dd>}
    </div>
  );
}
