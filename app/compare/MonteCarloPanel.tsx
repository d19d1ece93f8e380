/**
 * The Monte Carlo check of the comparison: every design simulated over the same histories with
 * common random numbers (a block the designs share draws the same failures and repairs in
 * both), each design's simulated downtime beside its exact figure, and each one's paired
 * difference against the baseline with its 95 % interval and a verdict in words and icon:
 * a real difference (the interval excludes 0) or within the simulation's noise. The
 * variance-reduction factor says how many times more histories independent runs would need.
 * Runs in its own compare worker (progress, cancel).
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import type { AnalysisResult, DesignFile, PairedEstimate } from '../../src/index.ts';
import { MAX_PAIRED_TRIALS, formatNumber } from '../../src/index.ts';
import { NumberInput } from '../components/NumberInput.tsx';
import { cancelPairedRun, startPairedRun } from './pairedRun.ts';
import { compareStore } from './compareStore.ts';
import type { CompareState } from './compareStore.ts';

const selectPaired = (s: CompareState) => s.paired;
const MIN_TRIALS = 100;

/** Reads the histories field. @returns the number, or the message to show next to it */
export function readTrials(text: string): { value: number } | { error: string } {
  const n = Number(text.replace(/[\s,_]/g, ''));
  if (text.trim() === '' || !Number.isInteger(n) || n < MIN_TRIALS || n > MAX_PAIRED_TRIALS) {
    return {
      error: `A whole number of histories from ${MIN_TRIALS} to ${MAX_PAIRED_TRIALS.toLocaleString('en-US')}.`,
    };
  }
  return { value: n };
}

/** Reads the seed field. @returns the number, or the message to show next to it */
export function readSeed(text: string): { value: number } | { error: string } {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isSafeInteger(n) || n < 0) {
    return { error: 'A whole number from 0.' };
  }
  return { value: n };
}

const minutes = (x: number) => formatNumber(x, 3);

function Interval({ e }: { e: PairedEstimate }) {
  return (
    <>
      {minutes(e.mean)}{' '}
      <span className="compare-mc-ci">
        [{minutes(e.ci95[0])}, {minutes(e.ci95[1])}]
      </span>
    </>
  );
}

interface Props {
  readonly files: readonly DesignFile[];
  readonly names: readonly string[];
  /** The exact figures of the same designs, or null while they are computed. */
  readonly exact: readonly AnalysisResult[] | null;
}

