/**
 * Replication on a consistent-hashing ring, as a teaching aid: how many keys lose every replica
 * when f of n nodes are down (at random, or neighbours on the ring), and how few keys move when a
 * node leaves compared with `hash mod n`.
 */
import { formatProbability, formatShortPercent, planHashRing } from '../../src/index.ts';
import { Formula, tex } from '../components/Formula.tsx';
import { NumberInput, readNumber } from '../components/NumberInput.tsx';
import type { PlanInputs } from './usePlanInputs.ts';

interface Props {
  readonly inputs: PlanInputs;
  readonly setField: (field: keyof PlanInputs, text: string) => void;
}

/** A whole number in [min, max], or the message to show. */
function readCount(text: string, min: number, max: number): ReturnType<typeof readNumber> {
  const read = readNumber(text, min, max);
  if (read.value !== null && !Number.isInteger(read.value)) {
    return { value: null, error: 'Must be a whole number.' };
  }
  return read;
}

/** A share as a percentage with, when it is small, "1 in N" beside it. */
function formatShare(share: number): string {
  if (share === 0) return '0% (none)';
  const percent = share < 1e-4 ? `${formatProbability(share * 100)}%` : formatShortPercent(share);
  if (share >= 0.5) return percent;
  return `${percent} (1 key in ${Math.round(1 / share).toLocaleString('en-US')})`;
}

export function HashRingPlanner({ inputs, setField }: Props) {
  const nodes = readCount(inputs.ringNodes, 1, 1e9);
  const nodeCount = nodes.value ?? 1e9;
  const replicas = readCount(inputs.ringReplicas, 1, Math.min(nodeCount, 1000));
  const down = readCount(inputs.ringDown, 0, nodeCount);
  const ready = nodes.value !== null && replicas.value !== null && down.value !== null;
  const plan = ready ? planHashRing(nodes.value, replicas.value, down.value) : null;
  return (
    <section className="plan-card" aria-labelledby="plan-ring" data-testid="plan.ring">
      <h2 id="plan-ring">Replication on a hash ring</h2>
      <p className="hint">
        Consistent hashing: each key is kept on the r nodes that follow its hash on the ring.
      </p>
      <div className="plan-fields">
        <NumberInput
          testId="plan.ringNodes"
          label="Nodes n"
          unit="nodes"
          value={inputs.ringNodes}
          onChange={(t) => setField('ringNodes', t)}
          error={nodes.error}
        />
        <NumberInput
          testId="plan.ringReplicas"
          label="Replicas per key r"
          unit="copies"
          value={inputs.ringReplicas}
          onChange={(t) => setField('ringReplicas', t)}
          error={replicas.error}
        />
        <NumberInput
          testId="plan.ringDown"
          label="Nodes down at once f"
          unit="nodes"
          value={inputs.ringDown}
          onChange={(t) => setField('ringDown', t)}
          error={down.error}
        />
      </div>
      {plan !== null && (
        <>
          <Formula
            tex={`P(\\text{key lost}) = \\frac{\\binom{f}{r}}{\\binom{n}{r}} = \\frac{\\binom{${down.value}}{${replicas.value}}}{\\binom{${nodes.value}}{${replicas.value}}} = ${tex(plan.lostRandom)}`}
            label={`share of keys lost: f choose r over n choose r = ${formatShare(plan.lostRandom)}`}
          />
          <dl className="plan-results">
            <div>
              <dt>Keys that lose every replica, {down.value} nodes down at random</dt>
              <dd data-testid="plan.ring.lostRandom">{formatShare(plan.lostRandom)}</dd>
            </div>
            <div>
              <dt>… when the {down.value} nodes down are neighbours (one rack)</dt>
              <dd data-testid="plan.ring.lostAdjacent">{formatShare(plan.lostAdjacent)}</dd>
            </div>
            <div>
              <dt>Keys with a replica missing (degraded)</dt>
              <dd data-testid="plan.ring.degraded">{formatShare(plan.degraded)}</dd>
            </div>
            <div>
              <dt>Keys that move when one node leaves</dt>
              <dd data-testid="plan.ring.moved">
                {formatShare(plan.movedOnLeave)}; {formatShortPercent(plan.rereplicatedOnLeave)}{' '}
                need a replica copied
              </dd>
            </div>
            <div>
              <dt>… with hash mod n instead of a ring</dt>
              <dd data-testid="plan.ring.modulo">{formatShortPercent(plan.movedModulo)}</dd>
            </div>
          </dl>
        </>
      )}
      <p className="hint">
        Assumes equal shares of the ring per node (many virtual nodes) and the r replicas on r
        distinct nodes. Neighbours failing together is why replicas should be spread over racks or
        zones.
      </p>
    </section>
  );
}
