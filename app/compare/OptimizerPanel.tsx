/**
 * The optimiser: the cheapest quantities of the chosen blocks of the baseline that meet the
 * target, found in its own worker (progress, cancel), proven optimal or labelled a heuristic;
 * the Pareto front of cost against nines; any point applied as a new variant. The same search
 * as `rbd optimize`.
 */
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import type { DesignFile, OptimizeCandidate } from '../../src/index.ts';
import {
  DEFAULT_MAX_QUANTITY,
  formatCost,
  formatNumber,
  formatPercent,
  setFileQuantities,
} from '../../src/index.ts';
import { cancelOptimizerRun, startOptimizerRun } from './optimizerRun.ts';
import { DiagramSketch, getChangedNodes } from '../components/DiagramSketch.tsx';
import { ParetoChart } from './ParetoChart.tsx';
import { MAX_COMPARED, compareStore } from './compareStore.ts';
import type { CompareState } from './compareStore.ts';

const selectOptimizer = (s: CompareState) => s.optimizer;
const selectPoint = (s: CompareState) => s.selectedPoint;
const selectCount = (s: CompareState) => s.entries.length;

/** Blocks of a design file that may vary by default: those whose component has a cost. */
function getPricedBlocks(file: DesignFile): { id: string; required: number }[] {
  const priced = new Set(
    file.components.filter((c) => c.cost !== undefined && c.cost !== null).map((c) => c.id),
  );
  const out: { id: string; required: number }[] = [];
  const add = (nodes: DesignFile['diagram']['nodes'], prefix: string) => {
    for (const n of nodes) {
      if (n.kind === 'block' && n.repeatOf === undefined && priced.has(n.component ?? '')) {
        out.push({ id: prefix + n.id, required: Number(n.required ?? 1) || 1 });
      }
    }
  };
  add(file.diagram.nodes, '');
  for (const [name, d] of Object.entries(file.subsystems ?? {})) add(d.nodes, `${name}/`);
  return out;
}

function describe(c: OptimizeCandidate): string {
  return Object.entries(c.quantities)
    .map(([id, n]) => `${id} × ${n}`)
    .join(', ');
}

function Figures({ c }: { c: OptimizeCandidate }) {
  return (
    <>
      cost <strong>{formatCost(c.cost)}</strong>, availability{' '}
      {formatPercent(c.availability, c.unavailability)}, downtime{' '}
      {formatNumber(c.downtimePerYear * 60, 3)} min/yr — {describe(c)}
    </>
  );
}

interface Props {
  readonly baseline: DesignFile;
  /** The availability target, or null when the field is invalid. */
  readonly target: number | null;
}