export function MonteCarloPanel({ files, names, exact }: Props) {
  const paired = useStore(compareStore, selectPaired);
  const [trialsText, setTrialsText] = useState('100000');
  const [seedText, setSeedText] = useState('1');
  const trials = readTrials(trialsText);
  const seed = readSeed(seedText);
  const canRun = files.length >= 2 && 'value' in trials && 'value' in seed;

  const run = () => {
    if (!('value' in trials) || !('value' in seed) || files.length < 2) return;
    startPairedRun(compareStore, files, { trials: trials.value, seed: seed.value });
  };

  const result = paired.status === 'done' ? paired.result : null;
  // The answer describes the designs it ran on; an edit since then makes it stale.
  const stale =
    paired.status === 'done' &&
    (paired.files.length !== files.length || paired.files.some((f, i) => f !== files[i]));
  const exactMinutes = (i: number): number | null => {
    const d = exact?.[i]?.steadyState.downtimePerYear;
    return d === null || d === undefined ? null : d * 60;
  };

  return (
    <section
      className="compare-card compare-mc"
      data-testid="compare.mc"
      aria-labelledby="compare-mc-heading"
    >
      <h2 id="compare-mc-heading">Monte Carlo check</h2>
      <p className="hint">
        Simulates every design over the same one-year histories, starting new, with common random
        numbers: each unit draws its failures and repairs from a stream of its own, keyed by its
        block’s id, so a block the designs share fails at the same moments in both. The paired
        difference is then far more precise than two independent runs, and says whether a change is
        real or within the simulation’s noise.
      </p>
      {files.length < 2 && (
        <p className="hint" data-testid="compare.mc.needs">
          Add a design or a variant to compare with the baseline first.
        </p>
      )}
      <div className="compare-run">
        <NumberInput
          testId="compare.mc.trials"
          label="Histories"
          unit="per design"
          inputMode="numeric"
          value={trialsText}
          onChange={setTrialsText}
          error={'error' in trials ? trials.error : null}
        />
        <NumberInput
          testId="compare.mc.seed"
          label="Seed"
          inputMode="numeric"
          value={seedText}
          onChange={setSeedText}
          error={'error' in seed ? seed.error : null}
        />
        {paired.status === 'running' ? (
          <button
            type="button"
            data-testid="compare.mc.cancel"
            onClick={() => cancelPairedRun(compareStore)}
          >
            Cancel
          </button>
        ) : (
          <button
            type="button"
            className="compare-primary"
            data-testid="compare.mc.run"
            disabled={!canRun}
            onClick={run}
          >
            Run the check
          </button>
        )}
      </div>
      <div
        className="compare-status"
        role="status"
        data-testid="compare.mc.status"
        data-state={paired.status}
      >
        {paired.status === 'running' && (
          <>
            <progress
              max={paired.total}
              value={paired.done}
              aria-label="Histories simulated"
              className="compare-mc-progress"
            />{' '}
            {paired.done.toLocaleString('en-US')} of {paired.total.toLocaleString('en-US')}{' '}
            histories…
          </>
        )}
        {paired.status === 'cancelled' && 'Cancelled.'}
        {paired.status === 'error' &&
          `The check could not run: ${paired.issues.map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`)).join('; ')}`}
        {paired.status === 'done' &&
          `${paired.result.trials.toLocaleString('en-US')} histories of each design in ${(paired.elapsedMs / 1000).toFixed(1)} s (seed ${paired.result.seed}).`}
        {stale && ' The designs changed since: run the check again.'}
      </div>
      {result !== null && !stale && (
        <div className="compare-table-wrap">
          <table className="compare-table compare-mc-table" data-testid="compare.mc.table">
            <caption>
              Downtime per year in minutes, simulated mean with its 95 % interval in brackets;
              differences against “{names[0]}”, history by history.
            </caption>
            <thead>
              <tr>
                <th scope="col">Design</th>
                <th scope="col">Simulated downtime (min/yr)</th>
                <th scope="col">Exact (min/yr)</th>
                <th scope="col">Difference (min/yr)</th>
                <th scope="col">Verdict</th>
                <th scope="col">Variance reduction</th>
              </tr>
            </thead>
            <tbody>
              {result.designs.map((e, i) => {
                const d = i === 0 ? null : result.differences[i - 1]!;
                const exactA = exactMinutes(0);
                const exactI = exactMinutes(i);
                return (
                  <tr key={i} data-testid={`compare.mc.row.${i}`}>
                    <th scope="row">
                      {names[i]}
                      {i === 0 && <span className="hint"> (baseline)</span>}
                    </th>
                    <td>
                      <Interval e={e} />
                    </td>
                    <td>{exactI === null ? '—' : minutes(exactI)}</td>
                    <td data-testid={`compare.mc.difference.${i}`}>
                      {d === null ? (
                        '—'
                      ) : (
                        <>
                          <Interval e={d.difference} />
                          {exactA !== null && exactI !== null && (
                            <span className="compare-delta">exact {minutes(exactI - exactA)}</span>
                          )}
                        </>
                      )}
                    </td>
                    <td data-testid={`compare.mc.verdict.${i}`} data-verdict={d?.verdict}>
                      {d === null ? (
                        '—'
                      ) : d.verdict === 'real' ? (
                        <span className="compare-verdict is-real">
                          <span aria-hidden="true">✔ </span>Real difference:{' '}
                          {d.difference.mean < 0 ? 'less' : 'more'} downtime
                        </span>
                      ) : (
                        <span className="compare-verdict is-noise">
                          <span aria-hidden="true">≈ </span>Within noise
                        </span>
                      )}
                    </td>
                    <td data-testid={`compare.mc.reduction.${i}`}>
                      {d === null
                        ? '—'
                        : d.varianceReduction === null
                          ? 'identical draws'
                          : `× ${formatNumber(d.varianceReduction, 3)}`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {result !== null && !stale && (
        <p className="hint compare-mc-note">
          Variance reduction: var(A) + var(B) over the variance of the paired difference —
          independent runs would need that many times more histories for an interval as narrow. The
          exact figures are at steady state; the simulated ones average the first year from new, a
          little lower when repairs are slow.
        </p>
      )}
    </section>
  );
}
