/**
 * The side panel of failure-effects mode: the system lamp (UP or DOWN in words), the exact
 * long-run availability under the condition beside the design's own, the minimal cut sets that
 * took the system down, a reset, and every block (inner blocks, zones and common-cause events
 * too) with buttons to fail or restore a unit.
 */
import type { ConditionBlock, ConditionResult } from '../../src/index.ts';
import { HOURS_PER_YEAR, formatDuration, formatPercent } from '../../src/index.ts';
import { describeBlock, getUnitsToFail } from './failureEffects.ts';

function BlockRow({
  block,
  onSet,
}: {
  readonly block: ConditionBlock;
  readonly onSet: (id: string, count: number) => void;
}) {
  const full = getUnitsToFail(block);
  const single = block.quantity === 1;
  return (
    <li className="effects-block" data-testid={`effects.block.${block.id}`}>
      <span className="effects-block-name">{block.id}</span>
      <span className="effects-block-state">{describeBlock(block)}</span>
      <span className="effects-block-buttons">
        {single ? (
          <button
            type="button"
            className="button"
            aria-pressed={block.down}
            aria-label={`${block.id}: ${block.down ? 'restore' : 'fail'}`}
            onClick={() => onSet(block.id, block.down ? 0 : 1)}
          >
            {block.down ? 'Restore' : 'Fail'}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button"
              disabled={block.unitsDown >= full}
              aria-label={`${block.id}: fail one unit`}
              onClick={() => onSet(block.id, block.unitsDown + 1)}
            >
              Fail a unit
            </button>
            <button
              type="button"
              className="button"
              disabled={block.unitsDown === 0}
              aria-label={`${block.id}: restore one unit`}
              onClick={() => onSet(block.id, block.unitsDown - 1)}
            >
              Restore a unit
            </button>
          </>
        )}
      </span>
    </li>
  );
}

export function FailureEffectsPanel({
  result,
  pending,
  message,
  onSet,
  onReset,
}: {
  readonly result: ConditionResult;
  readonly pending: boolean;
  readonly message: string;
  readonly onSet: (id: string, count: number) => void;
  readonly onReset: () => void;
}) {
  const held = result.blocks.filter((b) => b.unitsDown > 0).length;
  const downPerYear =
    result.unavailability === null ? null : result.unavailability * HOURS_PER_YEAR;
  return (
    <aside className="replay-status effects-panel" aria-label="System state under the condition">
      <div
        className={`replay-lamp ${result.systemUp ? 'up' : 'down'}`}
        data-testid="effects.lamp"
        data-state={result.systemUp ? 'up' : 'down'}
        role="status"
        aria-live="polite"
      >
        <span className="lamp-dot" aria-hidden="true" />
        <span className="lamp-word">System {result.systemUp ? 'UP' : 'DOWN'}</span>
        <span className="lamp-outage">
          {held === 0
            ? 'nothing failed by hand'
            : `${held} block${held === 1 ? '' : 's'} failed by hand`}
        </span>
      </div>
      <dl className="replay-counters" aria-busy={pending}>
        <dt>Availability now</dt>
        <dd data-testid="effects.availability">
          {result.availability === null
            ? '—'
            : formatPercent(result.availability, result.unavailability)}
        </dd>
        <dt>Downtime a year</dt>
        <dd data-testid="effects.downtime">{formatDuration(downPerYear)}</dd>
        <dt>As designed</dt>
        <dd data-testid="effects.base-availability">
          {formatPercent(result.baseAvailability, result.baseUnavailability)}
        </dd>
      </dl>
      <p className="hint effects-note">
        Exact long-run availability with the failed units held down (no repair for them) and every
        other unit failing and being repaired as usual.
        {result.reason === null ? '' : ` Not exact here: ${result.reason}.`}
      </p>
      {message !== '' && (
        <p role="alert" className="replay-error">
          {message}
        </p>
      )}
      {!result.systemUp && (
        <div className="replay-why" data-testid="effects.why" role="note">
          <h3>Why is it down?</h3>
          <ul>
            {result.cutSets.map((set) => (
              <li key={set.join('+')} data-testid="effects.cut-set">
                Minimal cut set {'{'}
                {set.join(', ')}
                {'}'}: {set.length === 1 ? 'this block alone takes' : 'these blocks together take'}{' '}
                the system down
              </li>
            ))}
          </ul>
          {!result.cutSetsComplete && (
            <p>Too many blocks failed to list every cut set among them: one is shown.</p>
          )}
        </div>
      )}
      <button
        type="button"
        className="button effects-reset"
        data-testid="effects.reset"
        disabled={held === 0}
        onClick={onReset}
      >
        Reset: restore every block
      </button>
      <h3 className="effects-list-head">Blocks</h3>
      <ul className="effects-blocks" aria-label="Blocks to fail or restore">
        {result.blocks.map((b) => (
          <BlockRow key={b.id} block={b} onSet={onSet} />
        ))}
      </ul>
    </aside>
  );
}