export function OptimizerPanel({ baseline, target }: Props) {
  const maxId = useId();
  const listId = useId();
  const optimizer = useStore(compareStore, selectOptimizer);
  const selected = useStore(compareStore, selectPoint);
  const count = useStore(compareStore, selectCount);
  const blocks = getPricedBlocks(baseline);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [maxText, setMaxText] = useState(String(DEFAULT_MAX_QUANTITY));
  const [notice, setNotice] = useState<string | null>(null);
  const max = Number(maxText);
  const maxError =
    !Number.isInteger(max) || max < 1 || max > 100 ? 'A whole number from 1 to 100.' : null;
  const chosen = blocks.filter((b) => !excluded.has(b.id));
  const tooLow = chosen.find((b) => b.required > max);

  const run = () => {
    if (target === null || maxError !== null || chosen.length === 0) return;
    startOptimizerRun(compareStore, baseline, {
      maxUnavailability: 1 - target,
      variables: chosen.map((b) => ({ id: b.id, max })),
    });
  };

  const apply = (c: OptimizeCandidate) => {
    if (count >= MAX_COMPARED - 1) {
      setNotice(`At most ${MAX_COMPARED} designs side by side: remove one first.`);
      return;
    }
    const name = `${baseline.name} — optimised, cost ${formatCost(c.cost)}`;
    const file: DesignFile = {
      ...setFileQuantities(baseline, c.quantities),
      name,
      ...(target === null ? {} : { targets: { availability: target } }),
    };
    compareStore.getState().addEntry({ kind: 'variant', name, file });
    setNotice(`Added “${name}” to the comparison.`);
  };

  const result = optimizer.status === 'done' ? optimizer.result : null;
  const bestIndex =
    result?.best === null || result === null
      ? -1
      : result.pareto.findIndex((p) => p.cost === result.best!.cost);
  const shown = result !== null && selected !== null ? result.pareto[selected] : undefined;
  // A refusal about a block or the blocks is shown next to them, others in the status line.
  const issue = optimizer.status === 'error' ? optimizer.issue : undefined;
  const blockIssue = issue?.field === 'variables' || issue?.block !== undefined ? issue : undefined;
  const blockIssueId = `${listId}-block-issue`;

  return (
    <section
      className="compare-card compare-optimizer"
      data-testid="compare.optimize"
      aria-labelledby="compare-optimize-heading"
    >
      <h2 id="compare-optimize-heading">Cheapest design that meets the target</h2>
      <p className="hint">
        Varies the quantity of the chosen blocks of the baseline, each from the units it needs up to
        the largest below; everything else stays. The same search as <code>rbd optimize</code>.
      </p>
      <fieldset className="compare-blocks">
        <legend>Blocks to vary</legend>
        {blocks.length === 0 && <p className="hint">No component of this design has a cost.</p>}
        {blockIssue !== undefined && !blocks.some((b) => b.id === blockIssue.block) && (
          <p className="field-error" data-testid="compare.optimize.blocksError">
            {blockIssue.message}
          </p>
        )}
        {blocks.map((b) => (
          <label key={b.id} className="compare-check">
            <input
              type="checkbox"
              checked={!excluded.has(b.id)}
              aria-invalid={blockIssue?.block === b.id}
              aria-describedby={blockIssue?.block === b.id ? blockIssueId : undefined}
              data-testid={`compare.optimize.block.${b.id}`}
              onChange={(e) => {
                const next = new Set(excluded);
                if (e.target.checked) next.delete(b.id);
                else next.add(b.id);
                setExcluded(next);
              }}
            />
            {b.id} <span className="hint">(from {b.required})</span>
            {blockIssue?.block === b.id && (
              <span
                id={blockIssueId}
                className="field-error"
                data-testid={`compare.optimize.blockError.${b.id}`}
              >
                {blockIssue.message}
              </span>
            )}
          </label>
        ))}
      </fieldset>
      <div className="compare-run">
        <div className={`field${maxError === null ? '' : ' is-invalid'}`}>
          <label htmlFor={maxId}>Largest quantity</label>
          <div className="field-input">
            <input
              id={maxId}
              inputMode="numeric"
              value={maxText}
              aria-invalid={maxError !== null}
              aria-describedby={maxError === null ? undefined : `${maxId}-error`}
              data-testid="compare.optimize.maxQuantity"
              onChange={(e) => setMaxText(e.target.value)}
            />
            <span className="field-unit">units per block</span>
          </div>
          {maxError !== null && (
            <p id={`${maxId}-error`} className="field-error">
              {maxError}
            </p>
          )}
          {maxError === null && tooLow !== undefined && (
            <p className="field-error">
              {tooLow.id} needs {tooLow.required} units: raise the largest quantity or leave it out.
            </p>
          )}
        </div>
        {optimizer.status === 'running' ? (
          <button
            type="button"
            data-testid="compare.optimize.cancel"
            onClick={() => cancelOptimizerRun(compareStore)}
          >
            Cancel
          </button>
        ) : (
          <button
            type="button"
            className="compare-primary"
            data-testid="compare.optimize.run"
            disabled={
              target === null || maxError !== null || chosen.length === 0 || tooLow !== undefined
            }
            onClick={run}
          >
            Find the cheapest design
          </button>
        )}
      </div>
      <p
        className="compare-status"
        role="status"
        data-testid="compare.optimize.status"
        data-state={optimizer.status}
      >
        {optimizer.status === 'running' &&
          `Searching… ${optimizer.evaluated.toLocaleString('en-US')} designs evaluated (${optimizer.phase === 'best' ? 'the cheapest design' : 'the Pareto front'}).`}
        {optimizer.status === 'cancelled' && 'Cancelled.'}
        {optimizer.status === 'error' &&
          (issue?.field === 'target'
            ? `The availability target above cannot be used: ${optimizer.message}`
            : blockIssue !== undefined
              ? 'The optimiser could not run: see the blocks to vary above.'
              : `The optimiser could not run: ${optimizer.message}`)}
        {target === null && 'Enter a valid availability target above.'}
      </p>
      {result !== null && (
        <div className="compare-result">
          {result.best === null ? (
            <p data-testid="compare.optimize.best">
              No design of the search space meets the target
              {result.optimal ? ' (proven: even the largest quantities miss it).' : '.'}
            </p>
          ) : (
            <p data-testid="compare.optimize.best">
              Cheapest: <Figures c={result.best} />.{' '}
              <button
                type="button"
                data-testid="compare.optimize.applyBest"
                onClick={() => apply(result.best!)}
              >
                Apply as new variant
              </button>
            </p>
          )}
          <p className="hint" data-testid="compare.optimize.method">
            {result.optimal ? 'Proven optimal' : 'Not proven optimal'}: {result.methodNote}.{' '}
            {result.evaluated.toLocaleString('en-US')} designs evaluated in{' '}
            {optimizer.status === 'done' ? optimizer.elapsedMs.toFixed(0) : '—'} ms.
          </p>
          <div className="compare-front">
            <ParetoChart
              front={result.pareto}
              bestIndex={bestIndex}
              selected={selected}
              targetNines={target === null ? null : -Math.log10(1 - target)}
              onSelect={(i) => compareStore.getState().selectPoint(i)}
            />
            <div className="field">
              <label htmlFor={listId}>
                Pareto front ({result.pareto.length} designs
                {result.paretoComplete ? '' : ', incomplete'})
              </label>
              <select
                id={listId}
                size={8}
                value={selected === null ? '' : String(selected)}
                data-testid="compare.optimize.points"
                onChange={(e) => compareStore.getState().selectPoint(Number(e.target.value))}
              >
                {result.pareto.map((p, i) => (
                  <option key={i} value={i}>
                    {formatCost(p.cost)} — {p.nines === null ? '∞' : p.nines.toFixed(2)} nines
                    {i === bestIndex ? ' (cheapest meeting the target)' : ''}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {shown !== undefined && (
            <DiagramSketch
              file={setFileQuantities(baseline, shown.quantities)}
              label={`the design at cost ${formatCost(shown.cost)}`}
              marked={getChangedNodes(setFileQuantities(baseline, shown.quantities), baseline)}
              markText="changed"
              className="compare-thumb"
            />
          )}
          {shown !== undefined && (
            <p data-testid="compare.optimize.selected">
              Shown: <Figures c={shown} />.{' '}
              <button
                type="button"
                data-testid="compare.optimize.apply"
                onClick={() => apply(shown)}
              >
                Apply as new variant
              </button>
            </p>
          )}
        </div>
      )}
      {notice !== null && (
        <p className="hint" role="status" data-testid="compare.optimize.notice">
          {notice}
        </p>
      )}
    </section>
  );
}
